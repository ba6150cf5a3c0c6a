using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NanoVehicle.Mqtt.Broker;
using NanoVehicle.Mqtt.Packets;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Mqtt.Tests
{
    /// <summary>mosquitto_pub and mosquitto_sub against our embedded broker.</summary>
    public sealed class BrokerWithMosquittoClientsTests : IAsyncLifetime
    {
        private readonly ListLogger _log = new ListLogger();
        private MqttBroker _broker;

        public async Task InitializeAsync()
        {
            _broker = new MqttBroker(new MqttBrokerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Logger = _log });
            _broker.Start();
            await Task.CompletedTask;
        }

        public async Task DisposeAsync() => await _broker.DisposeAsync();

        [Fact]
        public async Task PlusWildcardMatchesOneLevelOnly()
        {
            await using var sub = await MosquittoSub.StartAsync(_broker.Port, "cars/+/status");
            await MosquittoPub.RunAsync(_broker.Port, "cars/a/b/status", "too deep");
            await MosquittoPub.RunAsync(_broker.Port, "cars/VR1/status", "online");
            SubMessage m = await sub.NextAsync("the one-level match");
            Assert.Equal("cars/VR1/status", m.Topic);
            Assert.Equal("online", m.Payload);
        }

        [Fact]
        public async Task HashWildcardMatchesParentAndEverythingBelow()
        {
            await using var sub = await MosquittoSub.StartAsync(_broker.Port, "fleet/#");
            await MosquittoPub.RunAsync(_broker.Port, "fleet", "parent");
            await MosquittoPub.RunAsync(_broker.Port, "other/x", "not this");
            await MosquittoPub.RunAsync(_broker.Port, "fleet/a/b/c", "deep");
            Assert.Equal("fleet", (await sub.NextAsync("parent level")).Topic);
            Assert.Equal("fleet/a/b/c", (await sub.NextAsync("deep level")).Topic);
        }

        [Fact]
        public async Task WildcardsAtTheFirstLevelDoNotMatchDollarTopics()
        {
            await using var sub = await MosquittoSub.StartAsync(_broker.Port, new[] { "#", "+/info" });
            await MosquittoPub.RunAsync(_broker.Port, "$internal/info", "hidden");
            await MosquittoPub.RunAsync(_broker.Port, "public/info", "shown");
            SubMessage m = await sub.NextAsync("the non-$ message");
            Assert.Equal("public/info", m.Topic);
            await using var dollar = await MosquittoSub.StartAsync(_broker.Port, "$internal/+");
            await MosquittoPub.RunAsync(_broker.Port, "$internal/info", "explicit");
            Assert.Equal("explicit", (await dollar.NextAsync("the $ topic by an explicit filter")).Payload);
        }

        [Fact]
        public async Task RetainedMessageIsSetReplacedAndCleared()
        {
            await MosquittoPub.RunAsync(_broker.Port, "car/state", "v1", qos: 1, retain: true);
            await MosquittoPub.RunAsync(_broker.Port, "car/state", "v2", qos: 1, retain: true);
            await using (var first = await MosquittoSub.StartAsync(_broker.Port, "car/#"))
            {
                SubMessage m = await first.NextAsync("the retained message");
                Assert.Equal("v2", m.Payload);
                Assert.True(m.Retained);
            }
            await MosquittoPub.RunAsync(_broker.Port, "car/state", null, qos: 1, retain: true);
            Assert.Equal(0, _broker.RetainedCount);
            await using var second = await MosquittoSub.StartAsync(_broker.Port, "car/#");
            await MosquittoPub.RunAsync(_broker.Port, "car/after", "live");
            SubMessage live = await second.NextAsync("the live message");
            Assert.Equal("car/after", live.Topic); // the cleared one did not come first
            Assert.False(live.Retained);
        }

        [Fact]
        public async Task Qos1IsDeliveredAtQos1AndQos2SubscriptionIsDowngraded()
        {
            await using var sub = await MosquittoSub.StartAsync(_broker.Port, "q/one", "-q", "2");
            Assert.Contains("Subscribed (mid: 1): 1", sub.Output); // granted QoS 1 for a QoS 2 request
            await MosquittoPub.RunAsync(_broker.Port, "q/one", "hello", qos: 1);
            SubMessage m = await sub.NextAsync("the QoS 1 message");
            Assert.Equal(1, m.Qos);
            Assert.Equal("hello", m.Payload);
        }

        [Fact]
        public async Task Qos2PublishIsAcceptedAndForwardedAtMostAtQos1()
        {
            await using var sub = await MosquittoSub.StartAsync(_broker.Port, "q/two", "-q", "1");
            await MosquittoPub.RunAsync(_broker.Port, "q/two", "exactly", qos: 2);
            SubMessage m = await sub.NextAsync("the QoS 2 publication");
            Assert.Equal(1, m.Qos);
            Assert.Equal("exactly", m.Payload);
        }

        [Fact]
        public async Task WillIsPublishedWhenASubscriberIsKilled()
        {
            await using var watcher = await MosquittoSub.StartAsync(_broker.Port, "wills/#");
            var dying = await MosquittoSub.StartAsync(_broker.Port, "anything",
                "--will-topic", "wills/car1", "--will-payload", "offline", "--will-qos", "1", "--will-retain", "-k", "60");
            await dying.KillAsync();
            SubMessage will = await watcher.NextAsync("the will");
            Assert.Equal("wills/car1", will.Topic);
            Assert.Equal("offline", will.Payload);
            Assert.Equal(1, _broker.RetainedCount); // the will was retained
        }

        [Fact]
        public async Task WillIsNotPublishedAfterDisconnect()
        {
            await using var watcher = await MosquittoSub.StartAsync(_broker.Port, "wills2/#");
            // mosquitto_pub says DISCONNECT after publishing: its will must be discarded (§3.14.4).
            await MosquittoPub.RunAsync(_broker.Port, "wills2/marker", "before", 0, false,
                "--will-topic", "wills2/pub", "--will-payload", "gone");
            await MosquittoPub.RunAsync(_broker.Port, "wills2/marker", "after");
            Assert.Equal("before", (await watcher.NextAsync("first marker")).Payload);
            Assert.Equal("after", (await watcher.NextAsync("second marker")).Payload); // no will in between
        }

        [Fact]
        public async Task PersistentSessionGetsQos1MessagesQueuedWhileOffline()
        {
            var first = await MosquittoSub.StartAsync(_broker.Port, "queued/#", "-q", "1", "-c", "-i", "persistent-sub");
            await first.KillAsync();
            await Waits.Until(() => _broker.ConnectionCount == 0, "the broker to see the subscriber gone");
            await MosquittoPub.RunAsync(_broker.Port, "queued/a", "m1", qos: 1);
            await MosquittoPub.RunAsync(_broker.Port, "queued/b", "m2", qos: 1);
            await using var again = await MosquittoSub.StartAsync(_broker.Port, "queued/#", "-q", "1", "-c", "-i", "persistent-sub");
            Assert.Equal("m1", (await again.NextAsync("first queued message")).Payload);
            Assert.Equal("m2", (await again.NextAsync("second queued message")).Payload);
        }

        [Fact]
        public async Task KeepAliveExpiryPublishesWillAndClosesTheConnection()
        {
            await using var watcher = await MosquittoSub.StartAsync(_broker.Port, "ka/#");
            using var raw = new TcpClient();
            await raw.ConnectAsync(IPAddress.Loopback, _broker.Port);
            NetworkStream stream = raw.GetStream();
            var connect = new ConnectPacket
            {
                ClientId = "silent",
                KeepAliveSeconds = 1,
                Will = new MqttMessage("ka/silent", "lost"),
            };
            await stream.WriteAsync(MqttCodec.Encode(connect));
            var reader = new MqttPacketReader(stream, 1024);
            var ack = (ConnAckPacket)await reader.ReadAsync().AsTask().Within("CONNACK");
            Assert.Equal(MqttConnectReturnCode.Accepted, ack.ReturnCode);
            // Silence: the broker must give up after 1.5 s, publish the will, and close.
            SubMessage will = await watcher.NextAsync("the will after keep-alive expiry");
            Assert.Equal("lost", will.Payload);
            Assert.Null(await reader.ReadAsync().AsTask().Within("the connection to close"));
            Assert.Contains(_log.Lines(), l => l.Contains("keep-alive expired"));
        }

        [Fact]
        public async Task ZeroLengthClientIdGetsAnAssignedIdWithCleanSession()
        {
            using var raw = new TcpClient();
            await raw.ConnectAsync(IPAddress.Loopback, _broker.Port);
            NetworkStream stream = raw.GetStream();
            await stream.WriteAsync(MqttCodec.Encode(new ConnectPacket { ClientId = "", CleanSession = true }));
            var reader = new MqttPacketReader(stream, 1024);
            var ack = (ConnAckPacket)await reader.ReadAsync().AsTask().Within("CONNACK");
            Assert.Equal(MqttConnectReturnCode.Accepted, ack.ReturnCode);
            // It works as a client: a subscription gets traffic from mosquitto_pub.
            await stream.WriteAsync(MqttCodec.Encode(new SubscribePacket { PacketId = 7, Subscriptions = new[] { new MqttSubscription("anon/t", MqttQos.AtMostOnce) } }));
            var subAck = (SubAckPacket)await reader.ReadAsync().AsTask().Within("SUBACK");
            Assert.Equal(7, subAck.PacketId);
            await MosquittoPub.RunAsync(_broker.Port, "anon/t", "hi");
            var publish = (PublishPacket)await reader.ReadAsync().AsTask().Within("PUBLISH");
            Assert.Equal("anon/t", publish.Topic);
        }

        [Fact]
        public async Task ZeroLengthClientIdWithPersistentSessionIsRejected()
        {
            using var raw = new TcpClient();
            await raw.ConnectAsync(IPAddress.Loopback, _broker.Port);
            NetworkStream stream = raw.GetStream();
            await stream.WriteAsync(MqttCodec.Encode(new ConnectPacket { ClientId = "", CleanSession = false }));
            var reader = new MqttPacketReader(stream, 1024);
            var ack = (ConnAckPacket)await reader.ReadAsync().AsTask().Within("CONNACK");
            Assert.Equal(MqttConnectReturnCode.IdentifierRejected, ack.ReturnCode);
            Assert.Null(await reader.ReadAsync().AsTask().Within("the connection to close"));
        }

        [Fact]
        public async Task MosquittoPubWithoutClientIdIsServed()
        {
            // mosquitto_sub/pub with an explicit empty id fall back to their own; a 3.1.1 CONNECT with "" is the raw test above.
            await using var sub = await MosquittoSub.StartAsync(_broker.Port, "plain/t");
            await MosquittoPub.RunAsync(_broker.Port, "plain/t", "x");
            Assert.Equal("x", (await sub.NextAsync("the message")).Payload);
        }
    }
}
