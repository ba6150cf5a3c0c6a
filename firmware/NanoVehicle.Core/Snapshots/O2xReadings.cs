using System;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Snapshots
{
    /// <summary>
    /// The O2X model's values read from the car (indices into <see cref="O2xStates"/> and plain numbers), for the
    /// O2X frame and its SDK JSON. Forced states from simulation control win over the derived ones.
    /// </summary>
    public static class O2xReadings
    {
        /// <summary><c>status</c> index: unknown 0, driving 1, parked 2, charging 3.</summary>
        public static int Status(VehicleState s)
        {
            if (s.Charging)
            {
                return 3;
            }

            return IsDriving(s) ? 1 : 2;
        }

        /// <summary><c>data.systemState</c> index into <see cref="O2xStates.SystemStates"/>.</summary>
        public static int SystemState(VehicleState s)
        {
            if (s.O2xSystemState >= 0)
            {
                return s.O2xSystemState;
            }

            if (s.Charging)
            {
                return 3; // charging
            }

            if (s.Ignition == Ignition.Start)
            {
                return 2; // driving
            }

            if (s.Ignition == Ignition.StartUp)
            {
                return 0; // init
            }

            return s.Awake ? 1 : 6; // standby / sleep
        }

        /// <summary><c>data.batteryState</c> index into <see cref="O2xStates.BatteryStates"/>.</summary>
        public static int BatteryState(VehicleState s)
        {
            if (s.O2xBatteryState >= 0)
            {
                return s.O2xBatteryState;
            }

            if (s.Charging)
            {
                return 17; // chargecharging
            }

            if (s.CantCharge)
            {
                return 13; // chargewait
            }

            if (s.Ignition == Ignition.Start)
            {
                return 35; // runrunning
            }

            if (s.Ignition == Ignition.StartUp)
            {
                return 38; // runinit
            }

            return s.Awake ? 0 : 6; // ready / shutdownwait
        }

        /// <summary>True when the car is being driven (ignition on and moving or in gear).</summary>
        public static bool IsDriving(VehicleState s)
        {
            return s.Ignition == Ignition.Start && (s.SpeedKmh > 0 || s.Gear == Gear.Drive || s.Gear == Gear.Reverse);
        }

        /// <summary>Remaining autonomy, km.</summary>
        public static int AutonomyKm(VehicleState s, VehicleProfile profile)
        {
            return (int)((long)s.SocTenths * profile.RangeKm / 1000);
        }

        /// <summary>Whole km on the odometer.</summary>
        public static long OdometerKm(VehicleState s)
        {
            return s.OdometerMeters / 1000;
        }

        /// <summary>
        /// Minutes until a plugged car waiting for its deferred time starts charging (0 when charging or not waiting).
        /// </summary>
        public static int ChargeDelayMinutes(VehicleState s, DateTime now)
        {
            if (!s.Plugged || s.Charging || !s.DeferredEnabled || s.ChargingStatus == ChargingStatus.Finished)
            {
                return 0;
            }

            int nowMinute = now.Hour * 60 + now.Minute;
            int delay = s.DeferredMinute - nowMinute;
            return delay <= 0 ? delay + 24 * 60 : delay;
        }
    }
}
