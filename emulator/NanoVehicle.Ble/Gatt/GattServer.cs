using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NanoVehicle.Ble.Att;

namespace NanoVehicle.Ble.Gatt
{
    /// <summary>The GATT server (Core Vol 3 Part G) on the attribute protocol (Part F): an attribute database
    /// built from services, characteristics and descriptors, and the answers to every ATT request a client may
    /// send: MTU exchange, Find Information, Find By Type Value, Read By Type, Read By Group Type, Read, Read
    /// Blob, Write, Write Command, CCCD writes, confirmations; notifications and indications go out through
    /// <see cref="GattCharacteristic.Notify"/>. A malformed or unsupported request gets the Error Response the
    /// specification names, with the handle it concerns; commands that cannot be honoured are dropped.
    /// The database starts with the Generic Access service (Device Name, Appearance).</summary>
    public sealed class GattServer
    {
        private readonly object sync = new object();
        private readonly List<GattAttribute> attributes = new List<GattAttribute>();
        private readonly List<GattService> services = new List<GattService>();
        private readonly List<AttBearer> bearers = new List<AttBearer>();
        private readonly GattCharacteristic deviceName;

        /// <summary>A server holding only the Generic Access service.</summary>
        public GattServer(string deviceName = "nanoVehicle")
        {
            this.deviceName = new GattCharacteristic(GattUuids.DeviceName, GattProperties.Read, Encoding.UTF8.GetBytes(deviceName ?? ""));
            AddService(new GattService(GattUuids.GenericAccess,
                this.deviceName,
                new GattCharacteristic(GattUuids.Appearance, GattProperties.Read, new byte[] { 0, 0 })));
        }

        /// <summary>The largest ATT MTU this server accepts in an MTU exchange (Core allows up to 517).</summary>
        public int MaxMtu { get; set; } = 517;

        /// <summary>The Device Name characteristic's value.</summary>
        public string DeviceName
        {
            get => Encoding.UTF8.GetString(deviceName.Value);
            set => deviceName.Value = Encoding.UTF8.GetBytes(value ?? "");
        }

        /// <summary>The services, Generic Access first.</summary>
        public IReadOnlyList<GattService> Services { get { lock (sync) return services.ToArray(); } }

        /// <summary>Dropped input and handler failures, for logs.</summary>
        public event Action<string> Diagnostic;

        /// <summary>Adds a service after the existing ones and gives its attributes their handles.</summary>
        public void AddService(GattService service)
        {
            lock (sync)
            {
                ushort next = (ushort)(attributes.Count + 1);
                int needed = 1;
                foreach (var c in service.Characteristics)
                {
                    if (c.Server != null) throw new InvalidOperationException($"characteristic {c.Uuid} is already on a server");
                    needed += 2 + c.Descriptors.Count + (HasCccd(c) ? 1 : 0);
                }
                if (attributes.Count + needed > 0xFFFF) throw new InvalidOperationException("the attribute database is full");
                service.Handle = next;
                var serviceValue = service.Uuid.ToBytes();
                var decl = new GattAttribute(next, GattUuids.PrimaryService) { Read = _ => serviceValue };
                attributes.Add(decl);
                foreach (var c in service.Characteristics)
                {
                    var ch = c;
                    ch.Server = this;
                    ch.DeclarationHandle = Next();
                    ch.ValueHandle = (ushort)(ch.DeclarationHandle + 1);
                    var declValue = new byte[3 + ch.Uuid.ToBytes().Length];
                    declValue[0] = (byte)ch.Properties;
                    BinaryPrimitives.WriteUInt16LittleEndian(declValue.AsSpan(1), ch.ValueHandle);
                    ch.Uuid.ToBytes().CopyTo(declValue, 3);
                    attributes.Add(new GattAttribute(ch.DeclarationHandle, GattUuids.Characteristic) { Read = _ => declValue });
                    var value = new GattAttribute(Next(), ch.Uuid);
                    if ((ch.Properties & GattProperties.Read) != 0)
                        value.Read = b => ch.ReadHandler != null ? ch.ReadHandler(b.Connection) ?? Array.Empty<byte>() : ch.Value;
                    if ((ch.Properties & (GattProperties.Write | GattProperties.WriteWithoutResponse)) != 0)
                    {
                        value.Write = (b, v) =>
                        {
                            if (ch.WriteHandler != null) ch.WriteHandler(b.Connection, v);
                            else ch.Value = v;
                        };
                        value.AcceptsWriteRequest = (ch.Properties & GattProperties.Write) != 0;
                        value.AcceptsWriteCommand = (ch.Properties & GattProperties.WriteWithoutResponse) != 0;
                    }
                    attributes.Add(value);
                    if (HasCccd(ch))
                    {
                        ch.CccdHandle = Next();
                        attributes.Add(new GattAttribute(ch.CccdHandle, GattUuids.ClientCharacteristicConfiguration)
                        {
                            Read = b => BitConverter.GetBytes(b.GetCccd(ch)),
                            Write = (b, v) => WriteCccd(b, ch, v),
                            AcceptsWriteRequest = true,
                        });
                    }
                    foreach (var d in ch.Descriptors)
                    {
                        var desc = d;
                        desc.Handle = Next();
                        attributes.Add(new GattAttribute(desc.Handle, desc.Uuid)
                        {
                            Read = _ => desc.Value,
                            Write = desc.Writable ? (_, v) => desc.Value = v : null,
                            AcceptsWriteRequest = desc.Writable,
                        });
                    }
                }
                service.EndHandle = (ushort)attributes.Count;
                decl.GroupEnd = service.EndHandle;
                services.Add(service);
            }
        }

