using System;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NanoVehicle.Ble.Att;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Ble.Hci;
using NanoVehicle.Ble.L2cap;
using NanoVehicle.Ble.Radio;
using NanoVehicle.Ble.Transports;
using Xunit;

namespace NanoVehicle.Ble.Tests
{
    /// <summary>Random and truncated input thrown at the HCI, L2CAP and ATT layers, from fixed seeds: nothing
    /// crashes, requests get the specified errors, and the stack keeps working afterwards.</summary>
    public class RobustnessTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

        /// <summary>A scripted controller on the far side of an in-process transport: answers the start-up
        /// commands and records what the host sends.</summary>
        private sealed class ScriptedController
        {
            public readonly HciTransport Side;
            public readonly BlockingCollection<H4Packet> FromHost = new BlockingCollection<H4Packet>();

            public ScriptedController(HciTransport side)
            {
                Side = side;
                side.PacketReceived += p =>
                {
                    if (p.Type == HciPacketType.Command && HciCommandPacket.TryParse(p.Bytes, out var c))
                    {
                        byte[] ret = c.Opcode switch
                        {
                            HciOpcode.ReadBdAddr => new byte[] { 0, 1, 2, 3, 4, 5, 6 },
                            HciOpcode.LeReadBufferSize => new byte[] { 0, 27, 0, 2 },
                            _ => new byte[] { 0 },
                        };
                        if (c.Opcode == HciOpcode.LeCreateConnection || c.Opcode == HciOpcode.Disconnect)
                            side.Send(HciEventPacket.CommandStatus(0, 1, c.Opcode).ToH4());
                        else
                            side.Send(HciEventPacket.CommandComplete(1, c.Opcode, ret).ToH4());
                    }
                    FromHost.Add(p);
                };
                side.Start();
            }

            public void Event(HciEventPacket ev) => Side.Send(ev.ToH4());
            public void Raw(HciPacketType type, byte[] bytes) => Side.Send(new H4Packet(type, bytes));
        }

        private static async Task<(BleHost Host, ScriptedController Controller, List<string> Log)> ScriptedHostAsync(GattServer server = null)
        {
            var (hostSide, controllerSide) = InProcessTransport.CreatePair("scripted");
            var controller = new ScriptedController(controllerSide);
            var host = new BleHost(hostSide, server);
            var log = new List<string>();
            host.Diagnostic += m => { lock (log) log.Add(m); };
            await host.StartAsync().WaitAsync(Wait);
            return (host, controller, log);
        }

        private static H4Packet NextAcl(ScriptedController c)
        {
            while (c.FromHost.TryTake(out var p, Wait))
                if (p.Type == HciPacketType.Acl) return p;
            throw new TimeoutException("no ACL packet from the host");
        }

