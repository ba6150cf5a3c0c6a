namespace NanoVehicle.Core.O2x
{
    /// <summary>What decoding an O2X event frame gave: the event, or why the frame was refused.</summary>
    public sealed class O2xEventResult
    {
        private O2xEventResult(byte code, string name, string error)
        {
            Code = code;
            Name = name;
            Error = error;
        }

        /// <summary>True when <see cref="Error"/> is null.</summary>
        public bool Succeeded
        {
            get { return Error == null; }
        }

        /// <summary>The event code (e.g. <see cref="O2xEventFrame.CantCharge"/>); 0 on failure.</summary>
        public byte Code { get; }

        /// <summary>The SDK event name (e.g. <c>cantCharge</c>); null on failure.</summary>
        public string Name { get; }

        /// <summary>Why the frame was refused; null on success.</summary>
        public string Error { get; }

        /// <summary>A decoded event.</summary>
        public static O2xEventResult Success(byte code, string name)
        {
            return new O2xEventResult(code, name, null);
        }

        /// <summary>A refused frame and its reason.</summary>
        public static O2xEventResult Failure(string error)
        {
            return new O2xEventResult(0, null, error);
        }
    }
}
