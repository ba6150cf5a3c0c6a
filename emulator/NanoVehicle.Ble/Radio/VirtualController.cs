using System;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading;
using NanoVehicle.Ble.Gap;
using NanoVehicle.Ble.Hci;
using NanoVehicle.Ble.Transports;

namespace NanoVehicle.Ble.Radio
{
    /// <summary>A virtual LE controller on a <see cref="VirtualRadio"/>: the controller side of the HCI
    /// commands an LE host needs (Core Vol 4 Part E §7): Reset, event masks, version, features, buffer sizes,
    /// BD_ADDR, legacy advertising, scanning (advertising reports with AD data and, when active, scan
    /// responses), LE Create Connection and its cancel, Disconnect, and ACL data with Number Of Completed
    /// Packets. One host at a time attaches, in process or over TCP as an H4 endpoint; other commands are
    /// answered with Unknown HCI Command, bad parameters with Invalid HCI Command Parameters, and malformed
    /// packets are dropped.</summary>
    public sealed class VirtualController : IDisposable
    {
        /// <summary>The LE ACL data packet length this controller reports (the minimum, so hosts must fragment).</summary>
        public const int AclDataLength = 27;
        /// <summary>The number of LE ACL buffers it reports.</summary>
        public const int AclBufferCount = 8;

        private readonly VirtualRadio radio;
        private readonly Dictionary<ushort, Link> links = new Dictionary<ushort, Link>();
        private readonly HashSet<ulong> reported = new HashSet<ulong>();
        private HostLink host;
        private ulong eventMask;
        private ulong leEventMask;
        private byte advertisingType;
        private byte[] advertisingData = Array.Empty<byte>();
        private byte[] scanResponseData = Array.Empty<byte>();
        private bool advertising;
        private bool scanning;
        private bool activeScan;
        private bool filterDuplicates;
        private bool initiating;
        private BdAddr initiatingPeer;
        private bool disposed;

        private sealed class Link
        {
            public ushort Handle;
            public VirtualController Central;
            public VirtualController Peripheral;
            public VirtualController Other(VirtualController c) => c == Central ? Peripheral : Central;
        }

        internal VirtualController(VirtualRadio radio, BdAddr address)
        {
            this.radio = radio;
            Address = address;
            ResetState();
        }

        /// <summary>The controller's public address.</summary>
        public BdAddr Address { get; }

        /// <summary>True while a host is attached.</summary>
        public bool HasHost { get { lock (radio.Sync) return host != null; } }

        /// <summary>Dropped input and other log lines.</summary>
        public event Action<string> Diagnostic;

        /// <summary>The attached host left (its transport closed or another host replaced it). Raised on a
        /// pool thread, outside the radio's lock.</summary>
        public event Action<VirtualController> HostDetached;

        internal bool IsAdvertisingUnlocked => advertising && host != null;

        /// <summary>Attaches a host on the controller side of <paramref name="transport"/>, replacing any host
        /// attached before (whose links drop), and starts the transport.</summary>
        public void Attach(HciTransport transport)
        {
            var link = new HostLink(this, transport);
            lock (radio.Sync)
            {
                if (disposed) throw new ObjectDisposedException(nameof(VirtualController));
                DetachUnlocked("another host attached");
                host = link;
            }
            transport.PacketReceived += p => OnPacket(link, p);
            transport.Closed += reason => Detach(link, reason);
            transport.Diagnostic += Report;
            transport.Start();
        }

        /// <summary>Joins a new in-process host transport to this controller and returns the host's end.</summary>
        public HciTransport ConnectInProcess()
        {
            var (hostSide, controllerSide) = InProcessTransport.CreatePair($"virtual {Address}");
            Attach(controllerSide);
            return hostSide;
        }

        /// <summary>Makes this controller reachable as an H4 endpoint over TCP on <paramref name="address"/>
        /// (loopback when null) and <paramref name="port"/> (0 picks a free one).</summary>
        public H4TcpEndpoint ListenTcp(IPAddress address = null, int port = 0) =>
            new H4TcpEndpoint(() => this, false, address ?? IPAddress.Loopback, port);

