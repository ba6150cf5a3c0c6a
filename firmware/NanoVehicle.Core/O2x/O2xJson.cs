using System;
using System.Collections;
using System.Text;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// The mapping between an O2X status and the Mobile SDK's O2X JSON model (<c>pims.vehicle.informations</c>
    /// O2X): rendering with a fixed key order, and reading back from a parsed JSON tree (the core's JSON port
    /// gives Hashtable objects, ArrayList arrays, strings, numbers and booleans).
    /// </summary>
    /// <remarks>
    /// Values are strings as in the SDK reference; units are <c>%</c> (batterySoc), <c>km</c> (remainingAutonomy,
    /// totalOdometer) and <c>min</c> (chargeDelay). Key order: vin, receivedAt, status, currentAlert, previousAlert,
    /// data{batterySoc, systemState, batteryState, remainingAutonomy, rnd, chargeDelay, parkBrakeStatus,
    /// totalOdometer}.
    /// </remarks>
    public static class O2xJson
    {
        /// <summary>An upper bound on the length of a rendered O2X model (the longest is under 800 characters).</summary>
        public const int MaxModelLength = 1024;

        /// <summary>Unit of <c>data.batterySoc</c>.</summary>
        public const string PercentUnit = "%";

        /// <summary>Unit of <c>data.remainingAutonomy</c> and <c>data.totalOdometer</c>.</summary>
        public const string KilometreUnit = "km";

        /// <summary>Unit of <c>data.chargeDelay</c>.</summary>
        public const string MinuteUnit = "min";

        /// <summary>
        /// Renders the O2X model for <paramref name="vin"/> as received at <paramref name="receivedAt"/> (UTC,
        /// written <c>YYYY-MM-DDTHH:MM:SSZ</c>). Returns null when the status is null or out of range.
        /// </summary>
        public static string Render(string vin, DateTime receivedAt, O2xStatus status)
        {
            if (status == null || status.Validate() != null)
            {
                return null;
            }

            // One chunk holds the longest model (under 800 characters), so the builder never grows.
            JsonWriter json = new JsonWriter(new StringBuilder(MaxModelLength));
            json.BeginObject();
            json.Property("vin", vin == null ? "" : vin);
            json.Property("receivedAt", Iso8601.FormatTimestamp(receivedAt));
            json.Property("status", O2xNames.Of(status.Status));
            WriteAlerts(json, "currentAlert", status.CurrentAlerts);
            WriteAlerts(json, "previousAlert", status.PreviousAlerts);
            json.Name("data").BeginObject();
            WriteMeasure(json, "batterySoc", FormatHalves(status.BatterySocHalfPercent), PercentUnit);
            json.Property("systemState", O2xNames.Of(status.SystemState));
            json.Property("batteryState", O2xNames.Of(status.BatteryState));
            WriteMeasure(json, "remainingAutonomy", status.RemainingAutonomyKm.ToString(), KilometreUnit);
            json.Property("rnd", O2xNames.Of(status.Gear));
            WriteMeasure(json, "chargeDelay", status.ChargeDelayMinutes.ToString(), MinuteUnit);
            json.Property("parkBrakeStatus", O2xNames.Of(status.ParkBrake));
            WriteMeasure(json, "totalOdometer", status.TotalOdometerKm.ToString(), KilometreUnit);
            json.EndObject();
            json.EndObject();
            return json.ToString();
        }

        /// <summary>Renders an O2X event as the SDK's <c>pims.vehicle.event</c> output: <c>{"event":"cantCharge"}</c>.</summary>
        public static string RenderEvent(string eventName)
        {
            JsonWriter json = new JsonWriter(new StringBuilder(32));
            json.BeginObject().Property("event", eventName == null ? "" : eventName).EndObject();
            return json.ToString();
        }

        /// <summary>Writes a count of halves as a decimal: 85 → "42.5", 84 → "42".</summary>
        public static string FormatHalves(int halves)
        {
            string whole = (halves / 2).ToString();
            return halves % 2 == 0 ? whole : whole + ".5";
        }

        /// <summary>
        /// Reads the O2X model from a parsed JSON object. Values may be strings (as the SDK sends them) or numbers;
        /// alert flags may be booleans or <c>"true"</c>/<c>"false"</c>. A missing or wrong member fails with a
        /// message naming it; nothing throws.
        /// </summary>
        public static O2xJsonResult Read(object tree)
        {
            Hashtable root = tree as Hashtable;
            if (root == null)
            {
                return O2xJsonResult.Failure("the O2X model is not a JSON object");
            }

            string vin = root["vin"] as string;
            if (vin == null)
            {
                return O2xJsonResult.Failure(Missing("vin", root));
            }

            string receivedText = root["receivedAt"] as string;
            if (receivedText == null)
            {
                return O2xJsonResult.Failure(Missing("receivedAt", root));
            }

            DateTime receivedAt;
            if (!Iso8601.TryParseTimestamp(receivedText, out receivedAt))
            {
                return O2xJsonResult.Failure("receivedAt \"" + receivedText + "\" is not YYYY-MM-DDTHH:MM:SSZ");
            }

            O2xStatus status = new O2xStatus();
            int code;
            string error = ReadName(root, "status", O2xNames.Statuses, out code);
            if (error != null)
            {
                return O2xJsonResult.Failure(error);
            }

            status.Status = (O2xVehicleStatus)code;

            int alerts;
            error = ReadAlerts(root, "currentAlert", out alerts);
            if (error != null)
            {
                return O2xJsonResult.Failure(error);
            }

            status.CurrentAlerts = (O2xAlerts)alerts;
            error = ReadAlerts(root, "previousAlert", out alerts);
            if (error != null)
            {
                return O2xJsonResult.Failure(error);
            }

            status.PreviousAlerts = (O2xAlerts)alerts;

            Hashtable data = root["data"] as Hashtable;
            if (data == null)
            {
                return O2xJsonResult.Failure(Missing("data", root));
            }

            error = ReadData(data, status);
            if (error != null)
            {
                return O2xJsonResult.Failure(error);
            }

            error = status.Validate();
            if (error != null)
            {
                return O2xJsonResult.Failure(error);
            }

            return O2xJsonResult.Success(vin, receivedAt, status);
        }

        private static string ReadData(Hashtable data, O2xStatus status)
        {
            int value;
            string error = ReadName(data, "systemState", O2xNames.SystemStates, out value);
            if (error != null)
            {
                return "data." + error;
            }

            status.SystemState = (O2xSystemState)value;
            error = ReadName(data, "batteryState", O2xNames.BatteryStates, out value);
            if (error != null)
            {
                return "data." + error;
            }

            status.BatteryState = (O2xBatteryState)value;
            error = ReadName(data, "rnd", O2xNames.Gears, out value);
            if (error != null)
            {
                return "data." + error;
            }

            status.Gear = (O2xGear)value;
            error = ReadName(data, "parkBrakeStatus", O2xNames.ParkBrakes, out value);
            if (error != null)
            {
                return "data." + error;
            }

            status.ParkBrake = (O2xParkBrake)value;
            error = ReadMeasure(data, "batterySoc", PercentUnit, O2xStatus.MaxBatterySocHalfPercent, true, out value);
            if (error != null)
            {
                return error;
            }

            status.BatterySocHalfPercent = value;
            error = ReadMeasure(data, "remainingAutonomy", KilometreUnit, O2xStatus.MaxRemainingAutonomyKm, false, out value);
            if (error != null)
            {
                return error;
            }

            status.RemainingAutonomyKm = value;
            error = ReadMeasure(data, "chargeDelay", MinuteUnit, O2xStatus.MaxChargeDelayMinutes, false, out value);
            if (error != null)
            {
                return error;
            }

            status.ChargeDelayMinutes = value;
            error = ReadMeasure(data, "totalOdometer", KilometreUnit, O2xStatus.MaxTotalOdometerKm, false, out value);
            if (error != null)
            {
                return error;
            }

            status.TotalOdometerKm = value;
            return null;
        }

        private static string ReadName(Hashtable parent, string key, string[] names, out int code)
        {
            code = -1;
            object raw = parent[key];
            if (raw == null)
            {
                return Missing(key, parent);
            }

            string name = raw as string;
            code = O2xNames.IndexOf(names, name);
            if (code < 0)
            {
                return key + " \"" + (name == null ? raw.ToString() : name) + "\" is not one of the SDK values";
            }

            return null;
        }

        private static string ReadAlerts(Hashtable root, string key, out int bits)
        {
            bits = 0;
            Hashtable alerts = root[key] as Hashtable;
            if (alerts == null)
            {
                return Missing(key, root);
            }

            for (int i = 0; i < O2xNames.Alerts.Length; i++)
            {
                bool on;
                int read = JsonValues.ReadBool(alerts, O2xNames.Alerts[i], out on);
                if (read != JsonValues.Ok)
                {
                    return key + "." + O2xNames.Alerts[i] + (read == JsonValues.Missing ? " is missing" : " is not a boolean");
                }

                if (on)
                {
                    bits |= 1 << i;
                }
            }

            return null;
        }

        // Reads {value, unit}: whole numbers within the frame's range, except batterySoc, which is read to a tenth
        // of a percent and kept to the nearest half.
        private static string ReadMeasure(Hashtable data, string key, string unit, int max, bool halves, out int result)
        {
            result = 0;
            object raw = data[key];
            if (raw == null)
            {
                return "data." + key + " is missing";
            }

            Hashtable measure = raw as Hashtable;
            if (measure == null)
            {
                return "data." + key + " is not a {value, unit} object";
            }

            string gotUnit = measure["unit"] as string;
            if (gotUnit != unit)
            {
                return "data." + key + ".unit is " + (gotUnit == null ? "missing" : "\"" + gotUnit + "\"")
                    + ", expected \"" + unit + "\"";
            }

            object value = measure["value"];
            int read;
            if (halves)
            {
                int tenths;
                read = JsonValues.ToTenths(value, 0, max * 5, out tenths);
                result = (tenths + 2) / 5;
            }
            else
            {
                read = JsonValues.ToInt(value, 0, max, out result);
            }

            if (read == JsonValues.Ok)
            {
                return null;
            }

            return "data." + key + ".value " + (value == null ? "is missing" : "\"" + value.ToString() + "\" is not "
                + (halves ? "a number" : "a whole number") + " from 0 to " + (halves ? max / 2 : max).ToString());
        }

        private static string Missing(string key, Hashtable parent)
        {
            return parent.Contains(key) ? key + " has the wrong type" : key + " is missing";
        }

        private static void WriteAlerts(JsonWriter json, string key, O2xAlerts alerts)
        {
            json.Name(key).BeginObject();
            for (int i = 0; i < O2xNames.Alerts.Length; i++)
            {
                json.Property(O2xNames.Alerts[i], ((int)alerts & (1 << i)) != 0);
            }

            json.EndObject();
        }

        private static void WriteMeasure(JsonWriter json, string key, string value, string unit)
        {
            json.Name(key).BeginObject().Property("value", value).Property("unit", unit).EndObject();
        }
    }
}
