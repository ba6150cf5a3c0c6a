using nanoFramework.TestFramework;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.Snapshots;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Simulation
{
    [TestClass]
    public class StateOverridesTests
    {
        private static string Apply(Vehicle car, string json)
        {
            return car.ApplyOverrides(TestJson.Object(json));
        }

        [TestMethod]
        public static void ABadFieldChangesNothing()
        {
            Vehicle car = Cars.E208();
            string before = StateDocument.Render(car);
            string error = Apply(car, "{\"soc\":20,\"ignition\":\"Start\",\"gear\":\"sideways\"}");
            Assert.AreEqual("gear: expected one of unknown, reverse, neutral, drive", error);
            Assert.AreEqual(before, StateDocument.Render(car));
        }

        [DataRow("{\"soc\":101}", "soc: expected a number from 0 to 100")]
        [DataRow("{\"soc\":\"lots\"}", "soc: expected a number from 0 to 100")]
        [DataRow("{\"plugged\":\"maybe\"}", "plugged: expected true or false")]
        [DataRow("{\"speed\":30}", "speed: the car can only move with ignition Start")]
        [DataRow("{\"openDoors\":[\"RoofWindow\"]}", "openDoors: this car has no RoofWindow (expected Driver, Passenger, RearLeft, RearRight, Trunk, RearWindow)")]
        [DataRow("{\"openDoors\":\"Driver\"}", "openDoors: expected an array of names (Driver, Passenger, RearLeft, RearRight, Trunk, RearWindow, RoofWindow)")]
        [DataRow("{\"chargingStatus\":\"InProgress\"}", "chargingStatus: the car cannot charge now (unplugged, fault, standby or park brake off)")]
        [DataRow("{\"timeScale\":0}", "timeScale: expected a whole number from 1 to 3600")]
        [DataRow("{\"deferredTime\":\"10pm\"}", "deferredTime: expected a time of day such as PT22H30M")]
        [DataRow("{\"o2xBatteryState\":\"happy\"}", "o2xBatteryState: expected one of ready, maintenaceautoid, bootloader, maintenancelogflash, maintenanceexit, maintenanceinit, shutdownwait, bootwait, bootexit, bootinit, errorwait, errorexit, errorinit, chargewait, chargeheatingaftercharging, chargeopenpwrrelays, chargechargingwithheating, chargecharging, chargeclosepwrrelays, chargeheatingforcharging, chargecheckchargerstatus, chargeactivebaltest, chargeexit, chargeinit, downgradedsafetyline, downgradedopenpwrrelays, downgradedheating, downgradedrunning, downgradedclosepwrrelays, downgradedexit, downgradedinit, runwaiting, runsafetyline, runopenpwrrelays, runheating, runrunning, runclosepwrrelays, runexit, runinit, docerror, unknown or auto")]
        public static void ErrorsNameTheField(string json, string expected)
        {
            Vehicle car = Cars.E208();
            Assert.AreEqual(expected, Apply(car, json));
        }

        [TestMethod]
        public static void UnknownFieldsAreNamed()
        {
            Vehicle car = Cars.E208();
            string error = Apply(car, "{\"warp\":9,\"altitude\":3}");
            Assert.StartsWith("altitude: unknown field (known: timeScale, soc,", error);
            Assert.IsNotNull(car.ApplyOverrides("not an object"));
            Assert.AreEqual("overrides: expected a JSON object", car.ApplyOverrides(null));
        }

        [TestMethod]
        public static void ManyFieldsApplyTogether()
        {
            Vehicle car = Cars.E208();
            Assert.IsNull(Apply(car, "{\"ignition\":\"Start\",\"gear\":\"drive\",\"speed\":\"80\",\"parkBrake\":false,\"soc\":\"71.5\",\"odometer\":20000,\"privacy\":\"Full\",\"auxBattery\":44,\"alerts\":[\"parkingBrake\"]}"));
            Assert.AreEqual(Ignition.Start, car.State.Ignition);
            Assert.AreEqual(80, car.State.SpeedKmh);
            Assert.AreEqual(ParkBrake.NotActivated, car.State.ParkBrake);
            Assert.AreEqual(715, car.State.SocTenths);
            Assert.AreEqual(20000000L, car.State.OdometerMeters);
            Assert.AreEqual(Privacy.Full, car.State.Privacy);
            Assert.AreEqual(1, car.State.CurrentAlerts);
            Assert.IsTrue(Cars.Has(car.Advance(), VehicleEvent.StateChanged));
        }

        [TestMethod]
        public static void PluggingInChargesUnlessADeferredTimeIsArmed()
        {
            Vehicle car = Cars.E208();
            Assert.IsNull(Apply(car, "{\"plugged\":true}"));
            Assert.AreEqual(ChargingStatus.InProgress, car.State.ChargingStatus);
            Assert.IsNull(Apply(car, "{\"plugged\":false}"));
            Assert.IsNull(Apply(car, "{\"deferredEnabled\":true,\"plugged\":true}"));
            Assert.AreEqual(ChargingStatus.Stopped, car.State.ChargingStatus);
        }
    }
}
