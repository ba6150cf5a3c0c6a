using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Ble.Att;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Ble.Hci;
using NanoVehicle.Ble.L2cap;

namespace NanoVehicle.Ble
{
    /// <summary>Our role on a connection (Core Vol 6 Part B §1.1).</summary>
    public enum BleRole : byte
    {
        /// <summary>We initiated the connection.</summary>
        Central = 0x00,
        /// <summary>We advertised and were connected to.</summary>
        Peripheral = 0x01,
    }

    /// <summary>One LE connection: its L2CAP fixed channels (ATT, LE signalling, SMP), the ATT bearer it shares
    /// between our GATT server and our <see cref="Gatt"/> client, and its end.</summary>
    public sealed class BleConnection
    {
        private readonly BleHost host;
        private readonly AclReassembler reassembler = new AclReassembler();
        private readonly LeSignaling signaling;
        private readonly SecurityManager smp;
        private readonly TaskCompletionSource<byte> closed = new TaskCompletionSource<byte>(TaskCreationOptions.RunContinuationsAsynchronously);

        internal BleConnection(BleHost host, ushort handle, BleRole role, BdAddr peer, ushort interval, ushort latency, ushort supervisionTimeout)
        {
            ConnectionInterval = interval;
            PeripheralLatency = latency;
            SupervisionTimeout = supervisionTimeout;
            this.host = host;
            Handle = handle;
            Role = role;
            PeerAddress = peer;
            Att = new AttBearer(pdu => SendChannel(L2capFrame.AttCid, pdu), this);
            Gatt = new GattClient(Att);
            signaling = new LeSignaling(role == BleRole.Central, p => SendChannel(L2capFrame.LeSignalingCid, p));
            smp = new SecurityManager(p => SendChannel(L2capFrame.SmpCid, p));
            reassembler.Dropped += host.Report;
            signaling.Diagnostic += host.Report;
            smp.Diagnostic += host.Report;
            signaling.ParameterUpdateAnswered += ok => host.Report($"{this}: parameter update {(ok ? "accepted" : "refused")} by the central");
            // A central that accepts a peripheral's request applies it with LE Connection Update (Vol 3 Part A
            // §4.20); commands are answered on the receive thread, so it goes out from another one.
            signaling.ParametersRequested += (min, max, lat, to) => _ = System.Threading.Tasks.Task.Run(async () =>
            {
                try { await host.UpdateConnectionAsync(this, min, max, lat, to).ConfigureAwait(false); }
                catch (Exception e) { host.Report($"{this}: LE Connection Update failed: {e.Message}"); }
            });
            Gatt.Diagnostic += host.Report;
        }

        /// <summary>The HCI connection handle.</summary>
        public ushort Handle { get; }
        /// <summary>Our role.</summary>
        public BleRole Role { get; }
        /// <summary>The peer's address.</summary>
        public BdAddr PeerAddress { get; }
        /// <summary>The ATT bearer (MTU in force).</summary>
        public AttBearer Att { get; }
        /// <summary>The GATT client towards the peer's server.</summary>
        public GattClient Gatt { get; }
        /// <summary>The connection interval in 1.25 ms units.</summary>
        public ushort ConnectionInterval { get; private set; }
        /// <summary>The peripheral latency in connection events.</summary>
        public ushort PeripheralLatency { get; private set; }
        /// <summary>The supervision timeout in 10 ms units.</summary>
        public ushort SupervisionTimeout { get; private set; }

        /// <summary>The controller changed the connection parameters (LE Connection Update Complete).</summary>
        public event Action<BleConnection> ParametersUpdated;

        /// <summary>As peripheral, asks the central for new connection parameters over L2CAP signalling
        /// (interval min/max in 1.25 ms units, latency, supervision timeout in 10 ms units). A central that
        /// accepts updates the link and <see cref="ParametersUpdated"/> follows.</summary>
        public void RequestParameterUpdate(ushort intervalMin, ushort intervalMax, ushort latency, ushort supervisionTimeout) =>
            signaling.RequestParameterUpdate(intervalMin, intervalMax, latency, supervisionTimeout);

