using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Ble.Gap;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Ble.Hci;
using NanoVehicle.Ble.Transports;

namespace NanoVehicle.Ble
{
    /// <summary>A Bluetooth LE host on one HCI transport: GAP peripheral (advertising with a scan response,
    /// connectable, no pairing) and central (scanning, connecting) roles, the connections, and a GATT server
    /// shared by all of them. Events are raised on the transport's receive thread; a handler may start async
    /// work (GATT requests, commands) but must not block waiting for it there.</summary>
    public sealed class BleHost : IDisposable
    {
        private readonly Dictionary<ushort, BleConnection> connections = new Dictionary<ushort, BleConnection>();
        private readonly object sync = new object();
        private readonly SemaphoreSlim connectGate = new SemaphoreSlim(1, 1);
        private TaskCompletionSource<BleConnection> pendingConnect;
        private BdAddr pendingPeer;
        private volatile bool wantAdvertising;
        private byte[] advertisingData = Array.Empty<byte>();
        private byte[] scanResponseData = Array.Empty<byte>();
        private bool advertisingConnectable = true;

        /// <summary>A host on <paramref name="transport"/>; call <see cref="StartAsync"/> next.</summary>
        public BleHost(HciTransport transport, GattServer gattServer = null)
        {
            Hci = new HciHost(transport);
            GattServer = gattServer ?? new GattServer();
            Hci.EventReceived += OnEvent;
            Hci.AclReceived += OnAcl;
            Hci.Closed += OnTransportClosed;
            Hci.Diagnostic += Report;
            GattServer.Diagnostic += Report;
        }

        /// <summary>The HCI layer.</summary>
        public HciHost Hci { get; }

        /// <summary>The GATT server every connection's client sees.</summary>
        public GattServer GattServer { get; }

        /// <summary>The controller's public address, read at start.</summary>
        public BdAddr Address { get; private set; }

        /// <summary>The open connections.</summary>
        public IReadOnlyList<BleConnection> Connections { get { lock (sync) return new List<BleConnection>(connections.Values); } }

        /// <summary>True while the controller advertises on our behalf.</summary>
        public bool IsAdvertising { get; private set; }

        /// <summary>True while scanning.</summary>
        public bool IsScanning { get; private set; }

        /// <summary>A connection opened (either role).</summary>
        public event Action<BleConnection> Connected;

        /// <summary>A connection closed, with the HCI reason code.</summary>
        public event Action<BleConnection, byte> Disconnected;

        /// <summary>An advertising report arrived while scanning.</summary>
        public event Action<Advertisement> AdvertisementReceived;

        /// <summary>The transport closed; the host is unusable afterwards.</summary>
        public event Action<string> TransportClosed;

        /// <summary>Dropped input and other log lines from every layer.</summary>
        public event Action<string> Diagnostic;

        /// <summary>Starts the transport and brings the controller up: Reset, Set Event Mask, LE Set Event Mask,
        /// Read BD_ADDR, LE Read Buffer Size (falling back to Read Buffer Size when the LE buffers are shared).</summary>
        public async Task StartAsync(CancellationToken cancel = default)
        {
            Hci.Start();
            await Hci.SendCommandAsync(HciOpcode.Reset, null, cancel).ConfigureAwait(false);
            var mask = new byte[8];
            // The default mask with LE Meta (bit 61) on (Vol 4 Part E §7.3.1).
            BinaryPrimitives.WriteUInt64LittleEndian(mask, 0x3DBFF807FFFBFFFFUL);
            await Hci.SendCommandAsync(HciOpcode.SetEventMask, mask, cancel).ConfigureAwait(false);
            var leMask = new byte[8];
            // Connection Complete, Advertising Report, Connection Update Complete, Read Remote Features, LTK Request.
            leMask[0] = 0x1F;
            await Hci.SendCommandAsync(HciOpcode.LeSetEventMask, leMask, cancel).ConfigureAwait(false);
            try
            {
                // Dual-mode controllers want LE host support switched on; LE-only ones do not know the command.
                await Hci.SendCommandAsync(HciOpcode.WriteLeHostSupport, new byte[] { 1, 0 }, cancel).ConfigureAwait(false);
            }
            catch (HciException e) when (e.Status != 0)
            {
                Report("Write LE Host Support not taken: " + e.Message);
            }
            var addr = await Hci.SendCommandAsync(HciOpcode.ReadBdAddr, null, cancel).ConfigureAwait(false);
            if (addr.Length < 6) throw new HciException("Read BD_ADDR returned no address");
            Address = BdAddr.FromBytes(addr, 0, BdAddrType.Public);
            var buf = await Hci.SendCommandAsync(HciOpcode.LeReadBufferSize, null, cancel).ConfigureAwait(false);
            if (buf.Length < 3) throw new HciException("LE Read Buffer Size returned too few parameters");
            int length = BinaryPrimitives.ReadUInt16LittleEndian(buf);
            int count = buf[2];
            if (length == 0 || count == 0)
            {
                var shared = await Hci.SendCommandAsync(HciOpcode.ReadBufferSize, null, cancel).ConfigureAwait(false);
                if (shared.Length < 7) throw new HciException("Read Buffer Size returned too few parameters");
                length = BinaryPrimitives.ReadUInt16LittleEndian(shared);
                count = BinaryPrimitives.ReadUInt16LittleEndian(shared.AsSpan(3));
            }
            Hci.SetAclBuffers(length, count);
        }

