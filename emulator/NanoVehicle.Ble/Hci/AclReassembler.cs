using System;
using System.Buffers.Binary;
using System.IO;

namespace NanoVehicle.Ble.Hci
{
    /// <summary>Rebuilds L2CAP PDUs from the ACL fragments of one connection (Core Vol 3 Part A §7.2): a first
    /// fragment opens a PDU whose basic header gives its length; continuing fragments add to it until it is whole.
    /// A continuing fragment with no PDU open, a new first fragment while one is open, or more bytes than the
    /// header announced, is reported and dropped.</summary>
    public sealed class AclReassembler
    {
        private MemoryStream current;

        /// <summary>Raised for dropped data, with the reason.</summary>
        public event Action<string> Dropped;

        /// <summary>Adds one fragment; returns the complete L2CAP PDU it finishes, or null.</summary>
        public byte[] Add(AclPacket packet)
        {
            if (packet.IsStart)
            {
                if (current != null) Dropped?.Invoke($"incomplete L2CAP PDU of {current.Length} bytes dropped: a new one started");
                current = new MemoryStream();
            }
            else if (current == null)
            {
                Dropped?.Invoke($"continuing ACL fragment of {packet.Data.Length} bytes with no PDU started, dropped");
                return null;
            }
            current.Write(packet.Data, 0, packet.Data.Length);
            if (current.Length < 4) return null;
            var buffer = current.GetBuffer();
            int expected = 4 + BinaryPrimitives.ReadUInt16LittleEndian(buffer);
            if (current.Length < expected) return null;
            var done = current;
            current = null;
            if (done.Length > expected)
            {
                Dropped?.Invoke($"L2CAP PDU announced {expected} bytes but {done.Length} arrived, dropped");
                return null;
            }
            return done.ToArray();
        }
    }
}
