namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// The VIN as O2X carries it: the VIN characteristic's value and the advertised name are its 17 characters in
    /// ASCII, one byte each, with no terminator.
    /// </summary>
    public static class O2xVin
    {
        /// <summary>Every VIN has 17 characters (ISO 3779).</summary>
        public const int Length = 17;

        /// <summary>
        /// Null when <paramref name="vin"/> is a well-formed VIN (17 characters, digits and capital letters other
        /// than I, O and Q); otherwise what is wrong with it.
        /// </summary>
        public static string Check(string vin)
        {
            if (vin == null || vin.Length == 0)
            {
                return "the VIN is missing";
            }

            if (vin.Length != Length)
            {
                return "the VIN has " + vin.Length.ToString() + " characters, not " + Length.ToString();
            }

            for (int i = 0; i < vin.Length; i++)
            {
                if (!IsVinCharacter(vin[i]))
                {
                    return "the VIN has '" + vin[i].ToString() + "' at position " + (i + 1).ToString()
                        + " (allowed: 0-9 and A-Z except I, O, Q)";
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="vin"/> is a well-formed VIN.</summary>
        public static bool IsValid(string vin)
        {
            return Check(vin) == null;
        }

        /// <summary>The VIN characteristic value: the VIN's ASCII bytes; null when the VIN is not well formed.</summary>
        public static byte[] ToBytes(string vin)
        {
            if (!IsValid(vin))
            {
                return null;
            }

            byte[] bytes = new byte[Length];
            for (int i = 0; i < Length; i++)
            {
                bytes[i] = (byte)vin[i];
            }

            return bytes;
        }

        /// <summary>
        /// Reads a VIN from <paramref name="count"/> ASCII bytes; null unless they spell a well-formed VIN.
        /// </summary>
        public static string FromBytes(byte[] bytes, int offset, int count)
        {
            if (bytes == null || offset < 0 || count != Length || bytes.Length - offset < count)
            {
                return null;
            }

            char[] chars = new char[Length];
            for (int i = 0; i < Length; i++)
            {
                chars[i] = (char)bytes[offset + i];
            }

            string vin = new string(chars);
            return IsValid(vin) ? vin : null;
        }

        private static bool IsVinCharacter(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return true;
            }

            return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q';
        }
    }
}
