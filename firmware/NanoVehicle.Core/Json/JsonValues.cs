using System.Collections;

namespace NanoVehicle.Core.Json
{
    /// <summary>
    /// Reads typed values out of the tree an <see cref="Ports.IJsonPort"/> returns, trusting nothing: numbers may be
    /// int, long, double or a numeric string ("2"), booleans may be true/false or the strings "true"/"false"
    /// (as the SDK samples and some clients send them). Each reader answers <see cref="Ok"/>, <see cref="Missing"/>
    /// (absent or null) or <see cref="Invalid"/> (wrong type, range or format), so the caller can name the field.
    /// </summary>
    public static class JsonValues
    {
        /// <summary>The value was read.</summary>
        public const int Ok = 0;
        /// <summary>The member is absent or null.</summary>
        public const int Missing = 1;
        /// <summary>The member has the wrong type, range or format.</summary>
        public const int Invalid = 2;

        /// <summary>The raw member <paramref name="key"/> of <paramref name="obj"/>, or null.</summary>
        public static object Get(Hashtable obj, string key)
        {
            if (obj == null || !obj.Contains(key))
            {
                return null;
            }

            return obj[key];
        }

        /// <summary>True when <paramref name="key"/> is present with a non-null value.</summary>
        public static bool Has(Hashtable obj, string key)
        {
            return Get(obj, key) != null;
        }

        /// <summary>
        /// Widens whichever numeric type a JSON library produced (nanoFramework.Json may pick narrower types than
        /// int/long/double) to long or double; false for non-numbers.
        /// </summary>
        public static bool Widen(object raw, out long whole, out double real, out bool isReal)
        {
            whole = 0;
            real = 0;
            isReal = false;
            if (raw is int) { whole = (int)raw; return true; }
            if (raw is long) { whole = (long)raw; return true; }
            if (raw is short) { whole = (short)raw; return true; }
            if (raw is byte) { whole = (byte)raw; return true; }
            if (raw is sbyte) { whole = (sbyte)raw; return true; }
            if (raw is ushort) { whole = (ushort)raw; return true; }
            if (raw is uint) { whole = (uint)raw; return true; }
            if (raw is ulong)
            {
                ulong u = (ulong)raw;
                if (u > long.MaxValue)
                {
                    isReal = true;
                    real = u;
                    return true;
                }

                whole = (long)u;
                return true;
            }

            if (raw is double) { real = (double)raw; isReal = true; return true; }
            if (raw is float) { real = (float)raw; isReal = true; return true; }
            return false;
        }

        /// <summary>Reads an integer in [min, max]; whole doubles and numeric strings count.</summary>
        public static int ReadInt(Hashtable obj, string key, int min, int max, out int value)
        {
            return ToInt(Get(obj, key), min, max, out value);
        }

        /// <summary>Converts a tree value to an integer in [min, max].</summary>
        public static int ToInt(object raw, int min, int max, out int value)
        {
            value = 0;
            if (raw == null)
            {
                return Missing;
            }

            long number;
            long whole;
            double real;
            bool isReal;
            if (Widen(raw, out whole, out real, out isReal))
            {
                if (isReal)
                {
                    if (!(real >= -2147483648.0 && real <= 2147483647.0))
                    {
                        return Invalid;
                    }

                    number = (long)real;
                    if (number != real)
                    {
                        return Invalid;
                    }
                }
                else
                {
                    number = whole;
                }
            }
            else if (raw is string)
            {
                if (!TryParseInteger((string)raw, out number))
                {
                    return Invalid;
                }
            }
            else
            {
                return Invalid;
            }

            if (number < min || number > max)
            {
                return Invalid;
            }

            value = (int)number;
            return Ok;
        }

        /// <summary>
        /// Reads a decimal number scaled by 10 (one decimal kept, e.g. 42.5 → 425) in [min, max] (also scaled).
        /// Strings such as "42.5" count.
        /// </summary>
        public static int ReadTenths(Hashtable obj, string key, int min, int max, out int value)
        {
            return ToTenths(Get(obj, key), min, max, out value);
        }

        /// <summary>Converts a tree value to tenths in [min, max].</summary>
        public static int ToTenths(object raw, int min, int max, out int value)
        {
            value = 0;
            if (raw == null)
            {
                return Missing;
            }

            long tenths;
            long whole;
            double real;
            bool isReal;
            if (Widen(raw, out whole, out real, out isReal))
            {
                if (!isReal)
                {
                    if (whole > 100000000L || whole < -100000000L)
                    {
                        return Invalid;
                    }

                    tenths = whole * 10;
                }
                else
                {
                    if (!(real > -100000000.0 && real < 100000000.0))
                    {
                        return Invalid;
                    }

                    double scaled = real * 10.0;
                    tenths = (long)(scaled < 0 ? scaled - 0.5 : scaled + 0.5);
                }
            }
            else if (raw is string)
            {
                if (!TryParseTenths((string)raw, out tenths))
                {
                    return Invalid;
                }
            }
            else
            {
                return Invalid;
            }

            if (tenths < min || tenths > max)
            {
                return Invalid;
            }

            value = (int)tenths;
            return Ok;
        }