        /// <summary>Starts legacy advertising (Vol 6 Part B §2.3.1): connectable undirected (ADV_IND) or, when
        /// <paramref name="connectable"/> is false, scannable or non-connectable. Each payload holds at most 31
        /// bytes of AD structures. While advertising is wanted it is switched back on after each connection made
        /// through it ends, so the device stays reachable.</summary>
        public async Task StartAdvertisingAsync(byte[] advertising, byte[] scanResponse = null, bool connectable = true, ushort intervalUnits = 0x00A0)
        {
            advertising ??= Array.Empty<byte>();
            scanResponse ??= Array.Empty<byte>();
            if (advertising.Length > 31) throw new ArgumentException($"advertising data of {advertising.Length} bytes exceeds 31", nameof(advertising));
            if (scanResponse.Length > 31) throw new ArgumentException($"scan response data of {scanResponse.Length} bytes exceeds 31", nameof(scanResponse));
            if (intervalUnits < 0x20 || intervalUnits > 0x4000) throw new ArgumentOutOfRangeException(nameof(intervalUnits), "advertising interval is 0x0020-0x4000 (x0.625 ms)");
            if (IsAdvertising) await SetAdvertisingEnableAsync(false).ConfigureAwait(false);
            advertisingData = advertising;
            scanResponseData = scanResponse;
            advertisingConnectable = connectable;
            var p = new byte[15];
            BinaryPrimitives.WriteUInt16LittleEndian(p, intervalUnits);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(2), intervalUnits);
            p[4] = connectable ? (byte)AdvertisingEventType.ConnectableUndirected
                : scanResponse.Length > 0 ? (byte)AdvertisingEventType.ScannableUndirected : (byte)AdvertisingEventType.NonConnectableUndirected;
            p[13] = 0x07; // all three primary advertising channels
            await Hci.SendCommandAsync(HciOpcode.LeSetAdvertisingParameters, p).ConfigureAwait(false);
            await Hci.SendCommandAsync(HciOpcode.LeSetAdvertisingData, Padded(advertising)).ConfigureAwait(false);
            await Hci.SendCommandAsync(HciOpcode.LeSetScanResponseData, Padded(scanResponse)).ConfigureAwait(false);
            wantAdvertising = true;
            await SetAdvertisingEnableAsync(true).ConfigureAwait(false);
        }

        /// <summary>Stops advertising and the re-advertising after disconnections.</summary>
        public async Task StopAdvertisingAsync()
        {
            wantAdvertising = false;
            await SetAdvertisingEnableAsync(false).ConfigureAwait(false);
        }

        /// <summary>Replaces the advertising payload while advertising (the next events carry it).</summary>
        public async Task UpdateAdvertisingDataAsync(byte[] advertising)
        {
            if (advertising == null || advertising.Length > 31) throw new ArgumentException("advertising data holds 0-31 bytes", nameof(advertising));
            advertisingData = advertising;
            await Hci.SendCommandAsync(HciOpcode.LeSetAdvertisingData, Padded(advertising)).ConfigureAwait(false);
        }

