using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>
    /// Reads packets one after another from a byte stream, buffering reads. A packet over the maximum size is refused
    /// from its fixed header alone, before its body is buffered.
    /// </summary>
    public sealed class MqttPacketReader
    {
        private readonly Stream _stream;
        private readonly int _maxPacketSize;
        private byte[] _buffer;
        private int _start;
        private int _end;

        /// <summary>Creates a reader over <paramref name="stream"/>.</summary>
        /// <param name="stream">The connection.</param>
        /// <param name="maxPacketSize">Largest packet accepted, fixed header included.</param>
        public MqttPacketReader(Stream stream, int maxPacketSize)
        {
            _stream = stream;
            _maxPacketSize = maxPacketSize;
            _buffer = new byte[8192];
        }

        /// <summary>
        /// Reads the next packet. Returns null when the stream ends cleanly between packets; throws
        /// <see cref="MqttProtocolException"/> for malformed input or a stream that ends inside a packet.
        /// </summary>
        public async ValueTask<MqttPacket> ReadAsync(CancellationToken cancellationToken = default)
        {
            while (true)
            {
                int available = _end - _start;
                if (available > 0
                    && MqttCodec.TryReadFixedHeader(_buffer.AsSpan(_start, available), _maxPacketSize, out int header, out int remaining))
                {
                    int total = header + remaining;
                    if (available >= total)
                    {
                        MqttPacket packet = MqttCodec.DecodeBody(_buffer[_start], _buffer.AsSpan(_start + header, remaining));
                        _start += total;
                        if (_start == _end)
                        {
                            _start = _end = 0;
                        }
                        return packet;
                    }
                    MakeRoom(total);
                }
                else
                {
                    MakeRoom(available + 1);
                }
                int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    if (_end == _start)
                    {
                        return null;
                    }
                    throw new MqttProtocolException(
                        $"truncated packet: the connection closed after {_end - _start} bytes of an unfinished packet");
                }
                _end += read;
            }
        }

        /// <summary>Ensures the buffer can hold <paramref name="needed"/> bytes from the current packet's start.</summary>
        private void MakeRoom(int needed)
        {
            if (_buffer.Length - _start >= needed && _end < _buffer.Length)
            {
                return;
            }
            int available = _end - _start;
            byte[] target = _buffer.Length >= needed ? _buffer : new byte[Math.Max(needed, _buffer.Length * 2)];
            Buffer.BlockCopy(_buffer, _start, target, 0, available);
            _buffer = target;
            _start = 0;
            _end = available;
        }
    }
}
