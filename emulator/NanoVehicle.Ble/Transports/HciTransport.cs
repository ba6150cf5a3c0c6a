using System;
using System.Threading;
using NanoVehicle.Ble.Hci;

namespace NanoVehicle.Ble.Transports
{
    /// <summary>A link that carries H4 packets between a host and a controller. Received packets are delivered one
    /// at a time, in order, on the transport's own receive thread, once <see cref="Start"/> is called; sending is
    /// thread-safe. A handler that throws is reported through <see cref="Diagnostic"/> and does not stop the link.</summary>
    public abstract class HciTransport : IDisposable
    {
        private int closed;
        private Thread receiveThread;

        /// <summary>A packet arrived.</summary>
        public event Action<H4Packet> PacketReceived;

        /// <summary>The link ended; the argument says why. Raised once.</summary>
        public event Action<string> Closed;

        /// <summary>Dropped input, handler failures and other things worth a log line.</summary>
        public event Action<string> Diagnostic;

        /// <summary>What this transport is connected to, for logs and errors.</summary>
        public abstract string Description { get; }

        /// <summary>True once the link has ended.</summary>
        public bool IsClosed => Volatile.Read(ref closed) != 0;

        /// <summary>Every packet, for tracing: raised before a packet is sent (false) and before a received one
        /// is delivered (true), so a trace is complete even when a handler acts on the packet at once.</summary>
        public event Action<H4Packet, bool> Traced;

        /// <summary>Sends one packet. Throws <see cref="System.IO.IOException"/> when the link is down.</summary>
        public void Send(H4Packet packet)
        {
            if (packet == null) throw new ArgumentNullException(nameof(packet));
            Trace(packet, false);
            SendCore(packet);
        }

        /// <summary>Writes one packet to the link.</summary>
        protected abstract void SendCore(H4Packet packet);

        /// <summary>Starts delivering received packets.</summary>
        public void Start()
        {
            if (receiveThread != null) return;
            receiveThread = new Thread(ReceiveThread) { IsBackground = true, Name = "hci-rx " + Description };
            receiveThread.Start();
        }

        private void ReceiveThread()
        {
            string reason = "end of stream";
            try
            {
                ReceiveLoop();
            }
            catch (Exception e)
            {
                reason = e.Message;
            }
            Close(reason);
        }

        /// <summary>Reads until the link ends, passing each packet to <see cref="Deliver"/>.</summary>
        protected abstract void ReceiveLoop();

        /// <summary>Hands a received packet to the subscribers, containing their failures.</summary>
        protected void Deliver(H4Packet packet)
        {
            Trace(packet, true);
            try
            {
                PacketReceived?.Invoke(packet);
            }
            catch (Exception e)
            {
                Report($"handler failed on {packet.Type} packet: {e}");
            }
        }

        private void Trace(H4Packet packet, bool received)
        {
            var traced = Traced;
            if (traced == null) return;
            try { traced(packet, received); }
            catch (Exception e) { Report("trace handler failed: " + e.Message); }
        }

        /// <summary>Raises <see cref="Diagnostic"/>.</summary>
        protected void Report(string message)
        {
            try { Diagnostic?.Invoke(message); } catch (Exception) { /* a failing logger must not stop the link */ }
        }

        /// <summary>Ends the link and raises <see cref="Closed"/> once.</summary>
        protected void Close(string reason)
        {
            if (Interlocked.Exchange(ref closed, 1) != 0) return;
            try { CloseCore(); } catch (Exception e) { Report("close failed: " + e.Message); }
            try { Closed?.Invoke(reason); } catch (Exception e) { Report("close handler failed: " + e); }
        }

        /// <summary>Releases the underlying link.</summary>
        protected abstract void CloseCore();

        /// <summary>Ends the link.</summary>
        public void Dispose()
        {
            Close("closed by this side");
            GC.SuppressFinalize(this);
        }
    }
}
