using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace NanoVehicle.Ble.Transports
{
    /// <summary>Opens the H4 transports: TCP client and server, Unix domain socket, serial tty and the Linux HCI
    /// user channel. <see cref="OpenAsync"/> takes one string so a command line can name any of them:
    /// <c>tcp-client:HOST:PORT</c>, <c>tcp-server:[HOST:]PORT</c> (waits for one controller to connect),
    /// <c>unix:/PATH</c>, <c>serial:/dev/ttyX[,BAUD]</c>, <c>hci-user:N</c> or <c>user:N</c> (adapter hciN).</summary>
    public static class HciTransports
    {
        /// <summary>Opens the transport a specification names (see the class summary).</summary>
        public static async Task<HciTransport> OpenAsync(string spec, CancellationToken cancel = default)
        {
            if (string.IsNullOrEmpty(spec)) throw new ArgumentException("no HCI transport given", nameof(spec));
            int colon = spec.IndexOf(':');
            string kind = colon < 0 ? spec : spec.Substring(0, colon);
            string rest = colon < 0 ? "" : spec.Substring(colon + 1);
            switch (kind)
            {
                case "tcp-client":
                case "tcp":
                {
                    int c = rest.LastIndexOf(':');
                    if (c <= 0 || !int.TryParse(rest.AsSpan(c + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port))
                        throw new ArgumentException($"'{spec}': expected tcp-client:HOST:PORT");
                    return await ConnectTcpAsync(rest.Substring(0, c), port, cancel).ConfigureAwait(false);
                }
                case "tcp-server":
                {
                    int c = rest.LastIndexOf(':');
                    string host = c < 0 ? "127.0.0.1" : rest.Substring(0, c);
                    if (!int.TryParse(c < 0 ? rest : rest.Substring(c + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port))
                        throw new ArgumentException($"'{spec}': expected tcp-server:[HOST:]PORT");
                    var listener = new TcpListener(IPAddress.Parse(host), port);
                    listener.Start();
                    try { return await AcceptTcpAsync(listener, cancel).ConfigureAwait(false); }
                    finally { listener.Stop(); }
                }
                case "unix":
                    if (rest.Length == 0) throw new ArgumentException($"'{spec}': expected unix:/PATH");
                    return await ConnectUnixAsync(rest, cancel).ConfigureAwait(false);
                case "serial":
                {
                    string[] parts = rest.Split(',');
                    int baud = 115200;
                    if (parts[0].Length == 0 || (parts.Length > 1 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out baud)))
                        throw new ArgumentException($"'{spec}': expected serial:/dev/ttyX[,BAUD]");
                    return OpenSerial(parts[0], baud);
                }
                case "hci-user":
                case "user":
                case "hci":
                    if (!int.TryParse(rest.StartsWith("hci", StringComparison.Ordinal) ? rest.Substring(3) : rest, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                        throw new ArgumentException($"'{spec}': expected hci-user:N for adapter hciN");
                    return HciUserChannelTransport.Open(index);
                default:
                    throw new ArgumentException($"unknown HCI transport '{kind}' in '{spec}': use tcp-client:, tcp-server:, unix:, serial: or hci-user:");
            }
        }

        /// <summary>Connects to an H4 endpoint over TCP (for example a virtual controller, or Bumble's tcp-server).</summary>
        public static async Task<HciTransport> ConnectTcpAsync(string host, int port, CancellationToken cancel = default)
        {
            var client = new TcpClient { NoDelay = true };
            try
            {
                await client.ConnectAsync(host, port, cancel).ConfigureAwait(false);
            }
            catch
            {
                client.Dispose();
                throw;
            }
            return new StreamTransport(client.GetStream(), $"tcp {host}:{port}", client);
        }

        /// <summary>Accepts one H4 peer on a started listener.</summary>
        public static async Task<HciTransport> AcceptTcpAsync(TcpListener listener, CancellationToken cancel = default)
        {
            var client = await listener.AcceptTcpClientAsync(cancel).ConfigureAwait(false);
            client.NoDelay = true;
            return new StreamTransport(client.GetStream(), $"tcp from {client.Client.RemoteEndPoint}", client);
        }

        /// <summary>Connects to an H4 endpoint on a Unix domain stream socket.</summary>
        public static async Task<HciTransport> ConnectUnixAsync(string path, CancellationToken cancel = default)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancel).ConfigureAwait(false);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
            return new StreamTransport(new NetworkStream(socket, ownsSocket: true), $"unix {path}");
        }

        /// <summary>Opens a serial H4 controller (a UART HCI dongle or board): sets the tty to raw mode at
        /// <paramref name="baud"/> with hardware flow control through stty, then reads and writes it as a file.</summary>
        public static HciTransport OpenSerial(string device, int baud)
        {
            if (!File.Exists(device)) throw new IOException($"serial device {device} does not exist");
            var psi = new ProcessStartInfo("stty", $"-F {device} {baud} raw -echo -ixon -ixoff crtscts")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using (var p = Process.Start(psi) ?? throw new IOException("could not run stty"))
            {
                string err = p.StandardError.ReadToEnd();
                p.WaitForExit();
                if (p.ExitCode != 0) throw new IOException($"stty could not set {device} to raw {baud} baud: {err.Trim()}");
            }
            var fs = new FileStream(device, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None);
            return new StreamTransport(fs, $"serial {device} @{baud}");
        }
    }
}
