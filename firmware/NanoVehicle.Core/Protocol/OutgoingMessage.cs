namespace NanoVehicle.Core.Protocol
{
    /// <summary>One MQTT message the car wants published: the adapter (M2Mqtt on the device, our client on the host) sends it as is.</summary>
    public sealed class OutgoingMessage
    {
        /// <summary>Creates a message.</summary>
        public OutgoingMessage(string topic, string payload, int qos, bool retain)
        {
            Topic = topic;
            Payload = payload;
            Qos = qos;
            Retain = retain;
        }

        /// <summary>Topic name.</summary>
        public string Topic { get; }
        /// <summary>UTF-8 text payload (JSON).</summary>
        public string Payload { get; }
        /// <summary>QoS 0 or 1.</summary>
        public int Qos { get; }
        /// <summary>Whether the broker keeps it for later subscribers.</summary>
        public bool Retain { get; }

        /// <summary>Topic and payload, for logs.</summary>
        public override string ToString()
        {
            return Topic + " " + Payload;
        }
    }
}