        internal void OnParametersUpdated(ushort interval, ushort latency, ushort timeout)
        {
            ConnectionInterval = interval;
            PeripheralLatency = latency;
            SupervisionTimeout = timeout;
            try { ParametersUpdated?.Invoke(this); }
            catch (Exception e) { host.Report("parameter update handler failed: " + e); }
        }

        /// <summary>True until the link ends.</summary>
        public bool IsConnected => !closed.Task.IsCompleted;

        /// <summary>Completes with the HCI reason code when the link ends (0x13 the peer closed it, 0x16 we did,
        /// 0x08 supervision timeout or transport lost).</summary>
        public Task<byte> Closed => closed.Task;

        /// <summary>The link ended; the argument is the HCI reason code.</summary>
        public event Action<byte> Disconnected;

        /// <summary>Every well-formed L2CAP frame received, before it is handled: channel ID and payload
        /// (for tracing).</summary>
        public event Action<ushort, byte[]> FrameReceived;

        /// <summary>Sends a raw L2CAP basic frame on a fixed channel (for tests and tools; the stack's own
        /// channels send through their layers).</summary>
        public void SendFrame(ushort cid, byte[] payload) => SendChannel(cid, payload);

        /// <summary>Ends the link (HCI Disconnect) and waits until the controller confirms.</summary>
        public async Task DisconnectAsync(byte reason = HciStatus.RemoteUserTerminatedConnection)
        {
            if (!IsConnected) return;
            await host.DisconnectAsync(this, reason).ConfigureAwait(false);
            await closed.Task.WaitAsync(TimeSpan.FromSeconds(20)).ConfigureAwait(false);
        }

        private void SendChannel(ushort cid, byte[] payload)
        {
            if (!IsConnected) throw new IOException($"connection 0x{Handle:X3} to {PeerAddress} is closed");
            host.Hci.SendL2cap(Handle, L2capFrame.Encode(cid, payload));
        }

        internal void Receive(AclPacket packet)
        {
            var frame = reassembler.Add(packet);
            if (frame == null) return;
            if (!L2capFrame.TryDecode(frame, out ushort cid, out byte[] payload))
            {
                host.Report($"malformed L2CAP frame on 0x{Handle:X3} dropped");
                return;
            }
            try
            {
                FrameReceived?.Invoke(cid, payload);
            }
            catch (Exception e)
            {
                host.Report("frame handler failed: " + e);
            }
            try
            {
                switch (cid)
                {
                    case L2capFrame.AttCid:
                        if (payload.Length == 0) { host.Report("empty ATT PDU dropped"); return; }
                        if (payload.Length > Math.Max(Att.Mtu, 517)) { host.Report($"ATT PDU of {payload.Length} bytes exceeds the MTU, dropped"); return; }
                        if (AttOpcode.IsServerToClient(payload[0])) Gatt.Receive(payload);
                        else host.GattServer.Receive(Att, payload);
                        return;
                    case L2capFrame.LeSignalingCid:
                        signaling.Receive(payload);
                        return;
                    case L2capFrame.SmpCid:
                        smp.Receive(payload);
                        return;
                    default:
                        host.Report($"L2CAP frame for unknown channel 0x{cid:X4} dropped");
                        return;
                }
            }
            catch (IOException e)
            {
                host.Report($"answer on 0x{Handle:X3} not sent: {e.Message}");
            }
        }

        internal void OnClosed(byte reason)
        {
            if (!closed.TrySetResult(reason)) return;
            Gatt.Close($"disconnected ({HciStatus.Name(reason)})");
            try { Disconnected?.Invoke(reason); }
            catch (Exception e) { host.Report("disconnection handler failed: " + e); }
        }

        /// <inheritdoc/>
        public override string ToString() => $"connection 0x{Handle:X3} to {PeerAddress} as {Role}";
    }
}
