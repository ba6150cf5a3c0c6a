using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>
    /// Sends packets on a stream from one writer task. Packets queued while a write is under way go out together in
    /// the next write, so a busy connection makes few system calls.
    /// </summary>
    public sealed class MqttPacketWriter
    {
        private const int FlushThreshold = 64 * 1024;
        private readonly Stream _stream;
        private readonly Channel<MqttPacket> _queue;
        private readonly Task _loop;
        private long _lastWriteTicks;

        /// <summary>Starts the writer task over <paramref name="stream"/>.</summary>
        public MqttPacketWriter(Stream stream)
        {
            _stream = stream;
            _queue = Channel.CreateUnbounded<MqttPacket>(new UnboundedChannelOptions { SingleReader = true });
            _lastWriteTicks = Environment.TickCount64;
            _loop = Task.Run(RunAsync);
        }

        /// <summary>Completes when the writer stops: after <see cref="Complete"/> and a final flush, or on a write error (faulted).</summary>
        public Task Completion => _loop;

        /// <summary><see cref="Environment.TickCount64"/> of the last write to the stream.</summary>
        public long LastWriteTicks => Interlocked.Read(ref _lastWriteTicks);

        /// <summary>Queues a packet; false when the writer has stopped.</summary>
        public bool Send(MqttPacket packet) => _queue.Writer.TryWrite(packet);

        /// <summary>Stops accepting packets; those already queued are still written.</summary>
        public void Complete() => _queue.Writer.TryComplete();

        private async Task RunAsync()
        {
            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            ChannelReader<MqttPacket> reader = _queue.Reader;
            try
            {
                while (await reader.WaitToReadAsync().ConfigureAwait(false))
                {
                    while (reader.TryRead(out MqttPacket packet))
                    {
                        MqttCodec.Encode(packet, buffer);
                        if (buffer.WrittenCount >= FlushThreshold)
                        {
                            await WriteAsync(buffer).ConfigureAwait(false);
                        }
                    }
                    if (buffer.WrittenCount > 0)
                    {
                        await WriteAsync(buffer).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                _queue.Writer.TryComplete();
            }
        }

        private async ValueTask WriteAsync(ArrayBufferWriter<byte> buffer)
        {
            await _stream.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
            await _stream.FlushAsync().ConfigureAwait(false);
            Interlocked.Exchange(ref _lastWriteTicks, Environment.TickCount64);
            buffer.ResetWrittenCount();
        }
    }
}
