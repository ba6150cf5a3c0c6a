namespace NanoVehicle.Core.Tests.O2x
{
    /// <summary>Hex text ⇄ bytes for writing golden vectors by hand ("01 0A ff", spaces ignored).</summary>
    public static class O2xHex
    {
        /// <summary>The bytes of a hex string; spaces are ignored.</summary>
        public static byte[] Bytes(string hex)
        {
            int digits = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] != ' ')
                {
                    digits++;
                }
            }

            byte[] bytes = new byte[digits / 2];
            int nibble = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                char c = hex[i];
                if (c == ' ')
                {
                    continue;
                }

                int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
                if (nibble % 2 == 0)
                {
                    bytes[nibble / 2] = (byte)(value << 4);
                }
                else
                {
                    bytes[nibble / 2] |= (byte)value;
                }

                nibble++;
            }

            return bytes;
        }

        /// <summary>Upper-case hex with a space between bytes, for readable failure messages.</summary>
        public static string Text(byte[] bytes)
        {
            if (bytes == null)
            {
                return "(null)";
            }

            const string Digits = "0123456789ABCDEF";
            char[] text = new char[bytes.Length == 0 ? 0 : bytes.Length * 3 - 1];
            for (int i = 0; i < bytes.Length; i++)
            {
                if (i > 0)
                {
                    text[i * 3 - 1] = ' ';
                }

                text[i * 3] = Digits[bytes[i] >> 4];
                text[i * 3 + 1] = Digits[bytes[i] & 0x0F];
            }

            return new string(text);
        }
    }
}
