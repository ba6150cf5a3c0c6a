using System;
using System.Collections.Generic;
using System.Threading;

namespace NanoVehicle.Ble.Gatt
{
    /// <summary>A primary service to put on a <see cref="GattServer"/>: its UUID and characteristics.</summary>
    public sealed class GattService
    {
        /// <summary>A primary service.</summary>
        public GattService(BleUuid uuid, params GattCharacteristic[] characteristics)
        {
            Uuid = uuid ?? throw new ArgumentNullException(nameof(uuid));
            Characteristics = characteristics ?? Array.Empty<GattCharacteristic>();
        }

        /// <summary>The service UUID.</summary>
        public BleUuid Uuid { get; }

        /// <summary>The characteristics, in handle order.</summary>
        public IReadOnlyList<GattCharacteristic> Characteristics { get; }

        /// <summary>The handle of the service declaration, once on a server.</summary>
        public ushort Handle { get; internal set; }

        /// <summary>The last handle of the service, once on a server.</summary>
        public ushort EndHandle { get; internal set; }
    }

    /// <summary>Characteristic properties (Core Vol 3 Part G §3.3.1.1).</summary>
    [Flags]
    public enum GattProperties : byte
    {
        /// <summary>None.</summary>
        None = 0,
        /// <summary>Broadcast.</summary>
        Broadcast = 0x01,
        /// <summary>Read.</summary>
        Read = 0x02,
        /// <summary>Write Without Response.</summary>
        WriteWithoutResponse = 0x04,
        /// <summary>Write.</summary>
        Write = 0x08,
        /// <summary>Notify.</summary>
        Notify = 0x10,
        /// <summary>Indicate.</summary>
        Indicate = 0x20,
    }

    /// <summary>A descriptor under a characteristic (other than the CCCD, which the server adds and runs itself).</summary>
    public sealed class GattDescriptor
    {
        /// <summary>A descriptor with a fixed value, readable; writable when <paramref name="writable"/>.</summary>
        public GattDescriptor(BleUuid uuid, byte[] value, bool writable = false)
        {
            Uuid = uuid ?? throw new ArgumentNullException(nameof(uuid));
            Value = value ?? Array.Empty<byte>();
            Writable = writable;
        }

        /// <summary>The descriptor type.</summary>
        public BleUuid Uuid { get; }
        /// <summary>The value.</summary>
        public byte[] Value { get; set; }
        /// <summary>Whether clients may write it.</summary>
        public bool Writable { get; }
        /// <summary>Its handle, once on a server.</summary>
        public ushort Handle { get; internal set; }
    }

    /// <summary>A client turned notifications or indications of a characteristic on or off.</summary>
    public sealed class GattSubscriptionChange
    {
        internal GattSubscriptionChange(BleConnection connection, bool notify, bool indicate)
        {
            Connection = connection;
            Notify = notify;
            Indicate = indicate;
        }

        /// <summary>The client's connection (null on a bearer used without a link).</summary>
        public BleConnection Connection { get; }
        /// <summary>Notifications now on.</summary>
        public bool Notify { get; }
        /// <summary>Indications now on.</summary>
        public bool Indicate { get; }
    }

    /// <summary>A characteristic to put on a <see cref="GattServer"/>. Reads return <see cref="ReadHandler"/>'s
    /// result, or <see cref="Value"/> when there is none; writes go to <see cref="WriteHandler"/>, or into
    /// <see cref="Value"/>. A handler rejects a request by throwing <see cref="Att.AttErrorException"/>; any other
    /// exception becomes the error Unlikely Error. Handlers run on the host's receive thread: keep them short.
    /// A CCCD is added when the properties include Notify or Indicate.</summary>
    public sealed class GattCharacteristic
    {
        private byte[] value;

        /// <summary>A characteristic.</summary>
        public GattCharacteristic(BleUuid uuid, GattProperties properties, byte[] value = null, params GattDescriptor[] descriptors)
        {
            Uuid = uuid ?? throw new ArgumentNullException(nameof(uuid));
            Properties = properties;
            this.value = value ?? Array.Empty<byte>();
            Descriptors = descriptors ?? Array.Empty<GattDescriptor>();
        }

        /// <summary>The characteristic UUID.</summary>
        public BleUuid Uuid { get; }
        /// <summary>The properties declared to clients.</summary>
        public GattProperties Properties { get; }
        /// <summary>Descriptors besides the CCCD.</summary>
        public IReadOnlyList<GattDescriptor> Descriptors { get; }

        /// <summary>The stored value (used when there is no read handler).</summary>
        public byte[] Value
        {
            get => Volatile.Read(ref value);
            set => Volatile.Write(ref this.value, value ?? Array.Empty<byte>());
        }

        /// <summary>Produces the value for a read by the given connection.</summary>
        public Func<BleConnection, byte[]> ReadHandler { get; set; }

        /// <summary>Takes a value written by the given connection.</summary>
        public Action<BleConnection, byte[]> WriteHandler { get; set; }

        /// <summary>A client turned notifications or indications on or off.</summary>
        public event Action<GattSubscriptionChange> SubscriptionChanged;

        /// <summary>The declaration handle, once on a server.</summary>
        public ushort DeclarationHandle { get; internal set; }
        /// <summary>The value handle, once on a server.</summary>
        public ushort ValueHandle { get; internal set; }
        /// <summary>The CCCD handle, 0 when there is none.</summary>
        public ushort CccdHandle { get; internal set; }

        internal GattServer Server { get; set; }

        /// <summary>Stores <paramref name="newValue"/> and sends it to every client that subscribed, as a
        /// notification or an indication as each asked, cut to fit each client's ATT MTU (MTU - 3 bytes). Returns how
        /// many clients it went to.</summary>
        public int Notify(byte[] newValue)
        {
            Value = newValue;
            return Server?.Notify(this, Value) ?? 0;
        }

        internal void RaiseSubscriptionChanged(GattSubscriptionChange change) => SubscriptionChanged?.Invoke(change);
    }
}
