using System;

namespace NanoVehicle.Mqtt.Client
{
    /// <summary>A parsed <c>mqtt://</c> or <c>mqtts://</c> URL.</summary>
    public sealed class MqttServerAddress
    {
        private MqttServerAddress(string host, int port, bool tls, string userName, string password)
        {
            Host = host;
            Port = port;
            UseTls = tls;
            UserName = userName;
            Password = password;
        }

        /// <summary>Host name or address.</summary>
        public string Host { get; }

        /// <summary>TCP port.</summary>
        public int Port { get; }

        /// <summary>True for <c>mqtts://</c>.</summary>
        public bool UseTls { get; }

        /// <summary>User name from the URL, or null.</summary>
        public string UserName { get; }

        /// <summary>Password from the URL, or null.</summary>
        public string Password { get; }

        /// <summary>Parses <paramref name="url"/>; throws <see cref="FormatException"/> naming what is wrong.</summary>
        public static MqttServerAddress Parse(string url)
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                throw new FormatException("the broker URL is empty; use mqtt://host:port or mqtts://host:port");
            }
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri uri) || string.IsNullOrEmpty(uri.Host))
            {
                throw new FormatException($"'{url}' is not a broker URL; use mqtt://host:port or mqtts://host:port");
            }
            bool tls;
            switch (uri.Scheme.ToLowerInvariant())
            {
                case "mqtt":
                case "tcp":
                    tls = false;
                    break;
                case "mqtts":
                case "ssl":
                    tls = true;
                    break;
                default:
                    throw new FormatException($"'{url}': scheme '{uri.Scheme}' is not mqtt:// or mqtts://");
            }
            int port = uri.IsDefaultPort || uri.Port < 0 ? (tls ? 8883 : 1883) : uri.Port;
            string user = null, password = null;
            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                string[] parts = uri.UserInfo.Split(':', 2);
                user = Uri.UnescapeDataString(parts[0]);
                password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
            }
            return new MqttServerAddress(uri.Host.Trim('[', ']'), port, tls, user, password);
        }

        /// <inheritdoc />
        public override string ToString() => $"{(UseTls ? "mqtts" : "mqtt")}://{Host}:{Port}";
    }
}
