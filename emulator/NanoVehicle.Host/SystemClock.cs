using System;
using NanoVehicle.Core.Ports;

namespace NanoVehicle.Host
{
    /// <summary>The host's clock port: the system's UTC time.</summary>
    public sealed class SystemClock : IClock
    {
        /// <summary>A shared instance.</summary>
        public static readonly SystemClock Instance = new SystemClock();

        /// <inheritdoc />
        public DateTime UtcNow => DateTime.UtcNow;
    }
}
