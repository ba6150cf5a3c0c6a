using System;
using System.Buffers.Binary;
using System.IO;
using NanoVehicle.Ble.Transports;

namespace NanoVehicle.Ble.Hci
{
    /// <summary>Records the HCI traffic of a host's transport in the btsnoop format (datalink 1002, "HCI UART
    /// (H4)"), which Wireshark and btmon read: a 16-byte file header ("btsnoop\0", version 1, datalink), then for
    /// each packet original and included length, flags (bit 0: received by the host; bit 1: command or event),
    /// cumulative drops and a timestamp in microseconds since year 0, all big-endian, then the H4 bytes.</summary>
    public sealed class BtSnoopWriter : IDisposable
    {
        private const long EpochOffsetMicros = 0x00E03AB44A676000L; // from 0000-01-01 to 1970-01-01
        private readonly Stream stream;
        private readonly object sync = new object();
        private HciTransport transport;
        private bool disposed;

        /// <summary>Starts a capture into <paramref name="stream"/> (owned and closed by the writer).</summary>
        public BtSnoopWriter(Stream stream)
        {
            this.stream = stream ?? throw new ArgumentNullException(nameof(stream));
            var header = new byte[16];
            "btsnoop\0"u8.CopyTo(header);
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), 1);
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12), 1002);
            stream.Write(header);
            stream.Flush();
        }

        /// <summary>Captures a host-side transport into a new file at <paramref name="path"/>.</summary>
        public static BtSnoopWriter Capture(HciTransport transport, string path)
        {
            var writer = new BtSnoopWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read));
            writer.transport = transport;
            transport.Traced += writer.Write;
            return writer;
        }

        /// <summary>Adds one packet; <paramref name="received"/> is true for controller-to-host traffic.</summary>
        public void Write(H4Packet packet, bool received)
        {
            var wire = packet.ToWire();
            var record = new byte[24];
            BinaryPrimitives.WriteUInt32BigEndian(record, (uint)wire.Length);
            BinaryPrimitives.WriteUInt32BigEndian(record.AsSpan(4), (uint)wire.Length);
            bool control = packet.Type == HciPacketType.Command || packet.Type == HciPacketType.Event;
            BinaryPrimitives.WriteUInt32BigEndian(record.AsSpan(8), (uint)((received ? 1 : 0) | (control ? 2 : 0)));
            long micros = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10 + EpochOffsetMicros;
            BinaryPrimitives.WriteInt64BigEndian(record.AsSpan(16), micros);
            lock (sync)
            {
                if (disposed) return;
                stream.Write(record);
                stream.Write(wire);
                stream.Flush();
            }
        }

        /// <summary>Stops capturing and closes the file.</summary>
        public void Dispose()
        {
            if (transport != null)
            {
                transport.Traced -= Write;
            }
            lock (sync)
            {
                if (disposed) return;
                disposed = true;
                stream.Dispose();
            }
        }
    }
}