        [Fact]
        public async Task Host_survives_random_and_truncated_events_and_acl_and_still_serves()
        {
            var (host, c, log) = await ScriptedHostAsync();
            using var hostScope = host;
            var peer = BdAddr.Parse("11:22:33:44:55:66");
            var connected = new TaskCompletionSource<BleConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            host.Connected += conn => connected.TrySetResult(conn);
            var valid = new List<byte[]>
            {
                HciEventPacket.LeConnectionComplete(0, 0x40, 1, peer, 24, 0, 500).ToH4().Bytes,
                HciEventPacket.LeAdvertisingReport(0, peer, new byte[] { 2, 1, 6, 3, 9, 65, 66 }, -40).ToH4().Bytes,
                HciEventPacket.DisconnectionComplete(0, 0x77, 0x13).ToH4().Bytes,
                HciEventPacket.NumberOfCompletedPackets(0x77, 3).ToH4().Bytes,
                HciEventPacket.CommandComplete(1, HciOpcode.LeSetScanEnable, new byte[] { 0 }).ToH4().Bytes,
                HciEventPacket.CommandStatus(0, 1, HciOpcode.LeCreateConnection).ToH4().Bytes,
            };
            var rnd = new Random(5);
            for (int i = 0; i < 3000; i++)
            {
                int mode = rnd.Next(4);
                if (mode == 0)
                {
                    // A valid event cut short, with its length byte fixed up so the frame is self-consistent.
                    var v = valid[rnd.Next(valid.Count)];
                    int keep = rnd.Next(2, v.Length);
                    var t = v.Take(keep).ToArray();
                    t[1] = (byte)(keep - 2);
                    c.Raw(HciPacketType.Event, t);
                }
                else if (mode == 1)
                {
                    var p = new byte[rnd.Next(0, 40)];
                    rnd.NextBytes(p);
                    byte code = rnd.Next(3) == 0 ? HciEventCode.LeMeta : (byte)rnd.Next(256);
                    if (code == HciEventCode.LeMeta && p.Length > 0) p[0] = (byte)rnd.Next(1, 4);
                    // Keep the real connection handle out of random Disconnection Complete events.
                    if (code == HciEventCode.DisconnectionComplete) continue;
                    c.Event(new HciEventPacket(code, p));
                }
                else
                {
                    var p = new byte[rnd.Next(0, 40)];
                    rnd.NextBytes(p);
                    if (p.Length >= 4 && rnd.Next(2) == 0)
                    {
                        BinaryPrimitives.WriteUInt16LittleEndian(p, (ushort)(0x40 | (rnd.Next(3) << 12)));
                        BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(2), (ushort)(p.Length - 4));
                    }
                    c.Raw(HciPacketType.Acl, p);
                }
                if (i == 100) c.Event(HciEventPacket.LeConnectionComplete(0, 0x40, 1, peer, 24, 0, 500));
            }
            var conn = await connected.Task.WaitAsync(Wait);
            // The host still answers: an ATT Read Request for the Device Name gets its Read Response.
            while (c.FromHost.TryTake(out _)) { }
            c.Raw(HciPacketType.Acl, new AclPacket(0x40, AclPacket.FirstFlushable, L2capFrame.Encode(4, new byte[] { 0x0A, 3, 0 })).ToH4().Bytes);
            H4Packet rsp;
            do { rsp = NextAcl(c); } while (!Answers(rsp, 0x0B));
            Assert.True(conn.IsConnected);
            await host.StartScanningAsync().WaitAsync(Wait);
            lock (log) Assert.NotEmpty(log);
        }

        private static bool Answers(H4Packet acl, byte attOpcode)
        {
            AclPacket.TryParse(acl.Bytes, out var a);
            return a != null && a.Data.Length >= 5 && a.Data[2] == 4 && a.Data[4] == attOpcode;
        }

        [Fact]
        public async Task Random_bytes_on_the_h4_stream_do_not_stop_the_host()
        {
            var (hostSide, controllerSide) = InProcessTransport.CreatePair("raw");
            var decoder = new H4Decoder();
            var rnd = new Random(11);
            var hci = new HciHost(hostSide);
            var dropped = 0;
            hci.Diagnostic += _ => System.Threading.Interlocked.Increment(ref dropped);
            controllerSide.PacketReceived += p =>
            {
                if (p.Type == HciPacketType.Command && HciCommandPacket.TryParse(p.Bytes, out var cmd))
                    controllerSide.Send(HciEventPacket.CommandComplete(1, cmd.Opcode, new byte[] { 0 }).ToH4());
            };
            controllerSide.Start();
            hci.Start();
            for (int i = 0; i < 500; i++)
            {
                var junk = new byte[rnd.Next(1, 60)];
                rnd.NextBytes(junk);
                // Junk travels inside well-formed H4 frames of every type the host may not expect.
                controllerSide.Send(new H4Packet((HciPacketType)rnd.Next(1, 6), junk));
            }
            await hci.SendCommandAsync(HciOpcode.Reset).WaitAsync(Wait);
            Assert.True(dropped > 0);
            hci.Dispose();
        }

        [Fact]
        public async Task Virtual_controller_answers_every_command_once_and_drops_junk()
        {
            using var radio = new VirtualRadio();
            var vc = radio.CreateController();
            var hostSide = vc.ConnectInProcess();
            var events = new BlockingCollection<HciEventPacket>();
            hostSide.PacketReceived += p => { if (HciEventPacket.TryParse(p.Bytes, out var e)) events.Add(e); };
            hostSide.Start();
            var rnd = new Random(3);
            ushort[] known = { HciOpcode.Reset, HciOpcode.SetEventMask, HciOpcode.LeSetAdvertisingParameters, HciOpcode.LeSetAdvertisingData,
                HciOpcode.LeSetScanEnable, HciOpcode.LeCreateConnection, HciOpcode.Disconnect, HciOpcode.LeSetAdvertisingEnable,
                HciOpcode.LeCreateConnectionCancel, HciOpcode.LeSetScanParameters, HciOpcode.LeConnectionUpdate, 0x0401, 0xFC00 };
            for (int i = 0; i < 400; i++)
            {
                ushort op = rnd.Next(2) == 0 ? known[rnd.Next(known.Length)] : (ushort)rnd.Next(1, 0x10000);
                var p = new byte[rnd.Next(0, 40)];
                rnd.NextBytes(p);
                hostSide.Send(new HciCommandPacket(op, p).ToH4());
                // Every command gets exactly one Command Complete or Command Status for its opcode first.
                HciEventPacket answer = null;
                while (answer == null)
                {
                    Assert.True(events.TryTake(out var e, Wait), $"no answer to opcode 0x{op:X4}");
                    if (e.Code == HciEventCode.CommandComplete && BinaryPrimitives.ReadUInt16LittleEndian(e.Parameters.AsSpan(1)) == op) answer = e;
                    else if (e.Code == HciEventCode.CommandStatus && BinaryPrimitives.ReadUInt16LittleEndian(e.Parameters.AsSpan(2)) == op) answer = e;
                    else Assert.True(e.Code == HciEventCode.LeMeta, $"unexpected event 0x{e.Code:X2}");
                }
                // Junk that is no command at all: dropped without an answer.
                var junk = new byte[rnd.Next(0, 10)];
                rnd.NextBytes(junk);
                if (junk.Length >= 3) junk[2] = (byte)(junk.Length + 1);
                hostSide.Send(new H4Packet(HciPacketType.Command, junk));
                hostSide.Send(new H4Packet(HciPacketType.Acl, junk));
                hostSide.Send(new H4Packet(HciPacketType.Event, junk));
            }
            // And it still works for a real host.
            using var host = new BleHost(hostSide);
            while (events.TryTake(out _)) { }
            var addr = await Task.Run(async () => { await host.StartAsync(); return host.Address; }).WaitAsync(Wait);
            Assert.Equal(vc.Address, addr);
        }

        [Fact]
        public void Virtual_controller_answers_bad_parameters_and_unknown_commands_as_specified()
        {
            using var radio = new VirtualRadio();
            var vc = radio.CreateController();
            var hostSide = vc.ConnectInProcess();
            var events = new BlockingCollection<HciEventPacket>();
            hostSide.PacketReceived += p => { if (HciEventPacket.TryParse(p.Bytes, out var e)) events.Add(e); };
            hostSide.Start();
            byte Ask(ushort op, string hex)
            {
                hostSide.Send(new HciCommandPacket(op, Convert.FromHexString(hex.Replace(" ", ""))).ToH4());
                Assert.True(events.TryTake(out var e, Wait));
                return e.Code == HciEventCode.CommandComplete ? e.Parameters[3] : e.Parameters[0];
            }
            Assert.Equal(HciStatus.UnknownCommand, Ask(0xFC01, ""));                                 // vendor command
            Assert.Equal(HciStatus.InvalidParameters, Ask(HciOpcode.Reset, "00"));                   // Reset takes none
            Assert.Equal(HciStatus.InvalidParameters, Ask(HciOpcode.LeSetScanEnable, "02 00"));      // enable 2
            Assert.Equal(HciStatus.InvalidParameters, Ask(HciOpcode.LeSetAdvertisingData, "20" + new string('0', 62)));  // 32 > 31
            Assert.Equal(HciStatus.InvalidParameters, Ask(HciOpcode.LeSetAdvertisingParameters, "1000 1000 00 00 00 000000000000 07 00")); // interval < 0x20
            Assert.Equal(HciStatus.InvalidParameters, Ask(HciOpcode.LeSetAdvertisingParameters, "A000 A000 00 00 00 000000000000 00 00")); // no channel
            Assert.Equal(HciStatus.UnknownConnectionIdentifier, Ask(HciOpcode.Disconnect, "4000 13"));
            Assert.Equal(HciStatus.CommandDisallowed, Ask(HciOpcode.LeCreateConnectionCancel, ""));
            Assert.Equal(HciStatus.InvalidParameters, Ask(HciOpcode.LeCreateConnection, "00"));
            Assert.Equal(HciStatus.Success, Ask(HciOpcode.LeSetAdvertisingEnable, "01"));
            Assert.Equal(HciStatus.CommandDisallowed, Ask(HciOpcode.LeSetAdvertisingParameters, "A000 A000 00 00 00 000000000000 07 00")); // while advertising
        }

        [Fact]
        public void Att_server_answers_every_random_request_once_with_its_response_or_an_error_for_it()
        {
            var server = new GattServer("fuzz");
            var notify = new GattCharacteristic(BleUuid.From16(0x2A19), GattProperties.Read | GattProperties.Notify | GattProperties.Write | GattProperties.WriteWithoutResponse, new byte[] { 1 });
            var failing = new GattCharacteristic(BleUuid.Parse("00112233-4455-6677-8899-aabbccddeeff"), GattProperties.Read | GattProperties.Write);
            failing.ReadHandler = _ => throw new InvalidOperationException("read fails");
            failing.WriteHandler = (c, v) => throw new InvalidOperationException("write fails");
            server.AddService(new GattService(BleUuid.From16(0x180F), notify, failing));
            var sent = new List<byte[]>();
            var bearer = new AttBearer(sent.Add);
            server.Attach(bearer);
            var rnd = new Random(7);
            byte[] requests = { 0x02, 0x04, 0x06, 0x08, 0x0A, 0x0C, 0x0E, 0x10, 0x12, 0x16, 0x18, 0x52, 0xD2, 0x1E, 0x20, 0x3F };
            for (int i = 0; i < 20000; i++)
            {
                byte op = rnd.Next(4) == 0 ? (byte)rnd.Next(256) : requests[rnd.Next(requests.Length)];
                var pdu = new byte[rnd.Next(1, 30)];
                rnd.NextBytes(pdu);
                pdu[0] = op;
                // Keep handles small often, so requests hit real attributes as well as missing ones.
                if (pdu.Length >= 3 && rnd.Next(2) == 0) { pdu[1] = (byte)rnd.Next(0, 12); pdu[2] = 0; }
                if (pdu.Length >= 5 && rnd.Next(2) == 0) { pdu[3] = (byte)rnd.Next(0, 14); pdu[4] = 0; }
                sent.Clear();
                server.Receive(bearer, pdu);
                bool expectsAnswer = !AttOpcode.IsCommand(op) && !AttOpcode.IsServerToClient(op) && op != AttOpcode.HandleValueConfirmation;
                // A confirmation may release a queued indication, never anything else.
                if (!expectsAnswer)
                {
                    Assert.All(sent, s => Assert.Equal(AttOpcode.HandleValueIndication, s[0]));
                    continue;
                }
                var rsp = Assert.Single(sent);
                if (rsp[0] == AttOpcode.ErrorResponse)
                {
                    Assert.Equal(5, rsp.Length);
                    Assert.Equal(op, rsp[1]);
                    Assert.NotEqual(0, rsp[4]);
                }
                else
                {
                    Assert.Equal(op + 1, rsp[0]);
                    Assert.True(rsp.Length <= bearer.Mtu, "response within the MTU");
                }
            }
            // Reads of the failing characteristic map its exception to Unlikely Error.
            sent.Clear();
            server.Receive(bearer, new byte[] { 0x0A, (byte)failing.ValueHandle, 0 });
            Assert.Equal(new byte[] { 1, 0x0A, (byte)failing.ValueHandle, 0, 0x0E }, sent[0]);
        }

        [Fact]
        public async Task Random_l2cap_frames_on_a_live_link_leave_it_working()
        {
            using var radio = new VirtualRadio(TimeSpan.FromMilliseconds(20));
            var server = new GattServer("target");
            using var peripheral = new BleHost(radio.CreateController().ConnectInProcess(), server);
            using var central = new BleHost(radio.CreateController().ConnectInProcess());
            await peripheral.StartAsync().WaitAsync(Wait);
            await central.StartAsync().WaitAsync(Wait);
            var pConnected = new TaskCompletionSource<BleConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            peripheral.Connected += c => pConnected.TrySetResult(c);
            await peripheral.StartAdvertisingAsync(new byte[] { 2, 1, 6 });
            var link = await central.ConnectAsync(peripheral.Address, Wait);
            var pLink = await pConnected.Task.WaitAsync(Wait);

            // Everything the peripheral sends back on signalling and SMP is checked against the specification.
            var answers = new BlockingCollection<(ushort Cid, byte[] Payload)>();
            link.FrameReceived += (cid, p) => { if (cid != L2capFrame.AttCid) answers.Add((cid, p)); };
            var rnd = new Random(21);
            ushort[] cids = { 4, 5, 6, 0x40, 0x0001 };
            for (int i = 0; i < 300; i++)
            {
                var payload = new byte[rnd.Next(0, 40)];
                rnd.NextBytes(payload);
                ushort cid = cids[rnd.Next(cids.Length)];
                if (cid == 4 && payload.Length > 0 && AttOpcode.IsServerToClient(payload[0])) payload[0] = 0x0A;
                link.SendFrame(cid, payload);
            }
            link.SendFrame(6, new byte[] { 0x01, 0x03, 0x00, 0x01, 0x10, 0x07, 0x07 });
            link.SendFrame(5, new byte[] { 0x12, 0x42, 0x08, 0x00, 0x18, 0x00, 0x28, 0x00, 0x00, 0x00, 0xF4, 0x01 });
            // The link still carries GATT afterwards.
            var services = await link.Gatt.DiscoverServicesAsync().WaitAsync(Wait);
            Assert.Equal(GattUuids.GenericAccess, services[0].Uuid);
            bool sawPairingFailed = false, sawReject = false;
            while (answers.TryTake(out var a, TimeSpan.FromMilliseconds(1)) || (!(sawPairingFailed && sawReject) && answers.TryTake(out a, Wait)))
            {
                if (a.Cid == L2capFrame.SmpCid)
                {
                    Assert.Equal(new byte[] { 0x05, 0x05 }, a.Payload);
                    sawPairingFailed = true;
                }
                else
                {
                    Assert.Equal(L2capFrame.LeSignalingCid, a.Cid);
                    Assert.Contains(a.Payload[0], new byte[] { 0x01, 0x15 });
                    if (a.Payload[0] == 0x01 && a.Payload[1] == 0x42) sawReject = true;
                }
            }
            Assert.True(sawPairingFailed, "Pairing Failed received");
            Assert.True(sawReject, "the peripheral rejected a Connection Parameter Update Request");
            Assert.True(pLink.IsConnected);
        }
    }
}
