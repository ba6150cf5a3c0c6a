using nanoFramework.TestFramework;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Rules
{
    [TestClass]
    public class PreconditioningRulesTests
    {
        private const string Programs = "\"programs\":{\"program1\":{\"day\":[1,1,1,1,1,0,0],\"hour\":7,\"minute\":15,\"on\":1},"
            + "\"program2\":{\"day\":[0,0,0,0,0,0,0],\"hour\":34,\"minute\":7,\"on\":0}}";

        [TestMethod]
        public static void ActivateStartsPreconditioningAndStoresPrograms()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"activate\"," + Programs + "}");
            Assert.IsTrue(outcome.Succeeded, outcome.ToString());
            Assert.AreEqual(PreconditioningStatus.Enabled, car.State.PreconditioningStatus);
            Assert.IsTrue(car.State.PreconditioningPrograms[0].Set);
            Assert.AreEqual(7 * 60 + 15, car.State.PreconditioningPrograms[0].StartMinute);
            Assert.AreEqual(31, car.State.PreconditioningPrograms[0].Days);
            Assert.IsFalse(car.State.PreconditioningPrograms[1].Set, "hour 34 marks an unset slot");
        }

        [TestMethod]
        public static void StartWithSevNotStopIs2329()
        {
            Vehicle car = Cars.E208("{\"ignition\":\"Start\"}");
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"preconditioning\",\"startNow\":true,\"programs\":[]}");
            Assert.AreEqual(2329, outcome.SdkCode);
            Assert.AreEqual("Immediate preconditioning request discarded due to SEV different than STOP.", outcome.SdkLabel);
            Assert.AreEqual(0, outcome.PsaRespDataValue);
        }

        [TestMethod]
        public static void AlreadyRunningIs2333()
        {
            Vehicle car = Cars.E208();
            Assert.IsTrue(Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"activate\"}").Succeeded);
            Outcome outcome = Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"activate\"}");
            Assert.AreEqual(2333, outcome.SdkCode);
            Assert.AreEqual("AlreadyDone", outcome.WebApiDoneStatus);
            Assert.AreEqual(1, outcome.PsaRespDataValue);
        }

        [TestMethod]
        public static void CommunicationProblemIs2334()
        {
            Vehicle car = Cars.E208("{\"preconditioningFault\":true}");
            Outcome outcome = Cars.Web(car, "{\"preconditioning\":{\"airConditioning\":{\"immediate\":true}}}");
            Assert.AreEqual(2334, outcome.SdkCode);
            Assert.AreEqual("VehicleError", outcome.WebApiFailureCause);
            Assert.AreEqual(2, outcome.PsaRespDataValue);
        }

        [TestMethod]
        public static void StopWithSevNotStopIs2335()
        {
            Vehicle car = Cars.E208();
            Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"activate\"}");
            Cars.Set(car, "{\"ignition\":\"Start\"}");
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"preconditioning\",\"startNow\":\"false\",\"programs\":[]}");
            Assert.AreEqual(2335, outcome.SdkCode);
            Assert.AreEqual("Stop preconditioning request discarded due to SEV different than STOP. ", outcome.SdkLabel);
            Assert.AreEqual("420", outcome.PsaReturnCode);
            Assert.AreEqual(3, outcome.PsaRespDataValue);
            Assert.AreEqual(PreconditioningStatus.Enabled, car.State.PreconditioningStatus);
        }

        [TestMethod]
        public static void StopWhenNotRunningIs2336()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"deactivate\"}");
            Assert.AreEqual(2336, outcome.SdkCode);
            Assert.AreEqual(4, outcome.PsaRespDataValue);
            Assert.AreEqual("AlreadyDone", outcome.WebApiDoneStatus);
        }

        [TestMethod]
        public static void DeactivateWithNewProgramsOnlyStoresThem()
        {
            Vehicle car = Cars.E208();
            Outcome outcome = Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"deactivate\"," + Programs + "}");
            Assert.IsTrue(outcome.Succeeded, outcome.ToString());
            Assert.IsTrue(car.State.PreconditioningPrograms[0].Enabled);
            Outcome again = Cars.Psa(car, "ThermalPrecond", "{\"asap\":\"deactivate\"," + Programs + "}");
            Assert.AreEqual(2336, again.SdkCode, "same programs, nothing running");
        }

        [TestMethod]
        public static void StaleProgramsAre2338()
        {
            Vehicle car = Cars.E208("{\"programsStale\":true}");
            Outcome outcome = Cars.Sdk(car, "{\"action\":\"preconditioning\",\"startNow\":true,\"programs\":[{\"hour\":9,\"minute\":32,\"isEnabled\":true,\"occurence\":[\"mon\",\"wen\"],\"slot\":1}]}");
            Assert.AreEqual(2338, outcome.SdkCode);
            Assert.AreEqual("Preconditioning program need to be update", outcome.SdkLabel);
            Assert.IsTrue(Cars.Web(car, "{\"wakeUp\":{\"action\":\"WakeUp\"}}").Succeeded);
            Outcome after = Cars.Sdk(car, "{\"action\":\"preconditioning\",\"startNow\":true,\"programs\":[{\"hour\":9,\"minute\":32,\"isEnabled\":true,\"occurence\":[\"mon\",\"wen\"],\"slot\":1}]}");
            Assert.IsTrue(after.Succeeded, after.ToString());
            Assert.AreEqual(1 | 4, car.State.PreconditioningPrograms[0].Days, "\"wen\" is the SDK's Wednesday");
        }

        [TestMethod]
        public static void WebApiProgramsSetAndDelete()
        {
            Vehicle car = Cars.E208();
            Outcome set = Cars.Web(car, "{\"preconditioning\":{\"airConditioning\":{\"programs\":[{\"slot\":2,\"start\":\"PT6H45M\",\"enabled\":true,\"recurrence\":\"None\",\"occurence\":{\"day\":[\"Sat\"]}}]}}}");
            Assert.IsTrue(set.Succeeded, set.ToString());
            Assert.AreEqual(PreconditioningStatus.Disabled, car.State.PreconditioningStatus, "programs only: nothing starts");
            Assert.AreEqual(6 * 60 + 45, car.State.PreconditioningPrograms[1].StartMinute);
            Assert.IsFalse(car.State.PreconditioningPrograms[1].Daily);
            Outcome delete = Cars.Web(car, "{\"preconditioning\":{\"airConditioning\":{\"programs\":[{\"slot\":2,\"actionsType\":\"Delete\"}]}}}");
            Assert.IsTrue(delete.Succeeded, delete.ToString());
            Assert.IsFalse(car.State.PreconditioningPrograms[1].Set);
        }
    }
}
