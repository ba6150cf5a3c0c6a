using System;
using System.Collections;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Persistence
{
    /// <summary>
    /// What must survive a reboot, as a versioned JSON document: VIN, odometer, SoC, plug and charge status,
    /// deferred time, charge and preconditioning programs, preferences, the wake-up counter and its month, stolen
    /// (with tracking periods), immobilization, locks, privacy, 12 V level, alerts and time scale.
    /// The reader checks every field into a copy and refuses corrupt, unknown or future-version input with a
    /// message; it never throws.
    /// </summary>
    public static class PersistenceSnapshot
    {
        /// <summary>The document's <c>format</c> member.</summary>
        public const string Format = "nanovehicle-state";

        /// <summary>The version this code writes; it reads this one and older.</summary>
        public const int Version = 1;

        /// <summary>Writes the snapshot of <paramref name="s"/>.</summary>
        public static string Write(VehicleState s)
        {
            var json = new JsonWriter();
            json.BeginObject();
            json.Property("format", Format).Property("version", Version).Property("vin", s.Vin);
            json.Property("odometerMeters", s.OdometerMeters).Property("socTenths", s.SocTenths);
            json.Property("plugged", s.Plugged).Property("quickCharger", s.QuickCharger);
            json.Property("chargingStatus", ChargingStatus.Names[s.ChargingStatus]).Property("immediateCharge", s.ImmediateCharge);
            json.Name("deferred").BeginObject().Property("enabled", s.DeferredEnabled).Property("minute", s.DeferredMinute).EndObject();
            json.Name("preferences").BeginObject().Property("level", s.PreferenceLevel).Property("type", s.PreferenceType).EndObject();
            json.Name("chargePrograms").BeginArray();
            for (int i = 0; i < 4; i++)
            {
                ChargeProgram p = s.ChargePrograms[i];
                json.BeginObject().Property("slot", p.Slot).Property("set", p.Set).Property("enabled", p.Enabled)
                    .Property("start", p.StartMinute).Property("end", p.EndMinute).Property("days", p.Days)
                    .Property("untilFull", p.UntilFull).EndObject();
            }

            json.EndArray();
            json.Name("preconditioningPrograms").BeginArray();
            for (int i = 0; i < 4; i++)
            {
                PreconditioningProgram p = s.PreconditioningPrograms[i];
                json.BeginObject().Property("slot", p.Slot).Property("set", p.Set).Property("enabled", p.Enabled)
                    .Property("start", p.StartMinute).Property("days", p.Days).Property("daily", p.Daily).EndObject();
            }

            json.EndArray();
            json.Name("wakeUps").BeginObject().Property("month", s.WakeUpMonth).Property("count", s.WakeUpsThisMonth).EndObject();
            json.Name("stolen").BeginObject().Property("on", s.Stolen)
                .Property("since", s.Stolen ? Iso8601.FormatTimestamp(s.StolenSince) : string.Empty)
                .Property("running", s.TrackingRunningSeconds).Property("shutdown", s.TrackingShutdownSeconds).EndObject();
            json.Property("immobilized", s.Immobilized).Property("locked", s.Locked);
            json.Property("privacy", Privacy.Names[s.Privacy]).Property("auxBattery", s.AuxBatteryPercent);
            json.Property("currentAlerts", s.CurrentAlerts).Property("previousAlerts", s.PreviousAlerts);
            json.Property("timeScale", s.TimeScale);
            json.EndObject();
            return json.ToString();
        }

        /// <summary>
        /// Parses <paramref name="text"/> with <paramref name="port"/> and reads it into <paramref name="into"/>.
        /// Null when read; else why not (and <paramref name="into"/> is unchanged).
        /// </summary>
        public static string Read(IJsonPort port, string text, VehicleState into)
        {
            if (text == null || text.Length == 0)
            {
                return "state file is empty";
            }

            object tree;
            try
            {
                tree = port.Parse(text);
            }
            catch (Exception ex)
            {
                return "state file is not valid JSON (" + ex.Message + ")";
            }

            return Read(tree, into);
        }

        /// <summary>Reads an already parsed snapshot into <paramref name="into"/>; null when read, else why not.</summary>
        public static string Read(object tree, VehicleState into)
        {
            Hashtable o = tree as Hashtable;
            if (o == null)
            {
                return "state file is not a JSON object";
            }

            string format;
            if (JsonValues.ReadString(o, "format", out format) != JsonValues.Ok || format != Format)
            {
                return "state file is not a nanoVehicle state (format must be \"" + Format + "\")";
            }

            int version;
            if (JsonValues.ReadInt(o, "version", 1, int.MaxValue, out version) != JsonValues.Ok)
            {
                return "state file has no valid version";
            }

            if (version > Version)
            {
                return "state file version " + version.ToString() + " is newer than this build reads (" + Version.ToString() + ")";
            }

            VehicleState s = into.Copy();
            string error = ReadFields(o, s);
            if (error != null)
            {
                return "state file field " + error;
            }

            into.CopyFrom(s);
            return null;
        }

        private static string ReadFields(Hashtable o, VehicleState s)
        {
            string text;
            if (JsonValues.ReadString(o, "vin", out text) != JsonValues.Ok)
            {
                return "vin is missing or invalid";
            }

            s.Vin = text;
            long odometer;
            object rawOdometer = JsonValues.Get(o, "odometerMeters");
            if (!(rawOdometer is int || rawOdometer is long) || (odometer = rawOdometer is int ? (int)rawOdometer : (long)rawOdometer) < 0)
            {
                return "odometerMeters is missing or invalid";
            }

            s.OdometerMeters = odometer;
            if (JsonValues.ReadInt(o, "socTenths", 0, 1000, out s.SocTenths) != JsonValues.Ok)
            {
                return "socTenths is missing or invalid";
            }

            if (JsonValues.ReadBool(o, "plugged", out s.Plugged) != JsonValues.Ok)
            {
                return "plugged is missing or invalid";
            }

            if (JsonValues.ReadBool(o, "quickCharger", out s.QuickCharger) != JsonValues.Ok)
            {
                return "quickCharger is missing or invalid";
            }

            if (JsonValues.ReadChoice(o, "chargingStatus", ChargingStatus.Names, out s.ChargingStatus) != JsonValues.Ok
                || (s.Plugged == (s.ChargingStatus == ChargingStatus.Disconnected)))
            {
                return "chargingStatus is missing, invalid or disagrees with plugged";
            }

            if (JsonValues.ReadBool(o, "immediateCharge", out s.ImmediateCharge) != JsonValues.Ok)
            {
                return "immediateCharge is missing or invalid";
            }

            Hashtable deferred = JsonValues.Get(o, "deferred") as Hashtable;
            if (deferred == null || JsonValues.ReadBool(deferred, "enabled", out s.DeferredEnabled) != JsonValues.Ok
                || JsonValues.ReadInt(deferred, "minute", 0, 1439, out s.DeferredMinute) != JsonValues.Ok)
            {
                return "deferred is missing or invalid";
            }

            Hashtable preferences = JsonValues.Get(o, "preferences") as Hashtable;
            if (preferences == null || JsonValues.ReadInt(preferences, "level", 0, 5, out s.PreferenceLevel) != JsonValues.Ok
                || JsonValues.ReadInt(preferences, "type", 0, 1, out s.PreferenceType) != JsonValues.Ok)
            {
                return "preferences is missing or invalid";
            }

            ArrayList charge = ReadSlotList(o, "chargePrograms");
            if (charge == null)
            {
                return "chargePrograms must hold 4 slots";
            }

            for (int i = 0; i < 4; i++)
            {
                Hashtable p = charge[i] as Hashtable;
                ChargeProgram program = s.ChargePrograms[i];
                if (!ReadSlotStart(p, i, program)
                    || JsonValues.ReadInt(p, "end", 0, 1439, out program.EndMinute) != JsonValues.Ok
                    || JsonValues.ReadInt(p, "days", 0, 127, out program.Days) != JsonValues.Ok
                    || JsonValues.ReadBool(p, "untilFull", out program.UntilFull) != JsonValues.Ok)
                {
                    return "chargePrograms[" + i.ToString() + "] is invalid";
                }
            }

            ArrayList precond = ReadSlotList(o, "preconditioningPrograms");
            if (precond == null)
            {
                return "preconditioningPrograms must hold 4 slots";
            }

            for (int i = 0; i < 4; i++)
            {
                Hashtable p = precond[i] as Hashtable;
                PreconditioningProgram program = s.PreconditioningPrograms[i];
                if (!ReadSlotStart(p, i, program)
                    || JsonValues.ReadInt(p, "days", 0, 127, out program.Days) != JsonValues.Ok
                    || JsonValues.ReadBool(p, "daily", out program.Daily) != JsonValues.Ok)
                {
                    return "preconditioningPrograms[" + i.ToString() + "] is invalid";
                }
            }

            Hashtable wakeUps = JsonValues.Get(o, "wakeUps") as Hashtable;
            if (wakeUps == null || JsonValues.ReadInt(wakeUps, "month", 0, int.MaxValue, out s.WakeUpMonth) != JsonValues.Ok
                || JsonValues.ReadInt(wakeUps, "count", 0, int.MaxValue, out s.WakeUpsThisMonth) != JsonValues.Ok)
            {
                return "wakeUps is missing or invalid";
            }

            Hashtable stolen = JsonValues.Get(o, "stolen") as Hashtable;
            if (stolen == null || JsonValues.ReadBool(stolen, "on", out s.Stolen) != JsonValues.Ok
                || JsonValues.ReadInt(stolen, "running", 5, 86400, out s.TrackingRunningSeconds) != JsonValues.Ok
                || JsonValues.ReadInt(stolen, "shutdown", 60, 86400, out s.TrackingShutdownSeconds) != JsonValues.Ok)
            {
                return "stolen is missing or invalid";
            }

            s.StolenSince = DateTime.MinValue;
            if (s.Stolen)
            {
                string since = JsonValues.Get(stolen, "since") as string;
                if (since == null || !Iso8601.TryParseTimestamp(since, out s.StolenSince))
                {
                    return "stolen.since is missing or invalid";
                }
            }

            if (JsonValues.ReadBool(o, "immobilized", out s.Immobilized) != JsonValues.Ok
                || JsonValues.ReadBool(o, "locked", out s.Locked) != JsonValues.Ok)
            {
                return "immobilized or locked is missing or invalid";
            }

            if (JsonValues.ReadChoice(o, "privacy", Privacy.Names, out s.Privacy) != JsonValues.Ok)
            {
                return "privacy is missing or invalid";
            }

            if (JsonValues.ReadInt(o, "auxBattery", 0, 100, out s.AuxBatteryPercent) != JsonValues.Ok
                || JsonValues.ReadInt(o, "currentAlerts", 0, AlertBits.All, out s.CurrentAlerts) != JsonValues.Ok
                || JsonValues.ReadInt(o, "previousAlerts", 0, AlertBits.All, out s.PreviousAlerts) != JsonValues.Ok
                || JsonValues.ReadInt(o, "timeScale", 1, 3600, out s.TimeScale) != JsonValues.Ok)
            {
                return "auxBattery, alerts or timeScale is missing or invalid";
            }

            // A charge cannot be resumed as such after a reboot: the car re-evaluates it.
            s.ChargeRemainder = 0;
            return null;
        }

        /// <summary>The program list under <paramref name="key"/>, or null unless it holds exactly 4 slots.</summary>
        private static ArrayList ReadSlotList(Hashtable o, string key)
        {
            ArrayList list = JsonValues.Get(o, key) as ArrayList;
            return list != null && list.Count == 4 ? list : null;
        }

        /// <summary>
        /// Reads the members every program slot begins with (slot number, set, enabled, start) into
        /// <paramref name="program"/>; false when <paramref name="p"/> is not slot <paramref name="i"/>+1 or one is invalid.
        /// </summary>
        private static bool ReadSlotStart(Hashtable p, int i, ProgramSlot program)
        {
            int slot;
            return p != null && JsonValues.ReadInt(p, "slot", i + 1, i + 1, out slot) == JsonValues.Ok
                && JsonValues.ReadBool(p, "set", out program.Set) == JsonValues.Ok
                && JsonValues.ReadBool(p, "enabled", out program.Enabled) == JsonValues.Ok
                && JsonValues.ReadInt(p, "start", 0, 1439, out program.StartMinute) == JsonValues.Ok;
        }
    }
}
