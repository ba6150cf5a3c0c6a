using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using NanoVehicle.Ble.Hci;
using NanoVehicle.Ble.Transports;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>The host side of HCI against a hand-driven controller: command flow and ACL flow control
    /// (Core Vol 4 Part E §4).</summary>
    public class HciHostTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

        private sealed class Bench : IDisposable
        {
            public readonly HciHost Host;
            public readonly HciTransport Controller;
            public readonly BlockingCollection<H4Packet> Received = new BlockingCollection<H4Packet>();

            public Bench()
            {
                var (h, c) = InProcessTransport.CreatePair("bench");
                Host = new HciHost(h);
                Controller = c;
                c.PacketReceived += Received.Add;
                c.Start();
                Host.Start();
            }

            public H4Packet Next()
            {
                Assert.True(Received.TryTake(out var p, Wait), "nothing from the host");
                return p;
            }

            public bool NothingWithin(TimeSpan t) => !Received.TryTake(out _, t);

            public void Dispose() => Host.Dispose();
        }

        [Fact]
        public async Task A_command_returns_its_return_parameters_and_a_failure_status_throws()
        {
            using var b = new Bench();
            var t = b.Host.SendCommandAsync(HciOpcode.ReadBdAddr);
            Assert.Equal("091000", Convert.ToHexString(b.Next().Bytes));
            b.Controller.Send(HciEventPacket.CommandComplete(1, HciOpcode.ReadBdAddr, Convert.FromHexString("00665544332211")).ToH4());
            Assert.Equal("665544332211", Convert.ToHexString(await t.WaitAsync(Wait)));

            var f = b.Host.SendCommandAsync(HciOpcode.LeCreateConnection, new byte[25]);
            b.Next();
            b.Controller.Send(HciEventPacket.CommandStatus(HciStatus.CommandDisallowed, 1, HciOpcode.LeCreateConnection).ToH4());
            var e = await Assert.ThrowsAsync<HciException>(() => f.WaitAsync(Wait));
            Assert.Equal(HciStatus.CommandDisallowed, e.Status);
            Assert.Contains("LE Create Connection", e.Message);
            Assert.Contains("Command Disallowed", e.Message);
        }

        [Fact]
        public async Task With_no_command_credits_the_next_command_waits_for_a_nop()
        {
            using var b = new Bench();
            var first = b.Host.SendCommandAsync(HciOpcode.Reset);
            b.Next();
            b.Controller.Send(HciEventPacket.CommandComplete(0, HciOpcode.Reset, new byte[] { 0 }).ToH4());
            await first.WaitAsync(Wait);
            var second = b.Host.SendCommandAsync(HciOpcode.ReadBdAddr);
            // No credit: nothing may go out (the check gives the host ample time to misbehave).
            Assert.True(b.NothingWithin(TimeSpan.FromMilliseconds(300)));
            b.Controller.Send(HciEventPacket.CommandComplete(1, HciOpcode.Nop, ReadOnlySpan<byte>.Empty).ToH4());
            Assert.Equal("091000", Convert.ToHexString(b.Next().Bytes));
            b.Controller.Send(HciEventPacket.CommandComplete(1, HciOpcode.ReadBdAddr, new byte[7]).ToH4());
            await second.WaitAsync(Wait);
        }

        [Fact]
        public async Task An_unanswered_command_times_out_with_its_name()
        {
            using var b = new Bench();
            b.Host.CommandTimeout = TimeSpan.FromMilliseconds(200);
            var e = await Assert.ThrowsAsync<HciException>(() => b.Host.SendCommandAsync(HciOpcode.LeSetScanEnable, new byte[] { 1, 0 }));
            Assert.Contains("LE Set Scan Enable", e.Message);
        }

        [Fact]
        public void Acl_goes_out_only_while_the_controller_has_buffers()
        {
            using var b = new Bench();
            b.Host.SetAclBuffers(27, 2);
            var pdu = Enumerable.Range(0, 120).Select(i => (byte)i).ToArray(); // 5 fragments of at most 27 bytes
            b.Host.SendL2cap(0x40, pdu);
            var f1 = b.Next();
            var f2 = b.Next();
            Assert.True(b.NothingWithin(TimeSpan.FromMilliseconds(300)), "a third packet went out with no buffer free");
            b.Controller.Send(HciEventPacket.NumberOfCompletedPackets(0x40, 1).ToH4());
            var f3 = b.Next();
            Assert.True(b.NothingWithin(TimeSpan.FromMilliseconds(100)));
            b.Controller.Send(HciEventPacket.NumberOfCompletedPackets(0x40, 2).ToH4());
            var f4 = b.Next();
            var f5 = b.Next();
            var data = new[] { f1, f2, f3, f4, f5 }.Select(p => { Assert.True(AclPacket.TryParse(p.Bytes, out var a)); return a; }).ToArray();
            Assert.Equal(AclPacket.FirstNonFlushable, data[0].Boundary);
            Assert.All(data.Skip(1), a => Assert.Equal(AclPacket.Continuing, a.Boundary));
            Assert.Equal(pdu, data.SelectMany(a => a.Data).ToArray());
        }

        [Fact]
        public void A_disconnection_frees_the_buffers_its_packets_held()
        {
            using var b = new Bench();
            b.Host.SetAclBuffers(27, 1);
            b.Host.SendL2cap(0x40, new byte[10]);
            b.Host.SendL2cap(0x41, new byte[10]);
            b.Next();
            Assert.True(b.NothingWithin(TimeSpan.FromMilliseconds(200)));
            b.Host.ConnectionClosed(0x40);
            Assert.True(AclPacket.TryParse(b.Next().Bytes, out var a));
            Assert.Equal(0x41, a.Handle);
        }
    }
}
