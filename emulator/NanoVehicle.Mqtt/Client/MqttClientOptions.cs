using System;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace NanoVehicle.Mqtt.Client
{
    /// <summary>Settings of an <see cref="MqttClient"/>.</summary>
    public sealed class MqttClientOptions
    {
        /// <summary>
        /// Broker address: <c>mqtt://host[:port]</c> (plain TCP, default port 1883) or <c>mqtts://host[:port]</c> (TLS,
        /// default port 8883). A <c>user:password@</c> part fills <see cref="UserName"/>/<see cref="Password"/> when those are null.
        /// </summary>
        public string Server { get; set; } = "mqtt://127.0.0.1:1883";

        /// <summary>Client identifier. Empty lets the broker assign one (needs <see cref="CleanSession"/>, §3.1.3.1).</summary>
        public string ClientId { get; set; } = "";

        /// <summary>Start a new session (true) or resume the stored one (false, a persistent session, §3.1.2.4).</summary>
        public bool CleanSession { get; set; } = true;

        /// <summary>User name, or null.</summary>
        public string UserName { get; set; }

        /// <summary>Password, or null (needs a user name).</summary>
        public string Password { get; set; }

        /// <summary>Message the broker publishes if this client vanishes without DISCONNECT, or null.</summary>
        public MqttMessage Will { get; set; }

        /// <summary>Keep-alive period (§3.1.2.10): a PINGREQ goes out when nothing was sent for that long, and a link
        /// whose PINGRESP does not come back within it is considered dead. Zero turns it off. Default 30 s.</summary>
        public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How long to wait for the TCP/TLS connection and the CONNACK. Default 10 s.</summary>
        public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Reconnect by itself after the link was lost (not after <see cref="MqttClient.DisconnectAsync"/>). Default true.</summary>
        public bool AutoReconnect { get; set; } = true;

        /// <summary>First delay before reconnecting; it doubles after each failed attempt. Default 0.5 s.</summary>
        public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>Longest delay between reconnect attempts. Default 30 s.</summary>
        public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>For <c>mqtts://</c>: accept any server certificate (self-signed, wrong name). For tests and labs only.</summary>
        public bool AllowUntrustedCertificates { get; set; }

        /// <summary>For <c>mqtts://</c>: a CA (or the self-signed server certificate itself) to trust instead of the system store.</summary>
        public X509Certificate2 TrustedCertificate { get; set; }

        /// <summary>For <c>mqtts://</c>: the name the server certificate must carry; default the URL's host.</summary>
        public string TlsTargetHost { get; set; }

        /// <summary>Largest packet accepted from the broker, fixed header included. Default 16 MiB.</summary>
        public int MaxPacketSize { get; set; } = 16 * 1024 * 1024;

        /// <summary>
        /// When above zero, incoming messages are also written to <see cref="MqttClient.Messages"/>, a channel of that
        /// capacity; when it is full, reading from the network waits (back-pressure), nothing is dropped. Default 0 (off).
        /// </summary>
        public int MessageChannelCapacity { get; set; }

        /// <summary>Where the client logs connection changes. Null: no logging.</summary>
        public ILogger Logger { get; set; }
    }
}
