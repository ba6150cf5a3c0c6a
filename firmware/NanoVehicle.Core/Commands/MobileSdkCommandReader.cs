using System.Collections;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Commands
{
    /// <summary>
    /// Reads the parameters of a Mobile SDK <c>set pims.vehicle.command</c> (stellantis-remote.md §2.3): actions
    /// <c>charge</c>, <c>chargeDeferredTime</c>, <c>preconditioning</c>, <c>doors</c>, <c>horn</c>, <c>warning</c>.
    /// Booleans may be strings ("true"), as the SDK's own samples pass them.
    /// </summary>
    public static class MobileSdkCommandReader
    {
        private static readonly string[] Actions = { "charge", "chargeDeferredTime", "preconditioning", "doors", "horn", "warning" };
        private static readonly int[] ActionFamilies =
        {
            CommandFamily.Charging, CommandFamily.Charging, CommandFamily.Preconditioning, CommandFamily.Doors,
            CommandFamily.Horn, CommandFamily.Lights,
        };

        private static readonly string[] DoorStates = { "lock", "unlock" };

        // Lower-case day names; "wen" is the spelling of the SDK's own example for Wednesday.
        private static readonly string[] Days = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", "wen" };

        /// <summary>The family an SDK action addresses, or -1.</summary>
        public static int FamilyOf(string action)
        {
            int index = JsonValues.IndexOfIgnoreCase(Actions, action);
            return index < 0 ? -1 : ActionFamilies[index];
        }

        /// <summary>Reads <paramref name="parameters"/> (the action's parameter map, <c>action</c> included).</summary>
        public static CommandParse Read(object parameters)
        {
            Hashtable p = parameters as Hashtable;
            if (p == null)
            {
                return parameters == null ? CommandParse.Missing(-1, "action") : CommandParse.Invalid(-1, "parameters");
            }

            int action;
            int status = JsonValues.ReadChoice(p, "action", Actions, out action);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(-1, status, "action");
            }

            int family = ActionFamilies[action];
            switch (action)
            {
                case 0:
                    return ReadCharge(p);
                case 1:
                    return ReadDeferred(p);
                case 2:
                    return ReadPreconditioning(p);
                case 3:
                    int door;
                    status = JsonValues.ReadChoice(p, "doorState", DoorStates, out door);
                    if (status != JsonValues.Ok)
                    {
                        return CommandParse.Failed(family, status, "doorState");
                    }

                    return CommandParse.Of(new Command(family, door == 0 ? CommandAction.Lock : CommandAction.Unlock, Command.FromMobileSdk));
                case 4:
                    return CommandParse.Of(new Command(family, CommandAction.Honk, Command.FromMobileSdk));
                default:
                    return CommandParse.Of(new Command(family, CommandAction.LightsFlash, Command.FromMobileSdk));
            }
        }

        private static CommandParse ReadCharge(Hashtable p)
        {
            bool startNow;
            int status = JsonValues.ReadBool(p, "startNow", out startNow);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Charging, status, "startNow");
            }

            return CommandParse.Of(new Command(CommandFamily.Charging, startNow ? CommandAction.ChargeStart : CommandAction.ChargeStop, Command.FromMobileSdk));
        }

        private static CommandParse ReadDeferred(Hashtable p)
        {
            const int F = CommandFamily.Charging;
            bool startNow;
            int status = JsonValues.ReadBool(p, "startNow", out startNow);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(F, status, "startNow");
            }

            string text;
            status = JsonValues.ReadString(p, "deferredTime", out text);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(F, status, "deferredTime");
            }

            int minute;
            if (!Iso8601.TryParseTimeOfDay(text, out minute))
            {
                return CommandParse.Invalid(F, "deferredTime");
            }

            // The reference marks checkStartCharge required but undocumented (#todo); accept it absent, check its type.
            bool check;
            if (JsonValues.Has(p, "checkStartCharge") && JsonValues.ReadBool(p, "checkStartCharge", out check) != JsonValues.Ok)
            {
                return CommandParse.Invalid(F, "checkStartCharge");
            }

            var command = new Command(F, startNow ? CommandAction.ChargeStart : CommandAction.ChargeDeferred, Command.FromMobileSdk);
            command.HasDeferredMinute = true;
            command.DeferredMinute = minute;
            return CommandParse.Of(command);
        }

        private static CommandParse ReadPreconditioning(Hashtable p)
        {
            const int F = CommandFamily.Preconditioning;
            bool startNow;
            int status = JsonValues.ReadBool(p, "startNow", out startNow);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(F, status, "startNow");
            }

            object raw = JsonValues.Get(p, "programs");
            if (raw == null)
            {
                return CommandParse.Missing(F, "programs");
            }

            ArrayList list = raw as ArrayList;
            if (list == null || list.Count > 4)
            {
                return CommandParse.Invalid(F, "programs");
            }

            var command = new Command(F, startNow ? CommandAction.PreconditioningStart : CommandAction.PreconditioningStop, Command.FromMobileSdk);
            if (list.Count == 0)
            {
                return CommandParse.Of(command);
            }

            command.PreconditioningPrograms = new PreconditioningProgram[4];
            for (int i = 0; i < list.Count; i++)
            {
                string failed = ReadProgram(list[i] as Hashtable, command.PreconditioningPrograms);
                if (failed != null)
                {
                    return CommandParse.Invalid(F, "programs" + failed);
                }
            }

            return CommandParse.Of(command);
        }

        private static string ReadProgram(Hashtable entry, PreconditioningProgram[] into)
        {
            if (entry == null)
            {
                return string.Empty;
            }

            int slot, hour, minute;
            bool enabled;
            if (JsonValues.ReadInt(entry, "slot", 1, 4, out slot) != JsonValues.Ok || into[slot - 1] != null)
            {
                return ".slot";
            }

            if (JsonValues.ReadInt(entry, "hour", 0, 23, out hour) != JsonValues.Ok)
            {
                return ".hour";
            }

            if (JsonValues.ReadInt(entry, "minute", 0, 59, out minute) != JsonValues.Ok)
            {
                return ".minute";
            }

            if (JsonValues.ReadBool(entry, "isEnabled", out enabled) != JsonValues.Ok)
            {
                return ".isEnabled";
            }

            // The reference spells it "occurrence", its examples "occurence": take either.
            object raw = JsonValues.Get(entry, "occurrence");
            if (raw == null)
            {
                raw = JsonValues.Get(entry, "occurence");
            }

            ArrayList days = raw as ArrayList;
            if (days == null)
            {
                return ".occurrence";
            }

            int mask = 0;
            for (int i = 0; i < days.Count; i++)
            {
                int day;
                if (JsonValues.ToChoice(days[i], Days, out day) != JsonValues.Ok)
                {
                    return ".occurrence";
                }

                mask |= 1 << (day == 7 ? 2 : day);
            }

            var program = new PreconditioningProgram(slot);
            program.Set = true;
            program.Enabled = enabled;
            program.StartMinute = hour * 60 + minute;
            program.Days = mask;
            into[slot - 1] = program;
            return null;
        }
    }
}
