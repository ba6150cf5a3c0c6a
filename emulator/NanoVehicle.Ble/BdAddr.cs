using System;
using System.Globalization;

namespace NanoVehicle.Ble
{
    /// <summary>Whether a device address is the public (IEEE) address or a random one (Core Vol 6 Part B §1.3).</summary>
    public enum BdAddrType : byte
    {
        /// <summary>Public device address.</summary>
        Public = 0x00,
        /// <summary>Random device address (static or private).</summary>
        Random = 0x01,
    }

    /// <summary>A 48-bit Bluetooth device address with its type. Written most significant byte first
    /// ("C0:11:22:33:44:55"); carried least significant byte first in HCI packets.</summary>
    public readonly struct BdAddr : IEquatable<BdAddr>
    {
        /// <summary>The 48 address bits.</summary>
        public ulong Value { get; }

        /// <summary>Public or random.</summary>
        public BdAddrType Type { get; }

        /// <summary>An address from its 48-bit value.</summary>
        public BdAddr(ulong value, BdAddrType type = BdAddrType.Public)
        {
            if (value > 0xFFFF_FFFF_FFFFUL) throw new ArgumentOutOfRangeException(nameof(value), "a device address has 48 bits");
            Value = value;
            Type = type;
        }

        /// <summary>Reads the 6 little-endian address bytes at <paramref name="offset"/>.</summary>
        public static BdAddr FromBytes(ReadOnlySpan<byte> bytes, int offset, BdAddrType type)
        {
            ulong v = 0;
            for (int i = 5; i >= 0; i--) v = (v << 8) | bytes[offset + i];
            return new BdAddr(v, type);
        }

        /// <summary>The address type from an HCI address type field: 0x00 public and 0x02 public identity are
        /// public, 0x01 random and 0x03 random (static) identity are random (Vol 4 Part E §7.7.65.1).</summary>
        public static BdAddrType TypeFromHci(byte hciAddressType) =>
            hciAddressType == 0x00 || hciAddressType == 0x02 ? BdAddrType.Public : BdAddrType.Random;

        /// <summary>Writes the 6 address bytes, least significant first.</summary>
        public void WriteTo(Span<byte> destination, int offset)
        {
            for (int i = 0; i < 6; i++) destination[offset + i] = (byte)(Value >> (8 * i));
        }

        /// <summary>Parses "AA:BB:CC:DD:EE:FF", optionally followed by "/random" or "/public".</summary>
        public static BdAddr Parse(string text)
        {
            if (!TryParse(text, out var a)) throw new FormatException($"'{text}' is not a Bluetooth address (expected AA:BB:CC:DD:EE:FF[/random])");
            return a;
        }

        /// <summary>Parses like <see cref="Parse"/> without throwing.</summary>
        public static bool TryParse(string text, out BdAddr address)
        {
            address = default;
            if (text == null) return false;
            var type = BdAddrType.Public;
            int slash = text.IndexOf('/');
            if (slash >= 0)
            {
                string suffix = text.Substring(slash + 1).ToLowerInvariant();
                if (suffix == "random") type = BdAddrType.Random;
                else if (suffix != "public") return false;
                text = text.Substring(0, slash);
            }
            string[] parts = text.Split(':');
            if (parts.Length != 6) return false;
            ulong v = 0;
            foreach (var p in parts)
            {
                if (p.Length != 2 || !byte.TryParse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out byte b)) return false;
                v = (v << 8) | b;
            }
            address = new BdAddr(v, type);
            return true;
        }

        /// <inheritdoc/>
        public override string ToString()
        {
            var s = string.Create(17, Value, (span, v) =>
            {
                for (int i = 0; i < 6; i++)
                {
                    byte b = (byte)(v >> (8 * (5 - i)));
                    b.TryFormat(span.Slice(i * 3, 2), out _, "X2", CultureInfo.InvariantCulture);
                    if (i < 5) span[i * 3 + 2] = ':';
                }
            });
            return Type == BdAddrType.Random ? s + "/random" : s;
        }

        /// <inheritdoc/>
        public bool Equals(BdAddr other) => Value == other.Value && Type == other.Type;
        /// <inheritdoc/>
        public override bool Equals(object obj) => obj is BdAddr o && Equals(o);
        /// <inheritdoc/>
        public override int GetHashCode() => HashCode.Combine(Value, Type);
        /// <summary>Same value and type.</summary>
        public static bool operator ==(BdAddr a, BdAddr b) => a.Equals(b);
        /// <summary>Different value or type.</summary>
        public static bool operator !=(BdAddr a, BdAddr b) => !a.Equals(b);
    }
}
