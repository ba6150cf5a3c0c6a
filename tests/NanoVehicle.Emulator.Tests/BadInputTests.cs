using System;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NanoVehicle.Emulator.Tests.Infrastructure;
using NanoVehicle.Mqtt;
using NanoVehicle.Mqtt.Client;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Emulator.Tests
{
    /// <summary>
    /// Bad input from the phone side: each gets an error reply where the topic names a customer, is logged, and the car
    /// answers the next command normally. Run on mosquitto and on the embedded broker (the derived classes).
    /// </summary>
    public abstract class BadInputTests
    {
        /// <summary>The external broker URL, or null for the embedded broker.</summary>
        protected abstract string ExternalBroker { get; }

        private static string NewCid() => "AP-B" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

        [Theory]
        [InlineData("this is not json", "payload", "2102")]
        [InlineData("[\"an\",\"array\"]", "payload", "2102")]
        [InlineData("{\"correlation_id\":\"c\",\"req_parameters\":{\"action\":\"lock\"}}", "vin", "2101")]
        [InlineData("{\"vin\":\"VR1AB12C3D4567890\",\"req_parameters\":{\"action\":\"lock\"}}", "correlation_id", "2101")]
        [InlineData("{\"vin\":\"VR1AB12C3D4567890\",\"correlation_id\":\"c\"}", "req_parameters", "2101")]
        [InlineData("{\"vin\":[1],\"correlation_id\":\"c\",\"req_parameters\":{\"action\":\"lock\"}}", "vin", "2102")]
        [InlineData("{\"vin\":\"VR1AB12C3D4567890\",\"correlation_id\":{},\"req_parameters\":{\"action\":\"lock\"}}", "correlation_id", "2102")]
        [InlineData("{\"vin\":\"VR1AB12C3D4567890\",\"correlation_id\":\"c\",\"req_date\":7,\"req_parameters\":{\"action\":\"lock\"}}", "req_date", "2102")]
        [InlineData("{\"vin\":\"VR1AB12C3D4567890\",\"correlation_id\":\"c\",\"req_parameters\":{\"action\":\"smash\"}}", "action", "2102")]
        public async Task BadRequestGetsAnErrorReplyAndTheCarCarriesOn(string payload, string field, string sdkCode)
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            string cid = NewCid();
            await using MosquittoSub sub = await MosquittoSub.StartAsync(car.Port, $"psa/RemoteServices/to/cid/{cid}/Doors", "-q", "1");
            await MosquittoPub.RunAsync(car.Port, Requests.Topic(cid, "Doors"), payload, qos: 1);
            JsonNode reply = JsonNode.Parse((await sub.NextAsync("the error reply")).Payload);
            AssertRefused(reply, field, sdkCode);
            await car.WaitForLogAsync(l => l.Contains(cid) && l.Contains(sdkCode), "the bad request in the log");
            await AssertAnswersNextCommand(car);
        }

        [Fact]
        public async Task UnknownServiceIsAnsweredOnItsTopic()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            string cid = NewCid();
            await using MosquittoSub sub = await MosquittoSub.StartAsync(car.Port, Requests.Replies(cid), "-q", "1");
            await MosquittoPub.RunAsync(car.Port, Requests.Topic(cid, "Teleport"), Requests.Envelope(cid, "u-1", "{\"action\":\"go\"}"), qos: 1);
            SubMessage message = await sub.NextAsync("the error reply");
            Assert.Equal($"psa/RemoteServices/to/cid/{cid}/Teleport", message.Topic);
            JsonNode reply = JsonNode.Parse(message.Payload);
            AssertRefused(reply, "service", "2102");
            Assert.Equal("u-1", (string)reply["correlation_id"]);
            await AssertAnswersNextCommand(car);
        }

        [Fact]
        public async Task OneMegabytePayloadIsRefusedUnread()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            string cid = NewCid();
            await using MosquittoSub sub = await MosquittoSub.StartAsync(car.Port, $"psa/RemoteServices/to/cid/{cid}/Doors", "-q", "1");
            await using var phone = new MqttClient(new MqttClientOptions { Server = car.BrokerUrl, AutoReconnect = false });
            await phone.ConnectAsync().Within("the phone to connect");
            string big = Requests.Envelope(cid, "big", "{\"action\":\"unlock\",\"padding\":\"" + new string('x', 1024 * 1024) + "\"}");
            await phone.PublishAsync(new MqttMessage(Requests.Topic(cid, "Doors"), big, MqttQos.AtLeastOnce)).Within("the broker to take 1 MB");
            JsonNode reply = JsonNode.Parse((await sub.NextAsync("the error reply")).Payload);
            AssertRefused(reply, "payload", "2102");
            await car.WaitForLogAsync(l => l.Contains("over the") && l.Contains("limit"), "the size refusal in the log");
            Assert.True(car.Host.Runtime.Read(c => c.State.Locked));
            await AssertAnswersNextCommand(car);
        }

        [Fact]
        public async Task TruncatedPacketOnTheWireLosesNothing()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            string cid = NewCid();
            using (var raw = new TcpClient())
            {
                await raw.ConnectAsync("127.0.0.1", car.Port).Within("a raw connection");
                NetworkStream stream = raw.GetStream();
                // CONNECT, MQTT 3.1.1, clean session, keep-alive 60 s, zero-length client id.
                await stream.WriteAsync(new byte[] { 0x10, 0x0C, 0x00, 0x04, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 0x04, 0x02, 0x00, 0x3C, 0x00, 0x00 });
                byte[] connack = new byte[4];
                int read = 0;
                while (read < 4)
                {
                    int n = await stream.ReadAsync(connack.AsMemory(read)).AsTask().Within("CONNACK");
                    Assert.True(n > 0, "the broker closed before CONNACK");
                    read += n;
                }
                Assert.Equal(0x20, connack[0]);
                // A PUBLISH that announces 200 bytes and delivers the topic and a few bytes of payload, then the link dies.
                byte[] topic = System.Text.Encoding.UTF8.GetBytes(Requests.Topic(cid, "Doors"));
                var partial = new System.Collections.Generic.List<byte> { 0x30, 0xC8, 0x01, (byte)(topic.Length >> 8), (byte)topic.Length };
                partial.AddRange(topic);
                partial.AddRange(System.Text.Encoding.UTF8.GetBytes("{\"vin\":\"VR1AB"));
                await stream.WriteAsync(partial.ToArray());
                await stream.FlushAsync();
            }
            await AssertAnswersNextCommand(car);
            Assert.DoesNotContain(car.Log, l => l.Contains(cid));
        }

        private static void AssertRefused(JsonNode reply, string field, string sdkCode)
        {
            Assert.Equal("500", (string)reply["return_code"]);
            Assert.EndsWith(" " + field, (string)reply["reason"]);
            Assert.Equal("FAILED", (string)reply["sdk"]["status"]);
            Assert.Equal(sdkCode, (string)reply["sdk"]["error"]["code"]);
            Assert.Contains(field, (string)reply["sdk"]["error"]["label"]);
            Assert.Equal("Failed", (string)reply["eventStatus"]["status"]);
        }

        private static async Task AssertAnswersNextCommand(RunningCar car)
        {
            CliRun next = await car.CliAsync("doors", "unlock");
            Assert.True(next.Status == "SUCCEEDED", next.ToString());
            Assert.Equal(new[] { "900", "903" }, next.Progress);
        }
    }

    /// <summary>Bad input through a private Eclipse Mosquitto.</summary>
    public sealed class BadInputOnMosquittoTests : BadInputTests, IClassFixture<MosquittoFixture>
    {
        private readonly MosquittoFixture _mosquitto;

        /// <summary>Takes the class's broker.</summary>
        public BadInputOnMosquittoTests(MosquittoFixture mosquitto) => _mosquitto = mosquitto;

        /// <inheritdoc />
        protected override string ExternalBroker => _mosquitto.Broker.Url;
    }

    /// <summary>Bad input through the emulator's embedded broker.</summary>
    public sealed class BadInputOnEmbeddedBrokerTests : BadInputTests
    {
        /// <inheritdoc />
        protected override string ExternalBroker => null;
    }
}
