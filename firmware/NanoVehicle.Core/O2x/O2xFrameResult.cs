namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// What encoding or decoding an O2X frame gave: the frame bytes and the status on success, or an error message
    /// naming what is wrong. The frame code never throws; callers test <see cref="Succeeded"/>.
    /// </summary>
    public sealed class O2xFrameResult
    {
        private O2xFrameResult(byte[] frame, O2xStatus status, string error)
        {
            Frame = frame;
            Status = status;
            Error = error;
        }

        /// <summary>True when <see cref="Error"/> is null.</summary>
        public bool Succeeded
        {
            get { return Error == null; }
        }

        /// <summary>The frame bytes (the encoded value, or a copy of the decoded one); null on failure.</summary>
        public byte[] Frame { get; }

        /// <summary>The status the frame carries; null on failure.</summary>
        public O2xStatus Status { get; }

        /// <summary>Why the frame was refused; null on success.</summary>
        public string Error { get; }

        /// <summary>A successful result.</summary>
        public static O2xFrameResult Success(byte[] frame, O2xStatus status)
        {
            return new O2xFrameResult(frame, status, null);
        }

        /// <summary>A failed result with its reason.</summary>
        public static O2xFrameResult Failure(string error)
        {
            return new O2xFrameResult(null, null, error);
        }
    }
}
