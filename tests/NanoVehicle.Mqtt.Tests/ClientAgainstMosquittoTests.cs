using System;
using System.Threading.Tasks;
using NanoVehicle.Mqtt.Client;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Mqtt.Tests
{
    /// <summary>One private mosquitto for the class.</summary>
    public sealed class MosquittoFixture : IAsyncLifetime
    {
        public MosquittoBroker Broker { get; private set; }

        public async Task InitializeAsync() => Broker = await MosquittoBroker.StartAsync();

        public async Task DisposeAsync() => await Broker.DisposeAsync();
    }

    /// <summary>Our client against a real mosquitto broker, with mosquitto_pub/mosquitto_sub on the other side.</summary>
    public sealed class ClientAgainstMosquittoTests : IClassFixture<MosquittoFixture>
    {
        private readonly MosquittoBroker _mosquitto;

        public ClientAgainstMosquittoTests(MosquittoFixture fixture) => _mosquitto = fixture.Broker;

        private MqttClient NewClient(string id = null, bool clean = true, MqttMessage will = null, TimeSpan? keepAlive = null) =>
            new MqttClient(new MqttClientOptions
            {
                Server = _mosquitto.Url,
                ClientId = id ?? "c-" + Guid.NewGuid().ToString("N").Substring(0, 12),
                CleanSession = clean,
                Will = will,
                KeepAlive = keepAlive ?? TimeSpan.FromSeconds(30),
                MessageChannelCapacity = 1000,
            });

        [Fact]
        public async Task PublishesQos0AndQos1ThatMosquittoSubReceives()
        {
            await using var sub = await MosquittoSub.StartAsync(_mosquitto.Port, "ours/out/#", "-q", "1");
            await using MqttClient client = NewClient();
            await client.ConnectAsync().Within("connect");
            await client.PublishAsync("ours/out/zero", "q0").Within("QoS 0 publish");
            await client.PublishAsync("ours/out/one", "q1", MqttQos.AtLeastOnce).Within("PUBACK from mosquitto");
            SubMessage first = await sub.NextAsync("the QoS 0 message");
            SubMessage second = await sub.NextAsync("the QoS 1 message");
            Assert.Equal(("ours/out/zero", "q0", 0), (first.Topic, first.Payload, first.Qos));
            Assert.Equal(("ours/out/one", "q1", 1), (second.Topic, second.Payload, second.Qos));
        }

        [Fact]
        public async Task ReceivesQos0AndQos1FromMosquittoPub()
        {
            await using MqttClient client = NewClient();
            await client.ConnectAsync().Within("connect");
            Assert.Equal(MqttQos.AtLeastOnce, await client.SubscribeAsync("ours/in/+", MqttQos.AtLeastOnce).Within("SUBACK"));
            await MosquittoPub.RunAsync(_mosquitto.Port, "ours/in/a", "zero", qos: 0);
            await MosquittoPub.RunAsync(_mosquitto.Port, "ours/in/b", "one", qos: 1);
            MqttMessage a = await client.Messages.Next("QoS 0 message");
            MqttMessage b = await client.Messages.Next("QoS 1 message");
            Assert.Equal(("ours/in/a", "zero", MqttQos.AtMostOnce), (a.Topic, a.PayloadText, a.Qos));
            Assert.Equal(("ours/in/b", "one", MqttQos.AtLeastOnce), (b.Topic, b.PayloadText, b.Qos));
        }

        [Fact]
        public async Task RetainedMessageComesWithRetainFlagOnSubscribe()
        {
            string topic = "ours/retained/" + Guid.NewGuid().ToString("N");
            await using MqttClient publisher = NewClient();
            await publisher.ConnectAsync().Within("connect");
            await publisher.PublishAsync(new MqttMessage(topic, "kept", MqttQos.AtLeastOnce, retain: true)).Within("PUBACK");
            await using MqttClient late = NewClient();
            await late.ConnectAsync().Within("connect");
            await late.SubscribeAsync(topic).Within("SUBACK");
            MqttMessage m = await late.Messages.Next("the retained message");
            Assert.True(m.Retain);
            Assert.Equal("kept", m.PayloadText);
            await publisher.PublishAsync(new MqttMessage(topic, Array.Empty<byte>(), MqttQos.AtLeastOnce, retain: true)).Within("PUBACK of the clearing message");
        }

        [Fact]
        public async Task UnsubscribeStopsDelivery()
        {
            await using MqttClient client = NewClient();
            await client.ConnectAsync().Within("connect");
            await client.SubscribeAsync("ours/unsub/a").Within("SUBACK");
            await client.SubscribeAsync("ours/unsub/b").Within("SUBACK");
            await client.UnsubscribeAsync("ours/unsub/a").Within("UNSUBACK");
            await MosquittoPub.RunAsync(_mosquitto.Port, "ours/unsub/a", "dropped");
            await MosquittoPub.RunAsync(_mosquitto.Port, "ours/unsub/b", "kept");
            Assert.Equal("ours/unsub/b", (await client.Messages.Next("the message still subscribed")).Topic);
        }

        [Fact]
        public async Task WillIsDeliveredWhenOurClientDies()
        {
            string topic = "ours/will/" + Guid.NewGuid().ToString("N");
            await using var sub = await MosquittoSub.StartAsync(_mosquitto.Port, topic);
            MqttClient dying = NewClient(will: new MqttMessage(topic, "car offline", MqttQos.AtLeastOnce));
            await dying.ConnectAsync().Within("connect");
            dying.Abort(); // no DISCONNECT: a crash as the broker sees it
            SubMessage will = await sub.NextAsync("the will");
            Assert.Equal("car offline", will.Payload);
        }

        [Fact]
        public async Task WillIsNotDeliveredAfterAGracefulDisconnect()
        {
            string topic = "ours/will2/" + Guid.NewGuid().ToString("N");
            await using var sub = await MosquittoSub.StartAsync(_mosquitto.Port, topic + "/#");
            MqttClient leaving = NewClient(will: new MqttMessage(topic + "/will", "should not come"));
            await leaving.ConnectAsync().Within("connect");
            await leaving.DisconnectAsync().Within("disconnect");
            await MosquittoPub.RunAsync(_mosquitto.Port, topic + "/marker", "after");
            Assert.Equal(topic + "/marker", (await sub.NextAsync("the marker")).Topic);
        }

        [Fact]
        public async Task PersistentSessionReceivesQos1QueuedWhileOffline()
        {
            string id = "persist-" + Guid.NewGuid().ToString("N").Substring(0, 8);
            string topic = "ours/persist/" + id;
            await using (MqttClient first = NewClient(id, clean: false))
            {
                await first.ConnectAsync().Within("connect");
                await first.SubscribeAsync(topic, MqttQos.AtLeastOnce).Within("SUBACK");
                await first.DisconnectAsync().Within("disconnect");
            }
            await MosquittoPub.RunAsync(_mosquitto.Port, topic, "while offline 1", qos: 1);
            await MosquittoPub.RunAsync(_mosquitto.Port, topic, "while offline 2", qos: 1);
            await using MqttClient again = NewClient(id, clean: false);
            bool present = await again.ConnectAsync().Within("reconnect");
            Assert.True(present);
            Assert.Equal("while offline 1", (await again.Messages.Next("first queued")).PayloadText);
            Assert.Equal("while offline 2", (await again.Messages.Next("second queued")).PayloadText);
        }

        [Fact]
        public async Task ZeroLengthClientIdIsAcceptedWithCleanSessionAndRefusedWithout()
        {
            await using MqttClient anonymous = NewClient(id: "");
            Assert.False(await anonymous.ConnectAsync().Within("connect"));
            await anonymous.SubscribeAsync("ours/anon").Within("SUBACK");
            await MosquittoPub.RunAsync(_mosquitto.Port, "ours/anon", "hi");
            Assert.Equal("hi", (await anonymous.Messages.Next("message")).PayloadText);

            await using MqttClient refused = NewClient(id: "", clean: false);
            var ex = await Assert.ThrowsAsync<MqttConnectionRefusedException>(() => refused.ConnectAsync().Within("CONNACK"));
            Assert.Equal(MqttConnectReturnCode.IdentifierRejected, ex.ReturnCode);
        }

        [Fact]
        public async Task KeepAliveSendsPingsSoTheLinkSurvivesIdlePeriods()
        {
            await using MqttClient client = NewClient(keepAlive: TimeSpan.FromSeconds(1));
            int drops = 0;
            client.Disconnected += _ => drops++;
            await client.ConnectAsync().Within("connect");
            await client.SubscribeAsync("ours/idle").Within("SUBACK");
            // Idle for several keep-alive periods: without PINGREQ mosquitto would close the link after 1.5 s.
            await Waits.Until(() => _mosquitto.Log.Contains("Received PINGREQ from " + client.ClientId), "mosquitto to log PINGREQs:\n" + _mosquitto.Log);
            await Waits.Until(() => CountOccurrences(_mosquitto.Log, "Received PINGREQ from " + client.ClientId) >= 3, "three PINGREQs, mosquitto log:\n" + _mosquitto.Log);
            Assert.Equal(0, drops);
            await MosquittoPub.RunAsync(_mosquitto.Port, "ours/idle", "still here");
            Assert.Equal("still here", (await client.Messages.Next("message after idling")).PayloadText);
        }

        [Fact]
        public async Task LargePayloadRoundTrips()
        {
            await using MqttClient client = NewClient();
            await client.ConnectAsync().Within("connect");
            await client.SubscribeAsync("ours/big").Within("SUBACK");
            var payload = new byte[1024 * 1024];
            new Random(7).NextBytes(payload);
            await client.PublishAsync(new MqttMessage("ours/big", payload, MqttQos.AtLeastOnce)).Within("PUBACK");
            MqttMessage m = await client.Messages.Next("the 1 MiB message");
            Assert.Equal(payload, m.Payload);
        }

        private static int CountOccurrences(string text, string what)
        {
            int count = 0;
            for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
            {
                count++;
            }
            return count;
        }
    }
}
