using System;
using System.Globalization;

namespace NanoVehicle.Ble
{
    /// <summary>A Bluetooth UUID: a 16-bit assigned number or a full 128-bit UUID. 16-bit values sit on the
    /// Bluetooth base UUID 0000xxxx-0000-1000-8000-00805F9B34FB (Core Vol 3 Part B §2.5.1); on the air they are
    /// carried in 2 bytes, 128-bit ones in 16 bytes, both least significant byte first.</summary>
    public sealed class BleUuid : IEquatable<BleUuid>
    {
        // The base UUID, least significant byte first, with the 16-bit slot at bytes 12-13.
        private static readonly byte[] Base =
        {
            0xFB, 0x34, 0x9B, 0x5F, 0x80, 0x00, 0x00, 0x80, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        };

        private readonly byte[] full; // 16 bytes, little-endian

        private BleUuid(byte[] full) { this.full = full; }

        /// <summary>A 16-bit assigned number.</summary>
        public static BleUuid From16(ushort value)
        {
            var b = (byte[])Base.Clone();
            b[12] = (byte)value;
            b[13] = (byte)(value >> 8);
            return new BleUuid(b);
        }

        /// <summary>From 2 or 16 bytes as carried in ATT PDUs (little-endian).</summary>
        public static BleUuid FromBytes(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length == 2) return From16((ushort)(bytes[0] | (bytes[1] << 8)));
            if (bytes.Length == 4)
            {
                var b = (byte[])Base.Clone();
                bytes.CopyTo(b.AsSpan(12));
                return new BleUuid(b);
            }
            if (bytes.Length == 16) return new BleUuid(bytes.ToArray());
            throw new ArgumentException($"a UUID is 2, 4 or 16 bytes, not {bytes.Length}", nameof(bytes));
        }

        /// <summary>Parses "180A", "0x180A" or "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".</summary>
        public static BleUuid Parse(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            string t = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.Substring(2) : text;
            if (t.Length == 4 && ushort.TryParse(t, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ushort s))
                return From16(s);
            if (Guid.TryParseExact(t, "D", out _))
            {
                string hex = t.Replace("-", "");
                var b = new byte[16];
                for (int i = 0; i < 16; i++) b[15 - i] = byte.Parse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return new BleUuid(b);
            }
            throw new FormatException($"'{text}' is not a UUID (expected 4 hex digits or 8-4-4-4-12)");
        }

        /// <summary>True when this UUID is a 16-bit assigned number on the base UUID.</summary>
        public bool Is16Bit
        {
            get
            {
                for (int i = 0; i < 12; i++) if (full[i] != Base[i]) return false;
                return full[14] == 0 && full[15] == 0;
            }
        }

        /// <summary>The 16-bit value (only meaningful when <see cref="Is16Bit"/>).</summary>
        public ushort Short => (ushort)(full[12] | (full[13] << 8));

        /// <summary>The shortest on-air form: 2 bytes for assigned numbers, else 16 bytes, little-endian.</summary>
        public byte[] ToBytes() => Is16Bit ? new[] { full[12], full[13] } : (byte[])full.Clone();

        /// <summary>The 16-byte little-endian form.</summary>
        public byte[] To128Bytes() => (byte[])full.Clone();

        /// <inheritdoc/>
        public bool Equals(BleUuid other) => other is not null && full.AsSpan().SequenceEqual(other.full);
        /// <inheritdoc/>
        public override bool Equals(object obj) => Equals(obj as BleUuid);
        /// <inheritdoc/>
        public override int GetHashCode() => BitConverter.ToInt32(full, 12) ^ BitConverter.ToInt32(full, 0);
        /// <summary>Same UUID.</summary>
        public static bool operator ==(BleUuid a, BleUuid b) => a is null ? b is null : a.Equals(b);
        /// <summary>Different UUIDs.</summary>
        public static bool operator !=(BleUuid a, BleUuid b) => !(a == b);

        /// <inheritdoc/>
        public override string ToString()
        {
            if (Is16Bit) return Short.ToString("X4", CultureInfo.InvariantCulture);
            var c = new char[36];
            int p = 0;
            for (int i = 15; i >= 0; i--)
            {
                if (i == 11 || i == 9 || i == 7 || i == 5) c[p++] = '-';
                string h = full[i].ToString("X2", CultureInfo.InvariantCulture);
                c[p++] = h[0];
                c[p++] = h[1];
            }
            return new string(c);
        }
    }
}
