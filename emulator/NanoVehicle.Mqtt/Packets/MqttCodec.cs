using System;
using System.Buffers;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>Encodes packets to bytes and decodes them back, rejecting malformed input (§2, §3).</summary>
    public static class MqttCodec
    {
        /// <summary>Largest remaining length a 4-byte varint can express (§2.2.3).</summary>
        public const int MaxRemainingLength = 268_435_455;

        /// <summary>Encodes one packet into a new array.</summary>
        public static byte[] Encode(MqttPacket packet)
        {
            int body = packet.Measure();
            var bytes = new byte[1 + MqttBufferWriter.VarIntSize(body) + body];
            Write(packet, body, bytes);
            return bytes;
        }

        /// <summary>Encodes one packet at the end of <paramref name="output"/>; returns the bytes written.</summary>
        public static int Encode(MqttPacket packet, IBufferWriter<byte> output)
        {
            int body = packet.Measure();
            int total = 1 + MqttBufferWriter.VarIntSize(body) + body;
            Write(packet, body, output.GetSpan(total));
            output.Advance(total);
            return total;
        }

        private static void Write(MqttPacket packet, int body, Span<byte> destination)
        {
            if (body > MaxRemainingLength)
            {
                throw new ArgumentException($"{packet.Type} of {body} bytes is longer than MQTT allows ({MaxRemainingLength})");
            }
            var writer = new MqttBufferWriter(destination);
            writer.WriteByte((byte)(((int)packet.Type << 4) | packet.Flags));
            writer.WriteVarInt(body);
            packet.WriteBody(ref writer);
        }

        /// <summary>
        /// Reads the fixed header at the start of <paramref name="buffer"/>. Returns false when more bytes are needed;
        /// throws <see cref="MqttProtocolException"/> for a bad first byte, a bad remaining length, or a packet larger
        /// than <paramref name="maxPacketSize"/> (header included).
        /// </summary>
        public static bool TryReadFixedHeader(ReadOnlySpan<byte> buffer, int maxPacketSize, out int headerLength, out int remainingLength)
        {
            headerLength = 0;
            remainingLength = 0;
            if (buffer.Length < 1)
            {
                return false;
            }
            CheckFirstByte(buffer[0]);
            int multiplier = 1;
            for (int i = 1; ; i++)
            {
                if (i > 4)
                {
                    throw new MqttProtocolException("malformed remaining length: more than 4 bytes (§2.2.3)");
                }
                if (buffer.Length <= i)
                {
                    return false;
                }
                byte digit = buffer[i];
                remainingLength += (digit & 0x7F) * multiplier;
                multiplier <<= 7;
                if ((digit & 0x80) == 0)
                {
                    headerLength = i + 1;
                    break;
                }
            }
            long total = (long)headerLength + remainingLength;
            if (total > maxPacketSize)
            {
                var type = (MqttPacketType)(buffer[0] >> 4);
                throw new MqttProtocolException(
                    $"{type.ToString().ToUpperInvariant()} of {total} bytes exceeds the maximum packet size of {maxPacketSize} bytes");
            }
            return true;
        }

        /// <summary>
        /// Decodes the packet at the start of <paramref name="buffer"/>. Returns false (and consumes nothing) while
        /// the packet is incomplete; throws <see cref="MqttProtocolException"/> when it is malformed.
        /// </summary>
        public static bool TryDecode(ReadOnlySpan<byte> buffer, int maxPacketSize, out MqttPacket packet, out int consumed)
        {
            packet = null;
            consumed = 0;
            if (!TryReadFixedHeader(buffer, maxPacketSize, out int header, out int remaining))
            {
                return false;
            }
            if (buffer.Length - header < remaining)
            {
                return false;
            }
            packet = DecodeBody(buffer[0], buffer.Slice(header, remaining));
            consumed = header + remaining;
            return true;
        }

        /// <summary>Decodes exactly one complete packet; an incomplete one is reported as truncated.</summary>
        public static MqttPacket Decode(ReadOnlySpan<byte> buffer, int maxPacketSize = MaxRemainingLength + 5)
        {
            if (!TryDecode(buffer, maxPacketSize, out MqttPacket packet, out int consumed))
            {
                throw new MqttProtocolException($"truncated packet: {buffer.Length} bytes do not hold a whole packet");
            }
            if (consumed != buffer.Length)
            {
                throw new MqttProtocolException($"{buffer.Length - consumed} bytes follow the packet");
            }
            return packet;
        }

        /// <summary>Decodes a packet body given its first byte; the body is exactly the remaining length.</summary>
        internal static MqttPacket DecodeBody(byte first, ReadOnlySpan<byte> body)
        {
            var type = (MqttPacketType)(first >> 4);
            byte flags = (byte)(first & 0x0F);
            var reader = new MqttBufferReader(body, type.ToString().ToUpperInvariant());
            switch (type)
            {
                case MqttPacketType.Connect: return ConnectPacket.Decode(ref reader);
                case MqttPacketType.ConnAck: return ConnAckPacket.Decode(ref reader);
                case MqttPacketType.Publish: return PublishPacket.Decode(ref reader, flags);
                case MqttPacketType.PubAck: return Identified(new PubAckPacket(), ref reader);
                case MqttPacketType.PubRec: return Identified(new PubRecPacket(), ref reader);
                case MqttPacketType.PubRel: return Identified(new PubRelPacket(), ref reader);
                case MqttPacketType.PubComp: return Identified(new PubCompPacket(), ref reader);
                case MqttPacketType.Subscribe: return SubscribePacket.Decode(ref reader);
                case MqttPacketType.SubAck: return SubAckPacket.Decode(ref reader);
                case MqttPacketType.Unsubscribe: return UnsubscribePacket.Decode(ref reader);
                case MqttPacketType.UnsubAck: return Identified(new UnsubAckPacket(), ref reader);
                case MqttPacketType.PingReq: return Empty(PingReqPacket.Instance, ref reader);
                case MqttPacketType.PingResp: return Empty(PingRespPacket.Instance, ref reader);
                case MqttPacketType.Disconnect: return Empty(DisconnectPacket.Instance, ref reader);
                default: throw new MqttProtocolException($"packet type {(int)type} is reserved (§2.2.1)");
            }
        }

        /// <summary>Checks the packet type and the flags the spec fixes for it (§2.2.2).</summary>
        private static void CheckFirstByte(byte first)
        {
            int type = first >> 4;
            int flags = first & 0x0F;
            if (type == 0 || type == 15)
            {
                throw new MqttProtocolException($"bad first byte 0x{first:X2}: packet type {type} is reserved (§2.2.1)");
            }
            if (type == (int)MqttPacketType.Publish)
            {
                return; // DUP, QoS and RETAIN are checked with the body
            }
            int expected = type == (int)MqttPacketType.PubRel || type == (int)MqttPacketType.Subscribe
                || type == (int)MqttPacketType.Unsubscribe ? 0x02 : 0x00;
            if (flags != expected)
            {
                throw new MqttProtocolException(
                    $"bad first byte 0x{first:X2}: {((MqttPacketType)type).ToString().ToUpperInvariant()} must have flags {expected:X1}, not {flags:X1} (§2.2.2)");
            }
        }

        private static MqttPacket Identified(MqttIdentifiedPacket packet, ref MqttBufferReader reader)
        {
            packet.PacketId = reader.ReadPacketId();
            reader.ExpectEnd();
            return packet;
        }

        private static MqttPacket Empty(MqttPacket packet, ref MqttBufferReader reader)
        {
            reader.ExpectEnd();
            return packet;
        }
    }
}
