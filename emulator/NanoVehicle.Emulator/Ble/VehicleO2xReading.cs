using NanoVehicle.Core;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Emulator.Ble
{
    /// <summary>What the car's O2X dongle reads from the vehicle in one go, through the core's mapping
    /// (<see cref="O2xVehicleMapping"/>): call it under the emulator's car lock.</summary>
    public static class VehicleO2xReading
    {
        /// <summary>The O2X status of <paramref name="car"/> now, and whether it is in the <c>cantCharge</c>
        /// situation (a charge expected, the park brake off).</summary>
        public static (O2xStatus Status, bool CantCharge) Read(Vehicle car) =>
            (O2xVehicleMapping.ToStatus(car), O2xVehicleMapping.CantChargeHolds(car.State));
    }
}
