using System;
using System.Collections.Generic;
using System.Linq;
using NanoVehicle.Ble.Hci;
using NanoVehicle.Ble.L2cap;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>L2CAP basic frames, fragmentation into ACL packets and reassembly (Core Vol 3 Part A §3, §7.2),
    /// and the answers on the LE signalling (§4) and SMP (Vol 3 Part H §3.5.5) channels.</summary>
    public class L2capTests
    {
        private static byte[] B(string hex) => Convert.FromHexString(hex.Replace(" ", ""));
        private static string Hex(byte[] b) => Convert.ToHexString(b);

        [Fact]
        public void Basic_frame_layout()
        {
            Assert.Equal("030004000A0300", Hex(L2capFrame.Encode(L2capFrame.AttCid, B("0A0300"))));
            Assert.True(L2capFrame.TryDecode(B("0200 0600 0105".Replace(" ", "")), out ushort cid, out var payload));
            Assert.Equal(L2capFrame.SmpCid, cid);
            Assert.Equal("0105", Hex(payload));
            Assert.False(L2capFrame.TryDecode(B("0300 0400 0A03"), out _, out _));
            Assert.False(L2capFrame.TryDecode(B("0300"), out _, out _));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(27)]
        [InlineData(100)]
        [InlineData(517)]
        public void Fragmentation_then_reassembly_gives_the_pdu_back(int payloadLength)
        {
            var payload = Enumerable.Range(0, payloadLength).Select(i => (byte)(i * 7)).ToArray();
            var frame = L2capFrame.Encode(4, payload);
            var fragments = AclPacket.Fragment(0x41, frame, 27);
            Assert.Equal((frame.Length + 26) / 27, fragments.Length);
            Assert.Equal(AclPacket.FirstNonFlushable, fragments[0].Boundary);
            Assert.All(fragments.Skip(1), f => Assert.Equal(AclPacket.Continuing, f.Boundary));
            Assert.All(fragments, f => Assert.True(f.Data.Length <= 27));
            var r = new AclReassembler();
            byte[] done = null;
            for (int i = 0; i < fragments.Length; i++)
            {
                // Through the wire and back, as the controller would pass them on.
                Assert.True(AclPacket.TryParse(fragments[i].ToH4().Bytes, out var back));
                done = r.Add(back);
                if (i < fragments.Length - 1) Assert.Null(done);
            }
            Assert.Equal(frame, done);
        }

        [Fact]
        public void Reassembly_copes_with_a_header_split_across_fragments()
        {
            var r = new AclReassembler();
            Assert.Null(r.Add(new AclPacket(1, AclPacket.FirstFlushable, B("05"))));
            Assert.Null(r.Add(new AclPacket(1, AclPacket.Continuing, B("000400"))));
            Assert.Null(r.Add(new AclPacket(1, AclPacket.Continuing, B("0A03"))));
            Assert.Equal("050004000A03000000", Hex(r.Add(new AclPacket(1, AclPacket.Continuing, B("000000")))));
        }

        [Fact]
        public void Reassembly_drops_orphans_overruns_and_interrupted_pdus()
        {
            var r = new AclReassembler();
            var dropped = new List<string>();
            r.Dropped += dropped.Add;
            Assert.Null(r.Add(new AclPacket(1, AclPacket.Continuing, B("AABB"))));           // continuation with nothing started
            Assert.Null(r.Add(new AclPacket(1, AclPacket.FirstFlushable, B("0400 0400 0A"))));
            Assert.Null(r.Add(new AclPacket(1, AclPacket.FirstFlushable, B("0100 0400"))));            // interrupts the open PDU
            Assert.Null(r.Add(new AclPacket(1, AclPacket.Continuing, B("1E FF"))));           // one byte too many
            Assert.Equal(3, dropped.Count);
            Assert.Equal("010004001E", Hex(r.Add(new AclPacket(1, AclPacket.FirstFlushable, B("0100 0400 1E")))));
        }

        private static (LeSignaling Sig, List<byte[]> Sent) Signaling(bool central)
        {
            var sent = new List<byte[]>();
            return (new LeSignaling(central, sent.Add), sent);
        }

        [Fact]
        public void Connection_parameter_update_is_accepted_by_a_central()
        {
            var (sig, sent) = Signaling(central: true);
            ushort[] got = null;
            sig.ParametersRequested += (a, b, c, d) => got = new[] { a, b, c, d };
            sig.Receive(B("12 07 0800 1800 2800 0000 F401"));
            Assert.Equal("1307020000 00".Replace(" ", ""), Hex(Assert.Single(sent)));
            Assert.Equal(new ushort[] { 24, 40, 0, 500 }, got);
        }

        [Fact]
        public void Connection_parameter_update_out_of_range_is_rejected_with_result_1()
        {
            var (sig, sent) = Signaling(central: true);
            sig.Receive(B("12 08 0800 0500 2800 0000 F401")); // interval min 5 < 6
            Assert.Equal("130802000100", Hex(Assert.Single(sent)));
        }

        [Fact]
        public void Connection_parameter_update_received_by_a_peripheral_gets_command_reject()
        {
            var (sig, sent) = Signaling(central: false);
            sig.Receive(B("12 09 0800 1800 2800 0000 F401"));
            Assert.Equal("010902000000", Hex(Assert.Single(sent)));
        }

        [Theory]
        [InlineData("0A 03 0200 0100", "010302000000")]                  // Information Request is BR/EDR only: not understood
        [InlineData("FF 04 0000", "010402000000")]                        // unknown code
        [InlineData("12 05 0400 1800 2800", "010502000000")]              // wrong length for the command
        [InlineData("12 06 0900 1800 2800 0000 F401", "010602000000")]    // header length disagrees with the data
        [InlineData("FF 0C 1400 0000000000000000000000000000000000000000", "010C04000100 1700")] // 24 bytes > MTU 23: MTU exceeded, ours is 23
        [InlineData("14 0B 0A00 8000 4000 1700 1700 0A00", "150B0A0000000000000000000200")] // credit-based: SPSM not supported
        public void Other_signalling_requests_get_the_specified_answer(string request, string response)
        {
            var (sig, sent) = Signaling(central: true);
            sig.Receive(B(request));
            Assert.Equal(response.Replace(" ", ""), Hex(Assert.Single(sent)));
        }

        [Theory]
        [InlineData("01 00 0200 0000")] // identifier 0 is invalid
        [InlineData("13 01 0200 0000")] // a response to nothing
        [InlineData("01 01 0200 0000")] // a reject to nothing
        [InlineData("12 01")]           // short header
        [InlineData("")]
        public void Signalling_input_that_needs_no_answer_is_dropped(string request)
        {
            var (sig, sent) = Signaling(central: true);
            sig.Receive(B(request));
            Assert.Empty(sent);
        }

        [Theory]
        [InlineData("01 03 00 01 10 07 07", "0505")] // Pairing Request -> Pairing Failed, Pairing Not Supported
        [InlineData("0B 01", "0505")]                // Security Request -> the same
        [InlineData("02 03 00 01 10 07 07", null)]   // Pairing Response with nothing started: dropped
        [InlineData("", null)]
        public void Smp_answers_pairing_not_supported(string request, string response)
        {
            var sent = new List<byte[]>();
            new SecurityManager(sent.Add).Receive(B(request));
            if (response == null) Assert.Empty(sent);
            else Assert.Equal(response, Hex(Assert.Single(sent)));
        }
    }
}
