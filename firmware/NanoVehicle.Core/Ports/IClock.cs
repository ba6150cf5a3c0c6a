using System;

namespace NanoVehicle.Core.Ports
{
    /// <summary>
    /// Where the core reads the time. The core owns no timer: each home passes its clock (the system clock on the
    /// host, the SNTP-set RTC on the device, a manual clock in tests) and the simulation reads it when called.
    /// </summary>
    public interface IClock
    {
        /// <summary>The current time, UTC.</summary>
        DateTime UtcNow { get; }
    }
}
