using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NanoVehicle.Ble.Gap
{
    /// <summary>One advertising data structure: length, AD type, data (Core Vol 3 Part C §11; types from the
    /// Core Specification Supplement Part A).</summary>
    public sealed class AdStructure
    {
        /// <summary>Flags.</summary>
        public const byte Flags = 0x01;
        /// <summary>Incomplete list of 16-bit service UUIDs.</summary>
        public const byte IncompleteServiceUuids16 = 0x02;
        /// <summary>Complete list of 16-bit service UUIDs.</summary>
        public const byte CompleteServiceUuids16 = 0x03;
        /// <summary>Incomplete list of 128-bit service UUIDs.</summary>
        public const byte IncompleteServiceUuids128 = 0x06;
        /// <summary>Complete list of 128-bit service UUIDs.</summary>
        public const byte CompleteServiceUuids128 = 0x07;
        /// <summary>Shortened local name.</summary>
        public const byte ShortenedLocalName = 0x08;
        /// <summary>Complete local name.</summary>
        public const byte CompleteLocalName = 0x09;
        /// <summary>Tx power level.</summary>
        public const byte TxPowerLevel = 0x0A;
        /// <summary>Manufacturer specific data (company identifier first).</summary>
        public const byte ManufacturerSpecificData = 0xFF;

        /// <summary>A structure.</summary>
        public AdStructure(byte type, byte[] data)
        {
            if (data != null && data.Length > 30) throw new ArgumentException("an AD structure carries at most 30 data bytes", nameof(data));
            Type = type;
            Data = data ?? Array.Empty<byte>();
        }

        /// <summary>The AD type.</summary>
        public byte Type { get; }
        /// <summary>The data after the type.</summary>
        public byte[] Data { get; }

        /// <summary>Parses a whole advertising or scan response payload. Zero-length structures end the
        /// significant part (the rest is padding); a structure that runs past the end is dropped and
        /// <paramref name="malformed"/> is set.</summary>
        public static IReadOnlyList<AdStructure> Parse(ReadOnlySpan<byte> payload, out bool malformed)
        {
            malformed = false;
            var list = new List<AdStructure>();
            int i = 0;
            while (i < payload.Length)
            {
                int len = payload[i];
                if (len == 0) break;
                if (i + 1 + len > payload.Length)
                {
                    malformed = true;
                    break;
                }
                list.Add(new AdStructure(payload[i + 1], payload.Slice(i + 2, len - 1).ToArray()));
                i += 1 + len;
            }
            return list;
        }

        /// <summary>Parses a payload, ignoring a malformed tail.</summary>
        public static IReadOnlyList<AdStructure> Parse(ReadOnlySpan<byte> payload) => Parse(payload, out _);

        /// <summary>Joins structures into a payload; throws when they exceed <paramref name="max"/> bytes (31 for legacy advertising).</summary>
        public static byte[] Encode(IEnumerable<AdStructure> structures, int max = 31)
        {
            var ms = new MemoryStream();
            foreach (var s in structures)
            {
                ms.WriteByte((byte)(s.Data.Length + 1));
                ms.WriteByte(s.Type);
                ms.Write(s.Data, 0, s.Data.Length);
            }
            if (ms.Length > max) throw new ArgumentException($"advertising data of {ms.Length} bytes exceeds {max}");
            return ms.ToArray();
        }

        /// <summary>Flags: LE General Discoverable, BR/EDR not supported (0x06).</summary>
        public static AdStructure GeneralDiscoverableFlags() => new AdStructure(Flags, new byte[] { 0x06 });

        /// <summary>A complete local name.</summary>
        public static AdStructure Name(string name) => new AdStructure(CompleteLocalName, Encoding.UTF8.GetBytes(name));

        /// <summary>A complete list holding one service UUID.</summary>
        public static AdStructure ServiceUuid(BleUuid uuid)
        {
            var b = uuid.ToBytes();
            return new AdStructure(b.Length == 2 ? CompleteServiceUuids16 : CompleteServiceUuids128, b);
        }

        /// <inheritdoc/>
        public override string ToString() => $"AD 0x{Type:X2} {Convert.ToHexString(Data)}";
    }
}
