using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using NanoVehicle.Mqtt.Client;
using NanoVehicle.Mqtt.Packets;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Mqtt.Tests
{
    /// <summary>Client behaviour against a scripted peer, and URL parsing.</summary>
    public sealed class ClientLinkTests
    {
        [Fact]
        public async Task ABrokerThatStopsAnsweringPingsIsDetectedAsADeadLink()
        {
            // A "broker" that accepts the connection and then says nothing: no PINGRESP will come.
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            Task<int> peer = Task.Run(async () =>
            {
                using TcpClient accepted = await listener.AcceptTcpClientAsync();
                NetworkStream stream = accepted.GetStream();
                var reader = new MqttPacketReader(stream, 1024);
                Assert.IsType<ConnectPacket>(await reader.ReadAsync());
                await stream.WriteAsync(MqttCodec.Encode(new ConnAckPacket()));
                int pings = 0;
                try
                {
                    MqttPacket packet;
                    while ((packet = await reader.ReadAsync()) != null)
                    {
                        if (packet is PingReqPacket) pings++;
                    }
                }
                catch (Exception)
                {
                    // the client dropped the link
                }
                return pings;
            });
            await using var client = new MqttClient(new MqttClientOptions
            {
                Server = $"mqtt://127.0.0.1:{port}",
                ClientId = "dead-link",
                KeepAlive = TimeSpan.FromSeconds(1),
                AutoReconnect = false,
            });
            var lost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            client.Disconnected += reason => lost.TrySetResult(reason);
            await client.ConnectAsync().Within("connect");
            string why = await lost.Task.Within("the dead link to be detected");
            Assert.Contains("no PINGRESP", why);
            Assert.True(await peer.Within("the peer to see the link closed") >= 1);
            Assert.False(client.IsConnected);
            listener.Stop();
        }

        [Fact]
        public async Task ConnectTimesOutWhenNoConnAckComes()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            Task<TcpClient> accepting = listener.AcceptTcpClientAsync();
            await using var client = new MqttClient(new MqttClientOptions
            {
                Server = $"mqtt://127.0.0.1:{port}",
                ConnectTimeout = TimeSpan.FromMilliseconds(500),
            });
            var ex = await Assert.ThrowsAsync<TimeoutException>(() => client.ConnectAsync().Within("the connect timeout"));
            Assert.Contains("no answer", ex.Message);
            (await accepting).Dispose();
            listener.Stop();
        }

        [Theory]
        [InlineData("mqtt://broker.example:1884", "broker.example", 1884, false)]
        [InlineData("mqtt://10.0.0.5", "10.0.0.5", 1883, false)]
        [InlineData("mqtts://broker.example", "broker.example", 8883, true)]
        [InlineData("mqtts://u:p%40ss@h:9000", "h", 9000, true)]
        public void ParsesBrokerUrls(string url, string host, int port, bool tls)
        {
            MqttServerAddress address = MqttServerAddress.Parse(url);
            Assert.Equal((host, port, tls), (address.Host, address.Port, address.UseTls));
            if (url.Contains('@'))
            {
                Assert.Equal(("u", "p@ss"), (address.UserName, address.Password));
            }
        }

        [Theory]
        [InlineData("http://broker:1883", "scheme")]
        [InlineData("broker:1883", "mqtt://")]
        [InlineData("", "empty")]
        [InlineData("not a url", "not a broker URL")]
        public void RefusesBadUrlsSayingWhy(string url, string mentions)
        {
            var ex = Assert.Throws<FormatException>(() => MqttServerAddress.Parse(url));
            Assert.Contains(mentions, ex.Message);
        }

        [Fact]
        public async Task PublishingQos0WhileNeverConnectedFailsClearly()
        {
            await using var client = new MqttClient(new MqttClientOptions { Server = "mqtt://127.0.0.1:1" });
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.PublishAsync("a", "b"));
            Assert.Contains("not connected", ex.Message);
            Assert.Throws<ArgumentException>(() => { _ = client.PublishAsync("a/#", "b"); });
        }
    }
}
