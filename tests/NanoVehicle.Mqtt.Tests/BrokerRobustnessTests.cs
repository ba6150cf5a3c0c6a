using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NanoVehicle.Mqtt.Broker;
using NanoVehicle.Mqtt.Client;
using NanoVehicle.Mqtt.Packets;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Mqtt.Tests
{
    /// <summary>Malformed input, takeover, credentials and start-up errors of our broker.</summary>
    public sealed class BrokerRobustnessTests : IAsyncLifetime
    {
        private readonly ListLogger _log = new ListLogger();
        private MqttBroker _broker;

        public Task InitializeAsync()
        {
            _broker = new MqttBroker(new MqttBrokerOptions
            {
                EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
                Logger = _log,
                MaxPacketSize = 64 * 1024,
            });
            _broker.Start();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await _broker.DisposeAsync();

        private static readonly byte[] ValidConnect = MqttCodec.Encode(new ConnectPacket { ClientId = "raw", KeepAliveSeconds = 60 });

        public static TheoryData<string, byte[]> BadInputs => new TheoryData<string, byte[]>
        {
            { "reserved packet type 0", new byte[] { 0x00, 0x00 } },
            { "reserved packet type 15", new byte[] { 0xF0, 0x00 } },
            { "SUBSCRIBE with flags 0000", Concat(ValidConnect, new byte[] { 0x80, 0x06, 0x00, 0x01, 0x00, 0x01, 0x61, 0x00 }) },
            { "PUBLISH with QoS 3", Concat(ValidConnect, new byte[] { 0x36, 0x05, 0x00, 0x01, 0x61, 0x00, 0x01 }) },
            { "PUBLISH to a topic with a wildcard", Concat(ValidConnect, new byte[] { 0x30, 0x03, 0x00, 0x01, (byte)'#' }) },
            { "remaining length of 5 bytes", Concat(ValidConnect, new byte[] { 0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F }) },
            { "oversize packet", Concat(ValidConnect, new byte[] { 0x30, 0x80, 0x80, 0x08 }) },
            { "invalid UTF-8 in a topic", Concat(ValidConnect, new byte[] { 0x30, 0x04, 0x00, 0x02, 0xC3, 0x28 }) },
            { "first packet not CONNECT", new byte[] { 0xC0, 0x00 } },
            { "garbage", new byte[] { 0x10, 0x05, 0x00, 0x04, (byte)'M', (byte)'Q', (byte)'X' , 0x99, 0x42, 0x17 } },
            { "second CONNECT", Concat(ValidConnect, ValidConnect) },
            { "truncated packet then close", Concat(ValidConnect, new byte[] { 0x30, 0x10, 0x00, 0x03 }) },
        };

        [Theory]
        [MemberData(nameof(BadInputs))]
        public async Task MalformedInputClosesOnlyThatConnection(string what, byte[] bytes)
        {
            // A healthy client, connected before and used after the bad one.
            await using var good = new MqttClient(new MqttClientOptions
            {
                Server = $"mqtt://127.0.0.1:{_broker.Port}",
                ClientId = "good",
                MessageChannelCapacity = 10,
            });
            await good.ConnectAsync().Within("connect");
            await good.SubscribeAsync("health/#").Within("SUBACK");

            using var raw = new TcpClient();
            await raw.ConnectAsync(IPAddress.Loopback, _broker.Port);
            NetworkStream stream = raw.GetStream();
            await stream.WriteAsync(bytes);
            if (what.StartsWith("truncated", StringComparison.Ordinal))
            {
                raw.Client.Shutdown(SocketShutdown.Send);
            }
            // The broker closes the bad connection: reading ends (a CONNACK may come first).
            var buffer = new byte[256];
            while (await stream.ReadAsync(buffer).AsTask().Within($"the broker to close the connection after {what}") > 0)
            {
            }
            await Waits.Until(() => _log.Lines(LogLevel.Warning).Any(l => l.Contains("closing the connection")), $"a warning logged for {what}");

            await good.PublishAsync("health/check", what, MqttQos.AtLeastOnce).Within("PUBACK on the healthy connection");
            Assert.Equal(what, (await good.Messages.Next("the healthy client's message")).PayloadText);
            Assert.True(good.IsConnected);
        }

        [Fact]
        public async Task SessionTakeoverClosesTheOlderConnectionWithoutItsWill()
        {
            await using var watcher = new MqttClient(new MqttClientOptions { Server = $"mqtt://127.0.0.1:{_broker.Port}", ClientId = "watcher", MessageChannelCapacity = 10 });
            await watcher.ConnectAsync().Within("connect");
            await watcher.SubscribeAsync("takeover/#").Within("SUBACK");
            await using var older = new MqttClient(new MqttClientOptions
            {
                Server = $"mqtt://127.0.0.1:{_broker.Port}",
                ClientId = "same-id",
                AutoReconnect = false,
                Will = new MqttMessage("takeover/will", "older died"),
            });
            var olderLost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            older.Disconnected += r => olderLost.TrySetResult(r);
            await older.ConnectAsync().Within("older connect");
            await using var newer = new MqttClient(new MqttClientOptions { Server = $"mqtt://127.0.0.1:{_broker.Port}", ClientId = "same-id", AutoReconnect = false });
            await newer.ConnectAsync().Within("newer connect");
            await olderLost.Task.Within("the older connection to be closed");
            await newer.PublishAsync("takeover/marker", "newer works", MqttQos.AtLeastOnce).Within("PUBACK");
            Assert.Equal("takeover/marker", (await watcher.Messages.Next("the marker")).Topic); // and no will before it
        }

        [Fact]
        public async Task StartingOnATakenPortSaysSoAndHowToPickAnother()
        {
            await using var second = new MqttBroker(new MqttBrokerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, _broker.Port) });
            var ex = Assert.Throws<MqttBrokerStartException>(() => second.Start());
            Assert.True(ex.PortInUse);
            Assert.Contains($"port {_broker.Port} is already in use", ex.Message);
            Assert.Contains("choose another port", ex.Message);
        }

        [Fact]
        public async Task CredentialsAreCheckedWhenConfigured()
        {
            await using var guarded = new MqttBroker(new MqttBrokerOptions
            {
                EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
                Authenticate = (user, password) => user == "car" && password == "pw",
            });
            guarded.Start();
            await using var good = new MqttClient(new MqttClientOptions { Server = $"mqtt://car:pw@127.0.0.1:{guarded.Port}", ClientId = "a" });
            await good.ConnectAsync().Within("connect with the right password");
            await using var bad = new MqttClient(new MqttClientOptions { Server = $"mqtt://127.0.0.1:{guarded.Port}", ClientId = "b", UserName = "car", Password = "no" });
            var ex = await Assert.ThrowsAsync<MqttConnectionRefusedException>(() => bad.ConnectAsync().Within("CONNACK"));
            Assert.Equal(MqttConnectReturnCode.BadUserNameOrPassword, ex.ReturnCode);
            // mosquitto_pub without credentials is refused too.
            var (code, output) = await MosquittoPub.RunToolAsync("mosquitto_pub", new[] { "-h", "127.0.0.1", "-p", guarded.Port.ToString(), "-t", "x", "-m", "y" });
            Assert.NotEqual(0, code);
        }

        [Fact]
        public async Task ManyConcurrentClientsEachGetTheirMessages()
        {
            const int count = 50;
            var clients = new MqttClient[count];
            try
            {
                for (int i = 0; i < count; i++)
                {
                    clients[i] = new MqttClient(new MqttClientOptions { Server = $"mqtt://127.0.0.1:{_broker.Port}", ClientId = "many-" + i, MessageChannelCapacity = 10 });
                }
                await Task.WhenAll(clients.Select(c => c.ConnectAsync())).Within("50 connections");
                await Task.WhenAll(clients.Select((c, i) => c.SubscribeAsync($"many/{i}"))).Within("50 subscriptions");
                await Task.WhenAll(clients.Select((c, i) => c.PublishAsync($"many/{(i + 1) % count}", $"to {(i + 1) % count}", MqttQos.AtLeastOnce))).Within("50 publications");
                for (int i = 0; i < count; i++)
                {
                    Assert.Equal($"to {i}", (await clients[i].Messages.Next($"client {i}'s message")).PayloadText);
                }
            }
            finally
            {
                foreach (MqttClient c in clients)
                {
                    if (c != null) await c.DisposeAsync();
                }
            }
        }

        [Fact]
        public async Task PersistentSessionOfOurClientResumesOnOurBroker()
        {
            string url = $"mqtt://127.0.0.1:{_broker.Port}";
            await using (var first = new MqttClient(new MqttClientOptions { Server = url, ClientId = "p1", CleanSession = false }))
            {
                Assert.False(await first.ConnectAsync().Within("connect"));
                await first.SubscribeAsync("resume/t", MqttQos.AtLeastOnce).Within("SUBACK");
                await first.DisconnectAsync();
            }
            await MosquittoPub.RunAsync(_broker.Port, "resume/t", "queued", qos: 1);
            await using var again = new MqttClient(new MqttClientOptions { Server = url, ClientId = "p1", CleanSession = false, MessageChannelCapacity = 10 });
            Assert.True(await again.ConnectAsync().Within("reconnect"));
            Assert.Equal("queued", (await again.Messages.Next("the queued message")).PayloadText);
        }

        private static byte[] Concat(byte[] a, byte[] b)
        {
            var all = new byte[a.Length + b.Length];
            a.CopyTo(all, 0);
            b.CopyTo(all, a.Length);
            return all;
        }
    }
}
