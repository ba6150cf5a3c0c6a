using System;
using System.Net;
using Microsoft.Extensions.Logging;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>Settings of the embedded broker.</summary>
    public sealed class MqttBrokerOptions
    {
        /// <summary>Where to listen; port 0 picks a free port (read it back from <see cref="MqttBroker.Port"/>). Default 127.0.0.1:1883.</summary>
        public IPEndPoint EndPoint { get; set; } = new IPEndPoint(IPAddress.Loopback, 1883);

        /// <summary>Largest packet accepted, fixed header included; a larger one closes its connection. Default 16 MiB.</summary>
        public int MaxPacketSize { get; set; } = 16 * 1024 * 1024;

        /// <summary>
        /// Checks a client's user name and password (either may be null). Null (the default) lets every client in.
        /// Return false to refuse with CONNACK 4 (bad user name or password).
        /// </summary>
        public Func<string, string, bool> Authenticate { get; set; }

        /// <summary>QoS 1 messages in flight (sent, not yet acknowledged) per client before further ones wait. Default 100.</summary>
        public int MaxInflightMessages { get; set; } = 100;

        /// <summary>QoS 1 messages kept per client that is offline or has too many in flight; beyond, new ones are dropped and logged. Default 10000.</summary>
        public int MaxQueuedMessages { get; set; } = 10_000;

        /// <summary>How long a new connection may take to send CONNECT. Default 10 s.</summary>
        public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Where the broker logs connections, refusals and malformed packets. Null: no logging.</summary>
        public ILogger Logger { get; set; }
    }
}
