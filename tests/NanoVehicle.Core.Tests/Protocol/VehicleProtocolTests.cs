using System.Collections;
using System.Text;
using nanoFramework.TestFramework;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Core.Tests.Support;

namespace NanoVehicle.Core.Tests.Protocol
{
    [TestClass]
    public class VehicleProtocolTests
    {
        [TestMethod]
        public static void CommandAnswersProgressThenReplyThenSnapshot()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolResult result = ProtocolRun.Send(protocol, "Doors", "c1", "{\"action\":\"unlock\"}");
            Assert.AreEqual("progress 900 | progress 903 | reply 0 | snapshot | state", ProtocolRun.Sequence(result));
            Assert.IsFalse(protocol.Car.State.Locked);
            Hashtable reply = ProtocolRun.Reply(result, "Doors");
            Assert.AreEqual("c1", (string)reply["correlation_id"]);
            Assert.AreEqual(ProtocolRun.Vin, (string)reply["vin"]);
            Assert.AreEqual("2026-03-10T10:00:00Z", (string)reply["resp_date"]);
            Assert.AreEqual("0", ProtocolRun.SdkCode(reply));
            Assert.AreEqual("Success", (string)((Hashtable)reply["eventStatus"])["status"]);
            Assert.AreEqual(0, (int)((Hashtable)reply["resp_data"])["lock_resp_state"]);
            Assert.IsTrue(result.StateChanged);
            Assert.IsNotNull(result.Outcome);
        }

