using System;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.Snapshots;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// From the vehicle to O2X: the status the dongle reports (<see cref="O2xStatus"/>, ready for
    /// <see cref="O2xStatusFrame"/>) and the event frame for the core's <c>cantCharge</c> event. The readings
    /// themselves (parked/driving/charging from charging, SEV and speed; system and battery state; autonomy; charge
    /// delay until the deferred charge time) come from <see cref="O2xReadings"/>; this class only puts them into
    /// the frame's codes and ranges.
    /// </summary>
    public static class O2xVehicleMapping
    {
        /// <summary>The O2X status of <paramref name="car"/> now (its simulated time).</summary>
        public static O2xStatus ToStatus(Vehicle car)
        {
            return ToStatus(car.State, car.Profile, car.Now);
        }

        /// <summary>The O2X status of a vehicle state at <paramref name="now"/> (UTC).</summary>
        public static O2xStatus ToStatus(VehicleState s, VehicleProfile profile, DateTime now)
        {
            O2xStatus status = new O2xStatus();

            // The readings' indices are the SDK's orders, which are the frame codes.
            status.Status = (O2xVehicleStatus)O2xReadings.Status(s);
            status.SystemState = (O2xSystemState)O2xReadings.SystemState(s);
            status.BatteryState = (O2xBatteryState)O2xReadings.BatteryState(s);
            status.Gear = GearOf(s.Gear);
            status.ParkBrake = ParkBrakeOf(s.ParkBrake);

            // Tenths of a percent to the nearest half percent.
            status.BatterySocHalfPercent = Clamp((s.SocTenths + 2) / 5, O2xStatus.MaxBatterySocHalfPercent);
            status.RemainingAutonomyKm = Clamp(O2xReadings.AutonomyKm(s, profile), O2xStatus.MaxRemainingAutonomyKm);
            status.ChargeDelayMinutes = Clamp(O2xReadings.ChargeDelayMinutes(s, now), O2xStatus.MaxChargeDelayMinutes);
            long odometer = O2xReadings.OdometerKm(s);
            status.TotalOdometerKm = odometer > O2xStatus.MaxTotalOdometerKm ? O2xStatus.MaxTotalOdometerKm
                : odometer < 0 ? 0 : (int)odometer;

            status.CurrentAlerts = (O2xAlerts)(s.CurrentAlerts & 0xFF);
            status.PreviousAlerts = (O2xAlerts)(s.PreviousAlerts & 0xFF);
            return status;
        }

        /// <summary>The Status characteristic value for <paramref name="car"/> now.</summary>
        public static byte[] ToFrame(Vehicle car)
        {
            // Every field is clamped into range above, so encoding cannot fail.
            return O2xStatusFrame.Encode(ToStatus(car)).Frame;
        }

        /// <summary>
        /// The Event characteristic value for a core event: the <c>cantCharge</c> frame for
        /// <see cref="VehicleEvent.CantCharge"/>, null for every event O2X does not carry.
        /// </summary>
        public static byte[] EventFrameFor(VehicleEvent vehicleEvent)
        {
            return vehicleEvent != null && vehicleEvent.Name == VehicleEvent.CantCharge
                ? O2xEventFrame.EncodeCantCharge()
                : null;
        }

        /// <summary>
        /// True while the car is in the <c>cantCharge</c> situation (a charge expected, the park brake off), so a
        /// client that subscribes to events late can be told at once.
        /// </summary>
        public static bool CantChargeHolds(VehicleState s)
        {
            return s.CantCharge;
        }

        /// <summary>The O2X <c>rnd</c> for the state's gear.</summary>
        public static O2xGear GearOf(int gear)
        {
            switch (gear)
            {
                case Gear.Reverse:
                    return O2xGear.Reverse;
                case Gear.Neutral:
                    return O2xGear.Neutral;
                case Gear.Drive:
                    return O2xGear.Drive;
                default:
                    return O2xGear.Unknown;
            }
        }

        /// <summary>The O2X <c>parkBrakeStatus</c> for the state's park brake (the two orders differ).</summary>
        public static O2xParkBrake ParkBrakeOf(int parkBrake)
        {
            switch (parkBrake)
            {
                case ParkBrake.Activated:
                    return O2xParkBrake.Activated;
                case ParkBrake.NotActivated:
                    return O2xParkBrake.NotActivated;
                default:
                    return O2xParkBrake.Unknown;
            }
        }

        private static int Clamp(int value, int max)
        {
            return value < 0 ? 0 : value > max ? max : value;
        }
    }
}
