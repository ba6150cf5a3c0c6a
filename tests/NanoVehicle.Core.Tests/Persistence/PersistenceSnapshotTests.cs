using nanoFramework.TestFramework;
using NanoVehicle.Core.Persistence;
using NanoVehicle.Core.Snapshots;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Persistence
{
    [TestClass]
    public class PersistenceSnapshotTests
    {
        private static Vehicle Used()
        {
            Vehicle car = Cars.E208("{\"odometer\":4321.5,\"wakeUpsThisMonth\":7,\"deferredTime\":\"PT1H15M\",\"deferredEnabled\":true,\"plugged\":true,\"alerts\":[\"service\"]}");
            Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"deactivate\",\"programs\":{\"program3\":{\"day\":[1,0,1,0,1,0,0],\"hour\":6,\"minute\":40,\"on\":1}}}");
            Cars.Web(car, "{\"charging\":{\"schedule\":{\"programs\":[{\"slot\":2,\"start\":\"PT2H\",\"end\":\"PT5H\",\"enabled\":true,\"occurence\":{\"day\":[\"Fri\"]}}]}}}");
            Cars.Web(car, "{\"stolen\":{\"stolen\":true}}");
            Cars.Web(car, "{\"immobilization\":{\"activate\":true}}");
            return car;
        }

        [TestMethod]
        public static void WhatMustSurviveARebootRoundTrips()
        {
            Vehicle car = Used();
            string text = PersistenceSnapshot.Write(car.State);
            var restored = new VehicleState();
            Assert.IsNull(PersistenceSnapshot.Read(TestJson.Port, text, restored));
            Assert.AreEqual(text, PersistenceSnapshot.Write(restored));
            Assert.AreEqual(4321500L, restored.OdometerMeters);
            Assert.AreEqual(7, restored.WakeUpsThisMonth);
            Assert.AreEqual(75, restored.DeferredMinute);
            Assert.IsTrue(restored.Stolen);
            Assert.IsTrue(restored.Immobilized);
            Assert.AreEqual(5, restored.PreconditioningPrograms[2].Days & 5);
            Assert.IsTrue(restored.ChargePrograms[1].Set);
            var clock = new NanoVehicle.Core.Ports.ManualClock(Cars.Start);
            var again = new Vehicle(car.Profile, null, clock, restored);
            Assert.AreEqual(StateDocument.Render(car), StateDocument.Render(again));
        }

        [DataRow("", "state file is empty")]
        [DataRow("{\"format\":\"nanovehicle-state\"", "state file is not valid JSON")]
        [DataRow("[1,2]", "state file is not a JSON object")]
        [DataRow("{\"format\":\"other\",\"version\":1}", "state file is not a nanoVehicle state")]
        [DataRow("{\"format\":\"nanovehicle-state\",\"version\":2}", "state file version 2 is newer than this build reads (1)")]
        [DataRow("{\"format\":\"nanovehicle-state\",\"version\":\"one\"}", "state file has no valid version")]
        [DataRow("{\"format\":\"nanovehicle-state\",\"version\":1}", "state file field vin is missing or invalid")]
        public static void BadInputIsRefusedWithAClearMessage(string text, string expected)
        {
            var state = new VehicleState();
            string before = PersistenceSnapshot.Write(state);
            string error = PersistenceSnapshot.Read(TestJson.Port, text, state);
            Assert.IsNotNull(error);
            Assert.StartsWith(expected, error);
            Assert.AreEqual(before, PersistenceSnapshot.Write(state));
        }

        [TestMethod]
        public static void EveryCorruptedFieldIsRefusedAndNothingChanges()
        {
            string good = PersistenceSnapshot.Write(Used().State);
            string[] breaks =
            {
                "\"socTenths\":", "\"socTenths\":\"x\",\"_\":",
                "\"odometerMeters\":", "\"odometerMeters\":-5,\"_\":",
                "\"chargingStatus\":", "\"chargingStatus\":\"Disconnected\",\"_\":",
                "\"minute\":", "\"minute\":1440,\"_\":",
                "\"privacy\":", "\"privacy\":\"Secret\",\"_\":",
                "\"timeScale\":", "\"timeScale\":0,\"_\":",
                "\"days\":", "\"days\":200,\"_\":",
            };
            for (int i = 0; i < breaks.Length; i += 2)
            {
                string text = Replace(good, breaks[i], breaks[i + 1]);
                Assert.AreNotEqual(good, text);
                var state = new VehicleState();
                string error = PersistenceSnapshot.Read(TestJson.Port, text, state);
                Assert.IsNotNull(error, breaks[i]);
                Assert.StartsWith("state file field ", error);
                Assert.AreEqual(650, state.SocTenths);
            }
        }

        private static string Replace(string text, string what, string with)
        {
            int at = text.IndexOf(what);
            return text.Substring(0, at) + with + text.Substring(at + what.Length);
        }
    }
}