        private void Detach(HostLink link, string reason)
        {
            lock (radio.Sync)
            {
                if (host != link) return;
                DetachUnlocked(reason);
            }
        }

        private void DetachUnlocked(string reason)
        {
            if (host == null) return;
            Report($"host detached from {Address}: {reason}");
            var old = host;
            host = null;
            // The peer of each link sees the link time out, as over the air.
            DropLinks(HciStatus.ConnectionTimeout, notifySelf: false);
            ResetState();
            old.Stop();
            var handler = HostDetached;
            if (handler != null) ThreadPool.QueueUserWorkItem(_ =>
            {
                try { handler(this); } catch (Exception e) { Report("host detached handler failed: " + e); }
            });
        }

        private void ResetState()
        {
            eventMask = 0x00001FFFFFFFFFFFUL;
            leEventMask = 0x1F;
            advertisingType = 0;
            advertisingData = Array.Empty<byte>();
            scanResponseData = Array.Empty<byte>();
            advertising = false;
            scanning = false;
            initiating = false;
            reported.Clear();
        }

        private void DropLinks(byte peerReason, bool notifySelf)
        {
            foreach (var l in new List<Link>(links.Values))
            {
                var other = l.Other(this);
                links.Remove(l.Handle);
                other.links.Remove(l.Handle);
                other.SendEvent(HciEventPacket.DisconnectionComplete(0, l.Handle, peerReason));
                if (notifySelf) SendEvent(HciEventPacket.DisconnectionComplete(0, l.Handle, HciStatus.ConnectionTerminatedByLocalHost));
            }
        }

        private void OnPacket(HostLink from, H4Packet packet)
        {
            lock (radio.Sync)
            {
                if (host != from) return;
                switch (packet.Type)
                {
                    case HciPacketType.Command:
                        if (!HciCommandPacket.TryParse(packet.Bytes, out var cmd))
                        {
                            Report($"malformed HCI command dropped: {Convert.ToHexString(packet.Bytes)}");
                            return;
                        }
                        OnCommand(cmd);
                        return;
                    case HciPacketType.Acl:
                        if (!AclPacket.TryParse(packet.Bytes, out var acl))
                        {
                            Report($"malformed ACL packet dropped: {Convert.ToHexString(packet.Bytes)}");
                            return;
                        }
                        OnAcl(acl);
                        return;
                    default:
                        Report($"{packet.Type} packet from the host dropped");
                        return;
                }
            }
        }

        private void OnAcl(AclPacket acl)
        {
            if (!links.TryGetValue(acl.Handle, out var link))
            {
                Report($"ACL data for unknown handle 0x{acl.Handle:X3} dropped");
                return;
            }
            if (acl.Data.Length > AclDataLength)
            {
                Report($"ACL packet of {acl.Data.Length} bytes exceeds the {AclDataLength}-byte buffer, dropped");
                return;
            }
            // Towards a host, a start fragment is marked automatically flushable (Vol 4 Part E §5.4.2).
            var forwarded = new AclPacket(acl.Handle, acl.IsStart ? AclPacket.FirstFlushable : AclPacket.Continuing, acl.Data);
            link.Other(this).SendToHost(forwarded.ToH4());
            SendEvent(HciEventPacket.NumberOfCompletedPackets(acl.Handle, 1));
        }

