using nanoFramework.TestFramework;
using NanoVehicle.Core.O2x;
using NanoVehicle.Core.Simulation;
using Gear = NanoVehicle.Core.State.Gear;
using ParkBrake = NanoVehicle.Core.State.ParkBrake;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.O2x
{
    [TestClass]
    public class O2xVehicleMappingTests
    {
        [TestMethod]
        public static void AParkedCarReadsParkedWithItsNumbers()
        {
            Vehicle car = Cars.Showcase();
            car.State.SocTenths = 650;
            car.State.OdometerMeters = 12345600;
            O2xStatus status = O2xVehicleMapping.ToStatus(car);
            Assert.AreEqual("parked", O2xNames.Of(status.Status));
            Assert.AreEqual(130, status.BatterySocHalfPercent);
            // The showcase profile's range is 340 km: 65 % of it.
            Assert.AreEqual(221, status.RemainingAutonomyKm);
            Assert.AreEqual(12345, status.TotalOdometerKm);
            Assert.AreEqual("activated", O2xNames.Of(status.ParkBrake));
            Assert.AreEqual("neutral", O2xNames.Of(status.Gear));
            Assert.AreEqual(0, status.ChargeDelayMinutes);
            Assert.IsNull(status.Validate());
        }

        [TestMethod]
        public static void ADrivenCarReadsDriving()
        {
            Vehicle car = Cars.Showcase();
            Cars.Set(car, "{\"ignition\":\"Start\",\"parkBrake\":\"notActivated\",\"gear\":\"drive\",\"speed\":40}");
            O2xStatus status = O2xVehicleMapping.ToStatus(car);
            Assert.AreEqual("driving", O2xNames.Of(status.Status));
            Assert.AreEqual("driving", O2xNames.Of(status.SystemState));
            Assert.AreEqual("runrunning", O2xNames.Of(status.BatteryState));
            Assert.AreEqual("drive", O2xNames.Of(status.Gear));
            Assert.AreEqual("notActivated", O2xNames.Of(status.ParkBrake));
        }

        [TestMethod]
        public static void IgnitionOnButStillInNeutralIsParked()
        {
            Vehicle car = Cars.Showcase();
            Cars.Set(car, "{\"ignition\":\"Start\",\"gear\":\"neutral\",\"speed\":0}");
            Assert.AreEqual("parked", O2xNames.Of(O2xVehicleMapping.ToStatus(car).Status));
        }

        [TestMethod]
        public static void AChargingCarReadsCharging()
        {
            Vehicle car = Cars.Showcase();
            Cars.Set(car, "{\"plugged\":true,\"chargingStatus\":\"InProgress\"}");
            O2xStatus status = O2xVehicleMapping.ToStatus(car);
            Assert.AreEqual("charging", O2xNames.Of(status.Status));
            Assert.AreEqual("charging", O2xNames.Of(status.SystemState));
            Assert.AreEqual("chargecharging", O2xNames.Of(status.BatteryState));
        }

        [TestMethod]
        public static void ChargeDelayCountsTheMinutesToTheDeferredChargeTime()
        {
            // The test cars start at 10:00 UTC.
            Vehicle car = Cars.Showcase();
            Cars.Set(car, "{\"deferredTime\":\"PT22H30M\",\"deferredEnabled\":true,\"plugged\":true}");
            Assert.AreEqual(12 * 60 + 30, O2xVehicleMapping.ToStatus(car).ChargeDelayMinutes);
        }

        [TestMethod]
        public static void AlertsKeepTheirBits()
        {
            Vehicle car = Cars.Showcase();
            Cars.Set(car, "{\"alerts\":[\"parkingBrake\",\"turtleMode\"]}");
            O2xStatus status = O2xVehicleMapping.ToStatus(car);
            Assert.AreEqual((int)(O2xAlerts.ParkingBrake | O2xAlerts.TurtleMode), (int)status.CurrentAlerts);
            car.State.PreviousAlerts = 0x14;
            Assert.AreEqual((int)(O2xAlerts.Stop | O2xAlerts.BrakeSystemProblem),
                (int)O2xVehicleMapping.ToStatus(car).PreviousAlerts);
        }

        [TestMethod]
        public static void ForcedSystemAndBatteryStatesWin()
        {
            Vehicle car = Cars.Showcase();
            car.State.O2xSystemState = (int)O2xSystemState.Noticed;
            car.State.O2xBatteryState = (int)O2xBatteryState.MaintenanceAutoId;
            O2xStatus status = O2xVehicleMapping.ToStatus(car);
            Assert.AreEqual("noticed", O2xNames.Of(status.SystemState));
            Assert.AreEqual("maintenaceautoid", O2xNames.Of(status.BatteryState));
        }

        [DataRow(0, 0)]
        [DataRow(2, 0)]
        [DataRow(3, 1)]
        [DataRow(422, 84)]
        [DataRow(423, 85)]
        [DataRow(427, 85)]
        [DataRow(428, 86)]
        [DataRow(1000, 200)]
        public static void SocTenthsRoundToTheNearestHalfPercent(int tenths, int halves)
        {
            Vehicle car = Cars.Showcase();
            car.State.SocTenths = tenths;
            Assert.AreEqual(halves, O2xVehicleMapping.ToStatus(car).BatterySocHalfPercent);
        }

        [TestMethod]
        public static void NumbersBeyondTheFrameAreClampedNotRefused()
        {
            Vehicle car = Cars.Showcase();
            car.State.OdometerMeters = 20000000000L;
            car.State.SocTenths = 1200;
            O2xStatus status = O2xVehicleMapping.ToStatus(car);
            Assert.AreEqual(O2xStatus.MaxTotalOdometerKm, status.TotalOdometerKm);
            Assert.AreEqual(200, status.BatterySocHalfPercent);
            car.State.SocTenths = -5;
            Assert.AreEqual(0, O2xVehicleMapping.ToStatus(car).BatterySocHalfPercent);
            Assert.IsNotNull(O2xVehicleMapping.ToFrame(car));
        }

        [TestMethod]
        public static void TheFrameOfTheCarDecodesToItsStatus()
        {
            Vehicle car = Cars.Showcase();
            Cars.Set(car, "{\"plugged\":true,\"chargingStatus\":\"InProgress\",\"soc\":42.5,\"odometer\":777}");
            byte[] frame = O2xVehicleMapping.ToFrame(car);
            Assert.AreEqual(O2xStatusFrame.Length, frame.Length);
            O2xFrameResult decoded = O2xStatusFrame.Decode(frame);
            Assert.IsTrue(decoded.Succeeded, decoded.Error);
            Assert.IsTrue(O2xVehicleMapping.ToStatus(car).SameAs(decoded.Status));
            Assert.AreEqual(85, decoded.Status.BatterySocHalfPercent);
            Assert.AreEqual(777, decoded.Status.TotalOdometerKm);
        }

        [DataRow(Gear.Unknown, (int)O2xGear.Unknown)]
        [DataRow(Gear.Reverse, (int)O2xGear.Reverse)]
        [DataRow(Gear.Neutral, (int)O2xGear.Neutral)]
        [DataRow(Gear.Drive, (int)O2xGear.Drive)]
        [DataRow(9, (int)O2xGear.Unknown)]
        public static void GearsMapToRnd(int gear, int rnd)
        {
            Assert.AreEqual(rnd, (int)O2xVehicleMapping.GearOf(gear));
        }

        [DataRow(ParkBrake.Activated, (int)O2xParkBrake.Activated)]
        [DataRow(ParkBrake.NotActivated, (int)O2xParkBrake.NotActivated)]
        [DataRow(ParkBrake.Unknown, (int)O2xParkBrake.Unknown)]
        [DataRow(-1, (int)O2xParkBrake.Unknown)]
        public static void ParkBrakesMapDespiteTheDifferentOrder(int parkBrake, int o2x)
        {
            Assert.AreEqual(o2x, (int)O2xVehicleMapping.ParkBrakeOf(parkBrake));
        }

        [TestMethod]
        public static void PluggedWithTheParkBrakeOffGivesTheCantChargeFrameOnce()
        {
            Vehicle car = Cars.Showcase();
            Cars.Set(car, "{\"parkBrake\":\"notActivated\",\"plugged\":true}");
            VehicleEvent[] events = car.Advance();
            int frames = 0;
            for (int i = 0; i < events.Length; i++)
            {
                byte[] frame = O2xVehicleMapping.EventFrameFor(events[i]);
                if (frame != null)
                {
                    frames++;
                    Assert.AreEqual("01 01", O2xHex.Text(frame));
                    Assert.AreEqual("cantCharge", O2xEventFrame.Decode(frame).Name);
                }
            }

            Assert.AreEqual(1, frames);
            Assert.IsTrue(O2xVehicleMapping.CantChargeHolds(car.State));
            Assert.AreEqual("chargewait", O2xNames.Of(O2xVehicleMapping.ToStatus(car).BatteryState));

            // Setting the brake lets the charge start and ends the situation.
            Cars.Set(car, "{\"parkBrake\":\"activated\"}");
            Cars.Wait(car, 1);
            Assert.IsFalse(O2xVehicleMapping.CantChargeHolds(car.State));
            Assert.AreEqual("charging", O2xNames.Of(O2xVehicleMapping.ToStatus(car).Status));
        }

        [TestMethod]
        public static void OtherEventsHaveNoO2xFrame()
        {
            Assert.IsNull(O2xVehicleMapping.EventFrameFor(new VehicleEvent(VehicleEvent.ChargeStarted, Cars.Start)));
            Assert.IsNull(O2xVehicleMapping.EventFrameFor(new VehicleEvent(VehicleEvent.StateChanged, Cars.Start)));
            Assert.IsNull(O2xVehicleMapping.EventFrameFor(null));
        }
    }
}
