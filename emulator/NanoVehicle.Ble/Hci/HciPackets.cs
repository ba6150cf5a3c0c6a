using System;
using System.Buffers.Binary;

namespace NanoVehicle.Ble.Hci
{
    /// <summary>An HCI command packet: opcode (16 bits, little-endian), parameter length (8 bits), parameters
    /// (Core Vol 4 Part E §5.4.1).</summary>
    public sealed class HciCommandPacket
    {
        /// <summary>A command.</summary>
        public HciCommandPacket(ushort opcode, byte[] parameters)
        {
            if (parameters != null && parameters.Length > 255) throw new ArgumentException("HCI command parameters hold at most 255 bytes", nameof(parameters));
            Opcode = opcode;
            Parameters = parameters ?? Array.Empty<byte>();
        }

        /// <summary>OGF and OCF.</summary>
        public ushort Opcode { get; }
        /// <summary>The parameters.</summary>
        public byte[] Parameters { get; }

        /// <summary>The H4 packet that carries this command.</summary>
        public H4Packet ToH4()
        {
            var b = new byte[3 + Parameters.Length];
            BinaryPrimitives.WriteUInt16LittleEndian(b, Opcode);
            b[2] = (byte)Parameters.Length;
            Parameters.CopyTo(b, 3);
            return new H4Packet(HciPacketType.Command, b);
        }

        /// <summary>Reads a command packet; false when the header is short or the length disagrees.</summary>
        public static bool TryParse(byte[] bytes, out HciCommandPacket command)
        {
            command = null;
            if (bytes == null || bytes.Length < 3 || bytes[2] != bytes.Length - 3) return false;
            command = new HciCommandPacket(BinaryPrimitives.ReadUInt16LittleEndian(bytes), bytes.AsSpan(3).ToArray());
            return true;
        }
    }

    /// <summary>An HCI event packet: event code (8 bits), parameter length (8 bits), parameters (§5.4.4).</summary>
    public sealed class HciEventPacket
    {
        /// <summary>An event.</summary>
        public HciEventPacket(byte code, byte[] parameters)
        {
            if (parameters != null && parameters.Length > 255) throw new ArgumentException("HCI event parameters hold at most 255 bytes", nameof(parameters));
            Code = code;
            Parameters = parameters ?? Array.Empty<byte>();
        }

        /// <summary>The event code.</summary>
        public byte Code { get; }
        /// <summary>The parameters.</summary>
        public byte[] Parameters { get; }

        /// <summary>The H4 packet that carries this event.</summary>
        public H4Packet ToH4()
        {
            var b = new byte[2 + Parameters.Length];
            b[0] = Code;
            b[1] = (byte)Parameters.Length;
            Parameters.CopyTo(b, 2);
            return new H4Packet(HciPacketType.Event, b);
        }

        /// <summary>Reads an event packet; false when the header is short or the length disagrees.</summary>
        public static bool TryParse(byte[] bytes, out HciEventPacket ev)
        {
            ev = null;
            if (bytes == null || bytes.Length < 2 || bytes[1] != bytes.Length - 2) return false;
            ev = new HciEventPacket(bytes[0], bytes.AsSpan(2).ToArray());
            return true;
        }

        /// <summary>Command Complete (§7.7.14): credits, opcode, return parameters (status first).</summary>
        public static HciEventPacket CommandComplete(byte credits, ushort opcode, ReadOnlySpan<byte> returnParameters)
        {
            var p = new byte[3 + returnParameters.Length];
            p[0] = credits;
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(1), opcode);
            returnParameters.CopyTo(p.AsSpan(3));
            return new HciEventPacket(HciEventCode.CommandComplete, p);
        }

