using System;
using System.Buffers.Binary;

namespace NanoVehicle.Ble.L2cap
{
    /// <summary>The LE signalling channel (CID 0x0005, Core Vol 3 Part A §4). Each command is code, identifier,
    /// 16-bit length, data. This host opens no credit-based channels and keeps the link parameters the central
    /// chose, so it answers: Connection Parameter Update Request — accepted when we are central and the values
    /// are in range (§4.20), Command Reject when we are peripheral (only a peripheral may ask); LE Credit Based
    /// Connection Request — refused, SPSM not supported (§4.22); any other request — Command Reject "command not
    /// understood" (§4.1). Responses and rejects from the peer are noted and dropped. Identifier 0 is invalid and
    /// such commands are dropped.</summary>
    public sealed class LeSignaling
    {
        /// <summary>Command Reject.</summary>
        public const byte CommandReject = 0x01;
        /// <summary>Disconnection Request.</summary>
        public const byte DisconnectionRequest = 0x06;
        /// <summary>Connection Parameter Update Request.</summary>
        public const byte ConnectionParameterUpdateRequest = 0x12;
        /// <summary>Connection Parameter Update Response.</summary>
        public const byte ConnectionParameterUpdateResponse = 0x13;
        /// <summary>LE Credit Based Connection Request.</summary>
        public const byte LeCreditBasedConnectionRequest = 0x14;
        /// <summary>LE Credit Based Connection Response.</summary>
        public const byte LeCreditBasedConnectionResponse = 0x15;

        /// <summary>The largest signalling command this side takes (the LE minimum, MTU_sig 23).</summary>
        public const int SignalingMtu = 23;

        private readonly bool isCentral;
        private readonly Action<byte[]> send;

        /// <summary>Signalling for one connection; <paramref name="send"/> takes the channel payload.</summary>
        public LeSignaling(bool isCentral, Action<byte[]> send)
        {
            this.isCentral = isCentral;
            this.send = send;
        }

        /// <summary>Dropped input and answered requests, for logs.</summary>
        public event Action<string> Diagnostic;

        /// <summary>A peripheral asked for new connection parameters and we accepted (interval min, max, latency, timeout).</summary>
        public event Action<ushort, ushort, ushort, ushort> ParametersRequested;

        /// <summary>The central answered our Connection Parameter Update Request: true when accepted.</summary>
        public event Action<bool> ParameterUpdateAnswered;

        private byte lastIdentifier;
        private byte pendingUpdateIdentifier;

        /// <summary>Asks the central for new connection parameters (peripheral only, §4.20): interval in 1.25 ms
        /// units, latency in connection events, supervision timeout in 10 ms units.</summary>
        public void RequestParameterUpdate(ushort intervalMin, ushort intervalMax, ushort latency, ushort timeout)
        {
            if (isCentral) throw new InvalidOperationException("only a peripheral sends Connection Parameter Update Request; a central updates the link itself");
            // Identifiers cycle through 1-255; 0 is never used.
            lastIdentifier = (byte)(lastIdentifier == 255 ? 1 : lastIdentifier + 1);
            pendingUpdateIdentifier = lastIdentifier;
            var d = new byte[8];
            BinaryPrimitives.WriteUInt16LittleEndian(d, intervalMin);
            BinaryPrimitives.WriteUInt16LittleEndian(d.AsSpan(2), intervalMax);
            BinaryPrimitives.WriteUInt16LittleEndian(d.AsSpan(4), latency);
            BinaryPrimitives.WriteUInt16LittleEndian(d.AsSpan(6), timeout);
            SendCommand(ConnectionParameterUpdateRequest, lastIdentifier, d);
        }

