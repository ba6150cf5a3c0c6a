using System;
using System.Buffers.Binary;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>Writes packet fields into a span sized beforehand from the packet's body length.</summary>
    internal ref struct MqttBufferWriter
    {
        private readonly Span<byte> _data;
        private int _position;

        public MqttBufferWriter(Span<byte> data)
        {
            _data = data;
            _position = 0;
        }

        public int Position => _position;

        public void WriteByte(byte value) => _data[_position++] = value;

        public void WriteUInt16(ushort value)
        {
            BinaryPrimitives.WriteUInt16BigEndian(_data.Slice(_position), value);
            _position += 2;
        }

        public void WriteBytes(ReadOnlySpan<byte> value)
        {
            value.CopyTo(_data.Slice(_position));
            _position += value.Length;
        }

        public void WriteBinary(ReadOnlySpan<byte> value)
        {
            WriteUInt16((ushort)value.Length);
            WriteBytes(value);
        }

        /// <summary>Writes a string whose byte count was checked by <see cref="MqttUtf8.ByteCount"/>.</summary>
        public void WriteString(string value, int byteCount)
        {
            WriteUInt16((ushort)byteCount);
            _position += MqttUtf8.Encode(value, _data.Slice(_position, byteCount));
        }

        /// <summary>Remaining length: 1 to 4 bytes, 7 bits each, least significant first (§2.2.3).</summary>
        public void WriteVarInt(int value)
        {
            do
            {
                byte digit = (byte)(value & 0x7F);
                value >>= 7;
                if (value > 0)
                {
                    digit |= 0x80;
                }
                WriteByte(digit);
            }
            while (value > 0);
        }

        public static int VarIntSize(int value) => value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : 4;
    }
}
