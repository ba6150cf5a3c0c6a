using System;
using System.Buffers.Binary;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>Reads the fields of one packet's variable header and payload; running short is a protocol error.</summary>
    internal ref struct MqttBufferReader
    {
        private readonly ReadOnlySpan<byte> _data;
        private readonly string _packet;
        private int _position;

        public MqttBufferReader(ReadOnlySpan<byte> data, string packet)
        {
            _data = data;
            _packet = packet;
            _position = 0;
        }

        public int Remaining => _data.Length - _position;

        public byte ReadByte(string what)
        {
            Need(1, what);
            return _data[_position++];
        }

        public ushort ReadUInt16(string what)
        {
            Need(2, what);
            ushort value = BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(_position));
            _position += 2;
            return value;
        }

        /// <summary>A packet identifier, which must be non-zero (§2.3.1).</summary>
        public ushort ReadPacketId()
        {
            ushort id = ReadUInt16("packet identifier");
            if (id == 0)
            {
                throw new MqttProtocolException($"{_packet}: packet identifier 0 is not allowed (§2.3.1)");
            }
            return id;
        }

        public ReadOnlySpan<byte> ReadBinary(string what)
        {
            int length = ReadUInt16(what + " length");
            Need(length, what);
            ReadOnlySpan<byte> value = _data.Slice(_position, length);
            _position += length;
            return value;
        }

        public string ReadString(string what) => MqttUtf8.Decode(ReadBinary(what), $"{_packet} {what}");

        public ReadOnlySpan<byte> ReadRest()
        {
            ReadOnlySpan<byte> rest = _data.Slice(_position);
            _position = _data.Length;
            return rest;
        }

        public void ExpectEnd()
        {
            if (Remaining != 0)
            {
                throw new MqttProtocolException($"{_packet} has {Remaining} unexpected trailing bytes");
            }
        }

        private void Need(int count, string what)
        {
            if (Remaining < count)
            {
                throw new MqttProtocolException(
                    $"{_packet} is shorter than its contents: {what} needs {count} bytes, {Remaining} left in the remaining length");
            }
        }
    }
}
