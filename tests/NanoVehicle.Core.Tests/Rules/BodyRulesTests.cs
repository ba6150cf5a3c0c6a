using nanoFramework.TestFramework;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Rules
{
    [TestClass]
    public class BodyRulesTests
    {
        [TestMethod]
        public static void UnlockThenLock()
        {
            Vehicle car = Cars.E208();
            Outcome unlock = Cars.Psa(car, "Doors", "{\"action\":\"unlock\"}");
            Assert.IsTrue(unlock.Succeeded, unlock.ToString());
            Assert.IsFalse(car.State.Locked);
            Assert.AreEqual("lock_resp_state", unlock.PsaRespDataField);
            Assert.AreEqual(0, unlock.PsaRespDataValue);
            Outcome lockIt = Cars.Web(car, "{\"door\":{\"state\":\"Locked\"}}");
            Assert.IsTrue(lockIt.Succeeded, lockIt.ToString());
            Assert.IsTrue(car.State.Locked);
        }

        [TestMethod]
        public static void UnlockWhenAllUnlockedIs2360()
        {
            Vehicle car = Cars.E208("{\"locked\":false}");
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"doors\",\"doorState\":\"unlock\"}");
            Assert.AreEqual(2360, outcome.SdkCode);
            Assert.AreEqual("All vehicle's doors are unlocked", outcome.SdkLabel);
            Assert.AreEqual("AlreadyDone", outcome.WebApiDoneStatus);
            Assert.AreEqual(0, outcome.PsaRespDataValue);
        }

        [TestMethod]
        public static void LockWhenAllLockedIs2361()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"doors\",\"doorState\":\"lock\"}");
            Assert.AreEqual(2361, outcome.SdkCode);
            Assert.AreEqual("1", outcome.PsaReturnCode);
            Assert.AreEqual(1, outcome.PsaRespDataValue);
            Assert.AreEqual("Pending/Accepted > Pending/SentToVehicle > Done/AlreadyDone", Cars.Events(outcome));
        }

        [TestMethod]
        public static void AnOpenDoorIs2362DoorsOpen()
        {
            Vehicle car = Cars.E208("{\"locked\":false,\"openDoors\":[\"Trunk\"]}");
            Outcome outcome = Cars.Web(car, "{\"door\":{\"state\":\"Locked\"}}");
            Assert.AreEqual(2362, outcome.SdkCode);
            Assert.AreEqual("DoorsOpen", outcome.WebApiFailureCause);
            Assert.AreEqual(2, outcome.PsaRespDataValue);
            Assert.IsFalse(car.State.Locked);
        }

        [TestMethod]
        public static void StaleDoorStateIs2357()
        {
            Vehicle car = Cars.E208("{\"doorsStale\":true}");
            Outcome outcome = Cars.Psa(car, "Doors", "{\"action\":\"unlock\"}");
            Assert.AreEqual(2357, outcome.SdkCode);
            Assert.AreEqual("Doors state need to be update", outcome.SdkLabel);
        }

        [TestMethod]
        public static void DoorsAreNotSevGated()
        {
            Vehicle car = Cars.E208("{\"ignition\":\"Start\"}");
            Assert.IsTrue(Cars.Psa(car, "Doors", "{\"action\":\"unlock\"}").Succeeded);
        }

        [TestMethod]
        public static void HornCoolDownIs2358()
        {
            Vehicle car = Cars.E208();
            Assert.IsTrue(Cars.Psa(car, "Horn", "{\"nb_horn\":\"2\",\"action\":\"activate\"}").Succeeded);
            Cars.Wait(car, 5);
            Outcome again = Cars.Sdk(car, "{\"action\":\"horn\"}");
            Assert.AreEqual(2358, again.SdkCode);
            Assert.AreEqual("TooManyRequestInShortTime", again.WebApiFailureCause);
            Assert.AreEqual(1, again.PsaRespDataValue);
            Cars.Wait(car, 30);
            Assert.IsTrue(Cars.Sdk(car, "{\"action\":\"horn\"}").Succeeded, "after the 30 s cool-down");
        }

        [TestMethod]
        public static void LightsCoolDownIs2359()
        {
            Vehicle car = Cars.E208();
            Assert.IsTrue(Cars.Psa(car, "Lights", "{\"action\":\"activate\",\"duration\":2}").Succeeded);
            Assert.IsTrue(car.State.LightsOn);
            Cars.Wait(car, 3);
            Assert.IsFalse(car.State.LightsOn, "the flash ended");
            Outcome again = Cars.Sdk(car, "{\"action\":\"warning\"}");
            Assert.AreEqual(2359, again.SdkCode);
            Assert.AreEqual("Light request have been execute with succes earlier wait to send new one", again.SdkLabel);
            Assert.AreEqual(2, again.PsaRespDataValue);
        }

        [TestMethod]
        public static void HornAndLightsAreSevGated()
        {
            Vehicle car = Cars.E208("{\"ignition\":\"StartUp\"}");
            Outcome horn = Cars.Sdk(car, "{\"action\":\"horn\"}");
            Assert.AreEqual("Immediate horn request discarded due to SEV different than STOP.", horn.SdkLabel);
            Outcome lights = Cars.Sdk(car, "{\"action\":\"warning\"}");
            Assert.AreEqual("Immediate lights request discarded due to SEV different than STOP.", lights.SdkLabel);
        }

        [TestMethod]
        public static void SameActionInProgressWhileTheHornSounds()
        {
            Vehicle car = Cars.E208();
            Assert.IsTrue(Cars.Psa(car, "Horn", "{\"nb_horn\":5,\"action\":\"activate\"}").Succeeded);
            Cars.Wait(car, 2);
            Outcome same = Cars.Web(car, "{\"horn\":{\"state\":\"Activated\"}}");
            Assert.AreEqual("Done/Failed/SameActionInProgress", Cars.Events(same));
            Assert.AreEqual(2364, same.SdkCode);
            Assert.AreEqual("", Cars.Progress(same));
            Outcome other = Cars.Web(car, "{\"door\":{\"state\":\"Unlocked\"}}");
            Assert.AreEqual("Done/Failed/TooManyRequestSent", Cars.Events(other), "one remote action at a time");
            Assert.AreEqual(2353, other.SdkCode);
            Cars.Wait(car, 4);
            Assert.IsTrue(Cars.Web(car, "{\"door\":{\"state\":\"Unlocked\"}}").Succeeded);
        }

        [TestMethod]
        public static void LightsOffAndHornUnactivated()
        {
            Vehicle car = Cars.E208();
            Assert.AreEqual("AlreadyDone", Cars.Web(car, "{\"lights\":{\"on\":false}}").WebApiDoneStatus);
            Assert.IsTrue(Cars.Web(car, "{\"lights\":{\"on\":true}}").Succeeded);
            Assert.IsTrue(Cars.Web(car, "{\"lights\":{\"on\":false}}").Succeeded);
            Assert.IsFalse(car.State.LightsOn);
            Assert.AreEqual("AlreadyDone", Cars.Web(car, "{\"horn\":{\"state\":\"Unactivated\"}}").WebApiDoneStatus);
        }
    }
}
