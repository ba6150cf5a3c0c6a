using System;
using System.Collections.Generic;

namespace NanoVehicle.Ble.Att
{
    /// <summary>ATT on one connection (Core Vol 3 Part F §3.2.8-§3.2.9): the MTU both directions share once
    /// exchanged, the way out, and the server-side state of that client (its CCCD values and the indication it
    /// has not yet confirmed). Both the GATT server and the GATT client of the connection work on it.</summary>
    public sealed class AttBearer
    {
        /// <summary>The default LE ATT MTU.</summary>
        public const int DefaultMtu = 23;

        private readonly Action<byte[]> send;
        internal readonly object Sync = new object();
        internal readonly Dictionary<Gatt.GattCharacteristic, ushort> Cccd = new Dictionary<Gatt.GattCharacteristic, ushort>();
        internal readonly Queue<byte[]> PendingIndications = new Queue<byte[]>();
        internal bool IndicationOutstanding;

        /// <summary>A bearer sending PDUs through <paramref name="send"/>, for <paramref name="connection"/>
        /// (null when used without a link, as in tests).</summary>
        public AttBearer(Action<byte[]> send, BleConnection connection = null)
        {
            this.send = send ?? throw new ArgumentNullException(nameof(send));
            Connection = connection;
        }

        /// <summary>The connection, or null.</summary>
        public BleConnection Connection { get; }

        /// <summary>The ATT MTU in force.</summary>
        public int Mtu { get; internal set; } = DefaultMtu;

        /// <summary>True once an MTU exchange has happened (it may happen only once per connection).</summary>
        public bool MtuExchanged { get; internal set; }

        /// <summary>Sends one ATT PDU.</summary>
        public void Send(byte[] pdu) => send(pdu);

        /// <summary>The CCCD value this client wrote for a characteristic (0 when never written).</summary>
        public ushort GetCccd(Gatt.GattCharacteristic characteristic)
        {
            lock (Sync) return GetCccdUnlocked(characteristic);
        }

        internal ushort GetCccdUnlocked(Gatt.GattCharacteristic characteristic) =>
            Cccd.TryGetValue(characteristic, out ushort v) ? v : (ushort)0;
    }
}