        private ushort Next() => (ushort)(attributes.Count + 1);

        private static bool HasCccd(GattCharacteristic c) => (c.Properties & (GattProperties.Notify | GattProperties.Indicate)) != 0;

        /// <summary>Starts serving a client on <paramref name="bearer"/> (a new connection).</summary>
        public void Attach(AttBearer bearer)
        {
            lock (sync) bearers.Add(bearer);
        }

        /// <summary>Stops serving a client (its connection closed); its subscriptions end.</summary>
        public void Detach(AttBearer bearer)
        {
            List<GattCharacteristic> subscribed;
            lock (sync) bearers.Remove(bearer);
            lock (bearer.Sync)
            {
                subscribed = new List<GattCharacteristic>();
                foreach (var kv in bearer.Cccd) if (kv.Value != 0) subscribed.Add(kv.Key);
                bearer.Cccd.Clear();
                bearer.PendingIndications.Clear();
            }
            foreach (var c in subscribed) SafeRaise(c, new GattSubscriptionChange(bearer.Connection, false, false));
        }

        internal int Notify(GattCharacteristic characteristic, byte[] value)
        {
            AttBearer[] targets;
            lock (sync) targets = bearers.ToArray();
            int sent = 0;
            foreach (var b in targets)
            {
                ushort cccd = b.GetCccd(characteristic);
                if (cccd == 0) continue;
                int len = Math.Min(value.Length, b.Mtu - 3);
                var pdu = new byte[3 + len];
                pdu[0] = (cccd & 1) != 0 ? AttOpcode.HandleValueNotification : AttOpcode.HandleValueIndication;
                BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(1), characteristic.ValueHandle);
                value.AsSpan(0, len).CopyTo(pdu.AsSpan(3));
                try
                {
                    if (pdu[0] == AttOpcode.HandleValueNotification) b.Send(pdu);
                    else
                    {
                        // One indication at a time per client (Part F §3.3.3): the rest wait for confirmations.
                        lock (b.Sync)
                        {
                            if (b.IndicationOutstanding) { b.PendingIndications.Enqueue(pdu); sent++; continue; }
                            b.IndicationOutstanding = true;
                        }
                        b.Send(pdu);
                    }
                    sent++;
                }
                catch (IOException e)
                {
                    Report($"notification to a client not sent: {e.Message}");
                }
            }
            return sent;
        }

        /// <summary>Handles one ATT PDU from the client on <paramref name="bearer"/>, sending the response (if any)
        /// through the bearer. Never throws for bad input.</summary>
        public void Receive(AttBearer bearer, byte[] pdu)
        {
            byte[] response;
            try
            {
                response = Handle(bearer, pdu);
            }
            catch (Exception e)
            {
                Report("ATT request handling failed: " + e);
                response = pdu.Length > 0 && !AttOpcode.IsCommand(pdu[0]) ? Error(pdu[0], 0, AttError.UnlikelyError) : null;
            }
            if (response != null) bearer.Send(response);
        }

