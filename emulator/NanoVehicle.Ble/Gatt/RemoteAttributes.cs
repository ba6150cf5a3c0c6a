using System.Collections.Generic;

namespace NanoVehicle.Ble.Gatt
{
    /// <summary>A primary service found on a peer by <see cref="GattClient"/>.</summary>
    public sealed class RemoteService
    {
        internal RemoteService(BleUuid uuid, ushort handle, ushort endHandle)
        {
            Uuid = uuid;
            Handle = handle;
            EndHandle = endHandle;
        }

        /// <summary>The service UUID.</summary>
        public BleUuid Uuid { get; }
        /// <summary>The service declaration handle.</summary>
        public ushort Handle { get; }
        /// <summary>The service's last handle.</summary>
        public ushort EndHandle { get; }

        /// <inheritdoc/>
        public override string ToString() => $"service {Uuid} [0x{Handle:X4}-0x{EndHandle:X4}]";
    }

    /// <summary>A characteristic found on a peer.</summary>
    public sealed class RemoteCharacteristic
    {
        internal RemoteCharacteristic(BleUuid uuid, GattProperties properties, ushort declarationHandle, ushort valueHandle, ushort endHandle)
        {
            Uuid = uuid;
            Properties = properties;
            DeclarationHandle = declarationHandle;
            ValueHandle = valueHandle;
            EndHandle = endHandle;
        }

        /// <summary>The characteristic UUID.</summary>
        public BleUuid Uuid { get; }
        /// <summary>Its properties.</summary>
        public GattProperties Properties { get; }
        /// <summary>The declaration handle.</summary>
        public ushort DeclarationHandle { get; }
        /// <summary>The value handle.</summary>
        public ushort ValueHandle { get; }
        /// <summary>The last handle of its descriptors.</summary>
        public ushort EndHandle { get; }
        /// <summary>Descriptors, once discovered.</summary>
        public IReadOnlyList<RemoteDescriptor> Descriptors { get; internal set; } = new RemoteDescriptor[0];

        /// <inheritdoc/>
        public override string ToString() => $"characteristic {Uuid} value 0x{ValueHandle:X4} ({Properties})";
    }

    /// <summary>A descriptor found on a peer.</summary>
    public sealed class RemoteDescriptor
    {
        internal RemoteDescriptor(BleUuid uuid, ushort handle)
        {
            Uuid = uuid;
            Handle = handle;
        }

        /// <summary>The descriptor type.</summary>
        public BleUuid Uuid { get; }
        /// <summary>Its handle.</summary>
        public ushort Handle { get; }

        /// <inheritdoc/>
        public override string ToString() => $"descriptor {Uuid} 0x{Handle:X4}";
    }
}
