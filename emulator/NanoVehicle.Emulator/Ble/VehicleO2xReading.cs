using NanoVehicle.Core;
using NanoVehicle.Core.O2x;
using NanoVehicle.Core.Snapshots;
using NanoVehicle.Core.State;

namespace NanoVehicle.Emulator.Ble
{
    /// <summary>
    /// What the car's O2X dongle reads from the vehicle: the core's O2X readings put into the frame's model.
    /// Enumerations are matched by their SDK name, so the core's state codes and the frame codes may differ.
    /// </summary>
    public static class VehicleO2xReading
    {
        /// <summary>The O2X status of <paramref name="car"/> now. Call it under the emulator's car lock.</summary>
        public static O2xStatus StatusOf(Vehicle car)
        {
            VehicleState s = car.State;
            var status = new O2xStatus
            {
                Status = (O2xVehicleStatus)O2xReadings.Status(s),
                SystemState = (O2xSystemState)O2xReadings.SystemState(s),
                BatteryState = (O2xBatteryState)O2xReadings.BatteryState(s),
                Gear = (O2xGear)ByName(O2xNames.Gears, Name(Gear.Names, s.Gear), (int)O2xGear.Unknown),
                ParkBrake = (O2xParkBrake)ByName(O2xNames.ParkBrakes, Name(ParkBrake.Names, s.ParkBrake), (int)O2xParkBrake.Unknown),
                BatterySocHalfPercent = Clamp(s.SocTenths / 5, O2xStatus.MaxBatterySocHalfPercent),
                RemainingAutonomyKm = Clamp(O2xReadings.AutonomyKm(s, car.Profile), O2xStatus.MaxRemainingAutonomyKm),
                ChargeDelayMinutes = Clamp(O2xReadings.ChargeDelayMinutes(s, car.Now), O2xStatus.MaxChargeDelayMinutes),
                TotalOdometerKm = (int)System.Math.Clamp(O2xReadings.OdometerKm(s), 0, O2xStatus.MaxTotalOdometerKm),
                CurrentAlerts = (Core.O2x.O2xAlerts)(s.CurrentAlerts & 0xFF),
                PreviousAlerts = (Core.O2x.O2xAlerts)(s.PreviousAlerts & 0xFF),
            };
            return status;
        }

        /// <summary>True while the car expects a charge that the released parking brake holds back.</summary>
        public static bool CantCharge(Vehicle car) => car.State.CantCharge;

        /// <summary>What the dongle reads in one go: <see cref="StatusOf"/> and <see cref="CantCharge"/>.</summary>
        public static (O2xStatus Status, bool CantCharge) Read(Vehicle car) => (StatusOf(car), CantCharge(car));

        private static string Name(string[] names, int index) =>
            index >= 0 && index < names.Length ? names[index] : null;

        private static int ByName(string[] names, string name, int unknown)
        {
            int i = name == null ? -1 : O2xNames.IndexOf(names, name);
            return i < 0 ? unknown : i;
        }

        private static int Clamp(int value, int max) => System.Math.Clamp(value, 0, max);
    }
}
