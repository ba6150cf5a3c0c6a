using System.Net;
using System.Net.Sockets;

namespace NanoVehicle.Mqtt.Tests.Infrastructure
{
    /// <summary>Free TCP ports on the loopback interface.</summary>
    public static class Ports
    {
        /// <summary>A port that was free a moment ago (the system picked it for port 0).</summary>
        public static int Free()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
