using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Ble.Transports;

namespace NanoVehicle.Ble.Hci
{
    /// <summary>The host side of HCI over one transport (Core Vol 4 Part E §4): sends commands one at a time and
    /// matches each to its Command Complete or Command Status; passes other events on; fragments outgoing L2CAP
    /// PDUs to the controller's LE ACL packet length and keeps host-to-controller flow control, sending only while
    /// the controller has free buffers and counting them back from Number Of Completed Packets (§4.1.1).</summary>
    public sealed class HciHost : IDisposable
    {
        private readonly HciTransport transport;
        private readonly SemaphoreSlim commandGate = new SemaphoreSlim(1, 1);
        private readonly object aclLock = new object();
        private readonly Queue<AclPacket> aclQueue = new Queue<AclPacket>();
        private readonly Dictionary<ushort, int> inFlight = new Dictionary<ushort, int>();
        private readonly SemaphoreSlim creditSignal = new SemaphoreSlim(0);
        private int commandCredits = 1;
        private PendingCommand pending;
        private int aclCredits;
        private int aclDataLength = 27;
        private int aclTotal;

        private sealed class PendingCommand
        {
            public ushort Opcode;
            public readonly TaskCompletionSource<byte[]> Done = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        /// <summary>The host side of HCI on <paramref name="transport"/> (not started yet).</summary>
        public HciHost(HciTransport transport)
        {
            this.transport = transport ?? throw new ArgumentNullException(nameof(transport));
            transport.PacketReceived += OnPacket;
            transport.Closed += OnClosed;
            transport.Diagnostic += m => Report(m);
        }

        /// <summary>An event other than Command Complete, Command Status and Number Of Completed Packets.</summary>
        public event Action<HciEventPacket> EventReceived;

        /// <summary>An ACL packet from the controller.</summary>
        public event Action<AclPacket> AclReceived;

        /// <summary>The transport closed; the argument says why.</summary>
        public event Action<string> Closed;

        /// <summary>Dropped input and other log lines.</summary>
        public event Action<string> Diagnostic;

        /// <summary>How long a command may wait for its answer.</summary>
        public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>The controller's LE ACL data packet length, as read at start-up.</summary>
        public int AclDataLength => aclDataLength;

        /// <summary>The transport below.</summary>
        public HciTransport Transport => transport;

        /// <summary>Starts receiving.</summary>
        public void Start() => transport.Start();

        /// <summary>Sets the controller's buffer figures (from LE Read Buffer Size or Read Buffer Size).</summary>
        public void SetAclBuffers(int dataLength, int totalPackets)
        {
            if (dataLength < 1 || totalPackets < 1) throw new HciException($"controller reported unusable ACL buffers: {dataLength} bytes x {totalPackets}");
            lock (aclLock)
            {
                aclDataLength = dataLength;
                aclTotal = totalPackets;
                aclCredits = totalPackets;
                inFlight.Clear();
            }
            PumpAcl();
        }

        /// <summary>Sends a command and waits for its Command Complete (returning the return parameters after
        /// the status) or, for commands the controller answers with Command Status, for that status. A status
        /// other than success throws <see cref="HciException"/>.</summary>
        public async Task<byte[]> SendCommandAsync(ushort opcode, byte[] parameters = null, CancellationToken cancel = default)
        {
            if (!await commandGate.WaitAsync(CommandTimeout, cancel).ConfigureAwait(false))
                throw new HciException($"{HciOpcode.Name(opcode)} could not be sent: the previous command is still unanswered");
            try
            {
                // The controller says how many commands it can take (Num_HCI_Command_Packets, §4.4); at 0, wait
                // for an event that gives credits back.
                var creditDeadline = DateTime.UtcNow + CommandTimeout;
                while (Volatile.Read(ref commandCredits) == 0)
                {
                    var left = creditDeadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero || !await creditSignal.WaitAsync(left, cancel).ConfigureAwait(false))
                        throw new HciException($"{HciOpcode.Name(opcode)} could not be sent: the controller accepts no commands");
                }
                var p = new PendingCommand { Opcode = opcode };
                Volatile.Write(ref pending, p);
                try
                {
                    Volatile.Write(ref commandCredits, 0);
                    transport.Send(new HciCommandPacket(opcode, parameters).ToH4());
                }
                catch (IOException e)
                {
                    throw new HciException($"{HciOpcode.Name(opcode)} could not be sent: {e.Message}");
                }
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                timeout.CancelAfter(CommandTimeout);
                try
                {
                    return await p.Done.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    throw new HciException($"{HciOpcode.Name(opcode)}: the controller did not answer within {CommandTimeout.TotalSeconds:0} s");
                }
                finally
                {
                    Interlocked.CompareExchange(ref pending, null, p);
                }
            }
            finally
            {
                commandGate.Release();
            }
        }

        /// <summary>Queues an L2CAP PDU for a connection, cut into ACL packets; they go out as buffers free up.</summary>
        public void SendL2cap(ushort handle, ReadOnlySpan<byte> pdu)
        {
            var fragments = AclPacket.Fragment(handle, pdu, aclDataLength);
            lock (aclLock)
            {
                foreach (var f in fragments) aclQueue.Enqueue(f);
            }
            PumpAcl();
        }

