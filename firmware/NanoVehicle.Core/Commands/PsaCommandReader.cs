using System.Collections;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Commands
{
    /// <summary>
    /// Reads a PSA remote-services request (service name from the topic, <c>req_parameters</c> from the envelope)
    /// into a <see cref="Command"/>: <c>VehCharge</c>, <c>VehCharge/state</c>, <c>ThermalPrecond</c>, <c>Doors</c>,
    /// <c>Horn</c>, <c>Lights</c> (psa-mqtt.md §5.2). Numbers are accepted as numbers or numeric strings, as the
    /// open-source clients send both.
    /// </summary>
    public static class PsaCommandReader
    {
        /// <summary>PSA writes a never-programmed preconditioning slot with this hour (and minute 7).</summary>
        public const int UnsetProgramHour = 34;

        private static readonly string[] ChargeTypes = { "immediate", "delayed" };
        private static readonly string[] AsapValues = { "activate", "deactivate" };
        private static readonly string[] DoorActions = { "lock", "unlock" };
        private static readonly string[] Activate = { "activate" };
        private static readonly string[] State = { "state" };

        // Read-only: commands only copy from their programs.
        private static readonly PreconditioningProgram[] UnsetSlots =
        {
            new PreconditioningProgram(1), new PreconditioningProgram(2), new PreconditioningProgram(3), new PreconditioningProgram(4),
        };

        /// <summary>The family a PSA service name addresses, or -1 for an unknown service.</summary>
        public static int FamilyOf(string service)
        {
            string name = Normalize(service);
            for (int i = 0; i < CommandFamily.PsaServices.Length; i++)
            {
                if (CommandFamily.PsaServices[i] != null && JsonValues.EqualsIgnoreCase(CommandFamily.PsaServices[i], name))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Reads <paramref name="reqParameters"/> for <paramref name="service"/> (with or without leading '/').</summary>
        public static CommandParse Read(string service, object reqParameters)
        {
            int family = FamilyOf(service);
            if (family < 0)
            {
                return CommandParse.Invalid(-1, "service");
            }

            if (reqParameters == null)
            {
                return CommandParse.Missing(family, "req_parameters");
            }

            Hashtable p = reqParameters as Hashtable;
            if (p == null)
            {
                return CommandParse.Invalid(family, "req_parameters");
            }

            switch (family)
            {
                case CommandFamily.Charging:
                    return ReadCharge(p);
                case CommandFamily.WakeUp:
                    return ReadAction(p, family, State, CommandAction.Refresh);
                case CommandFamily.Preconditioning:
                    return ReadPreconditioning(p);
                case CommandFamily.Doors:
                    return ReadDoors(p);
                case CommandFamily.Horn:
                    return ReadHorn(p);
                default:
                    return ReadLights(p);
            }
        }

        private static string Normalize(string service)
        {
            if (service == null)
            {
                return string.Empty;
            }

            return service.Length > 0 && service[0] == '/' ? service.Substring(1) : service;
        }

        private static CommandParse ReadCharge(Hashtable p)
        {
            int type;
            int status = JsonValues.ReadChoice(p, "type", ChargeTypes, out type);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Charging, status, "type");
            }

            var command = new Command(CommandFamily.Charging, type == 0 ? CommandAction.ChargeStart : CommandAction.ChargeDeferred, Command.FromPsa);
            object program = JsonValues.Get(p, "program");
            if (program == null)
            {
                // An immediate charge may omit the program; a delayed one is the program.
                return type == 0 ? CommandParse.Of(command) : CommandParse.Missing(CommandFamily.Charging, "program");
            }

            Hashtable time = program as Hashtable;
            if (time == null)
            {
                return CommandParse.Invalid(CommandFamily.Charging, "program");
            }

            int hour, minute;
            status = JsonValues.ReadInt(time, "hour", 0, 23, out hour);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Charging, status, "program.hour");
            }

            status = JsonValues.ReadInt(time, "minute", 0, 59, out minute);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Charging, status, "program.minute");
            }

            command.HasDeferredMinute = true;
            command.DeferredMinute = hour * 60 + minute;
            return CommandParse.Of(command);
        }

        private static CommandParse ReadAction(Hashtable p, int family, string[] allowed, int action)
        {
            int index;
            int status = JsonValues.ReadChoice(p, "action", allowed, out index);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(family, status, "action");
            }

            return CommandParse.Of(new Command(family, action, Command.FromPsa));
        }

        private static CommandParse ReadDoors(Hashtable p)
        {
            int index;
            int status = JsonValues.ReadChoice(p, "action", DoorActions, out index);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Doors, status, "action");
            }

            return CommandParse.Of(new Command(CommandFamily.Doors, index == 0 ? CommandAction.Lock : CommandAction.Unlock, Command.FromPsa));
        }

        private static CommandParse ReadHorn(Hashtable p)
        {
            int count;
            CommandParse parse = ReadActivation(p, CommandFamily.Horn, CommandAction.Honk, "nb_horn", 1, 10, out count);
            if (parse.Ok && count != 0)
            {
                parse.Command.HornCount = count;
            }

            return parse;
        }

        private static CommandParse ReadLights(Hashtable p)
        {
            int seconds;
            CommandParse parse = ReadActivation(p, CommandFamily.Lights, CommandAction.LightsFlash, "duration", 1, 120, out seconds);
            if (parse.Ok && seconds != 0)
            {
                parse.Command.LightsSeconds = seconds;
            }

            return parse;
        }

        /// <summary>
        /// Reads an <c>activate</c> command (horn, lights) with its optional bounded option under
        /// <paramref name="key"/>; <paramref name="option"/> is 0 when the option is absent (its range starts above 0).
        /// </summary>
        private static CommandParse ReadActivation(Hashtable p, int family, int action, string key, int min, int max, out int option)
        {
            option = 0;
            CommandParse parse = ReadAction(p, family, Activate, action);
            if (!parse.Ok || !JsonValues.Has(p, key))
            {
                return parse;
            }

            if (JsonValues.ReadInt(p, key, min, max, out option) != JsonValues.Ok)
            {
                return CommandParse.Invalid(family, key);
            }

            return parse;
        }

        private static CommandParse ReadPreconditioning(Hashtable p)
        {
            int asap;
            int status = JsonValues.ReadChoice(p, "asap", AsapValues, out asap);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Preconditioning, status, "asap");
            }

            var command = new Command(CommandFamily.Preconditioning,
                asap == 0 ? CommandAction.PreconditioningStart : CommandAction.PreconditioningStop, Command.FromPsa);
            object programs = JsonValues.Get(p, "programs");
            if (programs == null)
            {
                return CommandParse.Of(command);
            }

            Hashtable slots = programs as Hashtable;
            if (slots == null)
            {
                return CommandParse.Invalid(CommandFamily.Preconditioning, "programs");
            }

            command.PreconditioningPrograms = new PreconditioningProgram[4];
            for (int slot = 1; slot <= 4; slot++)
            {
                string key = "program" + slot.ToString();
                object raw = JsonValues.Get(slots, key);
                if (raw == null)
                {
                    continue;
                }

                string failed = ReadProgram(raw, slot, command.PreconditioningPrograms);
                if (failed != null)
                {
                    return CommandParse.Invalid(CommandFamily.Preconditioning, "programs." + key + failed);
                }
            }

            return CommandParse.Of(command);
        }

        // Reads one programN object; null when valid, else the suffix naming the bad member ("" for the object).
        private static string ReadProgram(object raw, int slot, PreconditioningProgram[] into)
        {
            Hashtable entry = raw as Hashtable;
            if (entry == null)
            {
                return string.Empty;
            }

            int hour, minute;
            if (JsonValues.ReadInt(entry, "hour", 0, UnsetProgramHour, out hour) != JsonValues.Ok || (hour > 23 && hour != UnsetProgramHour))
            {
                return ".hour";
            }

            if (JsonValues.ReadInt(entry, "minute", 0, 59, out minute) != JsonValues.Ok)
            {
                return ".minute";
            }

            int on;
            bool enabled;
            if (JsonValues.ReadInt(entry, "on", 0, 1, out on) == JsonValues.Ok)
            {
                enabled = on == 1;
            }
            else if (JsonValues.ReadBool(entry, "on", out enabled) != JsonValues.Ok)
            {
                return ".on";
            }

            ArrayList day = JsonValues.Get(entry, "day") as ArrayList;
            if (day == null || day.Count != 7)
            {
                return ".day";
            }

            int days = 0;
            for (int i = 0; i < 7; i++)
            {
                int flag;
                bool flagBool;
                if (JsonValues.ToInt(day[i], 0, 1, out flag) != JsonValues.Ok)
                {
                    if (JsonValues.ToBool(day[i], out flagBool) != JsonValues.Ok)
                    {
                        return ".day";
                    }

                    flag = flagBool ? 1 : 0;
                }

                days |= flag << i;
            }

            if (hour == UnsetProgramHour)
            {
                // Never-programmed slots are common (clients re-send all four); share one read-only instance each.
                into[slot - 1] = UnsetSlots[slot - 1];
                return null;
            }

            var program = new PreconditioningProgram(slot);
            program.Set = hour != UnsetProgramHour;
            program.Enabled = program.Set && enabled;
            program.StartMinute = program.Set ? hour * 60 + minute : 0;
            program.Days = program.Set ? days : 0;
            into[slot - 1] = program;
            return null;
        }
    }
}
