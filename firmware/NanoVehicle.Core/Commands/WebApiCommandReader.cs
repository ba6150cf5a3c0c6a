using System;
using System.Collections;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Commands
{
    /// <summary>
    /// Reads a Web API <c>Remote</c> body (stellantis-remote.md §5.3): exactly one of <c>preconditioning</c>,
    /// <c>immobilization</c>, <c>door</c>, <c>horn</c>, <c>charging</c>, <c>stolen</c>, <c>lights</c>, <c>wakeUp</c>
    /// (or the docs' <c>state</c>) and <c>navigation</c>, plus an optional <c>label</c>. Parameter names in errors are
    /// dotted paths from the body (e.g. <c>charging.schedule.programs.slot</c>).
    /// </summary>
    public static class WebApiCommandReader
    {
        private static readonly string[] Keys =
        {
            "preconditioning", "immobilization", "door", "horn", "charging", "stolen", "lights", "wakeUp", "state", "navigation",
        };

        private static readonly int[] KeyFamilies =
        {
            CommandFamily.Preconditioning, CommandFamily.Immobilization, CommandFamily.Doors, CommandFamily.Horn,
            CommandFamily.Charging, CommandFamily.Stolen, CommandFamily.Lights, CommandFamily.WakeUp, CommandFamily.WakeUp,
            CommandFamily.Navigation,
        };

        private static readonly string[] DoorStates = { "Locked", "Unlocked" };
        private static readonly string[] HornStates = { "Activated", "Unactivated" };
        private static readonly string[] Recurrences = { "Daily", "None" };
        private static readonly string[] ActionsTypes = { "Set", "Delete" };

        /// <summary>Reads <paramref name="body"/>.</summary>
        public static CommandParse Read(object body)
        {
            Hashtable remote = body as Hashtable;
            if (remote == null)
            {
                return body == null ? CommandParse.Missing(-1, "remote") : CommandParse.Invalid(-1, "remote");
            }

            int found = -1;
            for (int i = 0; i < Keys.Length; i++)
            {
                if (remote.Contains(Keys[i]))
                {
                    if (found >= 0)
                    {
                        // Only one action per request.
                        return CommandParse.Invalid(-1, Keys[i]);
                    }

                    found = i;
                }
            }

            if (found < 0)
            {
                return CommandParse.Missing(-1, "action");
            }

            string key = Keys[found];
            int family = KeyFamilies[found];
            object raw = remote[key];
            if (raw == null)
            {
                return CommandParse.Missing(family, key);
            }

            Hashtable p = raw as Hashtable;
            if (p == null)
            {
                return CommandParse.Invalid(family, key);
            }

            switch (found)
            {
                case 0:
                    return ReadPreconditioning(p);
                case 1:
                    return ReadImmobilization(p, "immobilization");
                case 2:
                    return ReadDoor(p);
                case 3:
                    return ReadHorn(p);
                case 4:
                    return ReadCharging(p);
                case 5:
                    return ReadStolen(p);
                case 6:
                    return ReadLights(p);
                case 7:
                    return ReadWakeUp(p, "wakeUp", "WakeUp");
                case 8:
                    return ReadWakeUp(p, "state", "state");
                default:
                    return ReadNavigation(p);
            }
        }

        private static CommandParse ReadPreconditioning(Hashtable p)
        {
            const int F = CommandFamily.Preconditioning;
            object raw = JsonValues.Get(p, "airConditioning");
            if (raw == null)
            {
                return CommandParse.Missing(F, "preconditioning.airConditioning");
            }

            Hashtable ac = raw as Hashtable;
            if (ac == null)
            {
                return CommandParse.Invalid(F, "preconditioning.airConditioning");
            }

            bool hasImmediate = JsonValues.Has(ac, "immediate");
            bool immediate = false;
            if (hasImmediate && JsonValues.ReadBool(ac, "immediate", out immediate) != JsonValues.Ok)
            {
                return CommandParse.Invalid(F, "preconditioning.airConditioning.immediate");
            }

            object programs = JsonValues.Get(ac, "programs");
            if (!hasImmediate && programs == null)
            {
                return CommandParse.Missing(F, "preconditioning.airConditioning.immediate");
            }

            int action = immediate ? CommandAction.PreconditioningStart
                : programs == null ? CommandAction.PreconditioningStop : CommandAction.PreconditioningPrograms;
            var command = new Command(F, action, Command.FromWebApi);
            if (programs != null)
            {
                string failed = ReadPreconditioningPrograms(programs, command);
                if (failed != null)
                {
                    return CommandParse.Invalid(F, "preconditioning.airConditioning.programs" + failed);
                }
            }

            return CommandParse.Of(command);
        }

        private static string ReadPreconditioningPrograms(object raw, Command command)
        {
            ArrayList list = raw as ArrayList;
            if (list == null || list.Count > 4)
            {
                return string.Empty;
            }

            command.PreconditioningPrograms = new PreconditioningProgram[4];
            for (int i = 0; i < list.Count; i++)
            {
                Hashtable entry = list[i] as Hashtable;
                if (entry == null)
                {
                    return string.Empty;
                }

                int slot;
                if (JsonValues.ReadInt(entry, "slot", 1, 4, out slot) != JsonValues.Ok || command.PreconditioningPrograms[slot - 1] != null)
                {
                    return ".slot";
                }

                var program = new PreconditioningProgram(slot);
                int actionsType = 0;
                if (JsonValues.Has(entry, "actionsType") && JsonValues.ReadChoice(entry, "actionsType", ActionsTypes, out actionsType) != JsonValues.Ok)
                {
                    return ".actionsType";
                }

                command.PreconditioningPrograms[slot - 1] = program;
                if (actionsType == 1)
                {
                    continue; // Delete needs only the slot: the slot becomes unset.
                }

                int recurrence = 0;
                if (JsonValues.Has(entry, "recurrence") && JsonValues.ReadChoice(entry, "recurrence", Recurrences, out recurrence) != JsonValues.Ok)
                {
                    return ".recurrence";
                }

                string start;
                int minute;
                if (JsonValues.ReadString(entry, "start", out start) != JsonValues.Ok || !Iso8601.TryParseTimeOfDay(start, out minute))
                {
                    return ".start";
                }

                bool enabled;
                if (JsonValues.ReadBool(entry, "enabled", out enabled) != JsonValues.Ok)
                {
                    return ".enabled";
                }

                int days;
                if (!ReadOccurrence(entry, out days))
                {
                    return ".occurence";
                }

                program.Set = true;
                program.Enabled = enabled;
                program.StartMinute = minute;
                program.Days = days;
                program.Daily = recurrence == 0;
            }

            return null;
        }

        // occurence{day[Mon..Sun]} (the docs' spelling); "occurrence" is accepted too.
        private static bool ReadOccurrence(Hashtable entry, out int days)
        {
            days = 0;
            object raw = JsonValues.Get(entry, "occurence");
            if (raw == null)
            {
                raw = JsonValues.Get(entry, "occurrence");
            }

            Hashtable occurrence = raw as Hashtable;
            if (occurrence == null)
            {
                return false;
            }

            ArrayList day = JsonValues.Get(occurrence, "day") as ArrayList;
            if (day == null)
            {
                return false;
            }

            for (int i = 0; i < day.Count; i++)
            {
                int index;
                if (JsonValues.ToChoice(day[i], WeekDays.Names, out index) != JsonValues.Ok)
                {
                    return false;
                }

                days |= 1 << index;
            }

            return true;
        }

        private static CommandParse ReadImmobilization(Hashtable p, string path)
        {
            bool activate;
            int status = JsonValues.ReadBool(p, "activate", out activate);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Immobilization, status, path + ".activate");
            }

            return CommandParse.Of(new Command(CommandFamily.Immobilization,
                activate ? CommandAction.ImmobilizeOn : CommandAction.ImmobilizeOff, Command.FromWebApi));
        }

        private static CommandParse ReadDoor(Hashtable p)
        {
            int state;
            int status = JsonValues.ReadChoice(p, "state", DoorStates, out state);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Doors, status, "door.state");
            }

            bool forced;
            if (JsonValues.Has(p, "forced") && JsonValues.ReadBool(p, "forced", out forced) != JsonValues.Ok)
            {
                return CommandParse.Invalid(CommandFamily.Doors, "door.forced");
            }

            return CommandParse.Of(new Command(CommandFamily.Doors, state == 0 ? CommandAction.Lock : CommandAction.Unlock, Command.FromWebApi));
        }

        private static CommandParse ReadHorn(Hashtable p)
        {
            int state;
            int status = JsonValues.ReadChoice(p, "state", HornStates, out state);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Horn, status, "horn.state");
            }

            var command = new Command(CommandFamily.Horn, CommandAction.Honk, Command.FromWebApi);
            command.HornCount = state == 0 ? 1 : 0; // Unactivated silences a sounding horn
            return CommandParse.Of(command);
        }

        private static CommandParse ReadLights(Hashtable p)
        {
            bool on;
            int status = JsonValues.ReadBool(p, "on", out on);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.Lights, status, "lights.on");
            }

            return CommandParse.Of(new Command(CommandFamily.Lights, on ? CommandAction.LightsFlash : CommandAction.LightsOff, Command.FromWebApi));
        }

        private static CommandParse ReadWakeUp(Hashtable p, string key, string expected)
        {
            string action;
            int status = JsonValues.ReadString(p, "action", out action);
            if (status != JsonValues.Ok)
            {
                return CommandParse.Failed(CommandFamily.WakeUp, status, key + ".action");
            }

            if (!JsonValues.EqualsIgnoreCase(action, expected))
            {
                return CommandParse.Invalid(CommandFamily.WakeUp, key + ".action");
            }

            return CommandParse.Of(new Command(CommandFamily.WakeUp, CommandAction.Refresh, Command.FromWebApi));
        }

        private static CommandParse ReadStolen(Hashtable p)
        {
            const int F = CommandFamily.Stolen;
            int given = (p.Contains("stolen") ? 1 : 0) + (p.Contains("trackingPeriod") ? 1 : 0) + (p.Contains("immobilization") ? 1 : 0);
            if (given == 0)
            {
                return CommandParse.Missing(F, "stolen.stolen");
            }

            if (given > 1)
            {
                // The docs allow only one of these per request.
                return CommandParse.Invalid(F, "stolen");
            }

            if (p.Contains("immobilization"))
            {
                Hashtable immobilization = JsonValues.Get(p, "immobilization") as Hashtable;
                if (immobilization == null)
                {
                    return CommandParse.Invalid(CommandFamily.Immobilization, "stolen.immobilization");
                }

                return ReadImmobilization(immobilization, "stolen.immobilization");
            }

            if (p.Contains("stolen"))
            {
                bool stolen;
                int status = JsonValues.ReadBool(p, "stolen", out stolen);
                if (status != JsonValues.Ok)
                {
                    return CommandParse.Failed(F, status, "stolen.stolen");
                }

                return CommandParse.Of(new Command(F, stolen ? CommandAction.StolenOn : CommandAction.StolenOff, Command.FromWebApi));
            }

            Hashtable period = JsonValues.Get(p, "trackingPeriod") as Hashtable;
            if (period == null)
            {
                return CommandParse.Invalid(F, "stolen.trackingPeriod");
            }

            var command = new Command(F, CommandAction.StolenTracking, Command.FromWebApi);
            if (JsonValues.Has(period, "running")
                && JsonValues.ReadInt(period, "running", 5, 86400, out command.TrackingRunningSeconds) != JsonValues.Ok)
            {
                return CommandParse.Invalid(F, "stolen.trackingPeriod.running");
            }

            if (JsonValues.Has(period, "shutdown")
                && JsonValues.ReadInt(period, "shutdown", 60, 86400, out command.TrackingShutdownSeconds) != JsonValues.Ok)
            {
                return CommandParse.Invalid(F, "stolen.trackingPeriod.shutdown");
            }

            if (command.TrackingRunningSeconds == 0 && command.TrackingShutdownSeconds == 0)
            {
                return CommandParse.Missing(F, "stolen.trackingPeriod.running");
            }

            return CommandParse.Of(command);
        }

        private static CommandParse ReadNavigation(Hashtable p)
        {
            const int F = CommandFamily.Navigation;
            object raw = JsonValues.Get(p, "positions");
            if (raw == null)
            {
                return CommandParse.Missing(F, "navigation.positions");
            }

            ArrayList positions = raw as ArrayList;
            if (positions == null || positions.Count < 1 || positions.Count > 10)
            {
                return CommandParse.Invalid(F, "navigation.positions");
            }

            for (int i = 0; i < positions.Count; i++)
            {
                Hashtable point = positions[i] as Hashtable;
                string type;
                if (point == null || JsonValues.ReadString(point, "type", out type) != JsonValues.Ok || type != "Point")
                {
                    return CommandParse.Invalid(F, "navigation.positions");
                }

                ArrayList coordinates = JsonValues.Get(point, "coordinates") as ArrayList;
                int lon, lat;
                if (coordinates == null || coordinates.Count < 2
                    || JsonValues.ToTenths(coordinates[0], -1800, 1800, out lon) != JsonValues.Ok
                    || JsonValues.ToTenths(coordinates[1], -900, 900, out lat) != JsonValues.Ok)
                {
                    return CommandParse.Invalid(F, "navigation.positions.coordinates");
                }
            }

            bool approval;
            if (JsonValues.Has(p, "driverApproval") && JsonValues.ReadBool(p, "driverApproval", out approval) != JsonValues.Ok)
            {
                return CommandParse.Invalid(F, "navigation.driverApproval");
            }

            var command = new Command(F, CommandAction.Navigate, Command.FromWebApi);
            command.NavigationPoints = positions.Count;
            return CommandParse.Of(command);
        }

        private static CommandParse ReadCharging(Hashtable p)
        {
            const int F = CommandFamily.Charging;
            bool hasImmediate = JsonValues.Has(p, "immediate");
            bool hasSchedule = JsonValues.Has(p, "schedule");
            bool hasPreferences = JsonValues.Has(p, "preferences");
            bool hasLegacyTime = JsonValues.Has(p, "nextDelayedTime");
            if (hasPreferences && (hasImmediate || hasSchedule || hasLegacyTime))
            {
                // preferences may not be combined with immediate or schedule.
                return CommandParse.Invalid(F, "charging.preferences");
            }

            if (!hasImmediate && !hasSchedule && !hasPreferences && !hasLegacyTime)
            {
                return CommandParse.Missing(F, "charging.immediate");
            }

            if (hasPreferences)
            {
                return ReadPreferences(p);
            }

            var command = new Command(F, CommandAction.ChargeDeferred, Command.FromWebApi);
            if (hasImmediate)
            {
                bool immediate;
                if (JsonValues.ReadBool(p, "immediate", out immediate) != JsonValues.Ok)
                {
                    return CommandParse.Invalid(F, "charging.immediate");
                }

                command.Action = immediate ? CommandAction.ChargeStart : CommandAction.ChargeStop;
            }

            if (hasLegacyTime)
            {
                if (hasSchedule)
                {
                    return CommandParse.Invalid(F, "charging.nextDelayedTime");
                }

                if (!ReadNextDelayedTime(p, command))
                {
                    return CommandParse.Invalid(F, "charging.nextDelayedTime");
                }
            }

            if (hasSchedule)
            {
                Hashtable schedule = JsonValues.Get(p, "schedule") as Hashtable;
                if (schedule == null)
                {
                    return CommandParse.Invalid(F, "charging.schedule");
                }

                bool hasTime = JsonValues.Has(schedule, "nextDelayedTime");
                bool hasPrograms = JsonValues.Has(schedule, "programs");
                if (hasTime == hasPrograms)
                {
                    // Either programs or nextDelayedTime, not both (and not neither).
                    return hasTime ? CommandParse.Invalid(F, "charging.schedule") : CommandParse.Missing(F, "charging.schedule.nextDelayedTime");
                }

                if (hasTime && !ReadNextDelayedTime(schedule, command))
                {
                    return CommandParse.Invalid(F, "charging.schedule.nextDelayedTime");
                }

                if (hasPrograms)
                {
                    string failed = ReadChargePrograms(JsonValues.Get(schedule, "programs"), command);
                    if (failed != null)
                    {
                        return CommandParse.Invalid(F, "charging.schedule.programs" + failed);
                    }

                    if (!hasImmediate)
                    {
                        command.Action = CommandAction.ChargeSchedule;
                    }
                }
            }

            return CommandParse.Of(command);
        }

        private static bool ReadNextDelayedTime(Hashtable from, Command command)
        {
            string text;
            DateTime at;
            if (JsonValues.ReadString(from, "nextDelayedTime", out text) != JsonValues.Ok || !Iso8601.TryParseTimestamp(text, out at))
            {
                return false;
            }

            command.HasDeferredMinute = true;
            command.DeferredMinute = at.Hour * 60 + at.Minute;
            return true;
        }

        private static string ReadChargePrograms(object raw, Command command)
        {
            ArrayList list = raw as ArrayList;
            if (list == null || list.Count > 4)
            {
                return string.Empty;
            }

            command.ChargePrograms = new ChargeProgram[4];
            for (int i = 0; i < list.Count; i++)
            {
                Hashtable entry = list[i] as Hashtable;
                if (entry == null)
                {
                    return string.Empty;
                }

                int slot;
                if (JsonValues.ReadInt(entry, "slot", 1, 4, out slot) != JsonValues.Ok || command.ChargePrograms[slot - 1] != null)
                {
                    return ".slot";
                }

                var program = new ChargeProgram(slot);
                string text;
                if (JsonValues.ReadString(entry, "start", out text) != JsonValues.Ok || !Iso8601.TryParseTimeOfDay(text, out program.StartMinute))
                {
                    return ".start";
                }

                if (JsonValues.Has(entry, "end"))
                {
                    if (JsonValues.ReadString(entry, "end", out text) != JsonValues.Ok || !Iso8601.TryParseTimeOfDay(text, out program.EndMinute))
                    {
                        return ".end";
                    }
                }

                if (JsonValues.ReadBool(entry, "enabled", out program.Enabled) != JsonValues.Ok)
                {
                    return ".enabled";
                }

                if (JsonValues.Has(entry, "chargeUntilFull") && JsonValues.ReadBool(entry, "chargeUntilFull", out program.UntilFull) != JsonValues.Ok)
                {
                    return ".chargeUntilFull";
                }

                if (!ReadOccurrence(entry, out program.Days))
                {
                    return ".occurence";
                }

                program.Set = true;
                command.ChargePrograms[slot - 1] = program;
            }

            return null;
        }

        private static CommandParse ReadPreferences(Hashtable p)
        {
            const int F = CommandFamily.Charging;
            Hashtable preferences = JsonValues.Get(p, "preferences") as Hashtable;
            if (preferences == null)
            {
                return CommandParse.Invalid(F, "charging.preferences");
            }

            var command = new Command(F, CommandAction.ChargePreferences, Command.FromWebApi);
            int level = 0;
            if (JsonValues.Has(preferences, "level"))
            {
                if (JsonValues.ReadChoice(preferences, "level", ChargePreferences.Levels, out level) != JsonValues.Ok || level == 0)
                {
                    return CommandParse.Invalid(F, "charging.preferences.level");
                }
            }

            int type = -1;
            if (JsonValues.Has(preferences, "type") && JsonValues.ReadChoice(preferences, "type", ChargePreferences.Types, out type) != JsonValues.Ok)
            {
                return CommandParse.Invalid(F, "charging.preferences.type");
            }

            if (level == 0 && type < 0)
            {
                return CommandParse.Missing(F, "charging.preferences.level");
            }

            command.PreferenceLevel = level;
            command.PreferenceType = type;
            return CommandParse.Of(command);
        }
    }
}
