using nanoFramework.TestFramework;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Rules
{
    /// <summary>The Web API state machine (spec §5.7) and the sleep / wake-up rules, seen in all three vocabularies.</summary>
    [TestClass]
    public class StateMachineTests
    {
        [TestMethod]
        public static void AnUnsupportedCommandIsMissingRights()
        {
            Vehicle ami = Cars.Ami();
            Outcome outcome = Cars.Psa(ami, "Doors", "{\"action\":\"lock\"}");
            Assert.AreEqual("Done/Failed/MissingRights", Cars.Events(outcome));
            Assert.AreEqual("400", outcome.PsaReturnCode);
            Assert.AreEqual("[authorization.denied.cvs.response.no.matching.service.key]", outcome.PsaReason);
            Assert.AreEqual(2002, outcome.SdkCode);
            Assert.AreEqual("API not supported", outcome.SdkLabel);
            Assert.AreEqual("", Cars.Progress(outcome));
        }

        [TestMethod]
        public static void AnAsleepCarIsWokenAndCounted()
        {
            Vehicle car = Cars.E208();
            VehicleEvent[] events = Cars.Wait(car, 181);
            Assert.IsTrue(Cars.Has(events, VehicleEvent.FellAsleep));
            Assert.IsFalse(car.State.Awake);
            Outcome outcome = Cars.Psa(car, "Doors", "{\"action\":\"unlock\"}");
            Assert.IsTrue(outcome.WasAsleep);
            Assert.AreEqual("900,901,903", Cars.Progress(outcome));
            Assert.AreEqual("Pending/Accepted > Pending/WakingUpVehicle > Pending/SentToVehicle > Done/Success", Cars.Events(outcome));
            Assert.AreEqual(1, car.State.WakeUpsThisMonth);
            Assert.IsTrue(car.State.Awake);
            Assert.IsTrue(Cars.Has(car.Advance(), VehicleEvent.WokeUp));
        }

        [TestMethod]
        public static void AnAwakeCarSkipsWakingUpVehicle()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Web(car, "{\"door\":{\"state\":\"Unlocked\"}}");
            Assert.IsFalse(outcome.WasAsleep);
            Assert.AreEqual("900,903", Cars.Progress(outcome));
            Assert.AreEqual(0, car.State.WakeUpsThisMonth);
        }

        [TestMethod]
        public static void EachMessageAddsThreeMinutesToTheAwakeWindow()
        {
            Vehicle car = Cars.E208();
            // Fresh car: awake for 3 min. Two messages add 2 × 3 min.
            Cars.Psa(car, "VehCharge/state", "{\"action\":\"state\"}");
            Cars.Psa(car, "VehCharge/state", "{\"action\":\"state\"}");
            Cars.Wait(car, 8 * 60 + 50);
            Assert.IsTrue(car.State.Awake, "9 min window");
            VehicleEvent[] events = Cars.Wait(car, 20);
            Assert.IsFalse(car.State.Awake);
            Assert.IsTrue(Cars.Has(events, VehicleEvent.FellAsleep));
        }

        [TestMethod]
        public static void TheMonthlyWakeUpQuotaRefusesBeforeAcceptance()
        {
            Vehicle car = Cars.E208("{\"awake\":false,\"wakeUpsThisMonth\":20}");
            Outcome outcome = Cars.Web(car, "{\"door\":{\"state\":\"Unlocked\"}}");
            Assert.AreEqual("Pending/TooManyWakeUpsOverMonth > Done/Failed/TooManyWakeUpsOverMonth", Cars.Events(outcome));
            Assert.AreEqual("", Cars.Progress(outcome));
            Assert.AreEqual("500", outcome.PsaReturnCode);
            Assert.IsTrue(car.State.Locked);
            Assert.IsFalse(car.State.Awake);
        }

        [TestMethod]
        public static void TheQuotaOnlyMattersWhenAWakeUpIsNeeded()
        {
            Vehicle car = Cars.E208("{\"wakeUpsThisMonth\":20}");
            Assert.IsTrue(Cars.Web(car, "{\"door\":{\"state\":\"Unlocked\"}}").Succeeded);
        }

        [TestMethod]
        public static void TheWakeUpCounterResetsWithTheCalendarMonth()
        {
            Vehicle car = Cars.E208("{\"wakeUpsThisMonth\":20}");
            // 10 March 10:00 → 1 April 00:00 is 21 days 14 h.
            VehicleEvent[] events = Cars.Wait(car, (21 * 24 + 14) * 3600L);
            Assert.IsTrue(Cars.Has(events, VehicleEvent.MonthRolledOver));
            Assert.AreEqual(0, car.State.WakeUpsThisMonth);
        }

        [TestMethod]
        public static void LowAuxBatteryRefusesWithItsPendingStatus()
        {
            Vehicle car = Cars.E208("{\"auxBattery\":12}");
            Outcome outcome = Cars.Psa(car, "Horn", "{\"action\":\"activate\"}");
            Assert.AreEqual("Pending/VehicleBatteryChargeTooLow > Done/Failed/NotPossibleDueToVehicleBatteryLevel", Cars.Events(outcome));
            Assert.AreEqual("", Cars.Progress(outcome));
        }

        [TestMethod]
        public static void PreChecksComeInTheDocumentedOrder()
        {
            Vehicle car = Cars.E208();
            Assert.IsTrue(Cars.Psa(car, "Horn", "{\"action\":\"activate\",\"nb_horn\":9}").Succeeded);
            Cars.Set(car, "{\"auxBattery\":5}");
            // Same action wins over the battery check.
            Assert.AreEqual(Refusal.SameActionInProgress, Cars.Psa(car, "Horn", "{\"action\":\"activate\"}").Refusal);
            Cars.Wait(car, 10);
            Assert.AreEqual(Refusal.LowBattery, Cars.Psa(car, "Horn", "{\"action\":\"activate\"}").Refusal);
            // Rights come first of all.
            Vehicle ami = Cars.Ami();
            Cars.Set(ami, "{\"auxBattery\":5}");
            Assert.AreEqual(Refusal.NotSupported, Cars.Psa(ami, "Horn", "{\"action\":\"activate\"}").Refusal);
        }

        [TestMethod]
        public static void AnUnreachableAsleepCarTimesOut()
        {
            Vehicle car = Cars.E208("{\"awake\":false,\"reachable\":false}");
            Outcome outcome = Cars.Psa(car, "Doors", "{\"action\":\"unlock\"}");
            Assert.AreEqual("900,901", Cars.Progress(outcome));
            Assert.AreEqual("300", outcome.PsaReturnCode);
            Assert.AreEqual("[Vehicle.request.time.out]", outcome.PsaReason);
            Assert.AreEqual("Pending/Accepted > Pending/WakingUpVehicle > Done/Failed/VehicleConnectionTimeout", Cars.Events(outcome));
            Assert.AreEqual(2201, outcome.SdkCode);
            Assert.IsTrue(car.State.Locked);
        }

        [TestMethod]
        public static void NavigationSkipsAcceptedAndWakingUp()
        {
            Vehicle car = Cars.E208("{\"awake\":false}");
            Outcome outcome = Cars.Web(car, "{\"navigation\":{\"positions\":[{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}]}}");
            Assert.AreEqual("Pending/SentToVehicle > Done/Success", Cars.Events(outcome));
            Assert.AreEqual(1, car.State.NavigationPoints);
        }

        [TestMethod]
        public static void PrivacyModeRefusesWith422()
        {
            Vehicle car = Cars.E208("{\"privacy\":\"Full\"}");
            Outcome outcome = Cars.Psa(car, "Horn", "{\"action\":\"activate\"}");
            Assert.AreEqual("422", outcome.PsaReturnCode);
            Assert.AreEqual("NotPossibleDueToVehiclePrivacyLevel", outcome.WebApiFailureCause);
            Assert.IsTrue(Cars.Psa(car, "VehCharge/state", "{\"action\":\"state\"}").Succeeded, "a state refresh is still allowed");
        }

        [TestMethod]
        public static void StolenModeBlocksOtherRemotesAndKeepsTheCarAwake()
        {
            Vehicle car = Cars.E208();
            Outcome declare = Cars.Web(car, "{\"stolen\":{\"stolen\":true}}");
            Assert.IsTrue(declare.Succeeded, declare.ToString());
            Outcome horn = Cars.Web(car, "{\"horn\":{\"state\":\"Activated\"}}");
            Assert.AreEqual("NotPossibleDueToVehicleStolenState", horn.WebApiFailureCause);
            Cars.Wait(car, 3600);
            Assert.IsTrue(car.State.Awake, "a stolen car stays awake");
            Outcome tracking = Cars.Web(car, "{\"stolen\":{\"trackingPeriod\":{\"running\":5,\"shutdown\":60}}}");
            Assert.IsTrue(tracking.Succeeded, tracking.ToString());
            Assert.AreEqual(5, car.State.TrackingRunningSeconds);
            Outcome tooShort = Cars.Web(car, "{\"stolen\":{\"trackingPeriod\":{\"running\":4}}}");
            Assert.AreEqual("Invalid stolen.trackingPeriod.running parameter", tooShort.SdkLabel);
            Outcome both = Cars.Web(car, "{\"stolen\":{\"stolen\":false,\"trackingPeriod\":{\"running\":30}}}");
            Assert.AreEqual(2102, both.SdkCode, "only one stolen attribute per request");
            Assert.IsTrue(Cars.Web(car, "{\"stolen\":{\"immobilization\":{\"activate\":true}}}").Succeeded);
            Assert.IsTrue(car.State.Immobilized);
            Assert.IsTrue(Cars.Web(car, "{\"stolen\":{\"stolen\":false}}").Succeeded);
            Assert.IsTrue(Cars.Web(car, "{\"horn\":{\"state\":\"Activated\"}}").Succeeded);
        }

        [TestMethod]
        public static void ImmobilizationAndAlreadyDone()
        {
            Vehicle car = Cars.E208();
            Assert.IsTrue(Cars.Web(car, "{\"immobilization\":{\"activate\":true}}").Succeeded);
            Assert.AreEqual("AlreadyDone", Cars.Web(car, "{\"immobilization\":{\"activate\":\"true\"}}").WebApiDoneStatus);
            Assert.AreEqual("ignition: the car is immobilized and will not start", car.ApplyOverrides(TestJson.Object("{\"ignition\":\"Start\"}")));
        }

        [TestMethod]
        public static void StateRequestWhileDrivingIs420()
        {
            Vehicle car = Cars.E208("{\"ignition\":\"Start\",\"gear\":\"drive\",\"speed\":50}");
            Outcome outcome = Cars.Psa(car, "VehCharge/state", "{\"action\":\"state\"}");
            Assert.AreEqual("420", outcome.PsaReturnCode);
        }

        [TestMethod]
        public static void RefreshWakesOnlyWhenChargingOrPluggedAndDisconnected()
        {
            Vehicle car = Cars.E208();
            Assert.IsFalse(car.RefreshWakesVehicle);
            Cars.Set(car, "{\"plugged\":true}");
            Assert.IsTrue(car.RefreshWakesVehicle, "charging");
            Cars.Set(car, "{\"chargingStatus\":\"Stopped\"}");
            Assert.IsFalse(car.RefreshWakesVehicle);
        }
    }
}
