namespace NanoVehicle.Ble.Hci
{
    /// <summary>HCI command opcodes the LE host and the virtual controller use: OGF in the top 6 bits, OCF in the
    /// low 10 (Core Vol 4 Part E §5.4.1, §7).</summary>
    public static class HciOpcode
    {
        /// <summary>No operation: a Command Complete carrying only command credits.</summary>
        public const ushort Nop = 0x0000;
        /// <summary>Disconnect (§7.1.6).</summary>
        public const ushort Disconnect = 0x0406;
        /// <summary>Set Event Mask (§7.3.1).</summary>
        public const ushort SetEventMask = 0x0C01;
        /// <summary>Reset (§7.3.2).</summary>
        public const ushort Reset = 0x0C03;
        /// <summary>Write LE Host Support (§7.3.79).</summary>
        public const ushort WriteLeHostSupport = 0x0C6D;
        /// <summary>Read Local Version Information (§7.4.1).</summary>
        public const ushort ReadLocalVersion = 0x1001;
        /// <summary>Read Local Supported Commands (§7.4.2).</summary>
        public const ushort ReadLocalSupportedCommands = 0x1002;
        /// <summary>Read Local Supported Features (§7.4.3).</summary>
        public const ushort ReadLocalSupportedFeatures = 0x1003;
        /// <summary>Read Buffer Size (§7.4.5).</summary>
        public const ushort ReadBufferSize = 0x1005;
        /// <summary>Read BD_ADDR (§7.4.6).</summary>
        public const ushort ReadBdAddr = 0x1009;
        /// <summary>LE Set Event Mask (§7.8.1).</summary>
        public const ushort LeSetEventMask = 0x2001;
        /// <summary>LE Read Buffer Size (§7.8.2).</summary>
        public const ushort LeReadBufferSize = 0x2002;
        /// <summary>LE Read Local Supported Features (§7.8.3).</summary>
        public const ushort LeReadLocalSupportedFeatures = 0x2003;
        /// <summary>LE Set Random Address (§7.8.4).</summary>
        public const ushort LeSetRandomAddress = 0x2005;
        /// <summary>LE Set Advertising Parameters (§7.8.5).</summary>
        public const ushort LeSetAdvertisingParameters = 0x2006;
        /// <summary>LE Read Advertising Physical Channel Tx Power (§7.8.6).</summary>
        public const ushort LeReadAdvertisingTxPower = 0x2007;
        /// <summary>LE Set Advertising Data (§7.8.7).</summary>
        public const ushort LeSetAdvertisingData = 0x2008;
        /// <summary>LE Set Scan Response Data (§7.8.8).</summary>
        public const ushort LeSetScanResponseData = 0x2009;
        /// <summary>LE Set Advertising Enable (§7.8.9).</summary>
        public const ushort LeSetAdvertisingEnable = 0x200A;
        /// <summary>LE Set Scan Parameters (§7.8.10).</summary>
        public const ushort LeSetScanParameters = 0x200B;
        /// <summary>LE Set Scan Enable (§7.8.11).</summary>
        public const ushort LeSetScanEnable = 0x200C;
        /// <summary>LE Create Connection (§7.8.12).</summary>
        public const ushort LeCreateConnection = 0x200D;
        /// <summary>LE Create Connection Cancel (§7.8.13).</summary>
        public const ushort LeCreateConnectionCancel = 0x200E;
        /// <summary>LE Read Filter Accept List Size (§7.8.14).</summary>
        public const ushort LeReadFilterAcceptListSize = 0x200F;
        /// <summary>LE Clear Filter Accept List (§7.8.15).</summary>
        public const ushort LeClearFilterAcceptList = 0x2010;
        /// <summary>LE Connection Update (§7.8.18).</summary>
        public const ushort LeConnectionUpdate = 0x2013;
        /// <summary>LE Read Supported States (§7.8.27).</summary>
        public const ushort LeReadSupportedStates = 0x201C;

        /// <summary>A readable name for logs.</summary>
        public static string Name(ushort opcode) => opcode switch
        {
            Disconnect => "Disconnect",
            SetEventMask => "Set Event Mask",
            Reset => "Reset",
            WriteLeHostSupport => "Write LE Host Support",
            ReadLocalVersion => "Read Local Version Information",
            ReadLocalSupportedCommands => "Read Local Supported Commands",
            ReadLocalSupportedFeatures => "Read Local Supported Features",
            ReadBufferSize => "Read Buffer Size",
            ReadBdAddr => "Read BD_ADDR",
            LeSetEventMask => "LE Set Event Mask",
            LeReadBufferSize => "LE Read Buffer Size",
            LeReadLocalSupportedFeatures => "LE Read Local Supported Features",
            LeSetRandomAddress => "LE Set Random Address",
            LeSetAdvertisingParameters => "LE Set Advertising Parameters",
            LeReadAdvertisingTxPower => "LE Read Advertising Physical Channel Tx Power",
            LeSetAdvertisingData => "LE Set Advertising Data",
            LeSetScanResponseData => "LE Set Scan Response Data",
            LeSetAdvertisingEnable => "LE Set Advertising Enable",
            LeSetScanParameters => "LE Set Scan Parameters",
            LeSetScanEnable => "LE Set Scan Enable",
            LeCreateConnection => "LE Create Connection",
            LeCreateConnectionCancel => "LE Create Connection Cancel",
            LeReadFilterAcceptListSize => "LE Read Filter Accept List Size",
            LeClearFilterAcceptList => "LE Clear Filter Accept List",
            LeConnectionUpdate => "LE Connection Update",
            LeReadSupportedStates => "LE Read Supported States",
            _ => $"opcode 0x{opcode:X4}",
        };
    }

