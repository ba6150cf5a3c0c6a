namespace NanoVehicle.Ble.Att
{
    /// <summary>ATT PDU opcodes (Core Vol 3 Part F §3.4.8). Bit 6 marks a command (no response); bit 7 a signed PDU.</summary>
    public static class AttOpcode
    {
        /// <summary>ATT_ERROR_RSP.</summary>
        public const byte ErrorResponse = 0x01;
        /// <summary>ATT_EXCHANGE_MTU_REQ.</summary>
        public const byte ExchangeMtuRequest = 0x02;
        /// <summary>ATT_EXCHANGE_MTU_RSP.</summary>
        public const byte ExchangeMtuResponse = 0x03;
        /// <summary>ATT_FIND_INFORMATION_REQ.</summary>
        public const byte FindInformationRequest = 0x04;
        /// <summary>ATT_FIND_INFORMATION_RSP.</summary>
        public const byte FindInformationResponse = 0x05;
        /// <summary>ATT_FIND_BY_TYPE_VALUE_REQ.</summary>
        public const byte FindByTypeValueRequest = 0x06;
        /// <summary>ATT_FIND_BY_TYPE_VALUE_RSP.</summary>
        public const byte FindByTypeValueResponse = 0x07;
        /// <summary>ATT_READ_BY_TYPE_REQ.</summary>
        public const byte ReadByTypeRequest = 0x08;
        /// <summary>ATT_READ_BY_TYPE_RSP.</summary>
        public const byte ReadByTypeResponse = 0x09;
        /// <summary>ATT_READ_REQ.</summary>
        public const byte ReadRequest = 0x0A;
        /// <summary>ATT_READ_RSP.</summary>
        public const byte ReadResponse = 0x0B;
        /// <summary>ATT_READ_BLOB_REQ.</summary>
        public const byte ReadBlobRequest = 0x0C;
        /// <summary>ATT_READ_BLOB_RSP.</summary>
        public const byte ReadBlobResponse = 0x0D;
        /// <summary>ATT_READ_MULTIPLE_REQ.</summary>
        public const byte ReadMultipleRequest = 0x0E;
        /// <summary>ATT_READ_MULTIPLE_RSP.</summary>
        public const byte ReadMultipleResponse = 0x0F;
        /// <summary>ATT_READ_BY_GROUP_TYPE_REQ.</summary>
        public const byte ReadByGroupTypeRequest = 0x10;
        /// <summary>ATT_READ_BY_GROUP_TYPE_RSP.</summary>
        public const byte ReadByGroupTypeResponse = 0x11;
        /// <summary>ATT_WRITE_REQ.</summary>
        public const byte WriteRequest = 0x12;
        /// <summary>ATT_WRITE_RSP.</summary>
        public const byte WriteResponse = 0x13;
        /// <summary>ATT_PREPARE_WRITE_REQ.</summary>
        public const byte PrepareWriteRequest = 0x16;
        /// <summary>ATT_PREPARE_WRITE_RSP.</summary>
        public const byte PrepareWriteResponse = 0x17;
        /// <summary>ATT_EXECUTE_WRITE_REQ.</summary>
        public const byte ExecuteWriteRequest = 0x18;
        /// <summary>ATT_EXECUTE_WRITE_RSP.</summary>
        public const byte ExecuteWriteResponse = 0x19;
        /// <summary>ATT_HANDLE_VALUE_NTF.</summary>
        public const byte HandleValueNotification = 0x1B;
        /// <summary>ATT_HANDLE_VALUE_IND.</summary>
        public const byte HandleValueIndication = 0x1D;
        /// <summary>ATT_HANDLE_VALUE_CFM.</summary>
        public const byte HandleValueConfirmation = 0x1E;
        /// <summary>ATT_WRITE_CMD.</summary>
        public const byte WriteCommand = 0x52;
        /// <summary>ATT_SIGNED_WRITE_CMD.</summary>
        public const byte SignedWriteCommand = 0xD2;

        /// <summary>True for PDUs a server sends to a client (responses, notifications, indications).</summary>
        public static bool IsServerToClient(byte opcode) => opcode switch
        {
            ErrorResponse or ExchangeMtuResponse or FindInformationResponse or FindByTypeValueResponse
                or ReadByTypeResponse or ReadResponse or ReadBlobResponse or ReadMultipleResponse
                or ReadByGroupTypeResponse or WriteResponse or PrepareWriteResponse or ExecuteWriteResponse
                or HandleValueNotification or HandleValueIndication => true,
            _ => false,
        };

        /// <summary>True when bit 6 marks the PDU as a command, which never gets a response.</summary>
        public static bool IsCommand(byte opcode) => (opcode & 0x40) != 0;
    }

    /// <summary>ATT error codes (Core Vol 3 Part F §3.4.1.1) and the common profile ones (Vol 3 Part C Supplement).</summary>
    public enum AttError : byte
    {
        /// <summary>The handle is not valid on this server.</summary>
        InvalidHandle = 0x01,
        /// <summary>The attribute cannot be read.</summary>
        ReadNotPermitted = 0x02,
        /// <summary>The attribute cannot be written.</summary>
        WriteNotPermitted = 0x03,
        /// <summary>The PDU was malformed.</summary>
        InvalidPdu = 0x04,
        /// <summary>Authentication needed.</summary>
        InsufficientAuthentication = 0x05,
        /// <summary>The server does not support the request.</summary>
        RequestNotSupported = 0x06,
        /// <summary>The offset is past the end of the value.</summary>
        InvalidOffset = 0x07,
        /// <summary>Authorization needed.</summary>
        InsufficientAuthorization = 0x08,
        /// <summary>Too many prepared writes.</summary>
        PrepareQueueFull = 0x09,
        /// <summary>No attribute in the given range.</summary>
        AttributeNotFound = 0x0A,
        /// <summary>The attribute cannot be read with Read Blob.</summary>
        AttributeNotLong = 0x0B,
        /// <summary>The encryption key is too short.</summary>
        InsufficientEncryptionKeySize = 0x0C,
        /// <summary>The value has the wrong length.</summary>
        InvalidAttributeValueLength = 0x0D,
        /// <summary>Something went wrong on the server.</summary>
        UnlikelyError = 0x0E,
        /// <summary>Encryption needed.</summary>
        InsufficientEncryption = 0x0F,
        /// <summary>The group type is not a grouping attribute.</summary>
        UnsupportedGroupType = 0x10,
        /// <summary>The server is out of resources.</summary>
        InsufficientResources = 0x11,
        /// <summary>A value the application rejects (first of the application range 0x80-0x9F).</summary>
        ApplicationError = 0x80,
        /// <summary>A CCCD was written with a value it cannot take.</summary>
        CccdImproperlyConfigured = 0xFD,
        /// <summary>A request of the same kind is already in progress.</summary>
        ProcedureAlreadyInProgress = 0xFE,
        /// <summary>The value is out of range.</summary>
        OutOfRange = 0xFF,
    }

    /// <summary>An ATT request failed: thrown by GATT server handlers to send an Error Response, and by the
    /// GATT client when the server sent one.</summary>
    public sealed class AttErrorException : System.Exception
    {
        /// <summary>An error with its code, for the given handle (0 when not known).</summary>
        public AttErrorException(AttError error, ushort handle = 0, byte requestOpcode = 0)
            : base($"ATT error {error} (0x{(byte)error:X2}) on handle 0x{handle:X4}")
        {
            Error = error;
            Handle = handle;
            RequestOpcode = requestOpcode;
        }

        /// <summary>The error code.</summary>
        public AttError Error { get; }
        /// <summary>The handle the error names.</summary>
        public ushort Handle { get; }
        /// <summary>The request that failed (client side).</summary>
        public byte RequestOpcode { get; }
    }
}
