using System;
using nanoFramework.Runtime.Native;
using NanoVehicle.Core.Ports;

namespace NanoVehicle.Firmware.Hardware
{
    /// <summary>
    /// The core's clock on the device: the ESP32's real-time clock, which the firmware's SNTP client sets once
    /// Wi-Fi is up (the Wi-Fi link waits for it). Until then, or when no time server answers, the clock is
    /// moved forward to the time of the last saved snapshot so that the car's time never runs backwards across
    /// a reset.
    /// </summary>
    public sealed class DeviceClock : IClock
    {
        /// <summary>Times before this are the RTC's power-on value, not a real date.</summary>
        private static readonly DateTime EarliestReal = new DateTime(2024, 1, 1);

        /// <inheritdoc />
        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        /// <summary>True once the RTC holds a real date (from SNTP or from a restored snapshot).</summary>
        public bool IsSet
        {
            get { return DateTime.UtcNow >= EarliestReal; }
        }

        /// <summary>
        /// Moves the RTC forward to <paramref name="lastKnown"/> when it is behind it (no SNTP yet after a reset);
        /// a later SNTP update corrects it. Returns true when the clock was moved.
        /// </summary>
        public bool CatchUp(DateTime lastKnown)
        {
            if (lastKnown < EarliestReal || DateTime.UtcNow >= lastKnown)
            {
                return false;
            }

            bool moved = Rtc.SetSystemTime(lastKnown);
            Console.WriteLine("clock: no network time yet, " + (moved ? "resumed from the saved state's time " : "could not resume from ") + lastKnown.ToString("o"));
            return moved;
        }
    }
}
