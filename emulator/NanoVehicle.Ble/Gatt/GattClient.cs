using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Ble.Att;

namespace NanoVehicle.Ble.Gatt
{
    /// <summary>The GATT client of one connection (Core Vol 3 Part G §4): MTU exchange, primary service,
    /// characteristic and descriptor discovery, read (long values read on with Read Blob), read blob, write,
    /// write without response, subscription through the CCCD, and notification and indication delivery. One
    /// request is outstanding at a time, as ATT requires (Part F §3.3.2); each waits at most <see cref="Timeout"/>.</summary>
    public sealed class GattClient
    {
        private readonly AttBearer bearer;
        private readonly SemaphoreSlim gate = new SemaphoreSlim(1, 1);
        private readonly Dictionary<ushort, Action<byte[]>> subscriptions = new Dictionary<ushort, Action<byte[]>>();
        private Pending pending;
        private string closedReason;

        private sealed class Pending
        {
            public byte RequestOpcode;
            public byte ResponseOpcode;
            public readonly TaskCompletionSource<byte[]> Done = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        /// <summary>A client on <paramref name="bearer"/>.</summary>
        public GattClient(AttBearer bearer) { this.bearer = bearer ?? throw new ArgumentNullException(nameof(bearer)); }

        /// <summary>How long a request waits for its response (ATT's own transaction timeout is 30 s).</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>The ATT MTU in force.</summary>
        public int Mtu => bearer.Mtu;

        /// <summary>A notification or indication arrived: value handle and value.</summary>
        public event Action<ushort, byte[]> NotificationReceived;

        /// <summary>Dropped input, for logs.</summary>
        public event Action<string> Diagnostic;

        /// <summary>Exchanges MTUs (Part G §4.3.1); returns the MTU now in force.</summary>
        public async Task<int> ExchangeMtuAsync(int mtu = 517)
        {
            if (mtu < AttBearer.DefaultMtu || mtu > 517) throw new ArgumentOutOfRangeException(nameof(mtu), "an ATT MTU is 23-517");
            var rsp = await RequestAsync(new byte[] { AttOpcode.ExchangeMtuRequest, (byte)mtu, (byte)(mtu >> 8) }, AttOpcode.ExchangeMtuResponse).ConfigureAwait(false);
            if (rsp.Length != 3) throw new InvalidDataException("malformed Exchange MTU Response");
            int server = Math.Max(AttBearer.DefaultMtu, (int)BinaryPrimitives.ReadUInt16LittleEndian(rsp.AsSpan(1)));
            bearer.Mtu = Math.Min(mtu, server);
            bearer.MtuExchanged = true;
            return bearer.Mtu;
        }

