using System;
using System.IO;
using NanoVehicle.Ble.Hci;

namespace NanoVehicle.Ble.Transports
{
    /// <summary>H4 over any byte stream (TCP, Unix socket, tty, HCI socket): each packet is written as indicator
    /// then bytes in one write; the receive side cuts the stream with <see cref="H4Decoder"/>.</summary>
    public sealed class StreamTransport : HciTransport
    {
        private readonly Stream stream;
        private readonly object writeLock = new object();
        private readonly string description;
        private readonly IDisposable owner;

        /// <summary>A transport over <paramref name="stream"/>; <paramref name="owner"/> (optional) is disposed with it.</summary>
        public StreamTransport(Stream stream, string description, IDisposable owner = null)
        {
            this.stream = stream ?? throw new ArgumentNullException(nameof(stream));
            this.description = description;
            this.owner = owner;
        }

        /// <inheritdoc/>
        public override string Description => description;

        /// <inheritdoc/>
        protected override void SendCore(H4Packet packet)
        {
            if (IsClosed) throw new IOException($"HCI transport {description} is closed");
            var wire = packet.ToWire();
            lock (writeLock)
            {
                stream.Write(wire, 0, wire.Length);
                stream.Flush();
            }
        }

        /// <inheritdoc/>
        protected override void ReceiveLoop()
        {
            var decoder = new H4Decoder();
            decoder.Rejected += Report;
            var buffer = new byte[4096];
            while (!IsClosed)
            {
                int n = stream.Read(buffer, 0, buffer.Length);
                if (n <= 0) return;
                foreach (var p in decoder.Feed(buffer.AsSpan(0, n))) Deliver(p);
            }
        }

        /// <inheritdoc/>
        protected override void CloseCore()
        {
            stream.Dispose();
            owner?.Dispose();
        }
    }
}
