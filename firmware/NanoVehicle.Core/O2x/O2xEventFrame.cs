namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// The value of the O2X Event characteristic: two bytes, a version (0x01) and an event code. The car notifies
    /// it once when an event happens. <c>cantCharge</c> is the only event the car sends; the SDK's other O2X event,
    /// <c>disconnected</c>, is raised by the phone itself when the link drops or data stops.
    /// </summary>
    public static class O2xEventFrame
    {
        /// <summary>The frame version this code writes and the only one it reads.</summary>
        public const byte Version = 1;

        /// <summary>Length in bytes of a version 1 event frame.</summary>
        public const int Length = 2;

        /// <summary>
        /// Event code of <c>cantCharge</c>: the car should be charging (plugged, a charge expected) but the park
        /// brake is not set, so the charge does not start.
        /// </summary>
        public const byte CantCharge = 0x01;

        /// <summary>The SDK's <c>cantCharge</c> event name.</summary>
        public const string CantChargeName = "cantCharge";

        /// <summary>The SDK's <c>disconnected</c> event name (phone side only; never on the air).</summary>
        public const string DisconnectedName = "disconnected";

        /// <summary>The <c>cantCharge</c> event frame: <c>01 01</c>.</summary>
        public static byte[] EncodeCantCharge()
        {
            return new byte[] { Version, CantCharge };
        }

        /// <summary>The SDK name of an event code; null for a code this version does not define.</summary>
        public static string NameOf(byte code)
        {
            return code == CantCharge ? CantChargeName : null;
        }

        /// <summary>
        /// Decodes an event frame. Refuses, naming the problem, a null or truncated buffer, another version or
        /// length, and an unknown event code.
        /// </summary>
        public static O2xEventResult Decode(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                return O2xEventResult.Failure("no O2X event frame (null)");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length || buffer.Length - offset < count)
            {
                return O2xEventResult.Failure("O2X event frame bounds do not fit a buffer of "
                    + buffer.Length.ToString() + " bytes");
            }

            if (count == 0)
            {
                return O2xEventResult.Failure("empty O2X event frame");
            }

            if (buffer[offset] != Version)
            {
                return O2xEventResult.Failure("unsupported O2X event frame version " + buffer[offset].ToString()
                    + " (this reader knows version " + Version.ToString() + ")");
            }

            if (count != Length)
            {
                return O2xEventResult.Failure("O2X event frame version 1 is " + Length.ToString()
                    + " bytes long, got " + count.ToString());
            }

            byte code = buffer[offset + 1];
            string name = NameOf(code);
            if (name == null)
            {
                return O2xEventResult.Failure("unknown O2X event code " + code.ToString());
            }

            return O2xEventResult.Success(code, name);
        }

        /// <summary>Decodes a whole byte array as one event frame.</summary>
        public static O2xEventResult Decode(byte[] frame)
        {
            return frame == null ? Decode(null, 0, 0) : Decode(frame, 0, frame.Length);
        }
    }
}
