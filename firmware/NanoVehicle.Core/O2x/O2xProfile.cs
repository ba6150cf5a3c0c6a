namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// The O2X GATT profile nanoVehicle defines (the Stellantis docs publish none): one primary service with a Status
    /// characteristic (read, notify), a VIN characteristic (read) and an Event characteristic (notify). The same
    /// constants serve the ESP32 server, the desktop GATT server and the phone-side client. See docs/o2x-ble.md.
    /// </summary>
    /// <remarks>
    /// UUIDs are kept as text (what <c>new Guid(string)</c> takes on both runtimes) and as the 16 bytes that go on
    /// the air, least significant byte first as the Bluetooth Core specification orders 128-bit UUIDs in ATT PDUs
    /// and advertising data. Guid has no <c>==</c> on nanoFramework, so compare bytes or use <c>Equals</c>.
    /// </remarks>
    public static class O2xProfile
    {
        /// <summary>The O2X primary service.</summary>
        public const string ServiceUuid = "e0d30001-68d3-436b-84c3-add13fb79ca0";

        /// <summary>Status characteristic: read and notify; its value is an <see cref="O2xStatusFrame"/>.</summary>
        public const string StatusUuid = "e0d30002-68d3-436b-84c3-add13fb79ca0";

        /// <summary>VIN characteristic: read; its value is the 17 ASCII characters of the VIN.</summary>
        public const string VinUuid = "e0d30003-68d3-436b-84c3-add13fb79ca0";

        /// <summary>Event characteristic: notify; its value is an <see cref="O2xEventFrame"/> (<c>cantCharge</c>).</summary>
        public const string EventUuid = "e0d30004-68d3-436b-84c3-add13fb79ca0";

        /// <summary>
        /// The largest value the profile ever sends: one notification at the default ATT MTU of 23 carries
        /// 23 − 3 = 20 bytes.
        /// </summary>
        public const int MaxValueLength = 20;

        /// <summary>
        /// While a client is subscribed the Status characteristic is notified at least this often (ms), well inside
        /// the phone's 5 s "no data → disconnected" timeout.
        /// </summary>
        public const int NotifyIntervalMilliseconds = 1000;

        /// <summary>The phone's default <c>looseConnection</c> timeout (ms): no data for this long drops the link.</summary>
        public const int PhoneDataTimeoutMilliseconds = 5000;

        /// <summary>The phone's default scan timeout on a first connection (ms), after which it fails with 2201.</summary>
        public const int PhoneScanTimeoutMilliseconds = 60000;

        /// <summary>The service UUID as it goes on the air (16 bytes, least significant first); a fresh copy.</summary>
        public static byte[] ServiceUuidBytes()
        {
            return UuidToAirBytes(ServiceUuid);
        }

        /// <summary>The Status characteristic UUID as it goes on the air; a fresh copy.</summary>
        public static byte[] StatusUuidBytes()
        {
            return UuidToAirBytes(StatusUuid);
        }

        /// <summary>The VIN characteristic UUID as it goes on the air; a fresh copy.</summary>
        public static byte[] VinUuidBytes()
        {
            return UuidToAirBytes(VinUuid);
        }

        /// <summary>The Event characteristic UUID as it goes on the air; a fresh copy.</summary>
        public static byte[] EventUuidBytes()
        {
            return UuidToAirBytes(EventUuid);
        }

        /// <summary>
        /// Converts a UUID written as text (<c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>) to its 16 on-air bytes: the
        /// text's bytes in reverse order. Returns null when the text is not such a UUID.
        /// </summary>
        public static byte[] UuidToAirBytes(string uuid)
        {
            if (uuid == null || uuid.Length != 36)
            {
                return null;
            }

            byte[] bytes = new byte[16];
            int written = 0;
            for (int i = 0; i < uuid.Length; i++)
            {
                char c = uuid[i];
                if (i == 8 || i == 13 || i == 18 || i == 23)
                {
                    if (c != '-')
                    {
                        return null;
                    }

                    continue;
                }

                int high = HexValue(c);
                int low = HexValue(uuid[i + 1]);
                if (high < 0 || low < 0)
                {
                    return null;
                }

                // Text order is most significant first; the air order is the reverse.
                bytes[15 - written] = (byte)((high << 4) | low);
                written++;
                i++;
            }

            return bytes;
        }

        /// <summary>Converts 16 on-air UUID bytes (least significant first) back to the lower-case text form.</summary>
        public static string AirBytesToUuid(byte[] bytes, int offset)
        {
            if (bytes == null || offset < 0 || bytes.Length - offset < 16)
            {
                return null;
            }

            const string Hex = "0123456789abcdef";
            char[] text = new char[36];
            int at = 0;
            for (int i = 15; i >= 0; i--)
            {
                if (at == 8 || at == 13 || at == 18 || at == 23)
                {
                    text[at++] = '-';
                }

                byte b = bytes[offset + i];
                text[at++] = Hex[b >> 4];
                text[at++] = Hex[b & 0x0F];
            }

            return new string(text);
        }

        /// <summary>True when the 16 bytes at <paramref name="offset"/> equal <paramref name="expected"/>.</summary>
        public static bool UuidEquals(byte[] bytes, int offset, byte[] expected)
        {
            if (bytes == null || expected == null || offset < 0 || bytes.Length - offset < expected.Length)
            {
                return false;
            }

            for (int i = 0; i < expected.Length; i++)
            {
                if (bytes[offset + i] != expected[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
