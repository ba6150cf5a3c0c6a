using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using NanoVehicle.Ble.Radio;
using NanoVehicle.Ble.Transports;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>The H4 transports other than the TCP client the end-to-end tests use.</summary>
    public class TransportTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

        [Fact]
        public async Task Unix_socket_transport_reaches_a_controller()
        {
            using var radio = new VirtualRadio();
            var vc = radio.CreateController();
            string path = Path.Combine(Path.GetTempPath(), $"nv-ble-{Guid.NewGuid():N}.sock");
            using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            listener.Bind(new UnixDomainSocketEndPoint(path));
            listener.Listen(1);
            try
            {
                var accept = listener.AcceptAsync();
                var opening = HciTransports.OpenAsync("unix:" + path);
                var serverSide = await accept.WaitAsync(Wait);
                vc.Attach(new StreamTransport(new NetworkStream(serverSide, true), "unix test"));
                using var host = new BleHost(await opening.WaitAsync(Wait));
                await host.StartAsync().WaitAsync(Wait);
                Assert.Equal(vc.Address, host.Address);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public async Task Tcp_server_transport_waits_for_a_controller_to_connect()
        {
            using var radio = new VirtualRadio();
            var vc = radio.CreateController();
            // Find a free port, then let the host listen on it.
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var opening = HciTransports.OpenAsync($"tcp-server:127.0.0.1:{port}");
            var client = new TcpClient();
            for (int attempt = 0; ; attempt++)
            {
                try { await client.ConnectAsync(IPAddress.Loopback, port).WaitAsync(Wait); break; }
                catch (SocketException) when (attempt < 200) { await Task.Yield(); }
            }
            vc.Attach(new StreamTransport(client.GetStream(), "tcp test", client));
            using var host = new BleHost(await opening.WaitAsync(Wait));
            await host.StartAsync().WaitAsync(Wait);
            Assert.Equal(vc.Address, host.Address);
        }

        [Fact]
        public async Task Hci_user_channel_without_an_adapter_fails_with_a_clear_error()
        {
            var e = await Assert.ThrowsAsync<IOException>(() => HciTransports.OpenAsync("hci-user:0"));
            // On this machine: no Bluetooth in the kernel, no adapter, or no permission; each says so.
            Assert.Contains("hci0", e.Message);
            Assert.Matches("Bluetooth socket support|no adapter|permission denied|up or held|errno", e.Message);
        }

        [Fact]
        public async Task Serial_transport_drives_a_controller_through_a_pseudo_terminal()
        {
            // The controller sits on the master side of a pty; the host opens the slave as its serial port.
            int master = posix_openpt(0x2 | 0x100); // O_RDWR | O_NOCTTY
            Assert.True(master >= 0, "no pseudo terminal available");
            var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle((IntPtr)master, ownsHandle: true);
            Assert.Equal(0, grantpt(master));
            Assert.Equal(0, unlockpt(master));
            var name = new byte[128];
            Assert.Equal(0, ptsname_r(master, name, name.Length));
            string slave = System.Text.Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0));

            using var radio = new VirtualRadio();
            var vc = radio.CreateController();
            var transport = await HciTransports.OpenAsync($"serial:{slave},1000000");
            vc.Attach(new StreamTransport(new FileStream(handle, FileAccess.ReadWrite, 1), "pty master"));
            using var host = new BleHost(transport);
            await host.StartAsync().WaitAsync(Wait);
            Assert.Equal(vc.Address, host.Address);
            Assert.Contains(slave, transport.Description);
        }

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        private static extern int posix_openpt(int flags);
        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        private static extern int grantpt(int fd);
        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        private static extern int unlockpt(int fd);
        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        private static extern int ptsname_r(int fd, byte[] buf, int len);

        [Fact]
        public async Task Serial_transport_names_a_missing_device()
        {
            var e = await Assert.ThrowsAsync<IOException>(() => HciTransports.OpenAsync("serial:/dev/does-not-exist,1000000"));
            Assert.Contains("/dev/does-not-exist", e.Message);
        }

        [Theory]
        [InlineData("bogus:1")]
        [InlineData("tcp-client:nohost")]
        [InlineData("serial:/dev/ttyS0,fast")]
        [InlineData("hci-user:x")]
        [InlineData("")]
        public async Task Bad_transport_specifications_are_explained(string spec)
        {
            var e = await Assert.ThrowsAsync<ArgumentException>(() => HciTransports.OpenAsync(spec));
            Assert.False(string.IsNullOrEmpty(e.Message));
        }

        [Fact]
        public async Task Closing_the_tcp_link_closes_the_host_and_fails_its_commands()
        {
            using var radio = new VirtualRadio();
            var vc = radio.CreateController();
            using var endpoint = vc.ListenTcp();
            var transport = await HciTransports.ConnectTcpAsync("127.0.0.1", endpoint.Port);
            using var host = new BleHost(transport);
            var closed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            host.TransportClosed += r => closed.TrySetResult(r);
            await host.StartAsync().WaitAsync(Wait);
            vc.Dispose();
            await closed.Task.WaitAsync(Wait);
            await Assert.ThrowsAsync<NanoVehicle.Ble.Hci.HciException>(() => host.StartScanningAsync());
        }
    }
}
