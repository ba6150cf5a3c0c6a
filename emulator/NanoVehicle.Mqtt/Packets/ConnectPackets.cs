using System;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>CONNECT (§3.1).</summary>
    public sealed class ConnectPacket : MqttPacket
    {
        private int _clientIdBytes, _willTopicBytes, _userBytes, _protocolNameBytes;

        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.Connect;

        /// <summary>Protocol name, "MQTT" for 3.1.1 (§3.1.2.1).</summary>
        public string ProtocolName { get; set; } = "MQTT";

        /// <summary>Protocol level, 4 for 3.1.1 (§3.1.2.2).</summary>
        public byte ProtocolLevel { get; set; } = 4;

        /// <summary>Clean session flag (§3.1.2.4).</summary>
        public bool CleanSession { get; set; } = true;

        /// <summary>Keep-alive in seconds; 0 turns it off (§3.1.2.10).</summary>
        public ushort KeepAliveSeconds { get; set; }

        /// <summary>Client identifier; may be empty (§3.1.3.1).</summary>
        public string ClientId { get; set; } = "";

        /// <summary>Last will, or null (§3.1.2.5).</summary>
        public MqttMessage Will { get; set; }

        /// <summary>User name, or null (§3.1.2.8).</summary>
        public string UserName { get; set; }

        /// <summary>Password bytes, or null; only with a user name (§3.1.2.9).</summary>
        public byte[] Password { get; set; }

        internal override int Measure()
        {
            if (Password != null && UserName == null)
            {
                throw new ArgumentException("CONNECT: a password needs a user name (§3.1.2.9)");
            }
            if (Will != null)
            {
                MqttTopic.ValidateName(Will.Topic);
                if (Will.Payload.Length > ushort.MaxValue)
                {
                    throw new ArgumentException("CONNECT: the will payload is longer than 65535 bytes");
                }
            }
            _protocolNameBytes = MqttUtf8.ByteCount(ProtocolName, "protocol name");
            _clientIdBytes = MqttUtf8.ByteCount(ClientId ?? "", "client identifier");
            int length = 2 + _protocolNameBytes + 1 + 1 + 2 + 2 + _clientIdBytes;
            if (Will != null)
            {
                _willTopicBytes = MqttUtf8.ByteCount(Will.Topic, "will topic");
                length += 2 + _willTopicBytes + 2 + Will.Payload.Length;
            }
            if (UserName != null)
            {
                _userBytes = MqttUtf8.ByteCount(UserName, "user name");
                length += 2 + _userBytes;
            }
            if (Password != null)
            {
                if (Password.Length > ushort.MaxValue)
                {
                    throw new ArgumentException("CONNECT: the password is longer than 65535 bytes");
                }
                length += 2 + Password.Length;
            }
            return length;
        }

        internal override void WriteBody(ref MqttBufferWriter writer)
        {
            writer.WriteString(ProtocolName, _protocolNameBytes);
            writer.WriteByte(ProtocolLevel);
            int flags = 0;
            if (UserName != null) flags |= 0x80;
            if (Password != null) flags |= 0x40;
            if (Will != null)
            {
                flags |= 0x04 | ((int)Will.Qos << 3);
                if (Will.Retain) flags |= 0x20;
            }
            if (CleanSession) flags |= 0x02;
            writer.WriteByte((byte)flags);
            writer.WriteUInt16(KeepAliveSeconds);
            writer.WriteString(ClientId ?? "", _clientIdBytes);
            if (Will != null)
            {
                writer.WriteString(Will.Topic, _willTopicBytes);
                writer.WriteBinary(Will.Payload);
            }
            if (UserName != null) writer.WriteString(UserName, _userBytes);
            if (Password != null) writer.WriteBinary(Password);
        }

        internal static ConnectPacket Decode(ref MqttBufferReader reader)
        {
            var packet = new ConnectPacket
            {
                ProtocolName = reader.ReadString("protocol name"),
                ProtocolLevel = reader.ReadByte("protocol level"),
            };
            byte flags = reader.ReadByte("connect flags");
            if ((flags & 0x01) != 0)
            {
                throw new MqttProtocolException("CONNECT: the reserved connect flag (bit 0) is set (§3.1.2.3)");
            }
            bool will = (flags & 0x04) != 0;
            int willQos = (flags >> 3) & 0x03;
            bool willRetain = (flags & 0x20) != 0;
            if (!will && (willQos != 0 || willRetain))
            {
                throw new MqttProtocolException("CONNECT: will QoS or will retain set without the will flag (§3.1.2.6)");
            }
            if (willQos == 3)
            {
                throw new MqttProtocolException("CONNECT: will QoS 3 is not a QoS (§3.1.2.6)");
            }
            bool user = (flags & 0x80) != 0;
            bool password = (flags & 0x40) != 0;
            if (password && !user)
            {
                throw new MqttProtocolException("CONNECT: password flag set without the user name flag (§3.1.2.9)");
            }
            packet.CleanSession = (flags & 0x02) != 0;
            packet.KeepAliveSeconds = reader.ReadUInt16("keep alive");
            packet.ClientId = reader.ReadString("client identifier");
            if (will)
            {
                string topic = reader.ReadString("will topic");
                string problem = MqttTopic.CheckName(topic);
                if (problem != null)
                {
                    throw new MqttProtocolException("CONNECT will: " + problem);
                }
                byte[] payload = reader.ReadBinary("will message").ToArray();
                packet.Will = new MqttMessage(topic, payload, (MqttQos)willQos, willRetain);
            }
            if (user) packet.UserName = reader.ReadString("user name");
            if (password) packet.Password = reader.ReadBinary("password").ToArray();
            reader.ExpectEnd();
            return packet;
        }

        /// <inheritdoc />
        public override string ToString() => $"CONNECT id='{ClientId}' clean={CleanSession} keepalive={KeepAliveSeconds}";
    }

    /// <summary>CONNACK (§3.2).</summary>
    public sealed class ConnAckPacket : MqttPacket
    {
        /// <inheritdoc />
        public override MqttPacketType Type => MqttPacketType.ConnAck;

        /// <summary>Whether the server resumed a stored session (§3.2.2.2).</summary>
        public bool SessionPresent { get; set; }

        /// <summary>Return code (§3.2.2.3).</summary>
        public MqttConnectReturnCode ReturnCode { get; set; }

        internal override int Measure() => 2;

        internal override void WriteBody(ref MqttBufferWriter writer)
        {
            writer.WriteByte(SessionPresent ? (byte)1 : (byte)0);
            writer.WriteByte((byte)ReturnCode);
        }

        internal static ConnAckPacket Decode(ref MqttBufferReader reader)
        {
            byte ack = reader.ReadByte("acknowledge flags");
            if ((ack & 0xFE) != 0)
            {
                throw new MqttProtocolException("CONNACK: reserved acknowledge flags are set (§3.2.2.1)");
            }
            byte code = reader.ReadByte("return code");
            if (code > 5)
            {
                throw new MqttProtocolException($"CONNACK: return code {code} is reserved (§3.2.2.3)");
            }
            reader.ExpectEnd();
            return new ConnAckPacket { SessionPresent = ack == 1, ReturnCode = (MqttConnectReturnCode)code };
        }

        /// <inheritdoc />
        public override string ToString() => $"CONNACK {ReturnCode} sessionPresent={SessionPresent}";
    }
}