        private byte[] Handle(AttBearer bearer, byte[] pdu)
        {
            if (pdu.Length == 0)
            {
                Report("empty ATT PDU dropped");
                return null;
            }
            byte op = pdu[0];
            var p = pdu.AsSpan(1);
            switch (op)
            {
                case AttOpcode.ExchangeMtuRequest:
                {
                    if (p.Length != 2) return Error(op, 0, AttError.InvalidPdu);
                    int clientMtu = Math.Max(AttBearer.DefaultMtu, (int)BinaryPrimitives.ReadUInt16LittleEndian(p));
                    int serverMtu = Math.Max(AttBearer.DefaultMtu, Math.Min(MaxMtu, 517));
                    var rsp = new byte[3];
                    rsp[0] = AttOpcode.ExchangeMtuResponse;
                    BinaryPrimitives.WriteUInt16LittleEndian(rsp.AsSpan(1), (ushort)serverMtu);
                    // The response goes out at the old MTU; the new one applies after it (§3.4.2.2).
                    bearer.Mtu = Math.Min(clientMtu, serverMtu);
                    bearer.MtuExchanged = true;
                    return rsp;
                }
                case AttOpcode.FindInformationRequest:
                {
                    if (p.Length != 4) return Error(op, 0, AttError.InvalidPdu);
                    if (!Range(p, out ushort start, out ushort end)) return Error(op, start, AttError.InvalidHandle);
                    var list = InRange(start, end);
                    if (list.Count == 0) return Error(op, start, AttError.AttributeNotFound);
                    bool is16 = list[0].Type.Is16Bit;
                    int entry = is16 ? 4 : 18;
                    var ms = new MemoryStream();
                    ms.WriteByte(AttOpcode.FindInformationResponse);
                    ms.WriteByte((byte)(is16 ? 1 : 2));
                    foreach (var a in list)
                    {
                        if (a.Type.Is16Bit != is16 || ms.Length + entry > bearer.Mtu) break;
                        WriteU16(ms, a.Handle);
                        var t = is16 ? a.Type.ToBytes() : a.Type.To128Bytes();
                        ms.Write(t, 0, t.Length);
                    }
                    return ms.ToArray();
                }
                case AttOpcode.FindByTypeValueRequest:
                {
                    if (p.Length < 6) return Error(op, 0, AttError.InvalidPdu);
                    if (!Range(p, out ushort start, out ushort end)) return Error(op, start, AttError.InvalidHandle);
                    var type = BleUuid.FromBytes(p.Slice(4, 2));
                    var wanted = p.Slice(6);
                    var ms = new MemoryStream();
                    ms.WriteByte(AttOpcode.FindByTypeValueResponse);
                    foreach (var a in InRange(start, end))
                    {
                        if (a.Type != type || a.Read == null) continue;
                        if (TryRead(bearer, a, out var v) != null || !v.AsSpan().SequenceEqual(wanted)) continue;
                        if (ms.Length + 4 > bearer.Mtu) break;
                        WriteU16(ms, a.Handle);
                        WriteU16(ms, a.GroupEnd != 0 ? a.GroupEnd : a.Handle);
                    }
                    if (ms.Length == 1) return Error(op, start, AttError.AttributeNotFound);
                    return ms.ToArray();
                }
                case AttOpcode.ReadByTypeRequest:
                {
                    if (p.Length != 6 && p.Length != 20) return Error(op, 0, AttError.InvalidPdu);
                    if (!Range(p, out ushort start, out ushort end)) return Error(op, start, AttError.InvalidHandle);
                    var type = BleUuid.FromBytes(p.Slice(4));
                    var ms = new MemoryStream();
                    ms.WriteByte(AttOpcode.ReadByTypeResponse);
                    ms.WriteByte(0);
                    int length = -1;
                    foreach (var a in InRange(start, end))
                    {
                        if (a.Type != type) continue;
                        if (a.Read == null)
                        {
                            if (length < 0) return Error(op, a.Handle, AttError.ReadNotPermitted);
                            break;
                        }
                        var readError = TryRead(bearer, a, out var v);
                        if (readError != null)
                        {
                            if (length < 0) return Error(op, a.Handle, readError.Value);
                            break;
                        }
                        int vlen = Math.Min(v.Length, Math.Min(bearer.Mtu - 4, 253));
                        if (length < 0) length = 2 + vlen;
                        else if (2 + vlen != length || ms.Length + length > bearer.Mtu) break;
                        WriteU16(ms, a.Handle);
                        ms.Write(v, 0, vlen);
                    }
                    if (length < 0) return Error(op, start, AttError.AttributeNotFound);
                    var rsp = ms.ToArray();
                    rsp[1] = (byte)length;
                    return rsp;
                }
                case AttOpcode.ReadRequest:
                {
                    if (p.Length != 2) return Error(op, 0, AttError.InvalidPdu);
                    ushort handle = BinaryPrimitives.ReadUInt16LittleEndian(p);
                    return ReadValue(bearer, op, handle, 0, AttOpcode.ReadResponse);
                }
                case AttOpcode.ReadBlobRequest:
                {
                    if (p.Length != 4) return Error(op, 0, AttError.InvalidPdu);
                    ushort handle = BinaryPrimitives.ReadUInt16LittleEndian(p);
                    ushort offset = BinaryPrimitives.ReadUInt16LittleEndian(p.Slice(2));
                    return ReadValue(bearer, op, handle, offset, AttOpcode.ReadBlobResponse);
                }
                case AttOpcode.ReadByGroupTypeRequest:
                {
                    if (p.Length != 6 && p.Length != 20) return Error(op, 0, AttError.InvalidPdu);
                    if (!Range(p, out ushort start, out ushort end)) return Error(op, start, AttError.InvalidHandle);
                    var type = BleUuid.FromBytes(p.Slice(4));
                    if (type != GattUuids.PrimaryService && type != GattUuids.SecondaryService)
                        return Error(op, start, AttError.UnsupportedGroupType);
                    var ms = new MemoryStream();
                    ms.WriteByte(AttOpcode.ReadByGroupTypeResponse);
                    ms.WriteByte(0);
                    int length = -1;
                    foreach (var a in InRange(start, end))
                    {
                        if (a.Type != type) continue;
                        var v = a.Read(bearer);
                        int vlen = Math.Min(v.Length, Math.Min(bearer.Mtu - 6, 251));
                        if (length < 0) length = 4 + vlen;
                        else if (4 + vlen != length || ms.Length + length > bearer.Mtu) break;
                        WriteU16(ms, a.Handle);
                        WriteU16(ms, a.GroupEnd);
                        ms.Write(v, 0, vlen);
                    }
                    if (length < 0) return Error(op, start, AttError.AttributeNotFound);
                    var rsp = ms.ToArray();
                    rsp[1] = (byte)length;
                    return rsp;
                }
                case AttOpcode.WriteRequest:
                case AttOpcode.WriteCommand:
                {
                    bool command = op == AttOpcode.WriteCommand;
                    if (p.Length < 2)
                    {
                        if (command) { Report("short Write Command dropped"); return null; }
                        return Error(op, 0, AttError.InvalidPdu);
                    }
                    ushort handle = BinaryPrimitives.ReadUInt16LittleEndian(p);
                    var value = p.Slice(2).ToArray();
                    var a = Find(handle);
                    AttError? failure = null;
                    if (a == null) failure = AttError.InvalidHandle;
                    else if (a.Write == null || (command ? !a.AcceptsWriteCommand : !a.AcceptsWriteRequest)) failure = AttError.WriteNotPermitted;
                    else if (value.Length > 512) failure = AttError.InvalidAttributeValueLength;
                    else
                    {
                        try { a.Write(bearer, value); }
                        catch (AttErrorException e) { failure = e.Error; }
                        catch (Exception e)
                        {
                            Report($"write handler for handle 0x{handle:X4} failed: {e}");
                            failure = AttError.UnlikelyError;
                        }
                    }
                    if (command)
                    {
                        if (failure != null) Report($"Write Command to handle 0x{handle:X4} not applied: {failure}");
                        return null;
                    }
                    return failure != null ? Error(op, handle, failure.Value) : new[] { AttOpcode.WriteResponse };
                }
                case AttOpcode.HandleValueConfirmation:
                {
                    byte[] next = null;
                    lock (bearer.Sync)
                    {
                        if (!bearer.IndicationOutstanding) { Report("confirmation with no indication outstanding dropped"); return null; }
                        if (bearer.PendingIndications.Count > 0) next = bearer.PendingIndications.Dequeue();
                        else bearer.IndicationOutstanding = false;
                    }
                    if (next != null) bearer.Send(next);
                    return null;
                }
                case AttOpcode.SignedWriteCommand:
                    Report("Signed Write Command dropped: this server does not sign");
                    return null;
                default:
                    if (AttOpcode.IsCommand(op) || AttOpcode.IsServerToClient(op))
                    {
                        Report($"ATT PDU 0x{op:X2} dropped");
                        return null;
                    }
                    // Read Multiple, Prepare/Execute Write and unknown requests (§3.4.1.1).
                    return Error(op, 0, AttError.RequestNotSupported);
            }
        }

