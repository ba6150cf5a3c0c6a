using System.Text;

namespace NanoVehicle.Core.Json
{
    /// <summary>
    /// Writes JSON text in the order the caller gives (so output is byte-for-byte the same in both homes), into a
    /// <see cref="StringBuilder"/> that can be reused between messages to spare the device's small heap.
    /// Numbers are written from integers only (fractions as fixed-point), which keeps the text independent of culture
    /// and of each runtime's floating-point formatting.
    /// </summary>
    public sealed class JsonWriter
    {
        private const int MaxDepth = 32;
        private readonly StringBuilder _text;
        private readonly bool[] _hasItem = new bool[MaxDepth];
        private int _depth;
        private bool _afterName;

        /// <summary>Creates a writer with its own buffer.</summary>
        public JsonWriter()
            : this(new StringBuilder(256))
        {
        }

        /// <summary>Creates a writer that appends to <paramref name="text"/>.</summary>
        public JsonWriter(StringBuilder text)
        {
            _text = text;
        }

        /// <summary>The buffer written so far.</summary>
        public StringBuilder Buffer
        {
            get { return _text; }
        }

        /// <summary>Empties the buffer for the next message.</summary>
        public void Reset()
        {
            _text.Length = 0;
            _depth = 0;
            _afterName = false;
        }

        /// <summary>The text written so far.</summary>
        public override string ToString()
        {
            return _text.ToString();
        }

        /// <summary>Starts an object.</summary>
        public JsonWriter BeginObject()
        {
            BeforeValue();
            _text.Append('{');
            Push();
            return this;
        }

        /// <summary>Ends the current object.</summary>
        public JsonWriter EndObject()
        {
            _depth--;
            _text.Append('}');
            return this;
        }

        /// <summary>Starts an array.</summary>
        public JsonWriter BeginArray()
        {
            BeforeValue();
            _text.Append('[');
            Push();
            return this;
        }

        /// <summary>Ends the current array.</summary>
        public JsonWriter EndArray()
        {
            _depth--;
            _text.Append(']');
            return this;
        }

        /// <summary>Writes a member name; the next call writes its value.</summary>
        public JsonWriter Name(string name)
        {
            Separate();
            AppendQuoted(name);
            _text.Append(':');
            _afterName = true;
            return this;
        }

        /// <summary>Writes a string value (null writes <c>null</c>).</summary>
        public JsonWriter String(string value)
        {
            BeforeValue();
            if (value == null)
            {
                _text.Append("null");
            }
            else
            {
                AppendQuoted(value);
            }

            return this;
        }

        /// <summary>Writes an integer value.</summary>
        public JsonWriter Number(long value)
        {
            BeforeValue();
            _text.Append(value);
            return this;
        }

        /// <summary>
        /// Writes <paramref name="scaled"/> / 10^<paramref name="decimals"/> as a decimal number with exactly that many
        /// decimals, e.g. (425, 1) → 42.5.
        /// </summary>
        public JsonWriter Fixed(long scaled, int decimals)
        {
            BeforeValue();
            AppendFixed(_text, scaled, decimals);
            return this;
        }

        /// <summary>Writes a UTC time as the string <c>YYYY-MM-DDTHH:MM:SSZ</c>, without an intermediate string.</summary>
        public JsonWriter Timestamp(System.DateTime utc)
        {
            BeforeValue();
            _text.Append('"');
            Text.Iso8601.AppendTimestamp(_text, utc);
            _text.Append('"');
            return this;
        }

        /// <summary>Writes a boolean value.</summary>
        public JsonWriter Bool(bool value)
        {
            BeforeValue();
            _text.Append(value ? "true" : "false");
            return this;
        }

        /// <summary>Writes <c>null</c>.</summary>
        public JsonWriter Null()
        {
            BeforeValue();
            _text.Append("null");
            return this;
        }

        /// <summary>Writes already-serialised JSON as the next value, unchecked.</summary>
        public JsonWriter Raw(string json)
        {
            BeforeValue();
            _text.Append(json);
            return this;
        }

        /// <summary>Name and string value.</summary>
        public JsonWriter Property(string name, string value)
        {
            return Name(name).String(value);
        }

        /// <summary>Name and integer value.</summary>
        public JsonWriter Property(string name, long value)
        {
            return Name(name).Number(value);
        }

        /// <summary>Name and boolean value.</summary>
        public JsonWriter Property(string name, bool value)
        {
            return Name(name).Bool(value);
        }

        /// <summary>Appends a fixed-point decimal to <paramref name="text"/> (shared with non-JSON text).</summary>
        public static void AppendFixed(StringBuilder text, long scaled, int decimals)
        {
            if (decimals <= 0)
            {
                text.Append(scaled);
                return;
            }

            long unit = 1;
            for (int i = 0; i < decimals; i++)
            {
                unit *= 10;
            }

            if (scaled < 0)
            {
                text.Append('-');
                scaled = -scaled;
            }

            text.Append(scaled / unit);
            text.Append('.');
            long fraction = scaled % unit;
            for (long digit = unit / 10; digit > 0; digit /= 10)
            {
                text.Append((char)('0' + (int)((fraction / digit) % 10)));
            }
        }

        private void Push()
        {
            _hasItem[_depth] = false;
            _depth++;
        }

        private void Separate()
        {
            if (_depth > 0)
            {
                if (_hasItem[_depth - 1])
                {
                    _text.Append(',');
                }

                _hasItem[_depth - 1] = true;
            }
        }

        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            Separate();
        }

        private void AppendQuoted(string value)
        {
            _text.Append('"');
            if (!NeedsEscape(value))
            {
                // The common case: append the whole string at once.
                _text.Append(value);
                _text.Append('"');
                return;
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"':
                        _text.Append("\\\"");
                        break;
                    case '\\':
                        _text.Append("\\\\");
                        break;
                    case '\n':
                        _text.Append("\\n");
                        break;
                    case '\r':
                        _text.Append("\\r");
                        break;
                    case '\t':
                        _text.Append("\\t");
                        break;
                    default:
                        if (c < ' ')
                        {
                            _text.Append("\\u00");
                            _text.Append(HexDigit(c >> 4));
                            _text.Append(HexDigit(c & 0xF));
                        }
                        else
                        {
                            _text.Append(c);
                        }

                        break;
                }
            }

            _text.Append('"');
        }

        private static bool NeedsEscape(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < ' ' || c == '"' || c == '\\')
                {
                    return true;
                }
            }

            return false;
        }

        private static char HexDigit(int value)
        {
            return (char)(value < 10 ? '0' + value : 'a' + value - 10);
        }
    }
}
