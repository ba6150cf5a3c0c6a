using System;
using System.Linq;
using System.Text;
using NanoVehicle.Mqtt.Packets;
using Xunit;

namespace NanoVehicle.Mqtt.Tests
{
    /// <summary>Encoding and decoding of every packet, against byte vectors worked out from the specification.</summary>
    public sealed class CodecTests
    {
        private static T RoundTrip<T>(T packet) where T : MqttPacket
        {
            byte[] bytes = MqttCodec.Encode(packet);
            MqttPacket decoded = MqttCodec.Decode(bytes);
            Assert.IsType<T>(decoded);
            Assert.Equal(bytes, MqttCodec.Encode(decoded)); // decoding loses nothing
            return (T)decoded;
        }

        [Fact]
        public void ConnectWithEverythingRoundTrips()
        {
            var connect = RoundTrip(new ConnectPacket
            {
                ClientId = "car-é",
                CleanSession = false,
                KeepAliveSeconds = 42,
                Will = new MqttMessage("status/car", "offline", MqttQos.AtLeastOnce, retain: true),
                UserName = "user",
                Password = new byte[] { 1, 2, 3 },
            });
            Assert.Equal("car-é", connect.ClientId);
            Assert.False(connect.CleanSession);
            Assert.Equal(42, connect.KeepAliveSeconds);
            Assert.Equal("status/car", connect.Will.Topic);
            Assert.Equal("offline", connect.Will.PayloadText);
            Assert.Equal(MqttQos.AtLeastOnce, connect.Will.Qos);
            Assert.True(connect.Will.Retain);
            Assert.Equal("user", connect.UserName);
            Assert.Equal(new byte[] { 1, 2, 3 }, connect.Password);
        }

        [Fact]
        public void MinimalConnectMatchesTheSpecLayout()
        {
            // §3.1: 10 | len | 00 04 'MQTT' | 04 | flags 02 (clean) | keep-alive 00 3C | client id 00 01 'a'
            byte[] expected = { 0x10, 0x0D, 0x00, 0x04, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 0x04, 0x02, 0x00, 0x3C, 0x00, 0x01, (byte)'a' };
            Assert.Equal(expected, MqttCodec.Encode(new ConnectPacket { ClientId = "a", KeepAliveSeconds = 60 }));
        }

        [Fact]
        public void EveryOtherPacketRoundTrips()
        {
            Assert.True(RoundTrip(new ConnAckPacket { SessionPresent = true, ReturnCode = MqttConnectReturnCode.Accepted }).SessionPresent);
            Assert.Equal(MqttConnectReturnCode.NotAuthorized, RoundTrip(new ConnAckPacket { ReturnCode = MqttConnectReturnCode.NotAuthorized }).ReturnCode);
            var publish = RoundTrip(new PublishPacket { Topic = "a/b", Payload = new byte[] { 9, 8 }, Qos = MqttQos.AtLeastOnce, PacketId = 513, Retain = true, Dup = true });
            Assert.Equal(("a/b", MqttQos.AtLeastOnce, (ushort)513, true, true), (publish.Topic, publish.Qos, publish.PacketId, publish.Retain, publish.Dup));
            Assert.Equal(new byte[] { 9, 8 }, publish.Payload);
            Assert.Equal(7, RoundTrip(new PubAckPacket { PacketId = 7 }).PacketId);
            Assert.Equal(8, RoundTrip(new PubRecPacket { PacketId = 8 }).PacketId);
            Assert.Equal(9, RoundTrip(new PubRelPacket { PacketId = 9 }).PacketId);
            Assert.Equal(10, RoundTrip(new PubCompPacket { PacketId = 10 }).PacketId);
            var subscribe = RoundTrip(new SubscribePacket
            {
                PacketId = 11,
                Subscriptions = new[] { new MqttSubscription("a/+", MqttQos.AtMostOnce), new MqttSubscription("#", MqttQos.ExactlyOnce) },
            });
            Assert.Equal(new[] { "a/+", "#" }, subscribe.Subscriptions.Select(s => s.Filter));
            Assert.Equal(MqttQos.ExactlyOnce, subscribe.Subscriptions[1].Qos);
            Assert.Equal(new byte[] { 0, 1, 0x80 }, RoundTrip(new SubAckPacket { PacketId = 12, ReturnCodes = new byte[] { 0, 1, 0x80 } }).ReturnCodes);
            Assert.Equal(new[] { "x", "y/#" }, RoundTrip(new UnsubscribePacket { PacketId = 13, Filters = new[] { "x", "y/#" } }).Filters);
            Assert.Equal(14, RoundTrip(new UnsubAckPacket { PacketId = 14 }).PacketId);
            RoundTrip(PingReqPacket.Instance);
            RoundTrip(PingRespPacket.Instance);
            RoundTrip(DisconnectPacket.Instance);
        }