        private byte[] ReadValue(AttBearer bearer, byte op, ushort handle, int offset, byte responseOpcode)
        {
            var a = Find(handle);
            if (a == null) return Error(op, handle, AttError.InvalidHandle);
            if (a.Read == null) return Error(op, handle, AttError.ReadNotPermitted);
            var readError = TryRead(bearer, a, out var v);
            if (readError != null) return Error(op, handle, readError.Value);
            if (offset > v.Length) return Error(op, handle, AttError.InvalidOffset);
            int len = Math.Min(v.Length - offset, bearer.Mtu - 1);
            var rsp = new byte[1 + len];
            rsp[0] = responseOpcode;
            v.AsSpan(offset, len).CopyTo(rsp.AsSpan(1));
            return rsp;
        }

        /// <summary>Reads an attribute through its handler: null on success, else the error to send.</summary>
        private AttError? TryRead(AttBearer bearer, GattAttribute a, out byte[] value)
        {
            value = null;
            try
            {
                value = a.Read(bearer) ?? Array.Empty<byte>();
                return null;
            }
            catch (AttErrorException e)
            {
                return e.Error;
            }
            catch (Exception e)
            {
                Report($"read handler for handle 0x{a.Handle:X4} failed: {e}");
                return AttError.UnlikelyError;
            }
        }