        /// <summary>Command Status (§7.7.15): status, credits, opcode.</summary>
        public static HciEventPacket CommandStatus(byte status, byte credits, ushort opcode)
        {
            var p = new byte[4];
            p[0] = status;
            p[1] = credits;
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(2), opcode);
            return new HciEventPacket(HciEventCode.CommandStatus, p);
        }

        /// <summary>Disconnection Complete (§7.7.5): status, handle, reason.</summary>
        public static HciEventPacket DisconnectionComplete(byte status, ushort handle, byte reason)
        {
            var p = new byte[4];
            p[0] = status;
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(1), handle);
            p[3] = reason;
            return new HciEventPacket(HciEventCode.DisconnectionComplete, p);
        }

        /// <summary>Number Of Completed Packets (§7.7.19) for one handle.</summary>
        public static HciEventPacket NumberOfCompletedPackets(ushort handle, ushort count)
        {
            var p = new byte[5];
            p[0] = 1;
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(1), handle);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(3), count);
            return new HciEventPacket(HciEventCode.NumberOfCompletedPackets, p);
        }

        /// <summary>LE Connection Complete (§7.7.65.1).</summary>
        public static HciEventPacket LeConnectionComplete(byte status, ushort handle, byte role, BdAddr peer,
            ushort interval, ushort latency, ushort supervisionTimeout)
        {
            var p = new byte[19];
            p[0] = HciEventCode.LeConnectionComplete;
            p[1] = status;
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(2), handle);
            p[4] = role;
            p[5] = (byte)peer.Type;
            peer.WriteTo(p, 6);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(12), interval);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(14), latency);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(16), supervisionTimeout);
            p[18] = 0; // central clock accuracy: 500 ppm
            return new HciEventPacket(HciEventCode.LeMeta, p);
        }

        /// <summary>LE Advertising Report (§7.7.65.2) carrying one report.</summary>
        public static HciEventPacket LeAdvertisingReport(byte eventType, BdAddr address, ReadOnlySpan<byte> data, sbyte rssi)
        {
            if (data.Length > 31) throw new ArgumentException("legacy advertising data holds at most 31 bytes", nameof(data));
            var p = new byte[2 + 1 + 1 + 6 + 1 + data.Length + 1];
            p[0] = HciEventCode.LeAdvertisingReport;
            p[1] = 1;
            p[2] = eventType;
            p[3] = (byte)address.Type;
            address.WriteTo(p, 4);
            p[10] = (byte)data.Length;
            data.CopyTo(p.AsSpan(11));
            p[11 + data.Length] = (byte)rssi;
            return new HciEventPacket(HciEventCode.LeMeta, p);
        }
    }

    /// <summary>An HCI ACL data packet (Core Vol 4 Part E §5.4.2): 12-bit handle, 2-bit packet boundary flag,
    /// 2-bit broadcast flag, 16-bit data length, data.</summary>
    public sealed class AclPacket
    {
        /// <summary>First fragment of a non-flushable L2CAP PDU, host to controller (LE uses only this).</summary>
        public const byte FirstNonFlushable = 0b00;
        /// <summary>Continuing fragment.</summary>
        public const byte Continuing = 0b01;
        /// <summary>First fragment of a flushable PDU; what a controller uses towards the host.</summary>
        public const byte FirstFlushable = 0b10;

        /// <summary>An ACL packet.</summary>
        public AclPacket(ushort handle, byte boundary, ReadOnlySpan<byte> data)
        {
            if (handle > 0x0EFF) throw new ArgumentOutOfRangeException(nameof(handle), "connection handles run 0x0000-0x0EFF");
            Handle = handle;
            Boundary = boundary;
            Data = data.ToArray();
        }

        /// <summary>The connection handle.</summary>
        public ushort Handle { get; }
        /// <summary>The packet boundary flag.</summary>
        public byte Boundary { get; }
        /// <summary>The data (a whole or partial L2CAP PDU).</summary>
        public byte[] Data { get; }

        /// <summary>True for a first fragment (either flavour).</summary>
        public bool IsStart => Boundary == FirstNonFlushable || Boundary == FirstFlushable;

        /// <summary>The H4 packet.</summary>
        public H4Packet ToH4()
        {
            var b = new byte[4 + Data.Length];
            BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)(Handle | (Boundary << 12)));
            BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(2), (ushort)Data.Length);
            Data.CopyTo(b, 4);
            return new H4Packet(HciPacketType.Acl, b);
        }

        /// <summary>Reads an ACL packet; false when the header is short, the length disagrees or the flags are reserved.</summary>
        public static bool TryParse(byte[] bytes, out AclPacket packet)
        {
            packet = null;
            if (bytes == null || bytes.Length < 4) return false;
            ushort hf = BinaryPrimitives.ReadUInt16LittleEndian(bytes);
            int length = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(2));
            if (length != bytes.Length - 4) return false;
            byte pb = (byte)((hf >> 12) & 0x3);
            byte bc = (byte)(hf >> 14);
            ushort handle = (ushort)(hf & 0x0FFF);
            if (pb == 0b11 || bc != 0 || handle > 0x0EFF) return false;
            packet = new AclPacket(handle, pb, bytes.AsSpan(4));
            return true;
        }

        /// <summary>Cuts an L2CAP PDU into ACL packets of at most <paramref name="maxDataLength"/> bytes (the
        /// controller's LE ACL data packet length): a first fragment, then continuing ones.</summary>
        public static AclPacket[] Fragment(ushort handle, ReadOnlySpan<byte> pdu, int maxDataLength, byte firstBoundary = FirstNonFlushable)
        {
            if (maxDataLength < 1) throw new ArgumentOutOfRangeException(nameof(maxDataLength));
            int count = Math.Max(1, (pdu.Length + maxDataLength - 1) / maxDataLength);
            var result = new AclPacket[count];
            for (int i = 0; i < count; i++)
            {
                int start = i * maxDataLength;
                int len = Math.Min(maxDataLength, pdu.Length - start);
                result[i] = new AclPacket(handle, i == 0 ? firstBoundary : Continuing, pdu.Slice(start, len));
            }
            return result;
        }
    }
}
