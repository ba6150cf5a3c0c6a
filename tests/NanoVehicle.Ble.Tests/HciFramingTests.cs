using System;
using System.Collections.Generic;
using System.Linq;
using NanoVehicle.Ble.Hci;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>H4 framing (Core Vol 4 Part A §2) and HCI packet layouts (Vol 4 Part E §5.4, §7.7), as bytes.</summary>
    public class HciFramingTests
    {
        private static byte[] B(string hex) => Convert.FromHexString(hex.Replace(" ", ""));
        private static string Hex(byte[] b) => Convert.ToHexString(b);

        [Fact]
        public void Commands_encode_with_little_endian_opcode_and_length()
        {
            Assert.Equal("01030C00", Hex(new HciCommandPacket(HciOpcode.Reset, null).ToH4().ToWire()));
            Assert.Equal("010C20020100", Hex(new HciCommandPacket(HciOpcode.LeSetScanEnable, new byte[] { 1, 0 }).ToH4().ToWire()));
            Assert.Equal("0106040340001 3".Replace(" ", ""), Hex(new HciCommandPacket(HciOpcode.Disconnect, B("400013")).ToH4().ToWire()));
        }

        [Fact]
        public void Events_encode_as_the_spec_lays_them_out()
        {
            Assert.Equal("040E0401030C00", Hex(HciEventPacket.CommandComplete(1, HciOpcode.Reset, new byte[] { 0 }).ToH4().ToWire()));
            Assert.Equal("040F0400010D20", Hex(HciEventPacket.CommandStatus(0, 1, HciOpcode.LeCreateConnection).ToH4().ToWire()));
            Assert.Equal("0405040040001 3".Replace(" ", ""), Hex(HciEventPacket.DisconnectionComplete(0, 0x40, 0x13).ToH4().ToWire()));
            Assert.Equal("04130501400001 00".Replace(" ", ""), Hex(HciEventPacket.NumberOfCompletedPackets(0x40, 1).ToH4().ToWire()));
            var peer = BdAddr.Parse("C0:11:22:33:44:55");
            Assert.Equal("043E13" + "01" + "00" + "4000" + "01" + "00" + "554433221 1C0".Replace(" ", "") + "1800" + "0000" + "F401" + "00",
                Hex(HciEventPacket.LeConnectionComplete(0, 0x40, 1, peer, 24, 0, 500).ToH4().ToWire()));
            Assert.Equal("043E0F" + "02" + "01" + "00" + "00" + "554433221 1C0".Replace(" ", "") + "03" + "020106" + "CE",
                Hex(HciEventPacket.LeAdvertisingReport(0, peer, B("020106"), -50).ToH4().ToWire()));
        }

        [Fact]
        public void Acl_header_carries_handle_boundary_and_length()
        {
            var acl = new AclPacket(0x040, AclPacket.FirstFlushable, B("030004000A0300"));
            Assert.Equal("0240200700030004000A0300", Hex(acl.ToH4().ToWire()));
            Assert.True(AclPacket.TryParse(B("4020 0700 030004000A0300"), out var back));
            Assert.Equal(0x040, back.Handle);
            Assert.Equal(AclPacket.FirstFlushable, back.Boundary);
            Assert.True(back.IsStart);
            Assert.True(AclPacket.TryParse(B("4010 0100 AA"), out var cont));
            Assert.Equal(AclPacket.Continuing, cont.Boundary);
        }

        [Theory]
        [InlineData("4020 0800 030004000A0300")] // length says 8, 7 bytes follow
        [InlineData("4020 07")]                  // short header
        [InlineData("4030 0100 AA")]             // boundary flag 0b11 is reserved
        [InlineData("4060 0100 AA")]             // broadcast flag set: not on LE
        [InlineData("FF0F 0100 AA")]             // handle 0xFFF is out of range
        public void Malformed_acl_is_refused(string hex) => Assert.False(AclPacket.TryParse(B(hex), out _));

        [Theory]
        [InlineData("0E 05 01030C00")]
        [InlineData("0E")]
        public void Malformed_events_are_refused(string hex) => Assert.False(HciEventPacket.TryParse(B(hex), out _));

        [Fact]
        public void Decoder_cuts_a_stream_fed_byte_by_byte()
        {
            var wire = B("040E0401030C00" + "0240200700030004000A0300" + "01030C00");
            var d = new H4Decoder();
            var packets = new List<H4Packet>();
            foreach (var b in wire) packets.AddRange(d.Feed(new[] { b }));
            Assert.Equal(new[] { HciPacketType.Event, HciPacketType.Acl, HciPacketType.Command }, packets.Select(p => p.Type));
            Assert.Equal("0E0401030C00", Hex(packets[0].Bytes));
            Assert.Equal("40200700030004000A0300", Hex(packets[1].Bytes));
            Assert.Equal("030C00", Hex(packets[2].Bytes));
            Assert.Equal(0, d.Buffered);
        }

        [Fact]
        public void Decoder_holds_a_partial_packet_until_it_completes()
        {
            var d = new H4Decoder();
            Assert.Empty(d.Feed(B("040E04")));
            Assert.Equal(3, d.Buffered);
            var p = Assert.Single(d.Feed(B("01030C00 040E".Replace(" ", ""))));
            Assert.Equal(HciPacketType.Event, p.Type);
            Assert.Equal(2, d.Buffered);
        }

        [Fact]
        public void Decoder_rejects_sco_iso_and_unknown_indicators_and_carries_on()
        {
            var d = new H4Decoder();
            var rejected = new List<string>();
            d.Rejected += rejected.Add;
            var packets = d.Feed(B("FF" + "03 4000 02 AABB".Replace(" ", "") + "05 4000 0200 CCDD".Replace(" ", "") + "040E0401030C00"));
            var p = Assert.Single(packets);
            Assert.Equal(HciPacketType.Event, p.Type);
            Assert.Equal(3, rejected.Count);
            Assert.Contains("0xFF", rejected[0]);
            Assert.Contains("Sco", rejected[1]);
            Assert.Contains("Iso", rejected[2]);
        }

        [Fact]
        public void Address_text_and_bytes_round_trip()
        {
            var a = BdAddr.Parse("C0:11:22:33:44:55/random");
            Assert.Equal(BdAddrType.Random, a.Type);
            Assert.Equal("C0:11:22:33:44:55/random", a.ToString());
            var bytes = new byte[6];
            a.WriteTo(bytes, 0);
            Assert.Equal("554433221 1C0".Replace(" ", ""), Hex(bytes));
            Assert.Equal(a, BdAddr.FromBytes(bytes, 0, BdAddrType.Random));
            Assert.False(BdAddr.TryParse("C0:11:22:33:44", out _));
            Assert.False(BdAddr.TryParse("C0:11:22:33:44:GG", out _));
        }

        [Fact]
        public void Uuids_in_short_and_long_form()
        {
            var s = BleUuid.Parse("180F");
            Assert.True(s.Is16Bit);
            Assert.Equal("0F18", Hex(s.ToBytes()));
            Assert.Equal(s, BleUuid.Parse("0000180f-0000-1000-8000-00805f9b34fb"));
            var l = BleUuid.Parse("00112233-4455-6677-8899-aabbccddeeff");
            Assert.False(l.Is16Bit);
            Assert.Equal("FFEEDDCCBBAA99887766554433221100", Hex(l.ToBytes()));
            Assert.Equal("00112233-4455-6677-8899-AABBCCDDEEFF", l.ToString());
            Assert.Equal(l, BleUuid.FromBytes(l.ToBytes()));
            Assert.Throws<FormatException>(() => BleUuid.Parse("12345"));
        }
    }
}