        /// <summary>Forgets a closed connection: its queued packets are discarded and its packets in the
        /// controller count as freed (§4.3).</summary>
        public void ConnectionClosed(ushort handle)
        {
            lock (aclLock)
            {
                if (inFlight.TryGetValue(handle, out int n))
                {
                    aclCredits = Math.Min(aclTotal, aclCredits + n);
                    inFlight.Remove(handle);
                }
                if (aclQueue.Count > 0)
                {
                    var keep = new List<AclPacket>(aclQueue);
                    aclQueue.Clear();
                    foreach (var a in keep) if (a.Handle != handle) aclQueue.Enqueue(a);
                }
            }
            PumpAcl();
        }

        private void PumpAcl()
        {
            while (true)
            {
                AclPacket next;
                lock (aclLock)
                {
                    if (aclCredits == 0 || aclQueue.Count == 0) return;
                    next = aclQueue.Dequeue();
                    aclCredits--;
                    inFlight[next.Handle] = inFlight.TryGetValue(next.Handle, out int n) ? n + 1 : 1;
                    // Send under the lock so fragments of one PDU keep their order across threads.
                    try
                    {
                        transport.Send(next.ToH4());
                    }
                    catch (IOException e)
                    {
                        Report("ACL packet not sent: " + e.Message);
                        aclQueue.Clear();
                        return;
                    }
                }
            }
        }

        private void OnPacket(H4Packet packet)
        {
            switch (packet.Type)
            {
                case HciPacketType.Event:
                    if (!HciEventPacket.TryParse(packet.Bytes, out var ev))
                    {
                        Report($"malformed HCI event dropped: {Convert.ToHexString(packet.Bytes)}");
                        return;
                    }
                    OnEvent(ev);
                    break;
                case HciPacketType.Acl:
                    if (!AclPacket.TryParse(packet.Bytes, out var acl))
                    {
                        Report($"malformed ACL packet dropped: {Convert.ToHexString(packet.Bytes)}");
                        return;
                    }
                    AclReceived?.Invoke(acl);
                    break;
                default:
                    Report($"{packet.Type} packet from the controller dropped: a host receives only events and ACL data");
                    break;
            }
        }

        private void OnEvent(HciEventPacket ev)
        {
            var p = ev.Parameters;
            switch (ev.Code)
            {
                case HciEventCode.CommandComplete:
                {
                    if (p.Length < 3) { Report("short Command Complete dropped"); return; }
                    SetCredits(p[0]);
                    ushort opcode = BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(1));
                    if (opcode == HciOpcode.Nop) return;
                    var waiting = Volatile.Read(ref pending);
                    if (waiting == null || waiting.Opcode != opcode)
                    {
                        Report($"unexpected Command Complete for {HciOpcode.Name(opcode)} dropped");
                        return;
                    }
                    if (p.Length < 4) waiting.Done.TrySetException(new HciException($"{HciOpcode.Name(opcode)}: Command Complete without a status"));
                    else if (p[3] != HciStatus.Success) waiting.Done.TrySetException(new HciException(opcode, p[3]));
                    else waiting.Done.TrySetResult(p.AsSpan(4).ToArray());
                    return;
                }
                case HciEventCode.CommandStatus:
                {
                    if (p.Length < 4) { Report("short Command Status dropped"); return; }
                    SetCredits(p[1]);
                    ushort opcode = BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(2));
                    if (opcode == HciOpcode.Nop) return;
                    var waiting = Volatile.Read(ref pending);
                    if (waiting == null || waiting.Opcode != opcode)
                    {
                        Report($"unexpected Command Status for {HciOpcode.Name(opcode)} dropped");
                        return;
                    }
                    if (p[0] != HciStatus.Success) waiting.Done.TrySetException(new HciException(opcode, p[0]));
                    else waiting.Done.TrySetResult(Array.Empty<byte>());
                    return;
                }
                case HciEventCode.NumberOfCompletedPackets:
                {
                    if (p.Length < 1 || p.Length != 1 + 4 * p[0]) { Report("malformed Number Of Completed Packets dropped"); return; }
                    lock (aclLock)
                    {
                        for (int i = 0; i < p[0]; i++)
                        {
                            ushort handle = (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(1 + 4 * i)) & 0x0FFF);
                            int count = BinaryPrimitives.ReadUInt16LittleEndian(p.AsSpan(3 + 4 * i));
                            inFlight.TryGetValue(handle, out int had);
                            int freed = Math.Min(had, count);
                            if (freed < count) Report($"controller completed {count} packets on handle 0x{handle:X3} but only {had} were outstanding");
                            if (had - freed == 0) inFlight.Remove(handle); else inFlight[handle] = had - freed;
                            aclCredits = Math.Min(aclTotal, aclCredits + freed);
                        }
                    }
                    PumpAcl();
                    return;
                }
                case HciEventCode.HardwareError:
                    Report($"controller reported a hardware error (code 0x{(p.Length > 0 ? p[0] : 0):X2})");
                    break;
            }
            EventReceived?.Invoke(ev);
        }

        private void SetCredits(byte credits)
        {
            // This host keeps one command outstanding, so any non-zero number means "one may go".
            int now = credits > 0 ? 1 : 0;
            if (Interlocked.Exchange(ref commandCredits, now) == 0 && now == 1) creditSignal.Release();
        }

        private void OnClosed(string reason)
        {
            Volatile.Read(ref pending)?.Done.TrySetException(new HciException($"HCI transport {transport.Description} closed: {reason}"));
            Closed?.Invoke(reason);
        }

        private void Report(string message)
        {
            try { Diagnostic?.Invoke(message); } catch (Exception) { /* logging must not fail the stack */ }
        }

        /// <summary>Closes the transport.</summary>
        public void Dispose() => transport.Dispose();
    }
}
