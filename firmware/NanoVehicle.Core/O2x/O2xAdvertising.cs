namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// Legacy (31-byte) advertising for an O2X car and its parser on the phone side. The advertisement carries the
    /// Flags and the O2X service UUID; the scan response carries the VIN as the Complete Local Name, so an active
    /// scanner can pick a given VIN before it connects. The car advertises connectable and undirected (ADV_IND) and
    /// asks for no pairing.
    /// </summary>
    /// <remarks>
    /// Advertising data is a sequence of AD structures: a length byte (counting the type byte and the data), an AD
    /// type, then the data (Core Specification Supplement, Part A). An all-zero tail pads a block.
    /// </remarks>
    public static class O2xAdvertising
    {
        /// <summary>Most bytes in a legacy advertisement or scan response.</summary>
        public const int MaxLength = 31;

        /// <summary>AD type Flags.</summary>
        public const byte TypeFlags = 0x01;

        /// <summary>AD type Incomplete List of 128-bit Service UUIDs.</summary>
        public const byte TypeIncomplete128BitUuids = 0x06;

        /// <summary>AD type Complete List of 128-bit Service UUIDs.</summary>
        public const byte TypeComplete128BitUuids = 0x07;

        /// <summary>AD type Shortened Local Name.</summary>
        public const byte TypeShortenedLocalName = 0x08;

        /// <summary>AD type Complete Local Name.</summary>
        public const byte TypeCompleteLocalName = 0x09;

        /// <summary>Flags value: LE General Discoverable Mode (bit 1) and BR/EDR Not Supported (bit 2).</summary>
        public const byte FlagsValue = 0x06;

        /// <summary>
        /// The advertisement (21 bytes: Flags, Complete List of 128-bit Service UUIDs with the O2X service).
        /// </summary>
        public static byte[] BuildAdvertisement()
        {
            byte[] uuid = O2xProfile.ServiceUuidBytes();
            byte[] data = new byte[3 + 2 + uuid.Length];
            data[0] = 2;
            data[1] = TypeFlags;
            data[2] = FlagsValue;
            data[3] = (byte)(1 + uuid.Length);
            data[4] = TypeComplete128BitUuids;
            for (int i = 0; i < uuid.Length; i++)
            {
                data[5 + i] = uuid[i];
            }

            return data;
        }

        /// <summary>
        /// The scan response (19 bytes: Complete Local Name = the VIN); null when <paramref name="vin"/> is not a
        /// well-formed VIN (<see cref="O2xVin.Check"/> says why).
        /// </summary>
        public static byte[] BuildScanResponse(string vin)
        {
            byte[] name = O2xVin.ToBytes(vin);
            if (name == null)
            {
                return null;
            }

            byte[] data = new byte[2 + name.Length];
            data[0] = (byte)(1 + name.Length);
            data[1] = TypeCompleteLocalName;
            for (int i = 0; i < name.Length; i++)
            {
                data[2 + i] = name[i];
            }

            return data;
        }

        /// <summary>
        /// Reads what a scanner received from one advertiser: the advertisement and, after an active scan, the scan
        /// response (either may be null or empty). Never throws; a malformed block gives an
        /// <see cref="O2xAdvertisement"/> whose <c>Error</c> says where.
        /// </summary>
        public static O2xAdvertisement Parse(byte[] advertisement, byte[] scanResponse)
        {
            O2xAdvertisement result = new O2xAdvertisement();
            string error = ParseBlock(advertisement, "advertisement", result);
            if (error == null)
            {
                error = ParseBlock(scanResponse, "scan response", result);
            }

            result.Error = error;
            return result;
        }

        private static string ParseBlock(byte[] block, string what, O2xAdvertisement into)
        {
            if (block == null)
            {
                return null;
            }

            if (block.Length > MaxLength)
            {
                return what + " is " + block.Length.ToString() + " bytes, more than the " + MaxLength.ToString()
                    + " of legacy advertising";
            }

            int at = 0;
            while (at < block.Length)
            {
                int length = block[at];
                if (length == 0)
                {
                    // Early end: the rest of the block is padding.
                    return null;
                }

                if (at + 1 + length > block.Length)
                {
                    return what + ": the AD structure at byte " + at.ToString() + " claims " + length.ToString()
                        + " bytes but only " + (block.Length - at - 1).ToString() + " follow";
                }

                byte type = block[at + 1];
                int dataAt = at + 2;
                int dataLength = length - 1;
                if (type == TypeComplete128BitUuids || type == TypeIncomplete128BitUuids)
                {
                    if (dataLength % 16 != 0)
                    {
                        return what + ": the 128-bit UUID list at byte " + at.ToString() + " has "
                            + dataLength.ToString() + " bytes, not a multiple of 16";
                    }

                    byte[] service = O2xProfile.ServiceUuidBytes();
                    for (int u = dataAt; u < dataAt + dataLength; u += 16)
                    {
                        if (O2xProfile.UuidEquals(block, u, service))
                        {
                            into.HasO2xService = true;
                        }
                    }
                }
                else if (type == TypeCompleteLocalName || (type == TypeShortenedLocalName && into.Vin == null))
                {
                    // A name that is not a VIN belongs to some other device; it is simply not an O2X VIN.
                    string vin = O2xVin.FromBytes(block, dataAt, dataLength);
                    if (vin != null)
                    {
                        into.Vin = vin;
                    }
                }

                at += 1 + length;
            }

            return null;
        }
    }
}
