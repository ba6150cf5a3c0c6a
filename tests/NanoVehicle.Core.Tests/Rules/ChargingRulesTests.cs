using nanoFramework.TestFramework;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Rules
{
    [TestClass]
    public class ChargingRulesTests
    {
        private static Vehicle PluggedWaiting()
        {
            return Cars.E208("{\"deferredTime\":\"PT22H30M\",\"deferredEnabled\":true,\"plugged\":true}");
        }

        [TestMethod]
        public static void ImmediateChargeStartsWhenPlugged()
        {
            Vehicle car = PluggedWaiting();
            Assert.AreEqual(ChargingStatus.Stopped, car.State.ChargingStatus);
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"charge\",\"startNow\":\"true\"}");
            Assert.IsTrue(outcome.Succeeded, outcome.ToString());
            Assert.AreEqual("SUCCEEDED", outcome.SdkStatus);
            Assert.AreEqual("0", outcome.PsaReturnCode);
            Assert.AreEqual("900,903", Cars.Progress(outcome));
            Assert.AreEqual("Pending/Accepted > Pending/SentToVehicle > Done/Success", Cars.Events(outcome));
            Assert.AreEqual(ChargingStatus.InProgress, car.State.ChargingStatus);
            Assert.IsTrue(car.State.ImmediateCharge);
        }

        [TestMethod]
        public static void SevNotStopRefusesChargeWith2329()
        {
            Vehicle car = PluggedWaiting();
            Cars.Set(car, "{\"ignition\":\"Start\"}");
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"charge\",\"startNow\":true}");
            Assert.AreEqual(2329, outcome.SdkCode);
            Assert.AreEqual("Immediate charging request discarded due to SEV different than STOP.", outcome.SdkLabel);
            Assert.AreEqual("420", outcome.PsaReturnCode);
            Assert.AreEqual("[rights.error.ves.sev.not.stopped.key]", outcome.PsaReason);
            Assert.AreEqual("error", outcome.PsaRespDataField);
            Assert.AreEqual(3, outcome.PsaRespDataValue);
            Assert.AreEqual("VehicleInUse", outcome.WebApiFailureCause);
            Assert.AreEqual(ChargingStatus.Stopped, car.State.ChargingStatus);
        }

        [TestMethod]
        public static void DeferredTimeIsSevGatedToo()
        {
            Vehicle car = PluggedWaiting();
            Cars.Set(car, "{\"ignition\":\"StartUp\"}");
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT23H\",\"checkStartCharge\":true}");
            Assert.AreEqual(2329, outcome.SdkCode);
            Assert.AreEqual(22 * 60 + 30, car.State.DeferredMinute);
        }

        [TestMethod]
        public static void StandbyRefusesImmediateChargeWith2330()
        {
            Vehicle car = PluggedWaiting();
            Cars.Set(car, "{\"chargingStandby\":true}");
            Outcome outcome = Cars.Psa(car, "VehCharge", "{\"type\":\"immediate\",\"program\":{\"hour\":22,\"minute\":30}}");
            Assert.AreEqual(2330, outcome.SdkCode);
            Assert.AreEqual("500", outcome.PsaReturnCode);
            Assert.AreEqual(0, outcome.PsaRespDataValue);
            Assert.AreEqual("Failed", outcome.WebApiDoneStatus);
        }

        [TestMethod]
        public static void NoCableRefusesImmediateChargeWith2330()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"charge\",\"startNow\":true}");
            Assert.AreEqual(2330, outcome.SdkCode);
            Assert.AreEqual(ChargingStatus.Disconnected, car.State.ChargingStatus);
        }

        [TestMethod]
        public static void ChargeAlreadyOngoingIs2331AndAlreadyDone()
        {
            Vehicle car = Cars.E208("{\"plugged\":true}");
            Assert.AreEqual(ChargingStatus.InProgress, car.State.ChargingStatus);
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"charge\",\"startNow\":true}");
            Assert.AreEqual(2331, outcome.SdkCode);
            Assert.AreEqual("AlreadyDone", outcome.WebApiDoneStatus);
            Assert.IsNull(outcome.WebApiFailureCause);
            Assert.AreEqual("1", outcome.PsaReturnCode);
            Assert.AreEqual(1, outcome.PsaRespDataValue);
            Outcome web = Cars.Web(car, "{\"charging\":{\"immediate\":true}}");
            Assert.AreEqual("Pending/Accepted > Pending/SentToVehicle > Done/AlreadyDone", Cars.Events(web));
        }

        [TestMethod]
        public static void ChargingCommunicationProblemIs2332()
        {
            Vehicle car = PluggedWaiting();
            Cars.Set(car, "{\"chargingFault\":\"communication\"}");
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"charge\",\"startNow\":true}");
            Assert.AreEqual(2332, outcome.SdkCode);
            Assert.AreEqual("VehicleChargingSystemError", outcome.WebApiFailureCause);
            Assert.AreEqual(2, outcome.PsaRespDataValue);
        }

        [TestMethod]
        public static void ExternalChargerErrorIs2332WithItsOwnCause()
        {
            Vehicle car = PluggedWaiting();
            Cars.Set(car, "{\"chargingFault\":\"external\"}");
            Outcome outcome = Cars.Web(car, "{\"charging\":{\"immediate\":true}}");
            Assert.AreEqual(2332, outcome.SdkCode);
            Assert.AreEqual("ExternalChargingSystemError", outcome.WebApiFailureCause);
        }

        [TestMethod]
        public static void ImmediateChargeThatMovesTheDeferredHourIs2325()
        {
            Vehicle car = PluggedWaiting();
            Outcome sdk = Cars.Sdk(car, "{\"action\":\"chargeDeferredTime\",\"startNow\":true,\"deferredTime\":\"PT23H15M\",\"checkStartCharge\":true}");
            Assert.AreEqual(2325, sdk.SdkCode);
            Assert.AreEqual("Immediate charging request discarded, defered hour has been change", sdk.SdkLabel);
            Outcome psa = Cars.Psa(car, "VehCharge", "{\"type\":\"immediate\",\"program\":{\"hour\":\"23\",\"minute\":\"15\"}}");
            Assert.AreEqual(2325, psa.SdkCode);
            Assert.AreEqual(ChargingStatus.Stopped, car.State.ChargingStatus);
            Assert.AreEqual(22 * 60 + 30, car.State.DeferredMinute);
        }

        [TestMethod]
        public static void DeferredHourChangeDuringImmediateChargeIs2326()
        {
            Vehicle car = PluggedWaiting();
            Assert.IsTrue(Cars.Sdk(car, "{\"action\":\"charge\",\"startNow\":true}").Succeeded);
            Outcome outcome = Cars.Psa(car, "VehCharge", "{\"type\":\"delayed\",\"program\":{\"hour\":1,\"minute\":0}}");
            Assert.AreEqual(2326, outcome.SdkCode);
            Assert.AreEqual("Defered hour request discarded, immediate charging has been launch", outcome.SdkLabel);
            Assert.AreEqual(ChargingStatus.InProgress, car.State.ChargingStatus);
            Assert.AreEqual(22 * 60 + 30, car.State.DeferredMinute);
        }

        [TestMethod]
        public static void StaleDeferredHoursAre2337UntilAStateRefresh()
        {
            Vehicle car = PluggedWaiting();
            Cars.Set(car, "{\"deferredStale\":true}");
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT1H\",\"checkStartCharge\":\"true\"}");
            Assert.AreEqual(2337, outcome.SdkCode);
            Assert.AreEqual("Charging Defered Hours need to be update", outcome.SdkLabel);
            Assert.IsTrue(Cars.Psa(car, "VehCharge/state", "{\"action\":\"state\"}").Succeeded);
            Assert.IsTrue(Cars.Sdk(car, "{\"action\":\"chargeDeferredTime\",\"startNow\":false,\"deferredTime\":\"PT1H\",\"checkStartCharge\":true}").Succeeded);
            Assert.AreEqual(60, car.State.DeferredMinute);
        }

        [TestMethod]
        public static void SameDeferredTimeAgainIs2339ServiceAlreadyStarted()
        {
            Vehicle car = PluggedWaiting();
            Outcome outcome = Cars.Psa(car, "VehCharge", "{\"type\":\"delayed\",\"program\":{\"hour\":22,\"minute\":30}}");
            Assert.AreEqual(2339, outcome.SdkCode);
            Assert.AreEqual("Service already started", outcome.SdkLabel);
            Assert.AreEqual("AlreadyDone", outcome.WebApiDoneStatus);
        }

        [TestMethod]
        public static void DelayedWithTheCurrentTimeStopsAnImmediateCharge()
        {
            Vehicle car = PluggedWaiting();
            Cars.Sdk(car, "{\"action\":\"charge\",\"startNow\":true}");
            car.Advance();
            Outcome outcome = Cars.Psa(car, "VehCharge", "{\"type\":\"delayed\",\"program\":{\"hour\":22,\"minute\":30}}");
            Assert.IsTrue(outcome.Succeeded, outcome.ToString());
            Assert.AreEqual(ChargingStatus.Stopped, car.State.ChargingStatus);
            Assert.IsTrue(Cars.Has(car.Advance(), VehicleEvent.ChargeInterrupted));
        }

        [TestMethod]
        public static void NewDeferredTimeIsStoredAndArmed()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Web(car, "{\"charging\":{\"schedule\":{\"nextDelayedTime\":\"2026-03-10T23:45:00Z\"}}}");
            Assert.IsTrue(outcome.Succeeded, outcome.ToString());
            Assert.AreEqual(23 * 60 + 45, car.State.DeferredMinute);
            Assert.IsTrue(car.State.DeferredEnabled);
        }

        [TestMethod]
        public static void ImmediateFalseStopsACharge()
        {
            Vehicle car = Cars.E208("{\"plugged\":true}");
            Outcome outcome = Cars.Web(car, "{\"charging\":{\"immediate\":false}}");
            Assert.IsTrue(outcome.Succeeded, outcome.ToString());
            Assert.AreEqual(ChargingStatus.Stopped, car.State.ChargingStatus);
            Outcome again = Cars.Web(car, "{\"charging\":{\"immediate\":false}}");
            Assert.AreEqual("AlreadyDone", again.WebApiDoneStatus);
            Assert.AreEqual("SUCCEEDED", again.SdkStatus);
        }

        [TestMethod]
        public static void PreferencesCannotBeCombinedWithImmediateOrSchedule()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Web(car, "{\"charging\":{\"immediate\":true,\"preferences\":{\"level\":\"Level3\"}}}");
            Assert.AreEqual(2102, outcome.SdkCode);
            Assert.AreEqual("Invalid charging.preferences parameter", outcome.SdkLabel);
            Assert.AreEqual("WrongCommand", outcome.WebApiFailureCause);
            Assert.AreEqual("", Cars.Progress(outcome));
            Outcome alone = Cars.Web(car, "{\"charging\":{\"preferences\":{\"level\":\"Level3\",\"type\":\"Partial\"}}}");
            Assert.IsTrue(alone.Succeeded, alone.ToString());
            Assert.AreEqual(3, car.State.PreferenceLevel);
            Assert.AreEqual(1, car.State.PreferenceType);
        }

        [TestMethod]
        public static void ChargeProgramsUseSlotsOneToFour()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Web(car, "{\"charging\":{\"schedule\":{\"programs\":[{\"slot\":4,\"start\":\"PT1H\",\"end\":\"PT6H\",\"enabled\":true,\"occurence\":{\"day\":[\"Mon\",\"Sun\"]}}]}}}");
            Assert.IsTrue(outcome.Succeeded, outcome.ToString());
            Assert.IsTrue(car.State.ChargePrograms[3].Set);
            Assert.AreEqual(1 | 64, car.State.ChargePrograms[3].Days);
            Outcome bad = Cars.Web(car, "{\"charging\":{\"schedule\":{\"programs\":[{\"slot\":5,\"start\":\"PT1H\",\"enabled\":true,\"occurence\":{\"day\":[\"Mon\"]}}]}}}");
            Assert.AreEqual(2102, bad.SdkCode);
            Assert.AreEqual("Invalid charging.schedule.programs.slot parameter", bad.SdkLabel);
        }
    }
}