    /// <summary>HCI event codes (Core Vol 4 Part E §7.7).</summary>
    public static class HciEventCode
    {
        /// <summary>Disconnection Complete (§7.7.5).</summary>
        public const byte DisconnectionComplete = 0x05;
        /// <summary>Command Complete (§7.7.14).</summary>
        public const byte CommandComplete = 0x0E;
        /// <summary>Command Status (§7.7.15).</summary>
        public const byte CommandStatus = 0x0F;
        /// <summary>Hardware Error (§7.7.16).</summary>
        public const byte HardwareError = 0x10;
        /// <summary>Number Of Completed Packets (§7.7.19).</summary>
        public const byte NumberOfCompletedPackets = 0x13;
        /// <summary>LE Meta event (§7.7.65); the first parameter is the subevent code.</summary>
        public const byte LeMeta = 0x3E;

        /// <summary>LE Connection Complete subevent (§7.7.65.1).</summary>
        public const byte LeConnectionComplete = 0x01;
        /// <summary>LE Advertising Report subevent (§7.7.65.2).</summary>
        public const byte LeAdvertisingReport = 0x02;
        /// <summary>LE Connection Update Complete subevent (§7.7.65.3).</summary>
        public const byte LeConnectionUpdateComplete = 0x03;
    }

    /// <summary>HCI error codes used here (Core Vol 1 Part F §1.3).</summary>
    public static class HciStatus
    {
        /// <summary>Success.</summary>
        public const byte Success = 0x00;
        /// <summary>Unknown HCI Command.</summary>
        public const byte UnknownCommand = 0x01;
        /// <summary>Unknown Connection Identifier.</summary>
        public const byte UnknownConnectionIdentifier = 0x02;
        /// <summary>Connection Timeout.</summary>
        public const byte ConnectionTimeout = 0x08;
        /// <summary>Command Disallowed.</summary>
        public const byte CommandDisallowed = 0x0C;
        /// <summary>Unsupported Feature or Parameter Value.</summary>
        public const byte UnsupportedFeature = 0x11;
        /// <summary>Invalid HCI Command Parameters.</summary>
        public const byte InvalidParameters = 0x12;
        /// <summary>Remote User Terminated Connection.</summary>
        public const byte RemoteUserTerminatedConnection = 0x13;
        /// <summary>Connection Terminated By Local Host.</summary>
        public const byte ConnectionTerminatedByLocalHost = 0x16;
        /// <summary>Unspecified Error.</summary>
        public const byte UnspecifiedError = 0x1F;
        /// <summary>Connection Failed to be Established.</summary>
        public const byte ConnectionFailedToBeEstablished = 0x3E;

        /// <summary>A readable name for errors and logs.</summary>
        public static string Name(byte status) => status switch
        {
            Success => "Success",
            UnknownCommand => "Unknown HCI Command",
            UnknownConnectionIdentifier => "Unknown Connection Identifier",
            ConnectionTimeout => "Connection Timeout",
            CommandDisallowed => "Command Disallowed",
            UnsupportedFeature => "Unsupported Feature or Parameter Value",
            InvalidParameters => "Invalid HCI Command Parameters",
            RemoteUserTerminatedConnection => "Remote User Terminated Connection",
            ConnectionTerminatedByLocalHost => "Connection Terminated By Local Host",
            UnspecifiedError => "Unspecified Error",
            ConnectionFailedToBeEstablished => "Connection Failed to be Established",
            _ => $"HCI error 0x{status:X2}",
        };
    }

    /// <summary>An HCI command failed or was not answered.</summary>
    public sealed class HciException : System.Exception
    {
        /// <summary>A failure with the controller's status code.</summary>
        public HciException(ushort opcode, byte status)
            : base($"{HciOpcode.Name(opcode)} failed: {HciStatus.Name(status)} (0x{status:X2})")
        {
            Opcode = opcode;
            Status = status;
        }

        /// <summary>A failure described by a message (no answer, transport closed).</summary>
        public HciException(string message) : base(message) { }

        /// <summary>The command's opcode, 0 when not known.</summary>
        public ushort Opcode { get; }

        /// <summary>The controller's status, 0 when there was none.</summary>
        public byte Status { get; }
    }
}