        /// <summary>Reads a boolean; the strings "true"/"false" (any case) count.</summary>
        public static int ReadBool(Hashtable obj, string key, out bool value)
        {
            return ToBool(Get(obj, key), out value);
        }

        /// <summary>Converts a tree value to a boolean.</summary>
        public static int ToBool(object raw, out bool value)
        {
            value = false;
            if (raw == null)
            {
                return Missing;
            }

            if (raw is bool)
            {
                value = (bool)raw;
                return Ok;
            }

            string text = raw as string;
            if (text != null)
            {
                string lower = text.ToLower();
                if (lower == "true")
                {
                    value = true;
                    return Ok;
                }

                if (lower == "false")
                {
                    return Ok;
                }
            }

            return Invalid;
        }

        /// <summary>Reads a non-empty string.</summary>
        public static int ReadString(Hashtable obj, string key, out string value)
        {
            object raw = Get(obj, key);
            value = null;
            if (raw == null)
            {
                return Missing;
            }

            value = raw as string;
            if (value == null)
            {
                return Invalid;
            }

            return value.Length == 0 ? Invalid : Ok;
        }

        /// <summary>
        /// Reads a string that must be one of <paramref name="allowed"/> (compared without regard to case); the index
        /// of the match comes back in <paramref name="index"/>.
        /// </summary>
        public static int ReadChoice(Hashtable obj, string key, string[] allowed, out int index)
        {
            return ToChoice(Get(obj, key), allowed, out index);
        }

        /// <summary>Converts a tree value to the index of one of <paramref name="allowed"/> (any case).</summary>
        public static int ToChoice(object raw, string[] allowed, out int index)
        {
            index = -1;
            if (raw == null)
            {
                return Missing;
            }

            string text = raw as string;
            if (text == null)
            {
                return Invalid;
            }

            index = IndexOfIgnoreCase(allowed, text);
            return index < 0 ? Invalid : Ok;
        }

        /// <summary>The index of <paramref name="text"/> in <paramref name="names"/> ignoring case, or -1.</summary>
        public static int IndexOfIgnoreCase(string[] names, string text)
        {
            if (text == null)
            {
                return -1;
            }

            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] != null && EqualsIgnoreCase(names[i], text))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>ASCII case-insensitive equality (the protocols' names are ASCII).</summary>
        public static bool EqualsIgnoreCase(string a, string b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                char x = a[i];
                char y = b[i];
                if (x >= 'A' && x <= 'Z')
                {
                    x = (char)(x + 32);
                }

                if (y >= 'A' && y <= 'Z')
                {
                    y = (char)(y + 32);
                }

                if (x != y)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Parses an optional sign and decimal digits, nothing else (no spaces, no culture).</summary>
        public static bool TryParseInteger(string text, out long value)
        {
            value = 0;
            if (text == null || text.Length == 0 || text.Length > 18)
            {
                return false;
            }

            int i = 0;
            bool negative = false;
            if (text[0] == '-' || text[0] == '+')
            {
                negative = text[0] == '-';
                i = 1;
                if (text.Length == 1)
                {
                    return false;
                }
            }

            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        /// <summary>Parses "42", "42.5", "-3.25" into tenths (rounded half away from zero), no culture.</summary>
        public static bool TryParseTenths(string text, out long tenths)
        {
            tenths = 0;
            if (text == null || text.Length == 0 || text.Length > 16)
            {
                return false;
            }

            int dot = text.IndexOf('.');
            string whole = dot < 0 ? text : text.Substring(0, dot);
            string fraction = dot < 0 ? string.Empty : text.Substring(dot + 1);
            bool negative = whole.Length > 0 && whole[0] == '-';
            long units;
            if (whole.Length == 0 || whole == "-" || whole == "+")
            {
                if (fraction.Length == 0)
                {
                    return false;
                }

                units = 0;
            }
            else if (!TryParseInteger(whole, out units))
            {
                return false;
            }

            if (dot >= 0 && fraction.Length == 0)
            {
                return false;
            }

            int firstDigit = 0;
            bool roundUp = false;
            for (int i = 0; i < fraction.Length; i++)
            {
                char c = fraction[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                if (i == 0)
                {
                    firstDigit = c - '0';
                }
                else if (i == 1)
                {
                    roundUp = c >= '5';
                }
            }

            long magnitude = (units < 0 ? -units : units) * 10 + firstDigit + (roundUp ? 1 : 0);
            tenths = negative ? -magnitude : magnitude;
            return true;
        }
    }
}
