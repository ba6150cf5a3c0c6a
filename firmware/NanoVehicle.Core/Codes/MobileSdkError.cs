namespace NanoVehicle.Core.Codes
{
    /// <summary>
    /// One entry of the Mobile SDK ("PIMS") error table: a numeric code, the family it belongs to and the label the
    /// SDK reports, kept to the letter (misspellings included) because apps match on it.
    /// </summary>
    public sealed class MobileSdkError
    {
        /// <summary>Creates an entry.</summary>
        public MobileSdkError(int code, string family, string label)
        {
            Code = code;
            Family = family;
            Label = label;
        }

        /// <summary>The SDK error code, e.g. 2329.</summary>
        public int Code { get; }

        /// <summary>The family the SDK files the code under ("Generic error", "Input error", …).</summary>
        public string Family { get; }

        /// <summary>
        /// The label as the SDK spells it, with its placeholder (such as <c>[PARAMETER]</c> or <c>[ACTION]</c>) left in.
        /// </summary>
        public string Label { get; }

        /// <summary>
        /// The label with its first placeholder replaced by <paramref name="value"/>; the label unchanged when it has
        /// no placeholder or <paramref name="value"/> is empty.
        /// </summary>
        public string Describe(string value)
        {
            if (value == null || value.Length == 0)
            {
                return Label;
            }

            int open = FindPlaceholder(Label);
            if (open < 0)
            {
                return Label;
            }

            int close = Label.IndexOf(']', open);
            return Label.Substring(0, open) + value + Label.Substring(close + 1);
        }

        /// <summary>True when the label has a placeholder for the caller to fill.</summary>
        public bool HasPlaceholder
        {
            get { return FindPlaceholder(Label) >= 0; }
        }

        // Placeholders are the bracketed names the SDK fills at run time. 2203 also has brackets, but they list
        // alternatives of the message itself ("[Parsing error] ou [No data]"), so only known names count.
        private static readonly string[] Placeholders =
        {
            "[PARAMETER]", "[ACTION]", "[Component]", "[Permition]", "[Location or Bluetooth]", "[Method]",
        };

        private static int FindPlaceholder(string label)
        {
            for (int i = 0; i < Placeholders.Length; i++)
            {
                int at = label.IndexOf(Placeholders[i]);
                if (at >= 0)
                {
                    return at;
                }
            }

            return -1;
        }
    }
}