        /// <summary>Handles one signalling channel payload. On LE a frame carries exactly one command.</summary>
        public void Receive(byte[] payload)
        {
            if (payload.Length < 4)
            {
                Diagnostic?.Invoke($"signalling frame of {payload.Length} bytes, too short for a command header, dropped");
                return;
            }
            byte code = payload[0];
            byte id = payload[1];
            int length = BinaryPrimitives.ReadUInt16LittleEndian(payload.AsSpan(2));
            if (id == 0)
            {
                Diagnostic?.Invoke($"signalling command 0x{code:X2} with the invalid identifier 0 dropped");
                return;
            }
            if (length != payload.Length - 4)
            {
                Reject(id, 0x0000, $"signalling command 0x{code:X2} length {length} disagrees with the {payload.Length - 4} bytes received");
                return;
            }
            if (payload.Length > SignalingMtu)
            {
                // Command Reject, Signaling MTU exceeded, carrying our MTU (§4.1).
                Diagnostic?.Invoke($"signalling command of {payload.Length} bytes exceeds MTU {SignalingMtu}: Command Reject sent");
                SendCommand(CommandReject, id, new byte[] { 0x01, 0x00, (byte)SignalingMtu, 0 });
                return;
            }
            var data = payload.AsSpan(4);
            switch (code)
            {
                case ConnectionParameterUpdateRequest:
                    if (!isCentral || length != 8)
                    {
                        Reject(id, 0x0000, isCentral ? "malformed Connection Parameter Update Request" : "Connection Parameter Update Request received as peripheral");
                        return;
                    }
                    ushort min = BinaryPrimitives.ReadUInt16LittleEndian(data);
                    ushort max = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(2));
                    ushort latency = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(4));
                    ushort timeout = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(6));
                    // Ranges from Vol 4 Part E §7.8.12: interval 6..3200 (x1.25 ms), latency <= 499, timeout 10..3200 (x10 ms).
                    bool ok = min >= 6 && max <= 3200 && min <= max && latency <= 499 && timeout >= 10 && timeout <= 3200
                              && timeout * 4 > (1 + latency) * max;
                    SendCommand(ConnectionParameterUpdateResponse, id, new byte[] { (byte)(ok ? 0 : 1), 0 });
                    if (ok) ParametersRequested?.Invoke(min, max, latency, timeout);
                    return;
                case LeCreditBasedConnectionRequest:
                {
                    if (length != 10)
                    {
                        Reject(id, 0x0000, "malformed LE Credit Based Connection Request");
                        return;
                    }
                    // Destination CID, MTU, MPS, initial credits all zero; result 0x0002: SPSM not supported.
                    var r = new byte[10];
                    r[8] = 0x02;
                    SendCommand(LeCreditBasedConnectionResponse, id, r);
                    return;
                }
                case ConnectionParameterUpdateResponse when id == pendingUpdateIdentifier && length == 2:
                    pendingUpdateIdentifier = 0;
                    ParameterUpdateAnswered?.Invoke(data[0] == 0 && data[1] == 0);
                    return;
                case CommandReject when id == pendingUpdateIdentifier:
                    pendingUpdateIdentifier = 0;
                    ParameterUpdateAnswered?.Invoke(false);
                    return;
                case CommandReject:
                case ConnectionParameterUpdateResponse:
                case LeCreditBasedConnectionResponse:
                    Diagnostic?.Invoke($"signalling response 0x{code:X2} to no request of ours dropped");
                    return;
                default:
                    Reject(id, 0x0000, $"signalling command 0x{code:X2} not understood");
                    return;
            }
        }

        /// <summary>Sends Command Reject with <paramref name="reason"/> (0x0000 not understood, 0x0001 MTU
        /// exceeded, 0x0002 invalid CID).</summary>
        private void Reject(byte id, ushort reason, string why)
        {
            Diagnostic?.Invoke(why + ": Command Reject sent");
            SendCommand(CommandReject, id, new byte[] { (byte)reason, (byte)(reason >> 8) });
        }

        private void SendCommand(byte code, byte id, byte[] data)
        {
            var b = new byte[4 + data.Length];
            b[0] = code;
            b[1] = id;
            BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(2), (ushort)data.Length);
            data.CopyTo(b, 4);
            send(b);
        }
    }
}
