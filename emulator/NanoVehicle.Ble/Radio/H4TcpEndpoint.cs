using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Ble.Transports;

namespace NanoVehicle.Ble.Radio
{
    /// <summary>Virtual controllers served as H4 endpoints over TCP: any H4 host stack (this one, Bumble's
    /// <c>tcp-client:</c> transport, …) connects and drives a controller. Made by
    /// <see cref="VirtualController.ListenTcp"/> (one controller, one host at a time: a new connection replaces
    /// the previous host) or <see cref="VirtualRadio.ListenTcp"/> (a new controller for each connection).</summary>
    public sealed class H4TcpEndpoint : IDisposable
    {
        private readonly TcpListener listener;
        private readonly CancellationTokenSource stop = new CancellationTokenSource();

        private readonly Func<VirtualController> controllerFor;
        private readonly bool controllerPerHost;

        internal H4TcpEndpoint(Func<VirtualController> controllerFor, bool controllerPerHost, IPAddress address, int port)
        {
            this.controllerFor = controllerFor;
            this.controllerPerHost = controllerPerHost;
            listener = new TcpListener(address, port);
            listener.Start();
            EndPoint = (IPEndPoint)listener.LocalEndpoint;
            _ = AcceptLoopAsync();
        }

        /// <summary>A controller joined a host through this endpoint.</summary>
        public event Action<VirtualController> HostAttached;

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
                    var controller = controllerFor();
                    if (controllerPerHost) controller.HostDetached += c => c.Dispose();
                    controller.Attach(transport);
                    HostAttached?.Invoke(controller);
                }
                catch (ObjectDisposedException)
                {
                    transport.Dispose();
                    return;
                }
                catch (Exception)
                {
                    // A failing subscriber must not stop the endpoint.
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
