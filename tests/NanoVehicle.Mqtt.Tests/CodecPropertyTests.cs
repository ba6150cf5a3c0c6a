using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using NanoVehicle.Mqtt.Packets;
using Xunit;

namespace NanoVehicle.Mqtt.Tests
{
    /// <summary>Property tests: the decoder never fails in an unexpected way and never hangs, whatever it is fed.</summary>
    public sealed class CodecPropertyTests
    {
        private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(2000);

        /// <summary>Random bytes: either a packet, a request for more bytes, or a protocol exception — nothing else.</summary>
        [Fact]
        public void RandomBytesNeverThrowAnythingButProtocolErrors()
        {
            Check.One(Many, Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
            {
                try
                {
                    MqttCodec.TryDecode(bytes, 4096, out _, out int consumed);
                    return consumed >= 0 && consumed <= bytes.Length;
                }
                catch (MqttProtocolException ex)
                {
                    return ex.Message.Length > 0;
                }
            }));
        }

        /// <summary>Random bytes whose first byte is a plausible header, so bodies get parsed rather than refused at once.</summary>
        [Fact]
        public void RandomBodiesBehindValidHeadersNeverThrowAnythingButProtocolErrors()
        {
            Gen<byte[]> gen =
                from type in Gen.Choose(1, 14)
                from body in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>())
                let flags = type == 6 || type == 8 || type == 10 ? 2 : 0
                select new[] { (byte)((type << 4) | flags), (byte)Math.Min(body.Length, 127) }.Concat(body.Take(127)).ToArray();
            Check.One(Many, Prop.ForAll(gen.ToArbitrary(), bytes =>
            {
                try
                {
                    MqttCodec.TryDecode(bytes, 4096, out _, out _);
                }
                catch (MqttProtocolException)
                {
                }
                return true;
            }));
        }

        /// <summary>Any PUBLISH round-trips, and every strict prefix of its encoding is "incomplete", not an error.</summary>
        [Fact]
        public void PublishRoundTripsAndItsPrefixesAreIncomplete()
        {
            Gen<PublishPacket> gen =
                from levels in Gen.NonEmptyListOf(Gen.Elements("a", "car", "é", "x1", "", "VR1AB12C3D4567890"))
                from payload in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>())
                from qos in Gen.Choose(0, 1)
                from retain in ArbMap.Default.GeneratorFor<bool>()
                from id in Gen.Choose(1, 65535)
                let topic = string.Join("/", levels)
                where topic.Length > 0
                select new PublishPacket { Topic = topic, Payload = payload, Qos = (MqttQos)qos, Retain = retain, PacketId = qos == 0 ? (ushort)0 : (ushort)id };
            Check.One(Many, Prop.ForAll(gen.ToArbitrary(), packet =>
            {
                byte[] bytes = MqttCodec.Encode(packet);
                var back = (PublishPacket)MqttCodec.Decode(bytes);
                bool same = back.Topic == packet.Topic && back.Payload.SequenceEqual(packet.Payload) && back.Qos == packet.Qos
                            && back.Retain == packet.Retain && back.PacketId == packet.PacketId;
                for (int cut = 0; cut < bytes.Length; cut++)
                {
                    if (MqttCodec.TryDecode(bytes.AsSpan(0, cut), int.MaxValue, out _, out _))
                    {
                        return false;
                    }
                }
                return same;
            }));
        }

        /// <summary>The stream reader on random input ends with packets, end of stream or a protocol error, within a bounded time.</summary>
        [Fact]
        public void StreamReaderOnRandomInputTerminates()
        {
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
            {
                var reader = new MqttPacketReader(new MemoryStream(bytes), 4096);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                Task<bool> run = Task.Run(async () =>
                {
                    try
                    {
                        for (int i = 0; i <= bytes.Length; i++)
                        {
                            if (await reader.ReadAsync(cts.Token) == null)
                            {
                                return true;
                            }
                        }
                        return false; // more packets than bytes: impossible
                    }
                    catch (MqttProtocolException)
                    {
                        return true;
                    }
                });
                return run.Wait(TimeSpan.FromSeconds(10)) && run.Result;
            }));
        }

        /// <summary>A stream cut anywhere inside a packet reports a truncated packet.</summary>
        [Fact]
        public async Task StreamCutInsideAPacketIsReportedAsTruncated()
        {
            byte[] bytes = MqttCodec.Encode(new SubscribePacket { PacketId = 3, Subscriptions = new[] { new MqttSubscription("a/b/#", MqttQos.AtLeastOnce) } });
            for (int cut = 1; cut < bytes.Length; cut++)
            {
                var reader = new MqttPacketReader(new MemoryStream(bytes, 0, cut), 4096);
                var ex = await Assert.ThrowsAsync<MqttProtocolException>(async () => await reader.ReadAsync());
                Assert.Contains("truncated", ex.Message);
            }
        }

        /// <summary>Many packets written back to back are read back one by one, in order, even in tiny reads.</summary>
        [Fact]
        public async Task ReaderSplitsAConcatenatedStream()
        {
            MqttPacket[] packets =
            {
                new ConnectPacket { ClientId = "x" },
                new PublishPacket { Topic = "t", Payload = new byte[20000] },
                PingReqPacket.Instance,
                new PubAckPacket { PacketId = 5 },
            };
            byte[] all = packets.SelectMany(MqttCodec.Encode).ToArray();
            var reader = new MqttPacketReader(new TrickleStream(all, 3), 1 << 20);
            foreach (MqttPacket expected in packets)
            {
                Assert.Equal(expected.Type, (await reader.ReadAsync()).Type);
            }
            Assert.Null(await reader.ReadAsync());
        }

        /// <summary>A stream that returns at most a few bytes per read.</summary>
        private sealed class TrickleStream : MemoryStream
        {
            private readonly int _step;

            public TrickleStream(byte[] bytes, int step) : base(bytes) => _step = step;

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
                => base.ReadAsync(buffer.Slice(0, Math.Min(buffer.Length, _step)), cancellationToken);
        }
    }
}
