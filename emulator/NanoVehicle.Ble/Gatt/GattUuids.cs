namespace NanoVehicle.Ble.Gatt
{
    /// <summary>GATT attribute types and services from the Bluetooth assigned numbers (Core Vol 3 Part G §3).</summary>
    public static class GattUuids
    {
        /// <summary>Primary Service declaration.</summary>
        public static readonly BleUuid PrimaryService = BleUuid.From16(0x2800);
        /// <summary>Secondary Service declaration.</summary>
        public static readonly BleUuid SecondaryService = BleUuid.From16(0x2801);
        /// <summary>Include declaration.</summary>
        public static readonly BleUuid Include = BleUuid.From16(0x2802);
        /// <summary>Characteristic declaration.</summary>
        public static readonly BleUuid Characteristic = BleUuid.From16(0x2803);
        /// <summary>Characteristic User Description descriptor.</summary>
        public static readonly BleUuid UserDescription = BleUuid.From16(0x2901);
        /// <summary>Client Characteristic Configuration descriptor.</summary>
        public static readonly BleUuid ClientCharacteristicConfiguration = BleUuid.From16(0x2902);
        /// <summary>Generic Access service.</summary>
        public static readonly BleUuid GenericAccess = BleUuid.From16(0x1800);
        /// <summary>Device Name characteristic.</summary>
        public static readonly BleUuid DeviceName = BleUuid.From16(0x2A00);
        /// <summary>Appearance characteristic.</summary>
        public static readonly BleUuid Appearance = BleUuid.From16(0x2A01);
    }
}