        /// <summary>Discovers all primary services (Part G §4.4.1) with Read By Group Type.</summary>
        public async Task<IReadOnlyList<RemoteService>> DiscoverServicesAsync()
        {
            var result = new List<RemoteService>();
            int start = 1;
            while (start <= 0xFFFF)
            {
                var req = new byte[7];
                req[0] = AttOpcode.ReadByGroupTypeRequest;
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(1), (ushort)start);
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(3), 0xFFFF);
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(5), 0x2800);
                var rsp = await RequestOrNotFoundAsync(req, AttOpcode.ReadByGroupTypeResponse).ConfigureAwait(false);
                if (rsp == null) break;
                int len = rsp.Length >= 2 ? rsp[1] : 0;
                if ((len != 6 && len != 20) || (rsp.Length - 2) % len != 0 || rsp.Length == 2) throw new InvalidDataException("malformed Read By Group Type Response");
                ushort lastEnd = 0;
                for (int i = 2; i < rsp.Length; i += len)
                {
                    ushort h = BinaryPrimitives.ReadUInt16LittleEndian(rsp.AsSpan(i));
                    ushort end = BinaryPrimitives.ReadUInt16LittleEndian(rsp.AsSpan(i + 2));
                    if (end < h || h < start) throw new InvalidDataException("Read By Group Type Response with handles out of order");
                    result.Add(new RemoteService(BleUuid.FromBytes(rsp.AsSpan(i + 4, len - 4)), h, end));
                    lastEnd = end;
                }
                start = lastEnd + 1;
            }
            return result;
        }

        /// <summary>Finds the primary services with a given UUID (Part G §4.4.2) with Find By Type Value.</summary>
        public async Task<IReadOnlyList<RemoteService>> DiscoverServicesAsync(BleUuid uuid)
        {
            var result = new List<RemoteService>();
            var value = uuid.ToBytes();
            int start = 1;
            while (start <= 0xFFFF)
            {
                var req = new byte[7 + value.Length];
                req[0] = AttOpcode.FindByTypeValueRequest;
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(1), (ushort)start);
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(3), 0xFFFF);
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(5), 0x2800);
                value.CopyTo(req, 7);
                var rsp = await RequestOrNotFoundAsync(req, AttOpcode.FindByTypeValueResponse).ConfigureAwait(false);
                if (rsp == null) break;
                if ((rsp.Length - 1) % 4 != 0 || rsp.Length == 1) throw new InvalidDataException("malformed Find By Type Value Response");
                ushort lastEnd = 0;
                for (int i = 1; i < rsp.Length; i += 4)
                {
                    ushort h = BinaryPrimitives.ReadUInt16LittleEndian(rsp.AsSpan(i));
                    ushort end = BinaryPrimitives.ReadUInt16LittleEndian(rsp.AsSpan(i + 2));
                    if (end < h || h < start) throw new InvalidDataException("Find By Type Value Response with handles out of order");
                    result.Add(new RemoteService(uuid, h, end));
                    lastEnd = end;
                }
                start = lastEnd + 1;
            }
            return result;
        }

        /// <summary>Discovers the characteristics of a service (Part G §4.6.1) with Read By Type.</summary>
        public async Task<IReadOnlyList<RemoteCharacteristic>> DiscoverCharacteristicsAsync(RemoteService service)
        {
            var found = new List<(ushort Decl, GattProperties Props, ushort Value, BleUuid Uuid)>();
            int start = service.Handle;
            while (start <= service.EndHandle)
            {
                var req = new byte[7];
                req[0] = AttOpcode.ReadByTypeRequest;
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(1), (ushort)start);
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(3), service.EndHandle);
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(5), 0x2803);
                var rsp = await RequestOrNotFoundAsync(req, AttOpcode.ReadByTypeResponse).ConfigureAwait(false);
                if (rsp == null) break;
                int len = rsp.Length >= 2 ? rsp[1] : 0;
                if ((len != 7 && len != 21) || (rsp.Length - 2) % len != 0 || rsp.Length == 2) throw new InvalidDataException("malformed Read By Type Response to characteristic discovery");
                ushort last = 0;
                for (int i = 2; i < rsp.Length; i += len)
                {
                    ushort decl = BinaryPrimitives.ReadUInt16LittleEndian(rsp.AsSpan(i));
                    if (decl < start) throw new InvalidDataException("Read By Type Response with handles out of order");
                    found.Add((decl, (GattProperties)rsp[i + 2], BinaryPrimitives.ReadUInt16LittleEndian(rsp.AsSpan(i + 3)), BleUuid.FromBytes(rsp.AsSpan(i + 5, len - 5))));
                    last = decl;
                }
                start = last + 1;
            }
            var result = new List<RemoteCharacteristic>();
            for (int i = 0; i < found.Count; i++)
            {
                ushort end = i + 1 < found.Count ? (ushort)(found[i + 1].Decl - 1) : service.EndHandle;
                result.Add(new RemoteCharacteristic(found[i].Uuid, found[i].Props, found[i].Decl, found[i].Value, end));
            }
            return result;
        }

        /// <summary>Discovers the descriptors of a characteristic (Part G §4.7.1) with Find Information.</summary>
        public async Task<IReadOnlyList<RemoteDescriptor>> DiscoverDescriptorsAsync(RemoteCharacteristic characteristic)
        {
            var result = new List<RemoteDescriptor>();
            int start = characteristic.ValueHandle + 1;
            while (start <= characteristic.EndHandle)
            {
                var req = new byte[5];
                req[0] = AttOpcode.FindInformationRequest;
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(1), (ushort)start);
                BinaryPrimitives.WriteUInt16LittleEndian(req.AsSpan(3), characteristic.EndHandle);
                var rsp = await RequestOrNotFoundAsync(req, AttOpcode.FindInformationResponse).ConfigureAwait(false);
                if (rsp == null) break;
                int len = rsp.Length >= 2 ? (rsp[1] == 1 ? 4 : rsp[1] == 2 ? 18 : 0) : 0;
                if (len == 0 || (rsp.Length - 2) % len != 0 || rsp.Length == 2) throw new InvalidDataException("malformed Find Information Response");
                ushort last = 0;
                for (int i = 2; i < rsp.Length; i += len)
                {
                    ushort h = BinaryPrimitives.ReadUInt16LittleEndian(rsp.AsSpan(i));
                    if (h < start) throw new InvalidDataException("Find Information Response with handles out of order");
                    result.Add(new RemoteDescriptor(BleUuid.FromBytes(rsp.AsSpan(i + 2, len - 2)), h));
                    last = h;
                }
                start = last + 1;
            }
            characteristic.Descriptors = result;
            return result;
        }

        /// <summary>Reads a value (Part G §4.8.1); when it fills the response, reads on with Read Blob until the
        /// rest is in (§4.8.3).</summary>
        public async Task<byte[]> ReadAsync(ushort handle)
        {
            var rsp = await RequestAsync(new byte[] { AttOpcode.ReadRequest, (byte)handle, (byte)(handle >> 8) }, AttOpcode.ReadResponse).ConfigureAwait(false);
            var value = new MemoryStream();
            value.Write(rsp, 1, rsp.Length - 1);
            int chunk = rsp.Length - 1;
            while (chunk == bearer.Mtu - 1 && value.Length < 512)
            {
                byte[] part;
                try
                {
                    part = await ReadBlobAsync(handle, (int)value.Length).ConfigureAwait(false);
                }
                catch (AttErrorException e) when (e.Error == AttError.AttributeNotLong || e.Error == AttError.InvalidOffset)
                {
                    break;
                }
                value.Write(part, 0, part.Length);
                chunk = part.Length;
            }
            return value.ToArray();
        }

        /// <summary>Reads part of a value from <paramref name="offset"/> (Part F §3.4.4.5).</summary>
        public async Task<byte[]> ReadBlobAsync(ushort handle, int offset)
        {
            if (offset < 0 || offset > 0xFFFF) throw new ArgumentOutOfRangeException(nameof(offset));
            var rsp = await RequestAsync(new byte[] { AttOpcode.ReadBlobRequest, (byte)handle, (byte)(handle >> 8), (byte)offset, (byte)(offset >> 8) }, AttOpcode.ReadBlobResponse).ConfigureAwait(false);
            return rsp.AsSpan(1).ToArray();
        }

        /// <summary>Writes a value and waits for the Write Response (Part G §4.9.3).</summary>
        public async Task WriteAsync(ushort handle, byte[] value)
        {
            CheckWriteLength(value);
            await RequestAsync(WritePdu(AttOpcode.WriteRequest, handle, value), AttOpcode.WriteResponse).ConfigureAwait(false);
        }

        /// <summary>Writes a value with a Write Command, which gets no answer (Part G §4.9.1).</summary>
        public void WriteWithoutResponse(ushort handle, byte[] value)
        {
            CheckWriteLength(value);
            SendOrThrow(WritePdu(AttOpcode.WriteCommand, handle, value));
        }

        /// <summary>Subscribes to a characteristic: writes its CCCD (notifications, or indications when the
        /// characteristic only indicates) and calls <paramref name="onValue"/> with every value that arrives.
        /// Discovers the descriptors first when that has not been done.</summary>
        public async Task SubscribeAsync(RemoteCharacteristic characteristic, Action<byte[]> onValue)
        {
            if ((characteristic.Properties & (GattProperties.Notify | GattProperties.Indicate)) == 0)
                throw new InvalidOperationException($"{characteristic} neither notifies nor indicates");
            ushort cccd = await CccdHandleAsync(characteristic).ConfigureAwait(false);
            lock (subscriptions) subscriptions[characteristic.ValueHandle] = onValue;
            ushort value = (characteristic.Properties & GattProperties.Notify) != 0 ? (ushort)1 : (ushort)2;
            try
            {
                await WriteAsync(cccd, new[] { (byte)value, (byte)0 }).ConfigureAwait(false);
            }
            catch
            {
                lock (subscriptions) subscriptions.Remove(characteristic.ValueHandle);
                throw;
            }
        }

        /// <summary>Ends a subscription: writes 0 to the CCCD and stops the callbacks.</summary>
        public async Task UnsubscribeAsync(RemoteCharacteristic characteristic)
        {
            ushort cccd = await CccdHandleAsync(characteristic).ConfigureAwait(false);
            lock (subscriptions) subscriptions.Remove(characteristic.ValueHandle);
            await WriteAsync(cccd, new byte[] { 0, 0 }).ConfigureAwait(false);
        }

        private async Task<ushort> CccdHandleAsync(RemoteCharacteristic characteristic)
        {
            if (characteristic.Descriptors.Count == 0) await DiscoverDescriptorsAsync(characteristic).ConfigureAwait(false);
            foreach (var d in characteristic.Descriptors)
                if (d.Uuid == GattUuids.ClientCharacteristicConfiguration) return d.Handle;
            throw new InvalidOperationException($"{characteristic} has no Client Characteristic Configuration descriptor");
        }

        private void CheckWriteLength(byte[] value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (value.Length > bearer.Mtu - 3) throw new ArgumentException($"a value of {value.Length} bytes does not fit one write at ATT MTU {bearer.Mtu}", nameof(value));
        }

        private static byte[] WritePdu(byte opcode, ushort handle, byte[] value)
        {
            var pdu = new byte[3 + value.Length];
            pdu[0] = opcode;
            BinaryPrimitives.WriteUInt16LittleEndian(pdu.AsSpan(1), handle);
            value.CopyTo(pdu, 3);
            return pdu;
        }

        private async Task<byte[]> RequestOrNotFoundAsync(byte[] request, byte responseOpcode)
        {
            try
            {
                return await RequestAsync(request, responseOpcode).ConfigureAwait(false);
            }
            catch (AttErrorException e) when (e.Error == AttError.AttributeNotFound)
            {
                return null;
            }
        }

        /// <summary>Sends a request and waits for its response, or throws <see cref="AttErrorException"/> for
        /// an Error Response, <see cref="TimeoutException"/> when none comes, <see cref="IOException"/> when
        /// the link is gone.</summary>
        private async Task<byte[]> RequestAsync(byte[] request, byte responseOpcode)
        {
            if (!await gate.WaitAsync(Timeout).ConfigureAwait(false)) throw new TimeoutException("the previous ATT request is still unanswered");
            try
            {
                var p = new Pending { RequestOpcode = request[0], ResponseOpcode = responseOpcode };
                Volatile.Write(ref pending, p);
                string closed = Volatile.Read(ref closedReason);
                if (closed != null) throw new IOException("the connection is closed: " + closed);
                SendOrThrow(request);
                var finished = await Task.WhenAny(p.Done.Task, Task.Delay(Timeout)).ConfigureAwait(false);
                Interlocked.CompareExchange(ref pending, null, p);
                if (finished != p.Done.Task) throw new TimeoutException($"no answer to ATT request 0x{request[0]:X2} within {Timeout.TotalSeconds:0} s");
                return await p.Done.Task.ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }

        private void SendOrThrow(byte[] pdu)
        {
            string closed = Volatile.Read(ref closedReason);
            if (closed != null) throw new IOException("the connection is closed: " + closed);
            bearer.Send(pdu);
        }

        /// <summary>Takes a server-to-client PDU (response, notification, indication) from the bearer.</summary>
        public void Receive(byte[] pdu)
        {
            if (pdu.Length == 0) return;
            byte op = pdu[0];
            if (op == AttOpcode.HandleValueNotification || op == AttOpcode.HandleValueIndication)
            {
                if (pdu.Length < 3)
                {
                    Diagnostic?.Invoke("short handle value PDU dropped");
                    return;
                }
                // Confirm first (Part F §3.4.7.2) so a slow callback does not hold up the server.
                if (op == AttOpcode.HandleValueIndication)
                {
                    try { bearer.Send(new[] { AttOpcode.HandleValueConfirmation }); }
                    catch (IOException) { return; }
                }
                ushort handle = BinaryPrimitives.ReadUInt16LittleEndian(pdu.AsSpan(1));
                var value = pdu.AsSpan(3).ToArray();
                Action<byte[]> callback;
                lock (subscriptions) subscriptions.TryGetValue(handle, out callback);
                try
                {
                    callback?.Invoke(value);
                    NotificationReceived?.Invoke(handle, value);
                }
                catch (Exception e)
                {
                    Diagnostic?.Invoke($"notification callback for handle 0x{handle:X4} failed: {e}");
                }
                return;
            }
            var p = Volatile.Read(ref pending);
            if (p == null)
            {
                Diagnostic?.Invoke($"ATT response 0x{op:X2} with no request outstanding dropped");
                return;
            }
            if (op == AttOpcode.ErrorResponse)
            {
                if (pdu.Length != 5 || pdu[1] != p.RequestOpcode)
                {
                    Diagnostic?.Invoke("Error Response that does not match the outstanding request dropped");
                    return;
                }
                p.Done.TrySetException(new AttErrorException((AttError)pdu[4], BinaryPrimitives.ReadUInt16LittleEndian(pdu.AsSpan(2)), pdu[1]));
                return;
            }
            if (op != p.ResponseOpcode)
            {
                Diagnostic?.Invoke($"ATT response 0x{op:X2} does not answer request 0x{p.RequestOpcode:X2}, dropped");
                return;
            }
            p.Done.TrySetResult(pdu);
        }

        /// <summary>The connection ended: fails the request in progress and any later ones.</summary>
        public void Close(string reason)
        {
            Volatile.Write(ref closedReason, reason ?? "closed");
            Volatile.Read(ref pending)?.Done.TrySetException(new IOException("the connection is closed: " + reason));
        }
    }
}
