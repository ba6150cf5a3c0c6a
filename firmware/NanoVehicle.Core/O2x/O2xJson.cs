using System;
using System.Collections;
using System.Text;

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
            StringBuilder json = new StringBuilder(MaxModelLength);
            json.Append("{\"vin\":");
            AppendString(json, vin == null ? "" : vin);
            json.Append(",\"receivedAt\":\"");
            json.Append(FormatTimestamp(receivedAt));
            json.Append("\",\"status\":");
            AppendString(json, O2xNames.Of(status.Status));
            json.Append(",\"currentAlert\":");
            AppendAlerts(json, status.CurrentAlerts);
            json.Append(",\"previousAlert\":");
            AppendAlerts(json, status.PreviousAlerts);
            json.Append(",\"data\":{\"batterySoc\":");
            AppendMeasure(json, FormatHalves(status.BatterySocHalfPercent), PercentUnit);
            json.Append(",\"systemState\":");
            AppendString(json, O2xNames.Of(status.SystemState));
            json.Append(",\"batteryState\":");
            AppendString(json, O2xNames.Of(status.BatteryState));
            json.Append(",\"remainingAutonomy\":");
            AppendMeasure(json, status.RemainingAutonomyKm.ToString(), KilometreUnit);
            json.Append(",\"rnd\":");
            AppendString(json, O2xNames.Of(status.Gear));
            json.Append(",\"chargeDelay\":");
            AppendMeasure(json, status.ChargeDelayMinutes.ToString(), MinuteUnit);
            json.Append(",\"parkBrakeStatus\":");
            AppendString(json, O2xNames.Of(status.ParkBrake));
            json.Append(",\"totalOdometer\":");
            AppendMeasure(json, status.TotalOdometerKm.ToString(), KilometreUnit);
            json.Append("}}");
            return json.ToString();
        }

        /// <summary>Renders an O2X event as the SDK's <c>pims.vehicle.event</c> output: <c>{"event":"cantCharge"}</c>.</summary>
        public static string RenderEvent(string eventName)
        {
            StringBuilder json = new StringBuilder(32);
            json.Append("{\"event\":");
            AppendString(json, eventName == null ? "" : eventName);
            json.Append('}');
            return json.ToString();
        }

        /// <summary>Writes a UTC time as the SDK's <c>YYYY-MM-DDTHH:MM:SSZ</c>.</summary>
        public static string FormatTimestamp(DateTime utc)
        {
            StringBuilder text = new StringBuilder(20);
            AppendDigits(text, utc.Year, 4);
            text.Append('-');
            AppendDigits(text, utc.Month, 2);
            text.Append('-');
            AppendDigits(text, utc.Day, 2);
            text.Append('T');
            AppendDigits(text, utc.Hour, 2);
            text.Append(':');
            AppendDigits(text, utc.Minute, 2);
            text.Append(':');
            AppendDigits(text, utc.Second, 2);
            text.Append('Z');
            return text.ToString();
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
            if (!TryParseTimestamp(receivedText, out receivedAt))
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
            error = ReadMeasure(data, "batterySoc", PercentUnit, true, out value);
            if (error != null)
            {
                return error;
            }

            status.BatterySocHalfPercent = value;
            error = ReadMeasure(data, "remainingAutonomy", KilometreUnit, false, out value);
            if (error != null)
            {
                return error;
            }

            status.RemainingAutonomyKm = value;
            error = ReadMeasure(data, "chargeDelay", MinuteUnit, false, out value);
            if (error != null)
            {
                return error;
            }

            status.ChargeDelayMinutes = value;
            error = ReadMeasure(data, "totalOdometer", KilometreUnit, false, out value);
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
                string name = O2xNames.Alerts[i];
                object raw = alerts[name];
                bool on;
                if (raw is bool)
                {
                    on = (bool)raw;
                }
                else if (raw is string && (string)raw == "true")
                {
                    on = true;
                }
                else if (raw is string && (string)raw == "false")
                {
                    on = false;
                }
                else if (raw == null)
                {
                    return key + "." + name + " is missing";
                }
                else
                {
                    return key + "." + name + " is not a boolean";
                }

                if (on)
                {
                    bits |= 1 << i;
                }
            }

            return null;
        }

        // Reads {value, unit}. Whole numbers only, except batterySoc, which keeps half steps (nearest half).
        private static string ReadMeasure(Hashtable data, string key, string unit, bool halves, out int result)
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
            string text = value as string;
            if (value is int || value is long)
            {
                text = value.ToString();
            }
            else if (value is double)
            {
                // Numbers from a JSON parser; converted here rather than through culture-dependent text.
                return FromDouble((double)value, halves, out result) ? null
                    : "data." + key + ".value is not " + (halves ? "a number" : "a whole number") + " in range";
            }

            if (text == null || !TryParseDecimal(text, halves, out result))
            {
                return "data." + key + ".value " + (value == null ? "is missing" : "\"" + value.ToString() + "\" is not "
                    + (halves ? "a number" : "a whole number"));
            }

            return null;
        }

        private static bool FromDouble(double value, bool halves, out int result)
        {
            result = 0;
            double scaled = halves ? value * 2 : value;
            if (!(scaled >= 0) || scaled > int.MaxValue)
            {
                return false;
            }

            int nearest = (int)(scaled + 0.5);
            if (!halves && nearest != scaled)
            {
                return false;
            }

            result = nearest;
            return true;
        }

        // Non-negative decimal; for halves, rounds the fraction to the nearest half step (result in halves).
        private static bool TryParseDecimal(string text, bool halves, out int result)
        {
            result = 0;
            int at = 0;
            long whole = 0;
            int digits = 0;
            while (at < text.Length && text[at] >= '0' && text[at] <= '9')
            {
                whole = whole * 10 + (text[at] - '0');
                if (whole > int.MaxValue)
                {
                    return false;
                }

                at++;
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            int fractionTenths = 0;
            int fractionHundredths = 0;
            if (at < text.Length && text[at] == '.')
            {
                at++;
                int fractionDigits = 0;
                while (at < text.Length && text[at] >= '0' && text[at] <= '9')
                {
                    if (fractionDigits == 0)
                    {
                        fractionTenths = text[at] - '0';
                    }
                    else if (fractionDigits == 1)
                    {
                        fractionHundredths = text[at] - '0';
                    }

                    fractionDigits++;
                    at++;
                }

                if (fractionDigits == 0)
                {
                    return false;
                }
            }

            if (at != text.Length)
            {
                return false;
            }

            int hundredths = fractionTenths * 10 + fractionHundredths;
            if (!halves)
            {
                if (hundredths != 0)
                {
                    return false;
                }

                result = (int)whole;
                return true;
            }

            long value = whole * 2 + (hundredths >= 75 ? 2 : hundredths >= 25 ? 1 : 0);
            if (value > int.MaxValue)
            {
                return false;
            }

            result = (int)value;
            return true;
        }

        private static bool TryParseTimestamp(string text, out DateTime value)
        {
            value = DateTime.MinValue;
            if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':'
                || text[16] != ':' || text[19] != 'Z')
            {
                return false;
            }

            int year = Digits(text, 0, 4);
            int month = Digits(text, 5, 2);
            int day = Digits(text, 8, 2);
            int hour = Digits(text, 11, 2);
            int minute = Digits(text, 14, 2);
            int second = Digits(text, 17, 2);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
            {
                return false;
            }

            value = new DateTime(year, month, day, hour, minute, second);
            return true;
        }

        private static int Digits(string text, int at, int count)
        {
            int value = 0;
            for (int i = at; i < at + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = value * 10 + (c - '0');
            }

            return value;
        }

        private static string Missing(string key, Hashtable parent)
        {
            return parent.Contains(key) ? key + " has the wrong type" : key + " is missing";
        }

        private static void AppendAlerts(StringBuilder json, O2xAlerts alerts)
        {
            json.Append('{');
            for (int i = 0; i < O2xNames.Alerts.Length; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                json.Append('"');
                json.Append(O2xNames.Alerts[i]);
                json.Append("\":");
                json.Append(((int)alerts & (1 << i)) != 0 ? "true" : "false");
            }

            json.Append('}');
        }

        private static void AppendMeasure(StringBuilder json, string value, string unit)
        {
            json.Append("{\"value\":");
            AppendString(json, value);
            json.Append(",\"unit\":");
            AppendString(json, unit);
            json.Append('}');
        }

        private static void AppendDigits(StringBuilder text, int value, int width)
        {
            string digits = value.ToString();
            for (int i = digits.Length; i < width; i++)
            {
                text.Append('0');
            }

            text.Append(digits);
        }

        // JSON string with the escapes RFC 8259 requires.
        private static void AppendString(StringBuilder json, string value)
        {
            const string Hex = "0123456789abcdef";
            json.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    json.Append('\\');
                    json.Append(c);
                }
                else if (c < ' ')
                {
                    json.Append("\\u00");
                    json.Append(Hex[c >> 4]);
                    json.Append(Hex[c & 0x0F]);
                }
                else
                {
                    json.Append(c);
                }
            }

            json.Append('"');
        }
    }
}
