using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Ble.Transports;

namespace NanoVehicle.Ble.Radio
{
    /// <summary>A virtual controller served as an H4 endpoint over TCP: any H4 host stack (this one, Bumble's
    /// <c>tcp-client:</c> transport, …) connects and drives the controller. One host at a time: a new
    /// connection replaces the previous host.</summary>
    public sealed class H4TcpEndpoint : IDisposable
    {
        private readonly TcpListener listener;
        private readonly CancellationTokenSource stop = new CancellationTokenSource();

        internal H4TcpEndpoint(VirtualController controller, IPAddress address, int port)
        {
            Controller = controller;
            listener = new TcpListener(address, port);
            listener.Start();
            EndPoint = (IPEndPoint)listener.LocalEndpoint;
            _ = AcceptLoopAsync();
        }

        /// <summary>The controller behind this endpoint.</summary>
        public VirtualController Controller { get; }

        /// <summary>Where hosts connect.</summary>
        public IPEndPoint EndPoint { get; }

        /// <summary>The TCP port.</summary>
        public int Port => EndPoint.Port;

        private async Task AcceptLoopAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                HciTransport transport;
                try
                {
                    transport = await HciTransports.AcceptTcpAsync(listener, stop.Token).ConfigureAwait(false);
                }
                catch (Exception) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (SocketException)
                {
                    continue;
                }
                try
                {
                    Controller.Attach(transport);
                }
                catch (ObjectDisposedException)
                {
                    transport.Dispose();
                    return;
                }
            }
        }

        /// <summary>Stops listening (an attached host stays attached until it leaves or the controller goes).</summary>
        public void Dispose()
        {
            stop.Cancel();
            listener.Stop();
        }
    }
}
