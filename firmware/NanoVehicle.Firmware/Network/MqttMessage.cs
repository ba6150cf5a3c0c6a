namespace NanoVehicle.Firmware.Network
{
    /// <summary>One MQTT application message, received or waiting to be published.</summary>
    public sealed class MqttMessage
    {
        /// <summary>A message for <paramref name="topic"/>.</summary>
        public MqttMessage(string topic, byte[] payload, bool retain, bool atLeastOnce)
        {
            Topic = topic;
            Payload = payload;
            Retain = retain;
            AtLeastOnce = atLeastOnce;
        }

        /// <summary>The topic name.</summary>
        public string Topic { get; private set; }

        /// <summary>The payload bytes (UTF-8 JSON for every topic nanoVehicle uses).</summary>
        public byte[] Payload { get; private set; }

        /// <summary>Whether the broker keeps the message for later subscribers.</summary>
        public bool Retain { get; private set; }

        /// <summary>QoS 1 when true, QoS 0 otherwise.</summary>
        public bool AtLeastOnce { get; private set; }
    }
}
