using System;
using NanoVehicle.Core.Json;

namespace NanoVehicle.Core.Configuration
{
    /// <summary>
    /// Where the MQTT broker is: host, port and whether the link is TLS, read from a URL of the form
    /// <c>mqtt://host[:port]</c> (plain, default port 1883) or <c>mqtts://host[:port]</c> (TLS, default port 8883).
    /// </summary>
    public sealed class BrokerAddress
    {
        /// <summary>The registered MQTT port for plain TCP.</summary>
        public const int PlainPort = 1883;

        /// <summary>The registered MQTT port for TLS.</summary>
        public const int TlsPort = 8883;

        private BrokerAddress(string host, int port, bool tls)
        {
            Host = host;
            Port = port;
            Tls = tls;
        }

        /// <summary>Host name or IPv4 address of the broker.</summary>
        public string Host { get; private set; }

        /// <summary>TCP port of the broker.</summary>
        public int Port { get; private set; }

        /// <summary>True when the link is TLS (<c>mqtts://</c>).</summary>
        public bool Tls { get; private set; }

        /// <summary>The address written back as a URL.</summary>
        public override string ToString()
        {
            return (Tls ? "mqtts://" : "mqtt://") + Host + ":" + Port.ToString();
        }

        /// <summary>
        /// Reads a broker URL; returns null and sets <paramref name="problem"/> to what is wrong when it cannot.
        /// </summary>
        public static BrokerAddress Parse(string url, out string problem)
        {
            problem = null;
            if (url == null || url.Length == 0)
            {
                problem = "is empty (expected mqtt://host[:port] or mqtts://host[:port])";
                return null;
            }

            string rest;
            bool tls;
            string lower = url.ToLower();
            if (lower.StartsWith("mqtts://"))
            {
                tls = true;
                rest = url.Substring(8);
            }
            else if (lower.StartsWith("mqtt://"))
            {
                tls = false;
                rest = url.Substring(7);
            }
            else
            {
                problem = "must start with mqtt:// or mqtts:// (got \"" + url + "\")";
                return null;
            }

            // A trailing slash is harmless; any other path, user info or query is not something MQTT uses.
            if (rest.Length > 0 && rest[rest.Length - 1] == '/')
            {
                rest = rest.Substring(0, rest.Length - 1);
            }

            if (rest.IndexOf('/') >= 0 || rest.IndexOf('?') >= 0 || rest.IndexOf('@') >= 0 || rest.IndexOf(' ') >= 0)
            {
                problem = "must be just mqtt[s]://host[:port], without user, path or query (got \"" + url + "\")";
                return null;
            }

            int port = tls ? TlsPort : PlainPort;
            string host = rest;
            int colon = rest.LastIndexOf(':');
            if (colon >= 0)
            {
                host = rest.Substring(0, colon);
                string portText = rest.Substring(colon + 1);
                long parsed;
                if (!JsonValues.TryParseInteger(portText, out parsed) || parsed < 1 || parsed > 65535)
                {
                    problem = "has a port that is not a number from 1 to 65535 (got \"" + portText + "\")";
                    return null;
                }

                port = (int)parsed;
            }

            if (host.Length == 0)
            {
                problem = "has no host name (got \"" + url + "\")";
                return null;
            }

            for (int i = 0; i < host.Length; i++)
            {
                char c = host[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
                if (!ok)
                {
                    problem = "has a host name with the character '" + c.ToString() + "' (got \"" + host + "\")";
                    return null;
                }
            }

            return new BrokerAddress(host, port, tls);
        }
    }
}
