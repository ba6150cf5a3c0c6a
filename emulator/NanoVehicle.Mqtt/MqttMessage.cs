using System;
using System.Text;

namespace NanoVehicle.Mqtt
{
    /// <summary>An application message: what a PUBLISH carries, or a last will.</summary>
    public sealed class MqttMessage
    {
        /// <summary>Creates a message.</summary>
        /// <param name="topic">Topic name (no wildcards).</param>
        /// <param name="payload">Payload bytes; null means empty.</param>
        /// <param name="qos">Quality of service.</param>
        /// <param name="retain">Whether the broker keeps it as the topic's retained message.</param>
        public MqttMessage(string topic, byte[] payload, MqttQos qos = MqttQos.AtMostOnce, bool retain = false)
        {
            Topic = topic ?? throw new ArgumentNullException(nameof(topic));
            Payload = payload ?? Array.Empty<byte>();
            Qos = qos;
            Retain = retain;
        }

        /// <summary>Creates a message with a UTF-8 text payload.</summary>
        public MqttMessage(string topic, string payload, MqttQos qos = MqttQos.AtMostOnce, bool retain = false)
            : this(topic, payload == null ? null : Encoding.UTF8.GetBytes(payload), qos, retain)
        {
        }

        /// <summary>Topic name.</summary>
        public string Topic { get; }

        /// <summary>Payload bytes (never null).</summary>
        public byte[] Payload { get; }

        /// <summary>Quality of service.</summary>
        public MqttQos Qos { get; }

        /// <summary>Retain flag. On delivery it is set only for a retained message sent because of a new subscription.</summary>
        public bool Retain { get; }

        /// <summary>The payload decoded as UTF-8.</summary>
        public string PayloadText => Encoding.UTF8.GetString(Payload);

        /// <inheritdoc />
        public override string ToString() => $"{Topic} (qos {(int)Qos}{(Retain ? ", retained" : "")}, {Payload.Length} bytes)";
    }
}
