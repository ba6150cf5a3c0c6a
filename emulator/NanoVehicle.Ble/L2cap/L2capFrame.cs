using System;
using System.Buffers.Binary;

namespace NanoVehicle.Ble.L2cap
{
    /// <summary>The L2CAP basic frame (Core Vol 3 Part A §3.1): payload length (16 bits), channel ID (16 bits),
    /// payload. LE fixed channels: ATT 0x0004, LE signalling 0x0005, SMP 0x0006 (§2.1).</summary>
    public static class L2capFrame
    {
        /// <summary>The attribute protocol channel.</summary>
        public const ushort AttCid = 0x0004;
        /// <summary>The LE signalling channel.</summary>
        public const ushort LeSignalingCid = 0x0005;
        /// <summary>The security manager channel.</summary>
        public const ushort SmpCid = 0x0006;

        /// <summary>Builds a basic frame.</summary>
        public static byte[] Encode(ushort cid, ReadOnlySpan<byte> payload)
        {
            if (payload.Length > ushort.MaxValue) throw new ArgumentException("an L2CAP payload holds at most 65535 bytes", nameof(payload));
            var b = new byte[4 + payload.Length];
            BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)payload.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(2), cid);
            payload.CopyTo(b.AsSpan(4));
            return b;
        }

        /// <summary>Reads a basic frame; false when it is shorter than its header or its length disagrees.</summary>
        public static bool TryDecode(byte[] frame, out ushort cid, out byte[] payload)
        {
            cid = 0;
            payload = null;
            if (frame == null || frame.Length < 4) return false;
            int length = BinaryPrimitives.ReadUInt16LittleEndian(frame);
            if (length != frame.Length - 4) return false;
            cid = BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(2));
            payload = frame.AsSpan(4).ToArray();
            return true;
        }
    }
}
