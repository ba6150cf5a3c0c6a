using System.Collections.Concurrent;
using System.IO;
using NanoVehicle.Ble.Hci;

namespace NanoVehicle.Ble.Transports
{
    /// <summary>Two transports joined in memory: what one sends, the other receives on its own thread. Used to put
    /// a host straight on a virtual controller without sockets.</summary>
    public sealed class InProcessTransport : HciTransport
    {
        private readonly BlockingCollection<H4Packet> inbox = new BlockingCollection<H4Packet>();
        private readonly string description;
        private InProcessTransport peer;

        private InProcessTransport(string description) { this.description = description; }

        /// <summary>Creates a joined pair.</summary>
        public static (InProcessTransport Host, InProcessTransport Controller) CreatePair(string name = "in-process")
        {
            var a = new InProcessTransport(name + " (host side)");
            var b = new InProcessTransport(name + " (controller side)");
            a.peer = b;
            b.peer = a;
            return (a, b);
        }

        /// <inheritdoc/>
        public override string Description => description;

        /// <inheritdoc/>
        protected override void SendCore(H4Packet packet)
        {
            if (IsClosed || peer.IsClosed) throw new IOException($"HCI transport {description} is closed");
            try { peer.inbox.Add(packet); }
            catch (System.InvalidOperationException) { throw new IOException($"HCI transport {description} is closed"); }
        }

        /// <inheritdoc/>
        protected override void ReceiveLoop()
        {
            foreach (var p in inbox.GetConsumingEnumerable()) Deliver(p);
        }

        /// <inheritdoc/>
        protected override void CloseCore()
        {
            inbox.CompleteAdding();
            // Closing one end closes the other, as a socket would.
            if (!peer.IsClosed) peer.Close("peer closed");
        }
    }
}