        [Theory]
        [InlineData(MqttPacketType.PingReq, new byte[] { 0xC0, 0x00 })]
        [InlineData(MqttPacketType.PingResp, new byte[] { 0xD0, 0x00 })]
        [InlineData(MqttPacketType.Disconnect, new byte[] { 0xE0, 0x00 })]
        public void EmptyPacketsAreTwoBytes(MqttPacketType type, byte[] bytes)
        {
            Assert.Equal(type, MqttCodec.Decode(bytes).Type);
        }

        [Fact]
        public void PubRelSubscribeAndUnsubscribeCarryFlags0010()
        {
            Assert.Equal(0x62, MqttCodec.Encode(new PubRelPacket { PacketId = 1 })[0]);
            Assert.Equal(0x82, MqttCodec.Encode(new SubscribePacket { PacketId = 1, Subscriptions = new[] { new MqttSubscription("a", 0) } })[0]);
            Assert.Equal(0xA2, MqttCodec.Encode(new UnsubscribePacket { PacketId = 1, Filters = new[] { "a" } })[0]);
        }

        [Fact]
        public void PublishQos0HasNoPacketIdentifier()
        {
            // 30 | 05 | 00 03 'a/b' | no id | payload 'x'
            byte[] bytes = MqttCodec.Encode(new PublishPacket { Topic = "a/b", Payload = Encoding.ASCII.GetBytes("x") });
            Assert.Equal(new byte[] { 0x30, 0x06, 0x00, 0x03, (byte)'a', (byte)'/', (byte)'b', (byte)'x' }, bytes);
        }

        // §2.2.3's table: the boundaries of 1, 2, 3 and 4 byte remaining lengths.
        [Theory]
        [InlineData(0, new byte[] { 0x00 })]
        [InlineData(127, new byte[] { 0x7F })]
        [InlineData(128, new byte[] { 0x80, 0x01 })]
        [InlineData(16383, new byte[] { 0xFF, 0x7F })]
        [InlineData(16384, new byte[] { 0x80, 0x80, 0x01 })]
        [InlineData(2097151, new byte[] { 0xFF, 0xFF, 0x7F })]
        [InlineData(2097152, new byte[] { 0x80, 0x80, 0x80, 0x01 })]
        [InlineData(268435455, new byte[] { 0xFF, 0xFF, 0xFF, 0x7F })]
        public void RemainingLengthFollowsTheSpecTable(int length, byte[] encoded)
        {
            var header = new byte[1 + encoded.Length];
            header[0] = 0x30;
            encoded.CopyTo(header, 1);
            Assert.True(MqttCodec.TryReadFixedHeader(header, int.MaxValue, out int headerLength, out int remaining));
            Assert.Equal(length, remaining);
            Assert.Equal(header.Length, headerLength);
            if (length <= 2097152)
            {
                // The encoder writes the same bytes for a PUBLISH whose body has that length.
                int payload = length - 3;
                if (payload >= 0)
                {
                    byte[] bytes = MqttCodec.Encode(new PublishPacket { Topic = "a", Payload = new byte[payload] });
                    Assert.Equal(header, bytes.Take(header.Length).ToArray());
                }
            }
        }

