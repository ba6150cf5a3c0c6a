using nanoFramework.TestFramework;
using NanoVehicle.Core.Codes;
using NanoVehicle.Core.Commands;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Outcomes;

namespace NanoVehicle.Core.Tests.Outcomes
{
    [TestClass]
    public class OutcomeTests
    {
        [TestMethod]
        public static void EveryRefusalHasAnEntryInEveryVocabulary()
        {
            Assert.AreEqual(Refusal.Count, Refusal.Names.Length);
            Assert.AreEqual(Refusal.Count, Refusal.SdkCodes.Length);
            Assert.AreEqual(Refusal.Count, Refusal.FailureCauses.Length);
            Assert.AreEqual(Refusal.Count, Refusal.PsaReturnCodes.Length);
            Assert.AreEqual(Refusal.Count, Refusal.PsaReasons.Length);
            for (int r = 1; r < Refusal.Count; r++)
            {
                int code = Refusal.SdkCodes[r];
                Assert.IsTrue(code == 0 || MobileSdkErrors.Find(code) != null, Refusal.Names[r] + " has a known SDK code");
                bool failed = !Refusal.IsAlreadyDone(r);
                Assert.AreEqual(failed, Refusal.FailureCauses[r] != null, Refusal.Names[r] + ": a cause exactly when Failed");
                Assert.IsNotNull(Refusal.PsaReasons[r]);
                Assert.AreNotEqual("0", Refusal.PsaReturnCodes[r]);
            }
        }

        [TestMethod]
        public static void SuccessRendersCleanly()
        {
            var outcome = new Outcome(CommandFamily.Doors, CommandAction.Lock, Refusal.None, null, false);
            Assert.AreEqual("0", outcome.PsaReturnCode);
            Assert.IsNull(outcome.PsaReason);
            Assert.IsNull(outcome.SdkLabel);
            Assert.IsNull(outcome.WebApiFailureCause);
            var json = new JsonWriter();
            json.BeginObject();
            outcome.WriteSdk(json);
            json.Name("eventStatus");
            outcome.WriteWebApiEventStatus(json);
            json.Name("events");
            outcome.WriteWebApiEvents(json);
            json.Name("resp_data");
            outcome.WritePsaRespData(json);
            json.EndObject();
            Assert.AreEqual("{\"status\":\"SUCCEEDED\",\"eventStatus\":{\"type\":\"Done\",\"status\":\"Success\"},"
                + "\"events\":[{\"type\":\"Pending\",\"status\":\"Accepted\"},{\"type\":\"Pending\",\"status\":\"SentToVehicle\"},"
                + "{\"type\":\"Done\",\"status\":\"Success\"}],\"resp_data\":{}}", json.ToString());
        }

        [TestMethod]
        public static void FailureRendersCodeLabelAndCause()
        {
            var outcome = new Outcome(CommandFamily.Horn, CommandAction.Honk, Refusal.HornCoolDown, null, true);
            outcome.PsaRespDataField = "error";
            outcome.PsaRespDataValue = 1;
            var json = new JsonWriter();
            json.BeginObject();
            outcome.WriteSdk(json);
            json.Name("eventStatus");
            outcome.WriteWebApiEventStatus(json);
            json.Name("resp_data");
            outcome.WritePsaRespData(json);
            json.Name("at").Timestamp(new System.DateTime(2026, 1, 2, 3, 4, 5));
            json.EndObject();
            Assert.AreEqual("{\"status\":\"FAILED\",\"error\":{\"code\":\"2358\",\"label\":\"Horn request have been execute with succes earlier wait to send new one\"},"
                + "\"eventStatus\":{\"type\":\"Done\",\"status\":\"Failed\",\"failureCause\":\"TooManyRequestInShortTime\"},"
                + "\"resp_data\":{\"error\":1},\"at\":\"2026-01-02T03:04:05Z\"}", json.ToString());
            Assert.AreEqual("Horn/Honk -> HornCoolDown (PSA 500, SDK 2358, Web API Failed/TooManyRequestInShortTime, woken)", outcome.ToString());
            Assert.AreEqual("Your request has been accepted and is being processed", Outcome.PsaProgressMessage(900));
            Assert.AreEqual("Your request has been successfully forwarded to the vehicle", Outcome.PsaProgressMessage(903));
        }
    }
}
