using System;

namespace NanoVehicle.Core.O2x
{
    /// <summary>What reading an O2X JSON model gave: the VIN, time and status, or why it was refused.</summary>
    public sealed class O2xJsonResult
    {
        private O2xJsonResult(string vin, DateTime receivedAt, O2xStatus status, string error)
        {
            Vin = vin;
            ReceivedAt = receivedAt;
            Status = status;
            Error = error;
        }

        /// <summary>True when <see cref="Error"/> is null.</summary>
        public bool Succeeded
        {
            get { return Error == null; }
        }

        /// <summary><c>vin</c>; null on failure.</summary>
        public string Vin { get; }

        /// <summary><c>receivedAt</c> (UTC); <see cref="DateTime.MinValue"/> on failure.</summary>
        public DateTime ReceivedAt { get; }

        /// <summary>The status; null on failure.</summary>
        public O2xStatus Status { get; }

        /// <summary>Why the model was refused, naming the member; null on success.</summary>
        public string Error { get; }

        /// <summary>A model read in full.</summary>
        public static O2xJsonResult Success(string vin, DateTime receivedAt, O2xStatus status)
        {
            return new O2xJsonResult(vin, receivedAt, status, null);
        }

        /// <summary>A refused model and its reason.</summary>
        public static O2xJsonResult Failure(string error)
        {
            return new O2xJsonResult(null, DateTime.MinValue, null, error);
        }
    }
}
