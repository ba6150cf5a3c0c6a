using System;
using System.Globalization;
using System.Text.Json.Nodes;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Cli.Commands
{
    /// <summary>Reads a time of day given as an ISO duration (<c>PT22H30M</c>, the SDK's form) or as <c>22:30</c>.</summary>
    public static class TimeOfDay
    {
        /// <summary>Minutes after midnight, or -1 when the text is neither form or is 24 h or more.</summary>
        public static int Minutes(string text)
        {
            if (text == null)
            {
                return -1;
            }
            if (Iso8601.TryParseTimeOfDay(text, out int minute))
            {
                return minute;
            }
            return TimeSpan.TryParseExact(text, @"h\:mm", CultureInfo.InvariantCulture, out TimeSpan clock) && clock < TimeSpan.FromDays(1)
                ? (int)clock.TotalMinutes
                : -1;
        }

        /// <summary>The PSA <c>program</c> object <c>{"hour","minute"}</c>, or null for a bad time.</summary>
        public static JsonObject ToProgram(string text)
        {
            int minutes = Minutes(text);
            return minutes < 0 ? null : new JsonObject { ["hour"] = minutes / 60, ["minute"] = minutes % 60 };
        }
    }
}
