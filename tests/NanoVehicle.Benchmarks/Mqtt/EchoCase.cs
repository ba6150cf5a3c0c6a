using System;
using System.Buffers.Binary;
using System.Threading.Tasks;
using NanoVehicle.Mqtt;
using NanoVehicle.Mqtt.Client;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>The floor: one client publishes, another subscribed to the topic receives; nothing else in between.</summary>
    public sealed class EchoCase : RoundTripCase
    {
        private readonly MqttQos _qos;
        private readonly int _payloadSize;
        private readonly string _topic = "bench/echo/" + Guid.NewGuid().ToString("N");
        private MqttClient _publisher;
        private MqttClient _subscriber;

        /// <summary>Creates the echo at a QoS with a payload of <paramref name="payloadSize"/> bytes (at least 4).</summary>
        public EchoCase(MqttQos qos, int payloadSize = 64)
        {
            _qos = qos;
            _payloadSize = Math.Max(4, payloadSize);
        }

        /// <inheritdoc />
        public override string Name => $"echo qos{(int)_qos}";

        /// <inheritdoc />
        public override async Task StartAsync(string brokerUrl)
        {
            _subscriber = new MqttClient(new MqttClientOptions { Server = brokerUrl, ClientId = "bench-sub-" + Guid.NewGuid().ToString("N").Substring(0, 8) });
            _subscriber.MessageReceived += m => Completed?.Invoke(BinaryPrimitives.ReadInt32LittleEndian(m.Payload));
            await _subscriber.ConnectAsync();
            await _subscriber.SubscribeAsync(_topic, _qos);
            _publisher = new MqttClient(new MqttClientOptions { Server = brokerUrl, ClientId = "bench-pub-" + Guid.NewGuid().ToString("N").Substring(0, 8) });
            await _publisher.ConnectAsync();
        }

        /// <inheritdoc />
        public override Task SendAsync(int sequence)
        {
            var payload = new byte[_payloadSize];
            BinaryPrimitives.WriteInt32LittleEndian(payload, sequence);
            Task sent = _publisher.PublishAsync(new MqttMessage(_topic, payload, _qos));
            return sent;
        }

        /// <inheritdoc />
        public override async ValueTask DisposeAsync()
        {
            if (_publisher != null) await _publisher.DisposeAsync();
            if (_subscriber != null) await _subscriber.DisposeAsync();
        }
    }
}