        private async Task SetAdvertisingEnableAsync(bool on)
        {
            await Hci.SendCommandAsync(HciOpcode.LeSetAdvertisingEnable, new[] { (byte)(on ? 1 : 0) }).ConfigureAwait(false);
            IsAdvertising = on;
        }

        private static byte[] Padded(byte[] data)
        {
            var p = new byte[32];
            p[0] = (byte)data.Length;
            data.CopyTo(p, 1);
            return p;
        }

        /// <summary>Starts scanning (Vol 6 Part B §4.4.3): active scanning asks advertisers for their scan
        /// response too. Reports arrive through <see cref="AdvertisementReceived"/>.</summary>
        public async Task StartScanningAsync(bool active = true, bool filterDuplicates = false)
        {
            if (IsScanning) await StopScanningAsync().ConfigureAwait(false);
            var p = new byte[7];
            p[0] = (byte)(active ? 1 : 0);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(1), 0x0060); // 60 ms interval
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(3), 0x0030); // 30 ms window
            await Hci.SendCommandAsync(HciOpcode.LeSetScanParameters, p).ConfigureAwait(false);
            await Hci.SendCommandAsync(HciOpcode.LeSetScanEnable, new byte[] { 1, (byte)(filterDuplicates ? 1 : 0) }).ConfigureAwait(false);
            IsScanning = true;
        }

        /// <summary>Stops scanning.</summary>
        public async Task StopScanningAsync()
        {
            await Hci.SendCommandAsync(HciOpcode.LeSetScanEnable, new byte[] { 0, 0 }).ConfigureAwait(false);
            IsScanning = false;
        }

        /// <summary>Connects to an advertiser as central (LE Create Connection, Vol 4 Part E §7.8.12). Scanning
        /// is stopped first, since many controllers refuse to initiate while scanning. When no connection is
        /// made within <paramref name="timeout"/> the attempt is cancelled and <see cref="TimeoutException"/>
        /// thrown.</summary>
        public async Task<BleConnection> ConnectAsync(BdAddr peer, TimeSpan timeout)
        {
            await connectGate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (IsScanning) await StopScanningAsync().ConfigureAwait(false);
                var tcs = new TaskCompletionSource<BleConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (sync)
                {
                    pendingConnect = tcs;
                    pendingPeer = peer;
                }
                var p = new byte[25];
                BinaryPrimitives.WriteUInt16LittleEndian(p, 0x0060);
                BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(2), 0x0030);
                p[4] = 0; // connect to the given peer, not the filter accept list
                p[5] = (byte)peer.Type;
                peer.WriteTo(p, 6);
                p[12] = 0; // own address: public
                BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(13), 0x0018); // interval 30-50 ms
                BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(15), 0x0028);
                BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(17), 0);      // latency
                BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(19), 500);    // supervision timeout 5 s
                try
                {
                    await Hci.SendCommandAsync(HciOpcode.LeCreateConnection, p).ConfigureAwait(false);
                }
                catch
                {
                    lock (sync) pendingConnect = null;
                    throw;
                }
                var done = await Task.WhenAny(tcs.Task, Task.Delay(timeout)).ConfigureAwait(false);
                if (done != tcs.Task)
                {
                    try
                    {
                        await Hci.SendCommandAsync(HciOpcode.LeCreateConnectionCancel).ConfigureAwait(false);
                    }
                    catch (HciException e) when (e.Status == HciStatus.CommandDisallowed)
                    {
                        // The connection completed in the meantime; its event settles the attempt.
                    }
                    // The cancelled attempt ends with an LE Connection Complete (Unknown Connection Identifier).
                    await Task.WhenAny(tcs.Task, Task.Delay(TimeSpan.FromSeconds(10))).ConfigureAwait(false);
                    if (tcs.Task.IsCompletedSuccessfully) return tcs.Task.Result;
                    lock (sync) pendingConnect = null;
                    throw new TimeoutException($"no connection to {peer} within {timeout.TotalSeconds:0} s");
                }
                return await tcs.Task.ConfigureAwait(false);
            }
            finally
            {
                connectGate.Release();
            }
        }

        internal Task DisconnectAsync(BleConnection connection, byte reason)
        {
            var p = new byte[3];
            BinaryPrimitives.WriteUInt16LittleEndian(p, connection.Handle);
            p[2] = reason;
            return Hci.SendCommandAsync(HciOpcode.Disconnect, p);
        }

        private void OnEvent(HciEventPacket ev)
        {
            var p = ev.Parameters;
            switch (ev.Code)
            {
                case HciEventCode.DisconnectionComplete:
                    if (p.Length != 4) { Report("malformed Disconnection Complete dropped"); return; }
                    if (p[0] != HciStatus.Success) { Report($"Disconnection failed: {HciStatus.Name(p[0])}"); return; }
                    OnDisconnection((ushort)(BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(1)) & 0x0FFF), p[3]);
                    return;
                case HciEventCode.LeMeta:
                    if (p.Length < 1) { Report("empty LE Meta event dropped"); return; }
                    switch (p[0])
                    {
                        case HciEventCode.LeConnectionComplete:
                            OnConnectionComplete(p);
                            return;
                        case HciEventCode.LeAdvertisingReport:
                            OnAdvertisingReport(p);
                            return;
                        case HciEventCode.LeConnectionUpdateComplete:
                            OnConnectionUpdateComplete(p);
                            return;
                    }
                    Report($"LE Meta subevent 0x{p[0]:X2} ignored");
                    return;
                default:
                    Report($"HCI event 0x{ev.Code:X2} ignored");
                    return;
            }
        }

        private void OnConnectionComplete(byte[] p)
        {
            if (p.Length != 19) { Report("malformed LE Connection Complete dropped"); return; }
            byte status = p[1];
            ushort handle = (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(2)) & 0x0FFF);
            var role = (BleRole)p[4];
            var peer = BdAddr.FromBytes(p, 6, BdAddr.TypeFromHci(p[5]));
            TaskCompletionSource<BleConnection> waiting;
            if (status != HciStatus.Success)
            {
                lock (sync) { waiting = pendingConnect; pendingConnect = null; }
                waiting?.TrySetException(new HciException(HciOpcode.LeCreateConnection, status));
                return;
            }
            if (role != BleRole.Central && role != BleRole.Peripheral) { Report($"LE Connection Complete with role {p[4]} dropped"); return; }
            var connection = new BleConnection(this, handle, role, peer,
                BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(12)), BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(14)),
                BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(16)));
            lock (sync)
            {
                if (connections.ContainsKey(handle)) { Report($"second LE Connection Complete for handle 0x{handle:X3} dropped"); return; }
                connections[handle] = connection;
                waiting = role == BleRole.Central && pendingConnect != null && pendingPeer.Value == peer.Value ? pendingConnect : null;
                if (waiting != null) pendingConnect = null;
            }
            // A legacy advertiser stops when a connection is made through it (Vol 6 Part B §4.4.2).
            if (role == BleRole.Peripheral) IsAdvertising = false;
            GattServer.Attach(connection.Att);
            Raise(() => Connected?.Invoke(connection));
            waiting?.TrySetResult(connection);
        }

        private void OnConnectionUpdateComplete(byte[] p)
        {
            if (p.Length != 10) { Report("malformed LE Connection Update Complete dropped"); return; }
            ushort handle = (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(2)) & 0x0FFF);
            BleConnection connection;
            lock (sync) connections.TryGetValue(handle, out connection);
            if (connection == null) { Report($"LE Connection Update Complete for unknown handle 0x{handle:X3} dropped"); return; }
            if (p[1] != HciStatus.Success) { Report($"{connection}: connection update failed: {HciStatus.Name(p[1])}"); return; }
            connection.OnParametersUpdated(BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(4)),
                BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(6)), BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(8)));
        }

        /// <summary>As central, changes a connection's parameters (LE Connection Update, Vol 4 Part E §7.8.18);
        /// the new values arrive with LE Connection Update Complete.</summary>
        public Task UpdateConnectionAsync(BleConnection connection, ushort intervalMin, ushort intervalMax, ushort latency, ushort supervisionTimeout)
        {
            var p = new byte[14];
            BinaryPrimitives.WriteUInt16LittleEndian(p, connection.Handle);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(2), intervalMin);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(4), intervalMax);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(6), latency);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(8), supervisionTimeout);
            return Hci.SendCommandAsync(HciOpcode.LeConnectionUpdate, p);
        }

        private void OnDisconnection(ushort handle, byte reason)
        {
            BleConnection connection;
            lock (sync)
            {
                if (!connections.Remove(handle, out connection)) { Report($"Disconnection Complete for unknown handle 0x{handle:X3} dropped"); return; }
            }
            Hci.ConnectionClosed(handle);
            GattServer.Detach(connection.Att);
            connection.OnClosed(reason);
            Raise(() => Disconnected?.Invoke(connection, reason));
            if (connection.Role == BleRole.Peripheral && wantAdvertising && !Hci.Transport.IsClosed)
            {
                // Commands are answered on this thread, so re-advertise from another one.
                _ = Task.Run(async () =>
                {
                    try { if (wantAdvertising && !IsAdvertising) await SetAdvertisingEnableAsync(true).ConfigureAwait(false); }
                    catch (Exception e) { Report("advertising not restarted: " + e.Message); }
                });
            }
        }

        private void OnAdvertisingReport(byte[] p)
        {
            if (p.Length < 2) { Report("short LE Advertising Report dropped"); return; }
            int count = p[1];
            int i = 2;
            var reports = new List<Advertisement>();
            for (int r = 0; r < count; r++)
            {
                if (i + 9 > p.Length) { Report("truncated LE Advertising Report dropped"); return; }
                byte type = p[i];
                var addr = BdAddr.FromBytes(p, i + 2, BdAddr.TypeFromHci(p[i + 1]));
                int len = p[i + 8];
                if (len > 31 || i + 9 + len + 1 > p.Length) { Report("LE Advertising Report with a bad data length dropped"); return; }
                var data = p.AsSpan(i + 9, len).ToArray();
                sbyte rssi = (sbyte)p[i + 9 + len];
                if (type > 4) { Report($"advertising report type {type} dropped"); return; }
                var ads = AdStructure.Parse(data, out bool malformed);
                if (malformed) Report($"advertising data from {addr} has a malformed AD structure; the rest was kept");
                reports.Add(new Advertisement((AdvertisingEventType)type, addr, rssi, data, ads));
                i += 10 + len;
            }
            if (i != p.Length) { Report("LE Advertising Report with trailing bytes dropped"); return; }
            foreach (var a in reports) Raise(() => AdvertisementReceived?.Invoke(a));
        }

        private void OnAcl(AclPacket packet)
        {
            BleConnection connection;
            lock (sync) connections.TryGetValue(packet.Handle, out connection);
            if (connection == null)
            {
                Report($"ACL data for unknown handle 0x{packet.Handle:X3} dropped");
                return;
            }
            connection.Receive(packet);
        }

        private void OnTransportClosed(string reason)
        {
            Report("HCI transport closed: " + reason);
            List<BleConnection> all;
            TaskCompletionSource<BleConnection> waiting;
            lock (sync)
            {
                all = new List<BleConnection>(connections.Values);
                connections.Clear();
                waiting = pendingConnect;
                pendingConnect = null;
            }
            waiting?.TrySetException(new IOException("HCI transport closed: " + reason));
            foreach (var c in all)
            {
                GattServer.Detach(c.Att);
                c.OnClosed(HciStatus.ConnectionTimeout);
                Raise(() => Disconnected?.Invoke(c, HciStatus.ConnectionTimeout));
            }
            IsAdvertising = false;
            IsScanning = false;
            Raise(() => TransportClosed?.Invoke(reason));
        }

        private void Raise(Action action)
        {
            try { action(); }
            catch (Exception e) { Report("event handler failed: " + e); }
        }

        internal void Report(string message)
        {
            try { Diagnostic?.Invoke(message); } catch (Exception) { /* logging must not fail the stack */ }
        }

        /// <summary>Closes the transport.</summary>
        public void Dispose() => Hci.Dispose();
    }
}
