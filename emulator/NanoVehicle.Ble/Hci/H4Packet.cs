using System;

namespace NanoVehicle.Ble.Hci
{
    /// <summary>The H4 packet indicator that precedes every HCI packet on a UART-style transport (Core Vol 4 Part A §2).</summary>
    public enum HciPacketType : byte
    {
        /// <summary>HCI command, host to controller.</summary>
        Command = 0x01,
        /// <summary>ACL data, both ways.</summary>
        Acl = 0x02,
        /// <summary>Synchronous (SCO) data; not used by the LE host and rejected.</summary>
        Sco = 0x03,
        /// <summary>HCI event, controller to host.</summary>
        Event = 0x04,
        /// <summary>Isochronous data; not used by this host and rejected.</summary>
        Iso = 0x05,
    }

    /// <summary>One HCI packet: its H4 indicator and its bytes (header included, indicator excluded).</summary>
    public sealed class H4Packet
    {
        /// <summary>A packet.</summary>
        public H4Packet(HciPacketType type, byte[] bytes)
        {
            Type = type;
            Bytes = bytes ?? throw new ArgumentNullException(nameof(bytes));
        }

        /// <summary>The packet indicator.</summary>
        public HciPacketType Type { get; }

        /// <summary>The HCI packet: header then parameters or data.</summary>
        public byte[] Bytes { get; }

        /// <summary>The packet as it goes on the wire: indicator then bytes.</summary>
        public byte[] ToWire()
        {
            var w = new byte[Bytes.Length + 1];
            w[0] = (byte)Type;
            Bytes.CopyTo(w, 1);
            return w;
        }

        /// <inheritdoc/>
        public override string ToString() => $"{Type} {Convert.ToHexString(Bytes)}";
    }
}
