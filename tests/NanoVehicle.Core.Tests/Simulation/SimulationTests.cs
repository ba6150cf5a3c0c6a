using System;
using nanoFramework.TestFramework;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.Snapshots;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Core.Tests.Simulation
{
    [TestClass]
    public class SimulationTests
    {
        [TestMethod]
        public static void ChargingRaisesSocAndAutonomyAtTheModeRate()
        {
            Vehicle car = Cars.E208("{\"soc\":50,\"plugged\":true}");
            int autonomy = O2xReadings.AutonomyKm(car.State, car.Profile);
            Cars.Wait(car, 3600);
            Assert.AreEqual(640, car.State.SocTenths, "slow charge: 14 %/h");
            Assert.IsTrue(O2xReadings.AutonomyKm(car.State, car.Profile) > autonomy);
            Cars.Set(car, "{\"plugged\":false}");
            Cars.Set(car, "{\"quickCharger\":true,\"plugged\":true}");
            Assert.AreEqual(ChargingMode.Quick, ChargeReadings.Mode(car.State, car.Profile));
            Cars.Wait(car, 900);
            Assert.AreEqual(940, car.State.SocTenths, "quick charge: 120 %/h");
        }

        [TestMethod]
        public static void ACompleteChargeRaisesChargeFinished()
        {
            Vehicle car = Cars.E208("{\"soc\":99,\"plugged\":true}");
            VehicleEvent[] events = Cars.Wait(car, 3600);
            Assert.IsTrue(Cars.Has(events, VehicleEvent.ChargeFinished));
            Assert.AreEqual(1000, car.State.SocTenths);
            Assert.AreEqual(ChargingStatus.Finished, car.State.ChargingStatus);
            Assert.IsFalse(Cars.Has(events, VehicleEvent.ChargeInterrupted));
        }

        [TestMethod]
        public static void UnpluggingMidChargeRaisesChargeInterrupted()
        {
            Vehicle car = Cars.E208("{\"plugged\":true}");
            car.Advance();
            Cars.Set(car, "{\"plugged\":false}");
            VehicleEvent[] events = car.Advance();
            Assert.IsTrue(Cars.Has(events, VehicleEvent.ChargeInterrupted));
            Assert.AreEqual(ChargingStatus.Disconnected, car.State.ChargingStatus);
        }

        [TestMethod]
        public static void AChargerFaultStopsTheChargeWithFailure()
        {
            Vehicle car = Cars.E208("{\"plugged\":true}");
            Cars.Set(car, "{\"chargingFault\":\"external\"}");
            Assert.AreEqual(ChargingStatus.Failure, car.State.ChargingStatus);
            Assert.IsTrue(Cars.Has(car.Advance(), VehicleEvent.ChargeInterrupted));
        }

        [TestMethod]
        public static void ADeferredChargeStartsAtItsTime()
        {
            Vehicle car = Cars.E208("{\"deferredTime\":\"PT10H30M\",\"deferredEnabled\":true,\"plugged\":true}");
            Assert.AreEqual(30, O2xReadings.ChargeDelayMinutes(car.State, car.Now));
            Cars.Wait(car, 29 * 60 + 59);
            Assert.AreEqual(ChargingStatus.Stopped, car.State.ChargingStatus);
            VehicleEvent[] events = Cars.Wait(car, 1);
            Assert.IsTrue(Cars.Has(events, VehicleEvent.ChargeStarted));
            Assert.AreEqual(ChargingStatus.InProgress, car.State.ChargingStatus);
            Assert.IsFalse(car.State.ImmediateCharge);
        }

        [TestMethod]
        public static void ParkBrakeOffRaisesCantChargeOnceThenChargesWhenApplied()
        {
            Vehicle car = Cars.Showcase();
            Cars.Set(car, "{\"parkBrake\":\"notActivated\",\"plugged\":true}");
            VehicleEvent[] events = car.Advance();
            Assert.IsTrue(Cars.Has(events, VehicleEvent.CantCharge));
            Assert.IsTrue(car.State.CantCharge);
            Assert.AreEqual("chargewait", O2xNames.BatteryStates[O2xReadings.BatteryState(car.State)]);
            Assert.IsFalse(Cars.Has(Cars.Wait(car, 120), VehicleEvent.CantCharge), "raised once");
            Cars.Set(car, "{\"parkBrake\":true}");
            Assert.IsTrue(Cars.Has(Cars.Wait(car, 1), VehicleEvent.ChargeStarted));
            Assert.AreEqual("charging", O2xNames.Statuses[O2xReadings.Status(car.State)]);
        }

        [TestMethod]
        public static void PreconditioningRunsAndFinishes()
        {
            Vehicle car = Cars.E208();
            Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"activate\"}");
            Cars.Wait(car, 29 * 60);
            Assert.AreEqual(PreconditioningStatus.Enabled, car.State.PreconditioningStatus);
            VehicleEvent[] events = Cars.Wait(car, 60);
            Assert.IsTrue(Cars.Has(events, VehicleEvent.PreconditioningFinished));
            Assert.AreEqual(PreconditioningStatus.Finished, car.State.PreconditioningStatus);
        }

        [TestMethod]
        public static void AProgramStartsPreconditioningOnItsDay()
        {
            Vehicle car = Cars.E208();
            // Tuesday is bit 1; 10:05.
            Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"deactivate\",\"programs\":{\"program1\":{\"day\":[0,1,0,0,0,0,0],\"hour\":10,\"minute\":5,\"on\":1}}}");
            VehicleEvent[] events = Cars.Wait(car, 5 * 60);
            Assert.IsTrue(Cars.Has(events, VehicleEvent.PreconditioningStarted));
            Assert.IsTrue(car.State.PreconditioningScheduled);
        }

        [TestMethod]
        public static void DrivingAddsDistanceAndUsesEnergy()
        {
            Vehicle car = Cars.E208();
            long odometer = car.State.OdometerMeters;
            Cars.Set(car, "{\"ignition\":\"Start\",\"gear\":\"drive\",\"speed\":60}");
            Assert.AreEqual("driving", O2xNames.Statuses[O2xReadings.Status(car.State)]);
            Cars.Wait(car, 1800);
            Assert.AreEqual(odometer + 30000, car.State.OdometerMeters);
            Assert.AreEqual(650 - 88, car.State.SocTenths, "30 km of 340 km range = 8.8 %");
            Assert.IsTrue(car.State.Awake, "ignition keeps the car awake");
        }

        [TestMethod]
        public static void TheClockCanRunAccelerated()
        {
            Vehicle car = Cars.E208("{\"timeScale\":60,\"soc\":50,\"plugged\":true}");
            DateTime before = car.Now;
            Cars.Wait(car, 60);
            Assert.AreEqual(before.AddHours(1), car.Now);
            Assert.AreEqual(640, car.State.SocTenths);
        }

        [TestMethod]
        public static void TheSameInputsGiveTheSameStateWhateverTheCadence()
        {
            Vehicle coarse = Run(3 * 3600);
            Vehicle fine = Run(7);
            Assert.AreEqual(StateDocument.Render(coarse), StateDocument.Render(fine));
        }

        private static Vehicle Run(long step)
        {
            var clock = new ManualClock(Cars.Start);
            var car = new Vehicle(VehicleProfile.E208(), null, clock, "VR3UHZKXZLT123456");
            car.ApplyOverrides(TestJson.Object("{\"soc\":12.5,\"deferredTime\":\"PT11H1M\",\"deferredEnabled\":true,\"plugged\":true}"));
            for (long t = step; t < 6 * 3600; t += step)
            {
                clock.Set(Cars.Start.AddSeconds(t));
                car.Advance();
            }

            clock.Set(Cars.Start.AddHours(6));
            car.Advance();
            return car;
        }

        [TestMethod]
        public static void AClockThatGoesBackNeverRunsTheCarBackwards()
        {
            Vehicle car = Cars.E208();
            Cars.Wait(car, 100);
            DateTime now = car.Now;
            Cars.ClockOf(car).AdvanceSeconds(-50);
            car.Advance();
            Assert.AreEqual(now, car.Now);
        }
    
        [TestMethod]
        public static void PendingEventsStayBoundedWhenNobodyAdvances()
        {
            Vehicle car = Cars.E208();
            for (int i = 0; i < 200; i++)
            {
                Cars.Psa(car, "Doors", i % 2 == 0 ? "{\"action\":\"unlock\"}" : "{\"action\":\"lock\"}");
            }

            VehicleEvent[] events = car.Advance();
            Assert.AreEqual(1, events.Length, "one stateChanged stands for all");
            Assert.AreEqual(VehicleEvent.StateChanged, events[0].Name);
            Assert.AreEqual(0, car.Advance().Length);
        }
    
        [TestMethod]
        public static void AStolenCarReportsItsPositionEveryTrackingPeriod()
        {
            Vehicle car = Cars.E208();
            Cars.Web(car, "{\"stolen\":{\"stolen\":true}}");
            int reports = Count(Cars.Wait(car, 600), VehicleEvent.PositionReport);
            Assert.AreEqual(5, reports, "ignition off: every 120 s");
            Cars.Set(car, "{\"ignition\":\"Start\"}");
            Cars.Web(car, "{\"stolen\":{\"trackingPeriod\":{\"running\":10}}}");
            Assert.IsTrue(Count(Cars.Wait(car, 300), VehicleEvent.PositionReport) >= 25, "ignition on: every 10 s");
            Cars.Web(car, "{\"stolen\":{\"stolen\":false}}");
            Assert.AreEqual(0, Count(Cars.Wait(car, 600), VehicleEvent.PositionReport));
        }

        [TestMethod]
        public static void AChargeProgramStartsAndEndsTheChargeOnItsDay()
        {
            Vehicle car = Cars.E208("{\"soc\":20,\"deferredEnabled\":true,\"deferredTime\":\"PT3H\",\"plugged\":true}");
            Cars.Web(car, "{\"charging\":{\"schedule\":{\"programs\":[{\"slot\":1,\"start\":\"PT10H10M\",\"end\":\"PT10H40M\",\"enabled\":true,\"occurence\":{\"day\":[\"Tue\"]}}]}}}");
            Cars.Wait(car, 9 * 60);
            Assert.AreEqual(ChargingStatus.Stopped, car.State.ChargingStatus);
            Assert.IsTrue(Cars.Has(Cars.Wait(car, 60), VehicleEvent.ChargeStarted));
            VehicleEvent[] events = Cars.Wait(car, 30 * 60);
            Assert.IsTrue(Cars.Has(events, VehicleEvent.ChargeInterrupted), "the program ends at 10:40");
            Assert.AreEqual(ChargingStatus.Stopped, car.State.ChargingStatus);
        }

        private static int Count(VehicleEvent[] events, string name)
        {
            int count = 0;
            for (int i = 0; i < events.Length; i++)
            {
                count += events[i].Name == name ? 1 : 0;
            }

            return count;
        }
    }
}
