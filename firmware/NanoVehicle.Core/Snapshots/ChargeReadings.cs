using System;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Snapshots
{
    /// <summary>Charge figures every status view reports, computed once here.</summary>
    public static class ChargeReadings
    {
        /// <summary>Web API / SDK charging mode index: No unless charging, then Slow or Quick.</summary>
        public static int Mode(VehicleState s, VehicleProfile profile)
        {
            if (!s.Charging)
            {
                return ChargingMode.No;
            }

            return s.QuickCharger && profile.QuickPercentPerHour > 0 ? ChargingMode.Quick : ChargingMode.Slow;
        }

        /// <summary>Seconds until the running charge reaches its target (0 when not charging).</summary>
        public static long RemainingSeconds(VehicleState s, VehicleProfile profile, VehicleSettings settings)
        {
            if (!s.Charging)
            {
                return 0;
            }

            int rate = ChargeSystem.RatePercentPerHour(s, profile);
            int missing = ChargeSystem.TargetTenths(s, settings) - s.SocTenths;
            if (missing <= 0 || rate <= 0)
            {
                return 0;
            }

            // tenths / (rate × 10 per hour) hours, rounded up to the minute.
            long seconds = (long)missing * 3600 / (rate * 10);
            return (seconds + 59) / 60 * 60;
        }

        /// <summary>Range gained per hour of charge, km/h (Web API <c>chargingRate</c>); 0 when not charging.</summary>
        public static int RateKmPerHour(VehicleState s, VehicleProfile profile)
        {
            return s.Charging ? ChargeSystem.RatePercentPerHour(s, profile) * profile.RangeKm / 100 : 0;
        }

        /// <summary>The next time the deferred charge starts (UTC), or <see cref="DateTime.MinValue"/> when none is armed.</summary>
        public static DateTime NextDeferredStart(VehicleState s, DateTime now)
        {
            if (!s.DeferredEnabled)
            {
                return DateTime.MinValue;
            }

            DateTime midnight = new DateTime(now.Year, now.Month, now.Day);
            DateTime start = midnight.AddMinutes(s.DeferredMinute);
            return start > now ? start : start.AddDays(1);
        }
    }
}
