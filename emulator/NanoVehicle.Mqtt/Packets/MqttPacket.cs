namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>MQTT control packet types, the high nibble of the first byte (§2.2.1).</summary>
    public enum MqttPacketType : byte
    {
        /// <summary>Client request to connect.</summary>
        Connect = 1,
        /// <summary>Connect acknowledgement.</summary>
        ConnAck = 2,
        /// <summary>Publish message.</summary>
        Publish = 3,
        /// <summary>QoS 1 publish acknowledgement.</summary>
        PubAck = 4,
        /// <summary>QoS 2 publish received.</summary>
        PubRec = 5,
        /// <summary>QoS 2 publish release.</summary>
        PubRel = 6,
        /// <summary>QoS 2 publish complete.</summary>
        PubComp = 7,
        /// <summary>Subscribe request.</summary>
        Subscribe = 8,
        /// <summary>Subscribe acknowledgement.</summary>
        SubAck = 9,
        /// <summary>Unsubscribe request.</summary>
        Unsubscribe = 10,
        /// <summary>Unsubscribe acknowledgement.</summary>
        UnsubAck = 11,
        /// <summary>Ping request.</summary>
        PingReq = 12,
        /// <summary>Ping response.</summary>
        PingResp = 13,
        /// <summary>Client is disconnecting.</summary>
        Disconnect = 14,
    }

    /// <summary>One MQTT 3.1.1 control packet. <see cref="MqttCodec"/> turns packets into bytes and back.</summary>
    public abstract class MqttPacket
    {
        /// <summary>The packet's type.</summary>
        public abstract MqttPacketType Type { get; }

        /// <summary>Low nibble of the first byte (§2.2.2).</summary>
        internal virtual byte Flags => 0;

        /// <summary>Validates the fields, remembers encoded sizes, and returns the remaining length.</summary>
        internal abstract int Measure();

        /// <summary>Writes variable header and payload; <see cref="Measure"/> ran first.</summary>
        internal abstract void WriteBody(ref MqttBufferWriter writer);

        /// <inheritdoc />
        public override string ToString() => Type.ToString().ToUpperInvariant();
    }

    /// <summary>A packet that carries only a packet identifier (PUBACK, PUBREC, PUBREL, PUBCOMP, UNSUBACK).</summary>
    public abstract class MqttIdentifiedPacket : MqttPacket
    {
        /// <summary>Packet identifier, 1..65535.</summary>
        public ushort PacketId { get; set; }

        internal override int Measure() => 2;

        internal override void WriteBody(ref MqttBufferWriter writer) => writer.WriteUInt16(PacketId);

        /// <inheritdoc />
        public override string ToString() => $"{base.ToString()} id={PacketId}";
    }

    /// <summary>PUBACK (§3.4).</summary>
    public sealed class PubAckPacket : MqttIdentifiedPacket
    {
        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.PubAck;
    }

    /// <summary>PUBREC (§3.5).</summary>
    public sealed class PubRecPacket : MqttIdentifiedPacket
    {
        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.PubRec;
    }

    /// <summary>PUBREL (§3.6); its fixed-header flags are 0010.</summary>
    public sealed class PubRelPacket : MqttIdentifiedPacket
    {
        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.PubRel;

        internal override byte Flags => 0x02;
    }

    /// <summary>PUBCOMP (§3.7).</summary>
    public sealed class PubCompPacket : MqttIdentifiedPacket
    {
        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.PubComp;
    }

    /// <summary>UNSUBACK (§3.11).</summary>
    public sealed class UnsubAckPacket : MqttIdentifiedPacket
    {
        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.UnsubAck;
    }

    /// <summary>A packet with no variable header or payload (PINGREQ, PINGRESP, DISCONNECT).</summary>
    public abstract class MqttEmptyPacket : MqttPacket
    {
        internal override int Measure() => 0;

        internal override void WriteBody(ref MqttBufferWriter writer)
        {
        }
    }

    /// <summary>PINGREQ (§3.12).</summary>
    public sealed class PingReqPacket : MqttEmptyPacket
    {
        /// <summary>The one instance (the packet has no fields).</summary>
        public static readonly PingReqPacket Instance = new PingReqPacket();

        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.PingReq;
    }

    /// <summary>PINGRESP (§3.13).</summary>
    public sealed class PingRespPacket : MqttEmptyPacket
    {
        /// <summary>The one instance (the packet has no fields).</summary>
        public static readonly PingRespPacket Instance = new PingRespPacket();

        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.PingResp;
    }

    /// <summary>DISCONNECT (§3.14).</summary>
    public sealed class DisconnectPacket : MqttEmptyPacket
    {
        /// <summary>The one instance (the packet has no fields).</summary>
        public static readonly DisconnectPacket Instance = new DisconnectPacket();

        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.Disconnect;
    }
}
