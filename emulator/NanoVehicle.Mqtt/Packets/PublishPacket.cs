using System;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>PUBLISH (§3.3).</summary>
    public sealed class PublishPacket : MqttPacket
    {
        private int _topicBytes;

        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.Publish;

        /// <summary>Topic name.</summary>
        public string Topic { get; set; }

        /// <summary>Payload (never null once decoded).</summary>
        public byte[] Payload { get; set; } = Array.Empty<byte>();

        /// <summary>Quality of service.</summary>
        public MqttQos Qos { get; set; }

        /// <summary>Retain flag (§3.3.1.3).</summary>
        public bool Retain { get; set; }

        /// <summary>Duplicate delivery flag, set when re-sending (§3.3.1.1).</summary>
        public bool Dup { get; set; }

        /// <summary>Packet identifier, only for QoS 1 and 2.</summary>
        public ushort PacketId { get; set; }

        internal override byte Flags => (byte)((Dup ? 0x08 : 0) | ((int)Qos << 1) | (Retain ? 0x01 : 0));

        /// <summary>Builds a PUBLISH carrying <paramref name="message"/>.</summary>
        public static PublishPacket From(MqttMessage message, ushort packetId = 0) => new PublishPacket
        {
            Topic = message.Topic,
            Payload = message.Payload,
            Qos = message.Qos,
            Retain = message.Retain,
            PacketId = packetId,
        };

        /// <summary>The application message this PUBLISH carries.</summary>
        public MqttMessage ToMessage() => new MqttMessage(Topic, Payload, Qos, Retain);

        internal override int Measure()
        {
            MqttTopic.ValidateName(Topic);
            if (Qos > MqttQos.ExactlyOnce)
            {
                throw new ArgumentException($"PUBLISH: QoS {(int)Qos} does not exist");
            }
            if (Qos != MqttQos.AtMostOnce && PacketId == 0)
            {
                throw new ArgumentException("PUBLISH: QoS 1 and 2 need a non-zero packet identifier");
            }
            _topicBytes = MqttUtf8.ByteCount(Topic, "topic name");
            return 2 + _topicBytes + (Qos == MqttQos.AtMostOnce ? 0 : 2) + (Payload?.Length ?? 0);
        }

        internal override void WriteBody(ref MqttBufferWriter writer)
        {
            writer.WriteString(Topic, _topicBytes);
            if (Qos != MqttQos.AtMostOnce)
            {
                writer.WriteUInt16(PacketId);
            }
            if (Payload != null)
            {
                writer.WriteBytes(Payload);
            }
        }

        internal static PublishPacket Decode(ref MqttBufferReader reader, byte flags)
        {
            int qos = (flags >> 1) & 0x03;
            if (qos == 3)
            {
                throw new MqttProtocolException("PUBLISH: QoS bits are both set (QoS 3 does not exist, §3.3.1.2)");
            }
            bool dup = (flags & 0x08) != 0;
            if (dup && qos == 0)
            {
                throw new MqttProtocolException("PUBLISH: the DUP flag is set on a QoS 0 message (§3.3.1.1)");
            }
            string topic = reader.ReadString("topic name");
            string problem = MqttTopic.CheckName(topic);
            if (problem != null)
            {
                throw new MqttProtocolException("PUBLISH: " + problem);
            }
            var packet = new PublishPacket
            {
                Topic = topic,
                Qos = (MqttQos)qos,
                Dup = dup,
                Retain = (flags & 0x01) != 0,
            };
            if (qos != 0)
            {
                packet.PacketId = reader.ReadPacketId();
            }
            packet.Payload = reader.ReadRest().ToArray();
            return packet;
        }

        /// <inheritdoc />
        public override string ToString() =>
            $"PUBLISH '{Topic}' qos={(int)Qos}{(PacketId != 0 ? " id=" + PacketId : "")}{(Retain ? " retain" : "")}{(Dup ? " dup" : "")} {Payload?.Length ?? 0} bytes";
    }
}