        public static TheoryData<string, byte[], string> Malformed => new TheoryData<string, byte[], string>
        {
            { "reserved type 0", new byte[] { 0x00, 0x00 }, "reserved" },
            { "reserved type 15", new byte[] { 0xF0, 0x00 }, "reserved" },
            { "PINGREQ with flags", new byte[] { 0xC1, 0x00 }, "flags" },
            { "PUBREL flags 0000", new byte[] { 0x60, 0x02, 0x00, 0x01 }, "flags" },
            { "5-byte remaining length", new byte[] { 0x30, 0x80, 0x80, 0x80, 0x80, 0x01 }, "more than 4 bytes" },
            { "PUBLISH QoS 3", new byte[] { 0x36, 0x05, 0x00, 0x01, 0x61, 0x00, 0x01 }, "QoS" },
            { "DUP on QoS 0", new byte[] { 0x38, 0x03, 0x00, 0x01, 0x61 }, "DUP" },
            { "wildcard in topic name", new byte[] { 0x30, 0x05, 0x00, 0x03, 0x61, 0x2F, 0x2B }, "wildcard" },
            { "invalid UTF-8", new byte[] { 0x30, 0x04, 0x00, 0x02, 0xC3, 0x28 }, "UTF-8" },
            { "encoded surrogate", new byte[] { 0x30, 0x05, 0x00, 0x03, 0xED, 0xA0, 0x80 }, "UTF-8" },
            { "U+0000 in a string", new byte[] { 0x30, 0x04, 0x00, 0x02, 0x61, 0x00 }, "U+0000" },
            { "packet id 0", new byte[] { 0x40, 0x02, 0x00, 0x00 }, "identifier 0" },
            { "PUBACK too long", new byte[] { 0x40, 0x03, 0x00, 0x01, 0x00 }, "trailing" },
            { "string longer than the packet", new byte[] { 0x30, 0x03, 0x00, 0x05, 0x61 }, "shorter than its contents" },
            { "SUBSCRIBE without filters", new byte[] { 0x82, 0x02, 0x00, 0x01 }, "no topic filter" },
            { "SUBSCRIBE QoS byte 3", new byte[] { 0x82, 0x06, 0x00, 0x01, 0x00, 0x01, 0x61, 0x03 }, "requested QoS" },
            { "SUBSCRIBE bad filter", new byte[] { 0x82, 0x07, 0x00, 0x01, 0x00, 0x02, 0x61, 0x23, 0x00 }, "'#'" },
            { "UNSUBSCRIBE without filters", new byte[] { 0xA2, 0x02, 0x00, 0x01 }, "no topic filter" },
            { "CONNECT reserved flag", Connect(flags: 0x03), "reserved connect flag" },
            { "CONNECT will QoS without will", Connect(flags: 0x0A), "without the will flag" },
            { "CONNECT password without user", Connect(flags: 0x42), "password flag" },
            { "CONNACK reserved return code", new byte[] { 0x20, 0x02, 0x00, 0x06 }, "reserved" },
            { "truncated PUBLISH", new byte[] { 0x30, 0x0A, 0x00, 0x03 }, "truncated" },
            { "SUBACK reserved code", new byte[] { 0x90, 0x03, 0x00, 0x01, 0x03 }, "reserved" },
        };

        [Theory]
        [MemberData(nameof(Malformed))]
        public void MalformedPacketsAreRejectedWithAClearMessage(string what, byte[] bytes, string mentions)
        {
            var ex = Assert.Throws<MqttProtocolException>(() => MqttCodec.Decode(bytes));
            Assert.True(ex.Message.Contains(mentions, StringComparison.OrdinalIgnoreCase), $"{what}: '{ex.Message}' should mention '{mentions}'");
        }

        [Fact]
        public void OversizePacketIsRejectedFromItsHeader()
        {
            // Only the header is present: the size is refused before the body arrives.
            var ex = Assert.Throws<MqttProtocolException>(() => MqttCodec.TryDecode(new byte[] { 0x30, 0x80, 0x08 }, 1000, out _, out _));
            Assert.Contains("exceeds the maximum packet size of 1000", ex.Message);
        }

        [Fact]
        public void IncompleteInputAsksForMoreBytes()
        {
            byte[] bytes = MqttCodec.Encode(new PublishPacket { Topic = "abc", Payload = new byte[10] });
            for (int i = 0; i < bytes.Length; i++)
            {
                Assert.False(MqttCodec.TryDecode(bytes.AsSpan(0, i), 1000, out _, out int consumed));
                Assert.Equal(0, consumed);
            }
            Assert.True(MqttCodec.TryDecode(bytes, 1000, out _, out int all));
            Assert.Equal(bytes.Length, all);
        }

        [Fact]
        public void EncoderRefusesWhatItMustNotSend()
        {
            Assert.Throws<ArgumentException>(() => MqttCodec.Encode(new PublishPacket { Topic = "a/#" }));
            Assert.Throws<ArgumentException>(() => MqttCodec.Encode(new PublishPacket { Topic = "" }));
            Assert.Throws<ArgumentException>(() => MqttCodec.Encode(new PublishPacket { Topic = "a", Qos = MqttQos.AtLeastOnce }));
            Assert.Throws<ArgumentException>(() => MqttCodec.Encode(new SubscribePacket { PacketId = 1 }));
            Assert.Throws<ArgumentException>(() => MqttCodec.Encode(new SubscribePacket { PacketId = 1, Subscriptions = new[] { new MqttSubscription("a/#/b", 0) } }));
            Assert.Throws<ArgumentException>(() => MqttCodec.Encode(new ConnectPacket { Password = new byte[1] }));
            Assert.Throws<ArgumentException>(() => MqttCodec.Encode(new PublishPacket { Topic = new string('x', 70000) }));
        }

        private static byte[] Connect(byte flags)
        {
            return new byte[] { 0x10, 0x0D, 0x00, 0x04, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 0x04, flags, 0x00, 0x3C, 0x00, 0x01, (byte)'a' };
        }
    }
}