        [TestMethod]
        public static void ProgressCarriesTheRequestIdentity()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolResult result = ProtocolRun.Send(protocol, "VehCharge/state", "w1", "{\"action\":\"state\"}");
            OutgoingMessage progress = result.Find(ProtocolTopics.Progress(ProtocolRun.Cid, "VehCharge/state"));
            Assert.IsNotNull(progress);
            Hashtable body = TestJson.Object(progress.Payload);
            Assert.AreEqual("900", (string)body["process_code"]);
            Assert.AreEqual("w1", (string)body["correlation_id"]);
            Assert.AreEqual(ProtocolRun.Vin, (string)body["vin"]);
            Assert.AreEqual("Your request has been accepted and is being processed", (string)body["process_message"]);
        }

        [TestMethod]
        public static void AsleepCarReportsWakingUp()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            Cars.Set(protocol.Car, "{\"awake\":false}");
            protocol.Advance();
            ProtocolResult result = ProtocolRun.Send(protocol, "Doors", "s1", "{\"action\":\"unlock\"}");
            Assert.AreEqual("progress 900 | progress 901 | progress 903 | reply 0 | snapshot | state", ProtocolRun.Sequence(result));
        }

        [TestMethod]
        public static void HornTwiceHitsTheCoolDown()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            Hashtable first = ProtocolRun.Reply(ProtocolRun.Send(protocol, "Horn", "h1", "{\"nb_horn\":1,\"action\":\"activate\"}"), "Horn");
            Assert.AreEqual("0", ProtocolRun.SdkCode(first));
            Cars.ClockOf(protocol.Car).AdvanceSeconds(5);
            ProtocolResult second = ProtocolRun.Send(protocol, "Horn", "h2", "{\"nb_horn\":\"1\",\"action\":\"activate\"}");
            Hashtable reply = ProtocolRun.Reply(second, "Horn");
            Assert.AreEqual("2358", ProtocolRun.SdkCode(reply));
            Assert.AreEqual("500", (string)reply["return_code"]);
            Assert.AreEqual("TooManyRequestInShortTime", (string)((Hashtable)reply["eventStatus"])["failureCause"]);
        }

        [TestMethod]
        public static void OtherVinIsIgnored()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolResult result = ProtocolRun.Raw(protocol, ProtocolTopics.Request(ProtocolRun.Cid, "Doors"),
                ProtocolRun.Envelope("VR3ZZZZZZZZ999999", "o1", "{\"action\":\"unlock\"}"));
            Assert.IsTrue(result.Ignored);
            Assert.AreEqual(0, result.Messages.Length);
            Assert.IsTrue(protocol.Car.State.Locked);
        }

        [TestMethod]
        public static void RepeatedCorrelationIdAnswers502AndRunsOnce()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolRun.Send(protocol, "Doors", "d1", "{\"action\":\"unlock\"}");
            Cars.Set(protocol.Car, "{\"locked\":true}");
            ProtocolResult again = ProtocolRun.Send(protocol, "Doors", "d1", "{\"action\":\"unlock\"}");
            Assert.AreEqual("reply 502", ProtocolRun.Sequence(again));
            Hashtable reply = ProtocolRun.Reply(again, "Doors");
            Assert.AreEqual("2005", ProtocolRun.SdkCode(reply));
            Assert.AreEqual("d1", (string)reply["correlation_id"]);
            Assert.IsTrue(protocol.Car.State.Locked); // not unlocked a second time
            Assert.AreEqual(1, again.Log.Length);
        }

        [TestMethod]
        public static void CorrelationMemoryIsBounded()
        {
            var memory = new CorrelationMemory(2);
            Assert.IsTrue(memory.Remember("a"));
            Assert.IsTrue(memory.Remember("b"));
            Assert.IsFalse(memory.Remember("b"));
            Assert.IsTrue(memory.Remember("c"));
            Assert.IsFalse(memory.Contains("a"));
            Assert.IsTrue(memory.Contains("b"));
            Assert.IsTrue(memory.Contains("c"));
        }

        [DataRow("not json at all", "payload", "2102")]
        [DataRow("[1,2,3]", "payload", "2102")]
        [DataRow("\"text\"", "payload", "2102")]
        [DataRow("{\"correlation_id\":\"x\",\"req_parameters\":{}}", "vin", "2101")]
        [DataRow("{\"vin\":17,\"correlation_id\":\"x\",\"req_parameters\":{}}", "vin", "2102")]
        [DataRow("{\"vin\":\"VR3UHZKXZLT123456\",\"req_parameters\":{\"action\":\"lock\"}}", "correlation_id", "2101")]
        [DataRow("{\"vin\":\"VR3UHZKXZLT123456\",\"correlation_id\":5,\"req_parameters\":{}}", "correlation_id", "2102")]
        [DataRow("{\"vin\":\"VR3UHZKXZLT123456\",\"correlation_id\":\"x\",\"req_date\":\"yesterday\",\"req_parameters\":{\"action\":\"lock\"}}", "req_date", "2102")]
        [DataRow("{\"vin\":\"VR3UHZKXZLT123456\",\"correlation_id\":\"x\",\"customer_id\":[],\"req_parameters\":{\"action\":\"lock\"}}", "customer_id", "2102")]
        [DataRow("{\"vin\":\"VR3UHZKXZLT123456\",\"correlation_id\":\"x\"}", "req_parameters", "2101")]
        [DataRow("{\"vin\":\"VR3UHZKXZLT123456\",\"correlation_id\":\"x\",\"req_parameters\":\"lock\"}", "req_parameters", "2102")]
        [DataRow("{\"vin\":\"VR3UHZKXZLT123456\",\"correlation_id\":\"x\",\"req_parameters\":{\"action\":\"open\"}}", "action", "2102")]
        public static void BadRequestGetsAnErrorReplyAndTheNextCommandWorks(string payload, string field, string sdkCode)
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolResult bad = ProtocolRun.Raw(protocol, ProtocolTopics.Request(ProtocolRun.Cid, "Doors"), payload);
            Hashtable reply = ProtocolRun.Reply(bad, "Doors");
            Assert.IsNotNull(reply, "no error reply");
            Assert.AreEqual(sdkCode, ProtocolRun.SdkCode(reply));
            Assert.AreEqual("500", (string)reply["return_code"]);
            Assert.IsTrue(((string)reply["reason"]).EndsWith(" " + field), (string)reply["reason"]);
            string label = (string)((Hashtable)((Hashtable)reply["sdk"])["error"])["label"];
            Assert.IsTrue(label.IndexOf(field) >= 0, label);
            Assert.AreEqual(1, bad.Log.Length);
            Assert.IsTrue(protocol.Car.State.Locked);

            ProtocolResult next = ProtocolRun.Send(protocol, "Doors", "next", "{\"action\":\"unlock\"}");
            Assert.AreEqual("0", ProtocolRun.SdkCode(ProtocolRun.Reply(next, "Doors")));
        }

        [TestMethod]
        public static void UnknownServiceIsAnsweredOnItsOwnTopic()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolResult result = ProtocolRun.Send(protocol, "Teleport", "t1", "{\"action\":\"go\"}");
            Hashtable reply = ProtocolRun.Reply(result, "Teleport");
            Assert.IsNotNull(reply);
            Assert.AreEqual("2102", ProtocolRun.SdkCode(reply));
            Assert.AreEqual("t1", (string)reply["correlation_id"]);
            Assert.IsTrue(((string)reply["reason"]).EndsWith(" service"));
        }

        [TestMethod]
        public static void OversizedPayloadIsRefusedUnread()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            protocol.MaxPayloadBytes = 64;
            string big = ProtocolRun.Envelope(ProtocolRun.Vin, "big", "{\"action\":\"unlock\"}");
            ProtocolResult result = ProtocolRun.Raw(protocol, ProtocolTopics.Request(ProtocolRun.Cid, "Doors"), big);
            Hashtable reply = ProtocolRun.Reply(result, "Doors");
            Assert.AreEqual("2102", ProtocolRun.SdkCode(reply));
            Assert.IsTrue(result.Log[0].IndexOf("limit") >= 0, result.Log[0]);
            Assert.IsTrue(protocol.Car.State.Locked);
        }

        [TestMethod]
        public static void RequestWithoutCustomerIdIsOnlyLogged()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolResult result = ProtocolRun.Raw(protocol, "psa/RemoteServices/from/cid//Doors", "nope");
            Assert.AreEqual(0, result.Messages.Length);
            Assert.AreEqual(1, result.Log.Length);
        }

        [TestMethod]
        public static void UnrelatedTopicIsIgnored()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolResult result = ProtocolRun.Raw(protocol, "psa/RemoteServices/to/cid/x/Doors", "{}");
            Assert.IsTrue(result.Ignored);
            Assert.AreEqual(0, result.Messages.Length);
        }

        [TestMethod]
        public static void SimSetAppliesAndPublishesTheRetainedState()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolResult result = ProtocolRun.Raw(protocol, ProtocolTopics.SimSet(ProtocolRun.Vin), "{\"soc\":42,\"openDoors\":[\"driver\"]}");
            Assert.AreEqual("result | snapshot | state", ProtocolRun.Sequence(result));
            Hashtable answer = TestJson.Object(result.Find(ProtocolTopics.SimResult(ProtocolRun.Vin)).Payload);
            Assert.IsTrue((bool)answer["ok"]);
            OutgoingMessage state = result.Find(ProtocolTopics.SimState(ProtocolRun.Vin));
            Assert.IsTrue(state.Retain);
            Assert.AreEqual(420, protocol.Car.State.SocTenths);

            ProtocolResult doors = ProtocolRun.Send(protocol, "Doors", "open1", "{\"action\":\"unlock\"}");
            Assert.AreEqual("2362", ProtocolRun.SdkCode(ProtocolRun.Reply(doors, "Doors")));
        }

        [DataRow("{\"soc\":150}", "soc")]
        [DataRow("{\"gear\":\"warp\"}", "gear")]
        [DataRow("[1]", "payload")]
        [DataRow("{oops", "payload")]
        public static void SimSetRefusalNamesTheFieldAndChangesNothing(string payload, string field)
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            int soc = protocol.Car.State.SocTenths;
            ProtocolResult result = ProtocolRun.Raw(protocol, ProtocolTopics.SimSet(ProtocolRun.Vin), payload);
            Assert.AreEqual("result", ProtocolRun.Sequence(result));
            Hashtable answer = TestJson.Object(result.Messages[0].Payload);
            Assert.IsFalse((bool)answer["ok"]);
            Assert.IsTrue(((string)answer["error"]).StartsWith(field), (string)answer["error"]);
            Assert.AreEqual(soc, protocol.Car.State.SocTenths);
            Assert.IsFalse(result.StateChanged);
        }

        [TestMethod]
        public static void AdvancePublishesOnlyOnChange()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            protocol.Start();
            Assert.AreEqual(0, protocol.Advance().Messages.Length);
            Cars.Set(protocol.Car, "{\"plugged\":true}");
            ProtocolResult changed = protocol.Advance();
            Assert.AreEqual("snapshot | state", ProtocolRun.Sequence(changed));
            Assert.AreEqual(0, protocol.Advance().Messages.Length);
        }

        [TestMethod]
        public static void SnapshotCounterIncreases()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            ProtocolResult start = protocol.Start();
            ProtocolResult next = ProtocolRun.Send(protocol, "VehCharge/state", "n1", "{\"action\":\"state\"}");
            int first = (int)TestJson.Object(start.Find(ProtocolTopics.Events(ProtocolRun.Vin)).Payload)["obj_counter"];
            int second = (int)TestJson.Object(next.Find(ProtocolTopics.Events(ProtocolRun.Vin)).Payload)["obj_counter"];
            Assert.AreEqual(first + 1, second);
        }

        [TestMethod]
        public static void StatusIsRetainedOnlineAndOffline()
        {
            VehicleProtocol protocol = ProtocolRun.E208();
            OutgoingMessage online = protocol.Start().Messages[0];
            Assert.AreEqual("nanovehicle/" + ProtocolRun.Vin + "/status", online.Topic);
            Assert.IsTrue(online.Retain);
            Assert.AreEqual("online", (string)TestJson.Object(online.Payload)["status"]);
            OutgoingMessage offline = protocol.Offline();
            Assert.AreEqual(online.Topic, offline.Topic);
            Assert.AreEqual("offline", (string)TestJson.Object(offline.Payload)["status"]);
            Assert.AreEqual(2, protocol.Subscriptions.Length);
        }

        [TestMethod]
        public static void TopicSplitsCustomerAndService()
        {
            string cid, service;
            Assert.IsTrue(ProtocolTopics.TrySplitRequest("psa/RemoteServices/from/cid/AP-1/VehCharge/state", out cid, out service));
            Assert.AreEqual("AP-1", cid);
            Assert.AreEqual("VehCharge/state", service);
            Assert.IsFalse(ProtocolTopics.TrySplitRequest("psa/RemoteServices/to/cid/AP-1/Doors", out cid, out service));
        }
    }
}
