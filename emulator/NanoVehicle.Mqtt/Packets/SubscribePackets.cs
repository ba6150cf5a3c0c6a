using System;
using System.Collections.Generic;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>One topic filter of a SUBSCRIBE with its requested QoS.</summary>
    public readonly struct MqttSubscription
    {
        /// <summary>Creates a subscription request.</summary>
        public MqttSubscription(string filter, MqttQos qos)
        {
            Filter = filter;
            Qos = qos;
        }

        /// <summary>Topic filter.</summary>
        public string Filter { get; }

        /// <summary>Maximum QoS requested.</summary>
        public MqttQos Qos { get; }
    }

    /// <summary>SUBSCRIBE (§3.8); fixed-header flags 0010.</summary>
    public sealed class SubscribePacket : MqttPacket
    {
        private int[] _filterBytes;

        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.Subscribe;

        internal override byte Flags => 0x02;

        /// <summary>Packet identifier.</summary>
        public ushort PacketId { get; set; }

        /// <summary>At least one filter with its QoS.</summary>
        public IReadOnlyList<MqttSubscription> Subscriptions { get; set; } = Array.Empty<MqttSubscription>();

        internal override int Measure()
        {
            if (Subscriptions.Count == 0)
            {
                throw new ArgumentException("SUBSCRIBE needs at least one topic filter (§3.8.3)");
            }
            _filterBytes = new int[Subscriptions.Count];
            int length = 2;
            for (int i = 0; i < Subscriptions.Count; i++)
            {
                MqttTopic.ValidateFilter(Subscriptions[i].Filter);
                _filterBytes[i] = MqttUtf8.ByteCount(Subscriptions[i].Filter, "topic filter");
                length += 2 + _filterBytes[i] + 1;
            }
            return length;
        }

        internal override void WriteBody(ref MqttBufferWriter writer)
        {
            writer.WriteUInt16(PacketId);
            for (int i = 0; i < Subscriptions.Count; i++)
            {
                writer.WriteString(Subscriptions[i].Filter, _filterBytes[i]);
                writer.WriteByte((byte)Subscriptions[i].Qos);
            }
        }

        internal static SubscribePacket Decode(ref MqttBufferReader reader)
        {
            ushort id = reader.ReadPacketId();
            var list = new List<MqttSubscription>();
            while (reader.Remaining > 0)
            {
                string filter = reader.ReadString("topic filter");
                string problem = MqttTopic.CheckFilter(filter);
                if (problem != null)
                {
                    throw new MqttProtocolException("SUBSCRIBE: " + problem);
                }
                byte qos = reader.ReadByte("requested QoS");
                if (qos > 2)
                {
                    throw new MqttProtocolException($"SUBSCRIBE: requested QoS byte 0x{qos:X2} for '{filter}' is not 0, 1 or 2 (§3.8.3.1)");
                }
                list.Add(new MqttSubscription(filter, (MqttQos)qos));
            }
            if (list.Count == 0)
            {
                throw new MqttProtocolException("SUBSCRIBE has no topic filter (§3.8.3)");
            }
            return new SubscribePacket { PacketId = id, Subscriptions = list };
        }

        /// <inheritdoc />
        public override string ToString() => $"SUBSCRIBE id={PacketId} {Subscriptions.Count} filter(s)";
    }

    /// <summary>SUBACK (§3.9).</summary>
    public sealed class SubAckPacket : MqttPacket
    {
        /// <summary>Return code for a refused subscription.</summary>
        public const byte Failure = 0x80;

        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.SubAck;

        /// <summary>Packet identifier of the SUBSCRIBE it answers.</summary>
        public ushort PacketId { get; set; }

        /// <summary>Granted QoS per filter (0, 1, 2) or <see cref="Failure"/>.</summary>
        public byte[] ReturnCodes { get; set; } = Array.Empty<byte>();

        internal override int Measure() => 2 + ReturnCodes.Length;

        internal override void WriteBody(ref MqttBufferWriter writer)
        {
            writer.WriteUInt16(PacketId);
            writer.WriteBytes(ReturnCodes);
        }

        internal static SubAckPacket Decode(ref MqttBufferReader reader)
        {
            ushort id = reader.ReadPacketId();
            byte[] codes = reader.ReadRest().ToArray();
            if (codes.Length == 0)
            {
                throw new MqttProtocolException("SUBACK has no return code (§3.9.3)");
            }
            foreach (byte code in codes)
            {
                if (code > 2 && code != Failure)
                {
                    throw new MqttProtocolException($"SUBACK: return code 0x{code:X2} is reserved (§3.9.3)");
                }
            }
            return new SubAckPacket { PacketId = id, ReturnCodes = codes };
        }

        /// <inheritdoc />
        public override string ToString() => $"SUBACK id={PacketId} [{string.Join(",", ReturnCodes)}]";
    }

    /// <summary>UNSUBSCRIBE (§3.10); fixed-header flags 0010.</summary>
    public sealed class UnsubscribePacket : MqttPacket
    {
        private int[] _filterBytes;

        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.Unsubscribe;

        internal override byte Flags => 0x02;

        /// <summary>Packet identifier.</summary>
        public ushort PacketId { get; set; }

        /// <summary>At least one topic filter.</summary>
        public IReadOnlyList<string> Filters { get; set; } = Array.Empty<string>();

        internal override int Measure()
        {
            if (Filters.Count == 0)
            {
                throw new ArgumentException("UNSUBSCRIBE needs at least one topic filter (§3.10.3)");
            }
            _filterBytes = new int[Filters.Count];
            int length = 2;
            for (int i = 0; i < Filters.Count; i++)
            {
                MqttTopic.ValidateFilter(Filters[i]);
                _filterBytes[i] = MqttUtf8.ByteCount(Filters[i], "topic filter");
                length += 2 + _filterBytes[i];
            }
            return length;
        }

        internal override void WriteBody(ref MqttBufferWriter writer)
        {
            writer.WriteUInt16(PacketId);
            for (int i = 0; i < Filters.Count; i++)
            {
                writer.WriteString(Filters[i], _filterBytes[i]);
            }
        }

        internal static UnsubscribePacket Decode(ref MqttBufferReader reader)
        {
            ushort id = reader.ReadPacketId();
            var list = new List<string>();
            while (reader.Remaining > 0)
            {
                string filter = reader.ReadString("topic filter");
                string problem = MqttTopic.CheckFilter(filter);
                if (problem != null)
                {
                    throw new MqttProtocolException("UNSUBSCRIBE: " + problem);
                }
                list.Add(filter);
            }
            if (list.Count == 0)
            {
                throw new MqttProtocolException("UNSUBSCRIBE has no topic filter (§3.10.3)");
            }
            return new UnsubscribePacket { PacketId = id, Filters = list };
        }

        /// <inheritdoc />
        public override string ToString() => $"UNSUBSCRIBE id={PacketId} {Filters.Count} filter(s)";
    }
}