        private void OnCommand(HciCommandPacket cmd)
        {
            var p = cmd.Parameters;
            switch (cmd.Opcode)
            {
                case HciOpcode.Reset:
                    if (!Length(cmd, 0)) return;
                    DropLinks(HciStatus.ConnectionTimeout, notifySelf: false);
                    ResetState();
                    Complete(cmd, HciStatus.Success);
                    return;
                case HciOpcode.SetEventMask:
                    if (!Length(cmd, 8)) return;
                    eventMask = BinaryPrimitives.ReadUInt64LittleEndian(p);
                    Complete(cmd, HciStatus.Success);
                    return;
                case HciOpcode.LeSetEventMask:
                    if (!Length(cmd, 8)) return;
                    leEventMask = BinaryPrimitives.ReadUInt64LittleEndian(p);
                    Complete(cmd, HciStatus.Success);
                    return;
                case HciOpcode.WriteLeHostSupport:
                    if (!Length(cmd, 2)) return;
                    Complete(cmd, HciStatus.Success);
                    return;
                case HciOpcode.ReadLocalVersion:
                    if (!Length(cmd, 0)) return;
                    // HCI 5.3 (0x0C), revision 0, LMP 5.3, manufacturer 0xFFFF (none assigned), subversion 0.
                    Complete(cmd, HciStatus.Success, 0x0C, 0, 0, 0x0C, 0xFF, 0xFF, 0, 0);
                    return;
                case HciOpcode.ReadLocalSupportedCommands:
                    if (!Length(cmd, 0)) return;
                    Complete(cmd, HciStatus.Success, SupportedCommands());
                    return;
                case HciOpcode.ReadLocalSupportedFeatures:
                    if (!Length(cmd, 0)) return;
                    // Byte 4 bit 5 "BR/EDR not supported", bit 6 "LE supported (controller)".
                    Complete(cmd, HciStatus.Success, 0, 0, 0, 0, 0x60, 0, 0, 0);
                    return;
                case HciOpcode.LeReadLocalSupportedFeatures:
                    if (!Length(cmd, 0)) return;
                    Complete(cmd, HciStatus.Success, 0, 0, 0, 0, 0, 0, 0, 0);
                    return;
                case HciOpcode.LeReadSupportedStates:
                    if (!Length(cmd, 0)) return;
                    Complete(cmd, HciStatus.Success, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x03, 0, 0);
                    return;
                case HciOpcode.ReadBufferSize:
                    if (!Length(cmd, 0)) return;
                    Complete(cmd, HciStatus.Success, AclDataLength, 0, 0, AclBufferCount, 0, 0, 0);
                    return;
                case HciOpcode.LeReadBufferSize:
                    if (!Length(cmd, 0)) return;
                    Complete(cmd, HciStatus.Success, AclDataLength, 0, AclBufferCount);
                    return;
                case HciOpcode.ReadBdAddr:
                {
                    if (!Length(cmd, 0)) return;
                    var r = new byte[6];
                    Address.WriteTo(r, 0);
                    Complete(cmd, HciStatus.Success, r);
                    return;
                }
                case HciOpcode.LeSetRandomAddress:
                    if (!Length(cmd, 6)) return;
                    // Reports keep the public address: this radio has no privacy.
                    Complete(cmd, HciStatus.Success);
                    return;
                case HciOpcode.LeReadFilterAcceptListSize:
                    if (!Length(cmd, 0)) return;
                    Complete(cmd, HciStatus.Success, 0);
                    return;
                case HciOpcode.LeClearFilterAcceptList:
                    if (!Length(cmd, 0)) return;
                    Complete(cmd, HciStatus.Success);
                    return;
                case HciOpcode.LeReadAdvertisingTxPower:
                    if (!Length(cmd, 0)) return;
                    Complete(cmd, HciStatus.Success, 0);
                    return;
                case HciOpcode.LeSetAdvertisingParameters:
                {
                    if (!Length(cmd, 15)) return;
                    ushort min = BinaryPrimitives.ReadUInt16LittleEndian(p);
                    ushort max = BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(2));
                    byte type = p[4];
                    bool directed = type == 0x01 || type == 0x04;
                    if (advertising) { Complete(cmd, HciStatus.CommandDisallowed); return; }
                    if (type > 0x04 || (!directed && (min < 0x20 || max > 0x4000 || min > max)) || (p[13] & 0x07) == 0)
                    {
                        Complete(cmd, HciStatus.InvalidParameters);
                        return;
                    }
                    advertisingType = type == 0x04 ? (byte)0x01 : type;
                    Complete(cmd, HciStatus.Success);
                    return;
                }
                case HciOpcode.LeSetAdvertisingData:
                case HciOpcode.LeSetScanResponseData:
                {
                    if (!Length(cmd, 32)) return;
                    if (p[0] > 31) { Complete(cmd, HciStatus.InvalidParameters); return; }
                    var data = p.AsSpan(1, p[0]).ToArray();
                    if (cmd.Opcode == HciOpcode.LeSetAdvertisingData) advertisingData = data; else scanResponseData = data;
                    Complete(cmd, HciStatus.Success);
                    return;
                }
                case HciOpcode.LeSetAdvertisingEnable:
                    if (!Length(cmd, 1)) return;
                    if (p[0] > 1) { Complete(cmd, HciStatus.InvalidParameters); return; }
                    advertising = p[0] == 1;
                    Complete(cmd, HciStatus.Success);
                    if (advertising) OnAdvertisingStarted();
                    return;
                case HciOpcode.LeSetScanParameters:
                    if (!Length(cmd, 7)) return;
                    if (scanning) { Complete(cmd, HciStatus.CommandDisallowed); return; }
                    if (p[0] > 1) { Complete(cmd, HciStatus.InvalidParameters); return; }
                    activeScan = p[0] == 1;
                    Complete(cmd, HciStatus.Success);
                    return;
                case HciOpcode.LeSetScanEnable:
                    if (!Length(cmd, 2)) return;
                    if (p[0] > 1 || p[1] > 1) { Complete(cmd, HciStatus.InvalidParameters); return; }
                    if (p[0] == 1 && !scanning) reported.Clear();
                    scanning = p[0] == 1;
                    filterDuplicates = p[1] == 1;
                    Complete(cmd, HciStatus.Success);
                    if (scanning)
                        foreach (var c in radio.All)
                            if (c != this && c.IsAdvertisingUnlocked) Hear(c);
                    return;
                case HciOpcode.LeCreateConnection:
                {
                    if (!Length(cmd, 25)) return;
                    if (initiating) { Status(cmd, HciStatus.CommandDisallowed); return; }
                    if (p[4] != 0 || p[5] > 3) { Status(cmd, p[4] != 0 ? HciStatus.UnsupportedFeature : HciStatus.InvalidParameters); return; }
                    initiatingPeer = BdAddr.FromBytes(p, 6, BdAddr.TypeFromHci(p[5]));
                    initiating = true;
                    Status(cmd, HciStatus.Success);
                    TryConnect();
                    return;
                }
                case HciOpcode.LeCreateConnectionCancel:
                    if (!Length(cmd, 0)) return;
                    if (!initiating) { Complete(cmd, HciStatus.CommandDisallowed); return; }
                    initiating = false;
                    Complete(cmd, HciStatus.Success);
                    SendLeMeta(0, HciEventPacket.LeConnectionComplete(HciStatus.UnknownConnectionIdentifier, 0, 0, initiatingPeer, 0, 0, 0));
                    return;
                case HciOpcode.LeConnectionUpdate:
                {
                    if (!Length(cmd, 14)) return;
                    ushort handle = (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(p) & 0x0FFF);
                    if (!links.ContainsKey(handle)) { Status(cmd, HciStatus.UnknownConnectionIdentifier); return; }
                    ushort min = BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(2));
                    ushort max = BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(4));
                    ushort latency = BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(6));
                    ushort timeout = BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(8));
                    if (min < 6 || max > 3200 || min > max || latency > 499 || timeout < 10 || timeout > 3200)
                    {
                        Status(cmd, HciStatus.InvalidParameters);
                        return;
                    }
                    Status(cmd, HciStatus.Success);
                    var upd = new byte[10];
                    upd[0] = HciEventCode.LeConnectionUpdateComplete;
                    BinaryPrimitives.WriteUInt16LittleEndian(upd.AsSpan(2), handle);
                    BinaryPrimitives.WriteUInt16LittleEndian(upd.AsSpan(4), BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(4)));
                    BinaryPrimitives.WriteUInt16LittleEndian(upd.AsSpan(6), BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(6)));
                    BinaryPrimitives.WriteUInt16LittleEndian(upd.AsSpan(8), BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(8)));
                    var ev = new HciEventPacket(HciEventCode.LeMeta, upd);
                    SendLeMeta(2, ev);
                    links[handle].Other(this).SendLeMeta(2, ev);
                    return;
                }
                case HciOpcode.Disconnect:
                {
                    if (!Length(cmd, 3)) return;
                    ushort handle = (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(p) & 0x0FFF);
                    byte reason = p[2];
                    if (!links.TryGetValue(handle, out var link)) { Status(cmd, HciStatus.UnknownConnectionIdentifier); return; }
                    // Allowed reasons (§7.1.6): authentication failure, remote user/low resources/power off, unsupported feature, key too short, unacceptable parameters.
                    if (reason != 0x05 && reason != 0x13 && reason != 0x14 && reason != 0x15 && reason != 0x1A && reason != 0x29 && reason != 0x3B)
                    {
                        Status(cmd, HciStatus.InvalidParameters);
                        return;
                    }
                    Status(cmd, HciStatus.Success);
                    var other = link.Other(this);
                    links.Remove(handle);
                    other.links.Remove(handle);
                    SendEvent(HciEventPacket.DisconnectionComplete(0, handle, HciStatus.ConnectionTerminatedByLocalHost));
                    other.SendEvent(HciEventPacket.DisconnectionComplete(0, handle, reason));
                    return;
                }
                default:
                    Report($"{HciOpcode.Name(cmd.Opcode)} not supported by the virtual controller");
                    Complete(cmd, HciStatus.UnknownCommand);
                    return;
            }
        }

        private void OnAdvertisingStarted()
        {
            // A waiting initiator connects at once; scanners hear us on the next tick and now.
            foreach (var c in radio.All)
            {
                if (c == this) continue;
                if (c.initiating && c.initiatingPeer.Value == Address.Value && c.TryConnect()) return;
                c.Hear(this);
            }
        }

        /// <summary>Connects this initiator to its target if that target advertises connectably.</summary>
        private bool TryConnect()
        {
            if (!initiating) return false;
            var target = radio.Find(initiatingPeer);
            if (target == null || target == this || !target.IsAdvertisingUnlocked || (target.advertisingType != 0x00 && target.advertisingType != 0x01))
                return false;
            initiating = false;
            target.advertising = false;
            ushort handle = radio.AllocateHandle();
            var link = new Link { Handle = handle, Central = this, Peripheral = target };
            links[handle] = link;
            target.links[handle] = link;
            // 30 ms interval (24 x 1.25 ms), no latency, 5 s supervision timeout.
            SendLeMeta(0, HciEventPacket.LeConnectionComplete(0, handle, 0x00, target.Address, 24, 0, 500));
            target.SendLeMeta(0, HciEventPacket.LeConnectionComplete(0, handle, 0x01, Address, 24, 0, 500));
            return true;
        }

        /// <summary>Delivers an advertiser's current advertising (and, when scanning actively, its scan
        /// response) to this controller's host as advertising reports.</summary>
        internal void Hear(VirtualController advertiser)
        {
            if (!scanning || host == null || !advertiser.IsAdvertisingUnlocked) return;
            if (advertiser.advertisingType == 0x01) return; // directed advertising is not for scanners
            if (filterDuplicates && !reported.Add(advertiser.Address.Value)) return;
            SendLeMeta(1, HciEventPacket.LeAdvertisingReport(advertiser.advertisingType, advertiser.Address, advertiser.advertisingData, radio.Rssi));
            bool scannable = advertiser.advertisingType == 0x00 || advertiser.advertisingType == 0x02;
            if (activeScan && scannable)
                SendLeMeta(1, HciEventPacket.LeAdvertisingReport((byte)AdvertisingEventType.ScanResponse, advertiser.Address, advertiser.scanResponseData, radio.Rssi));
        }

        private static byte[] SupportedCommands()
        {
            var c = new byte[64];
            c[0] |= 1 << 5;                          // Disconnect
            c[5] |= (1 << 6) | (1 << 7);             // Set Event Mask, Reset
            c[14] |= (1 << 3) | (1 << 5) | (1 << 7); // Read Local Version, Read Local Supported Features, Read Buffer Size
            c[15] |= 1 << 1;                         // Read BD_ADDR
            c[24] |= 1 << 6;                         // Write LE Host Support
            c[25] |= 0xF7;                           // LE Set Event Mask .. LE Set Advertising Data (but LE Set Random Address)
            c[25] |= 1 << 4;                         // LE Set Random Address
            c[26] |= 0xFF;                           // LE Set Scan Response Data .. LE Clear Filter Accept List
            c[27] |= 1 << 2;                         // LE Connection Update
            c[28] |= 1 << 3;                         // LE Read Supported States
            return c;
        }

        private bool Length(HciCommandPacket cmd, int expected)
        {
            if (cmd.Parameters.Length == expected) return true;
            Report($"{HciOpcode.Name(cmd.Opcode)} with {cmd.Parameters.Length} parameter bytes instead of {expected}");
            // Commands answered by Command Status report the error there.
            if (cmd.Opcode == HciOpcode.LeCreateConnection || cmd.Opcode == HciOpcode.Disconnect || cmd.Opcode == HciOpcode.LeConnectionUpdate)
                Status(cmd, HciStatus.InvalidParameters);
            else
                Complete(cmd, HciStatus.InvalidParameters);
            return false;
        }

        private void Complete(HciCommandPacket cmd, byte status, params byte[] returnParameters)
        {
            var r = new byte[1 + returnParameters.Length];
            r[0] = status;
            returnParameters.CopyTo(r, 1);
            SendEvent(HciEventPacket.CommandComplete(1, cmd.Opcode, r));
        }

        private void Status(HciCommandPacket cmd, byte status) => SendEvent(HciEventPacket.CommandStatus(status, 1, cmd.Opcode));

        /// <summary>Sends an LE Meta event if the host enabled it and the given subevent bit.</summary>
        private void SendLeMeta(int leMaskBit, HciEventPacket ev)
        {
            if ((eventMask & (1UL << 61)) == 0 || (leEventMask & (1UL << leMaskBit)) == 0) return;
            SendEvent(ev);
        }

        private void SendEvent(HciEventPacket ev) => SendToHost(ev.ToH4());

        private void SendToHost(H4Packet packet) => host?.Enqueue(packet);

        private void Report(string message)
        {
            try { Diagnostic?.Invoke(message); } catch (Exception) { /* logging must not fail the radio */ }
        }

        /// <summary>Detaches the host and leaves the radio.</summary>
        public void Dispose()
        {
            lock (radio.Sync)
            {
                if (disposed) return;
                disposed = true;
                DetachUnlocked("controller removed");
            }
            radio.Remove(this);
        }

        /// <summary>The way to the attached host: packets queue here and a thread of their own writes them, so
        /// the radio never waits on a slow host.</summary>
        private sealed class HostLink
        {
            private readonly BlockingCollection<H4Packet> outbox = new BlockingCollection<H4Packet>();
            private readonly HciTransport transport;

            public HostLink(VirtualController owner, HciTransport transport)
            {
                this.transport = transport;
                var t = new Thread(() =>
                {
                    try
                    {
                        foreach (var p in outbox.GetConsumingEnumerable()) transport.Send(p);
                    }
                    catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is InvalidOperationException)
                    {
                        owner.Report($"host link of {owner.Address} lost: {e.Message}");
                    }
                    transport.Dispose();
                })
                { IsBackground = true, Name = "virtual-controller-tx " + owner.Address };
                t.Start();
            }

            public void Enqueue(H4Packet packet)
            {
                try { outbox.Add(packet); }
                catch (InvalidOperationException) { /* link stopping */ }
            }

            public void Stop() => outbox.CompleteAdding();
        }
    }
}
