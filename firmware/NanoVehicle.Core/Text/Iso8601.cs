using System;
using System.Text;

namespace NanoVehicle.Core.Text
{
    /// <summary>
    /// The ISO-8601 forms the remote APIs use, written and read by hand so both homes agree to the character:
    /// durations such as <c>PT22H30M</c> (a time of day or a remaining time) and UTC timestamps such as
    /// <c>2024-01-01T10:00:00Z</c>.
    /// </summary>
    public static class Iso8601
    {
        /// <summary>
        /// Parses a time duration <c>PT[nH][nM][nS]</c> (at least one part; seconds must be whole) into seconds.
        /// False on anything else, including day or month parts.
        /// </summary>
        public static bool TryParseDuration(string text, out long seconds)
        {
            seconds = 0;
            if (text == null || text.Length < 3 || text[0] != 'P' || text[1] != 'T')
            {
                return false;
            }

            long number = 0;
            int digits = 0;
            int lastUnit = 0; // 1 = H, 2 = M, 3 = S: units must come in that order, once each
            bool anyPart = false;
            for (int i = 2; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= '0' && c <= '9')
                {
                    if (digits >= 9)
                    {
                        return false;
                    }

                    number = number * 10 + (c - '0');
                    digits++;
                    continue;
                }

                int unit = c == 'H' ? 1 : c == 'M' ? 2 : c == 'S' ? 3 : 0;
                if (unit == 0 || unit <= lastUnit || digits == 0)
                {
                    return false;
                }

                seconds += number * (unit == 1 ? 3600 : unit == 2 ? 60 : 1);
                lastUnit = unit;
                number = 0;
                digits = 0;
                anyPart = true;
            }

            return anyPart && digits == 0;
        }

        /// <summary>
        /// Parses a time of day written as a duration from midnight (<c>PT22H30M</c>) into minutes of the day
        /// (0..1439). False when it is not a duration, has seconds, or reaches 24 h.
        /// </summary>
        public static bool TryParseTimeOfDay(string text, out int minuteOfDay)
        {
            minuteOfDay = 0;
            long seconds;
            if (!TryParseDuration(text, out seconds) || seconds % 60 != 0 || seconds >= 24 * 3600)
            {
                return false;
            }

            minuteOfDay = (int)(seconds / 60);
            return true;
        }

        /// <summary>Writes <paramref name="seconds"/> as <c>PTnHnMnS</c>, omitting zero parts (<c>PT0S</c> for zero).</summary>
        public static string FormatDuration(long seconds)
        {
            var text = new StringBuilder(12);
            AppendDuration(text, seconds);
            return text.ToString();
        }

        /// <summary>Appends <paramref name="seconds"/> as an ISO duration.</summary>
        public static void AppendDuration(StringBuilder text, long seconds)
        {
            if (seconds < 0)
            {
                seconds = 0;
            }

            text.Append("PT");
            long hours = seconds / 3600;
            long minutes = (seconds / 60) % 60;
            long rest = seconds % 60;
            if (hours > 0)
            {
                text.Append(hours);
                text.Append('H');
            }

            if (minutes > 0)
            {
                text.Append(minutes);
                text.Append('M');
            }

            if (rest > 0 || (hours == 0 && minutes == 0))
            {
                text.Append(rest);
                text.Append('S');
            }
        }

        /// <summary>Writes <paramref name="utc"/> as <c>YYYY-MM-DDTHH:MM:SSZ</c>.</summary>
        public static string FormatTimestamp(DateTime utc)
        {
            var text = new StringBuilder(20);
            AppendTimestamp(text, utc);
            return text.ToString();
        }

        /// <summary>Appends <paramref name="utc"/> as <c>YYYY-MM-DDTHH:MM:SSZ</c>.</summary>
        public static void AppendTimestamp(StringBuilder text, DateTime utc)
        {
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
        }

        /// <summary>
        /// Parses a UTC timestamp <c>YYYY-MM-DDTHH:MM:SS[.fff]Z</c> (or with a <c>+00:00</c> offset). Other offsets
        /// are applied to give UTC. False on anything else.
        /// </summary>
        public static bool TryParseTimestamp(string text, out DateTime utc)
        {
            utc = DateTime.MinValue;
            if (text == null || text.Length < 20)
            {
                return false;
            }

            int year, month, day, hour, minute, second;
            if (!Digits(text, 0, 4, out year) || text[4] != '-' || !Digits(text, 5, 2, out month) || text[7] != '-'
                || !Digits(text, 8, 2, out day) || (text[10] != 'T' && text[10] != 't') || !Digits(text, 11, 2, out hour)
                || text[13] != ':' || !Digits(text, 14, 2, out minute) || text[16] != ':' || !Digits(text, 17, 2, out second))
            {
                return false;
            }

            int at = 19;
            if (at < text.Length && text[at] == '.')
            {
                at++;
                int start = at;
                while (at < text.Length && text[at] >= '0' && text[at] <= '9')
                {
                    at++;
                }

                if (at == start)
                {
                    return false;
                }
            }

            int offsetMinutes = 0;
            if (at == text.Length - 1 && (text[at] == 'Z' || text[at] == 'z'))
            {
                offsetMinutes = 0;
            }
            else if (at == text.Length - 6 && (text[at] == '+' || text[at] == '-') && text[at + 3] == ':')
            {
                int oh, om;
                if (!Digits(text, at + 1, 2, out oh) || !Digits(text, at + 4, 2, out om) || oh > 23 || om > 59)
                {
                    return false;
                }

                offsetMinutes = (oh * 60 + om) * (text[at] == '-' ? -1 : 1);
            }
            else
            {
                return false;
            }

            if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || year < 1)
            {
                return false;
            }

            utc = new DateTime(year, month, day, hour, minute, second).AddMinutes(-offsetMinutes);
            return true;
        }

        /// <summary>Days in <paramref name="month"/> of <paramref name="year"/> (Gregorian).</summary>
        public static int DaysInMonth(int year, int month)
        {
            if (month == 2)
            {
                bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            }

            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        private static bool Digits(string text, int start, int count, out int value)
        {
            value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            return true;
        }

        private static void AppendDigits(StringBuilder text, int value, int width)
        {
            int unit = 1;
            for (int i = 1; i < width; i++)
            {
                unit *= 10;
            }

            for (; unit > 0; unit /= 10)
            {
                text.Append((char)('0' + (value / unit) % 10));
            }
        }
    }
}
