using System;
using System.Collections.Generic;

namespace NanoVehicle.Ble.Hci
{
    /// <summary>Cuts an H4 byte stream into HCI packets (Core Vol 4 Part A §2). The header of each packet type
    /// says where its length field is: command 3 bytes (8-bit length at 2), ACL 4 bytes (16-bit length at 2),
    /// SCO 3 bytes, event 2 bytes (8-bit length at 1), ISO 4 bytes (14-bit length at 2). SCO and ISO packets are
    /// read past and reported as rejected; an unknown indicator byte is skipped and reported, since H4 carries no
    /// other way to find the next packet boundary.</summary>
    public sealed class H4Decoder
    {
        private readonly List<byte> pending = new List<byte>();

        /// <summary>Raised for a byte or packet that was dropped, with the reason.</summary>
        public event Action<string> Rejected;

        /// <summary>Feeds received bytes; returns every packet they complete, in order.</summary>
        public IList<H4Packet> Feed(ReadOnlySpan<byte> data)
        {
            var result = new List<H4Packet>();
            foreach (byte b in data) pending.Add(b);
            while (pending.Count > 0)
            {
                byte indicator = pending[0];
                int headerLength = HeaderLength(indicator);
                if (headerLength < 0)
                {
                    pending.RemoveAt(0);
                    Rejected?.Invoke($"unknown H4 packet indicator 0x{indicator:X2} skipped");
                    continue;
                }
                if (pending.Count < 1 + headerLength) break;
                int length = PayloadLength(indicator);
                int total = 1 + headerLength + length;
                if (pending.Count < total) break;
                var bytes = pending.GetRange(1, headerLength + length).ToArray();
                pending.RemoveRange(0, total);
                var type = (HciPacketType)indicator;
                if (type == HciPacketType.Sco || type == HciPacketType.Iso)
                {
                    Rejected?.Invoke($"{type} packet of {bytes.Length} bytes rejected: this host carries LE ACL only");
                    continue;
                }
                result.Add(new H4Packet(type, bytes));
            }
            return result;
        }

        /// <summary>Bytes buffered towards an incomplete packet.</summary>
        public int Buffered => pending.Count;

        private static int HeaderLength(byte indicator) => indicator switch
        {
            0x01 => 3,
            0x02 => 4,
            0x03 => 3,
            0x04 => 2,
            0x05 => 4,
            _ => -1,
        };

        private int PayloadLength(byte indicator) => indicator switch
        {
            0x01 => pending[3],
            0x02 => pending[3] | (pending[4] << 8),
            0x03 => pending[3],
            0x04 => pending[2],
            0x05 => (pending[3] | (pending[4] << 8)) & 0x3FFF,
            _ => 0,
        };
    }
}