        private void WriteCccd(AttBearer bearer, GattCharacteristic ch, byte[] v)
        {
            if (v.Length != 2) throw new AttErrorException(AttError.InvalidAttributeValueLength, ch.CccdHandle);
            ushort value = BinaryPrimitives.ReadUInt16LittleEndian(v);
            bool notify = (value & 1) != 0, indicate = (value & 2) != 0;
            if ((value & ~3) != 0 || (notify && (ch.Properties & GattProperties.Notify) == 0) || (indicate && (ch.Properties & GattProperties.Indicate) == 0))
                throw new AttErrorException(AttError.CccdImproperlyConfigured, ch.CccdHandle);
            // Notify and indicate both on: notifications win; a client picks one in practice.
            ushort old;
            lock (bearer.Sync)
            {
                old = bearer.GetCccdUnlocked(ch);
                bearer.Cccd[ch] = value;
            }
            if (old != value) SafeRaise(ch, new GattSubscriptionChange(bearer.Connection, notify, indicate));
        }

        private void SafeRaise(GattCharacteristic ch, GattSubscriptionChange change)
        {
            try { ch.RaiseSubscriptionChanged(change); }
            catch (Exception e) { Report($"subscription handler of {ch.Uuid} failed: {e}"); }
        }

        private static bool Range(ReadOnlySpan<byte> p, out ushort start, out ushort end)
        {
            start = BinaryPrimitives.ReadUInt16LittleEndian(p);
            end = BinaryPrimitives.ReadUInt16LittleEndian(p.Slice(2));
            return start != 0 && start <= end;
        }

        private List<GattAttribute> InRange(ushort start, ushort end)
        {
            var result = new List<GattAttribute>();
            lock (sync)
            {
                for (int h = start; h <= end && h <= attributes.Count; h++) result.Add(attributes[h - 1]);
            }
            return result;
        }

        private GattAttribute Find(ushort handle)
        {
            lock (sync) return handle >= 1 && handle <= attributes.Count ? attributes[handle - 1] : null;
        }

        private static void WriteU16(Stream s, ushort v)
        {
            s.WriteByte((byte)v);
            s.WriteByte((byte)(v >> 8));
        }

        /// <summary>An Error Response: request opcode, handle, error code (§3.4.1.1).</summary>
        public static byte[] Error(byte requestOpcode, ushort handle, AttError error)
        {
            return new[] { AttOpcode.ErrorResponse, requestOpcode, (byte)handle, (byte)(handle >> 8), (byte)error };
        }

        private void Report(string message)
        {
            try { Diagnostic?.Invoke(message); } catch (Exception) { /* logging must not fail the server */ }
        }

        /// <summary>One entry of the attribute database.</summary>
        private sealed class GattAttribute
        {
            public GattAttribute(ushort handle, BleUuid type)
            {
                Handle = handle;
                Type = type;
            }

            public ushort Handle { get; }
            public BleUuid Type { get; }
            public ushort GroupEnd { get; set; }
            public Func<AttBearer, byte[]> Read { get; set; }
            public Action<AttBearer, byte[]> Write { get; set; }
            public bool AcceptsWriteRequest { get; set; }
            public bool AcceptsWriteCommand { get; set; }
        }
    }
}
