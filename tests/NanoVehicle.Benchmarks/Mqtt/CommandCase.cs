using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Emulator;
using NanoVehicle.Mqtt;
using NanoVehicle.Mqtt.Client;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>
    /// A command round trip: the phone publishes a PSA request (<c>VehCharge/state</c>, the wake-up/state refresh) whose
    /// correlation id carries the sequence number; the emulated car (an <see cref="EmulatorHost"/> on the same broker)
    /// answers 900, 903, the final reply and a snapshot; the round trip ends when the final reply reaches the phone.
    /// </summary>
    public sealed class CommandCase : RoundTripCase
    {
        private const string Cid = "AP-BENCH000000001";
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "nv-bench-car-" + Guid.NewGuid().ToString("N"));
        private EmulatorHost _car;
        private MqttClient _phone;
        private string _requestTopic;
        private string _replyTopic;

        /// <inheritdoc />
        public override string Name => "command";

        /// <inheritdoc />
        public override async Task StartAsync(string brokerUrl)
        {
            Directory.CreateDirectory(_folder);
            _car = await EmulatorHost.StartAsync(new EmulatorOptions
            {
                Broker = brokerUrl,
                StatePath = Path.Combine(_folder, "car.json"),
            }, new EmulatorLog(null));
            _requestTopic = ProtocolTopics.Request(Cid, "VehCharge/state");
            _replyTopic = ProtocolTopics.Reply(Cid, "VehCharge/state");
            _phone = new MqttClient(new MqttClientOptions { Server = brokerUrl, ClientId = "bench-phone-" + Guid.NewGuid().ToString("N").Substring(0, 8) });
            _phone.MessageReceived += OnMessage;
            await _phone.ConnectAsync();
            await _phone.SubscribeAsync(ProtocolTopics.ReplyPrefix + Cid + "/#", MqttQos.AtLeastOnce);
        }

        /// <inheritdoc />
        public override Task SendAsync(int sequence)
        {
            string request = "{\"access_token\":\"bench\",\"customer_id\":\"" + Cid + "\",\"correlation_id\":\"bench-" + sequence.ToString(CultureInfo.InvariantCulture)
                + "\",\"req_date\":\"2026-01-01T00:00:00Z\",\"vin\":\"" + EmulatorOptions.DefaultVin + "\",\"req_parameters\":{\"action\":\"state\"}}";
            return _phone.PublishAsync(new MqttMessage(_requestTopic, Encoding.UTF8.GetBytes(request), MqttQos.AtLeastOnce));
        }

        private void OnMessage(MqttMessage message)
        {
            if (message.Topic != _replyTopic)
            {
                return; // progress messages
            }
            // The correlation id is the only "bench-<n>" in the reply; read the number after it.
            string text = message.PayloadText;
            int at = text.IndexOf("\"bench-", StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }
            int start = at + 7;
            int end = text.IndexOf('"', start);
            if (int.TryParse(text.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out int sequence))
            {
                Completed?.Invoke(sequence);
            }
        }

        /// <inheritdoc />
        public override async ValueTask DisposeAsync()
        {
            if (_phone != null) await _phone.DisposeAsync();
            if (_car != null) await _car.DisposeAsync();
            try
            {
                Directory.Delete(_folder, true);
            }
            catch (IOException)
            {
            }
        }
    }
}
