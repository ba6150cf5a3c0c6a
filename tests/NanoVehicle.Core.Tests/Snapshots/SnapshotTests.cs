using System.Collections;
using nanoFramework.TestFramework;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Snapshots;
using NanoVehicle.Core.State;
using NanoVehicle.Core.Tests.Support;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Core.Tests.Snapshots
{
    [TestClass]
    public class SnapshotTests
    {
        [TestMethod]
        public static void PsaEventSnapshotCarriesTheObservedFields()
        {
            Vehicle car = Cars.E208("{\"soc\":42.5,\"deferredTime\":\"PT22H30M\",\"deferredEnabled\":true,\"plugged\":true,\"openDoors\":[\"Trunk\"]}");
            Hashtable first = TestJson.Object(PsaEventSnapshot.Render(car));
            Assert.AreEqual("VR3UHZKXZLT123456", (string)first["vin"]);
            Assert.AreEqual("2026-03-10T10:00:00Z", (string)first["date"]);
            Assert.AreEqual(1, Int(first["obj_counter"]));
            Assert.AreEqual(0, Int(first["reason"]), "session-start snapshot");
            Assert.AreEqual(0, Int(first["sev_state"]));
            Hashtable charging = (Hashtable)first["charging_state"];
            Assert.AreEqual(42, Int(charging["soc_batt"]));
            Assert.AreEqual(144, Int(charging["autonomy_zev"]));
            Assert.AreEqual(0, Int(charging["cable_detected"]), "0 = plugged");
            Hashtable program = (Hashtable)charging["program"];
            Assert.AreEqual(22, Int(program["hour"]));
            Assert.AreEqual(30, Int(program["minute"]));
            Hashtable precond = (Hashtable)first["precond_state"];
            Hashtable program1 = (Hashtable)((Hashtable)precond["programs"])["program1"];
            Assert.AreEqual(34, Int(program1["hour"]), "unset slot marker");
            Assert.AreEqual(7, ((ArrayList)program1["day"]).Count);
            Hashtable doors = (Hashtable)first["doors_state"];
            Assert.AreEqual(1, Int(((ArrayList)doors["doors_opening_state"])[4]), "trunk open");
            Assert.AreEqual(1, Int(doors["doors_locking_state"]));
            Hashtable second = TestJson.Object(PsaEventSnapshot.Render(car));
            Assert.AreEqual(2, Int(second["obj_counter"]));
        }

        [TestMethod]
        public static void WebApiStatusViewReportsEnergyChargingAndDoors()
        {
            Vehicle car = Cars.E208("{\"soc\":50,\"plugged\":true,\"locked\":false,\"openDoors\":[\"Driver\"]}");
            Hashtable status = TestJson.Object(WebApiStatusView.Render(car));
            Assert.AreEqual("Stop", (string)((Hashtable)status["ignition"])["type"]);
            Hashtable energy = (Hashtable)((ArrayList)status["energies"])[0];
            Assert.AreEqual("Electric", (string)energy["type"]);
            Assert.AreEqual(170, Int(energy["autonomy"]));
            Hashtable charging = (Hashtable)((Hashtable)((Hashtable)energy["extension"])["electric"])["charging"];
            Assert.AreEqual("InProgress", (string)charging["status"]);
            Assert.AreEqual("Slow", (string)charging["chargingMode"]);
            Assert.AreEqual("PT3H35M", (string)charging["remainingTime"], "50 % at 14 %/h");
            Assert.AreEqual(47, Int(charging["chargingRate"]), "km of range per hour");
            Assert.AreEqual("Unlocked", (string)((ArrayList)((Hashtable)status["doorsState"])["lockedStates"])[0]);
            Assert.IsFalse(status.Contains("stolen"));
            Cars.Web(car, "{\"stolen\":{\"stolen\":true}}");
            Assert.IsTrue(TestJson.Object(WebApiStatusView.Render(car)).Contains("stolen"));
        }

        [TestMethod]
        public static void SdkVehicleObjectFollowsTheModel()
        {
            Vehicle car = Cars.E208("{\"deferredTime\":\"PT22H30M\",\"deferredEnabled\":true,\"plugged\":true}");
            Hashtable vehicle = TestJson.Object(MobileSdkVehicleView.Render(car));
            Hashtable status = (Hashtable)((Hashtable)vehicle["ressources"])["status"];
            Hashtable info = (Hashtable)((Hashtable)status["electricInformation"])["ChargingInfo"];
            Assert.AreEqual("STOPPED", (string)info["chargingState"]);
            Assert.AreEqual("NO", (string)info["chargingMode"]);
            Assert.AreEqual("2026-03-10T22:30:00Z", (string)info["nextDeferredChargingDate"]);
            Assert.AreEqual(true, (bool)info["isPlugged"]);
            Assert.AreEqual("Locked", (string)((ArrayList)((Hashtable)status["doorStateInformation"])["state"])[0]);
            Assert.AreEqual("BEV", (string)((Hashtable)vehicle["attributes"])["engine"]);
        }

        [TestMethod]
        public static void TheStateDocumentCanBeSentBackAsOverrides()
        {
            Vehicle car = Cars.E208("{\"soc\":33.3,\"alerts\":[\"service\",\"turtleMode\"],\"privacy\":\"Geolocation\",\"o2xSystemState\":\"noticed\"}");
            string document = StateDocument.Render(car);
            Vehicle other = Cars.E208();
            Assert.IsNull(other.ApplyOverrides(TestJson.Object(document)));
            Assert.AreEqual(document, StateDocument.Render(other));
        }

        [TestMethod]
        public static void O2xReadingsFollowTheCar()
        {
            Vehicle car = Cars.Showcase();
            Assert.AreEqual("parked", O2xNames.Statuses[O2xReadings.Status(car.State)]);
            Assert.AreEqual("standby", O2xNames.SystemStates[O2xReadings.SystemState(car.State)]);
            Assert.AreEqual("ready", O2xNames.BatteryStates[O2xReadings.BatteryState(car.State)]);
            Cars.Wait(car, 200);
            Assert.AreEqual("sleep", O2xNames.SystemStates[O2xReadings.SystemState(car.State)]);
            Cars.Set(car, "{\"o2xBatteryState\":\"maintenaceautoid\",\"alerts\":[\"stop\"]}");
            Assert.AreEqual(1, O2xReadings.BatteryState(car.State));
            Cars.Set(car, "{\"alerts\":[]}");
            Assert.AreEqual(4, car.State.PreviousAlerts, "a cleared alert becomes a previous alert");
            Assert.AreEqual(12345L, O2xReadings.OdometerKm(car.State));
        }

        [TestMethod]
        public static void TheJsonWriterEscapesAndFormatsDeterministically()
        {
            var json = new JsonWriter();
            json.BeginObject().Property("a\"b", "line\nbreak\u0001").Name("n").Fixed(-1234, 2).Name("z").Fixed(5, 1)
                .Name("list").BeginArray().Number(1).Bool(false).Null().EndArray().EndObject();
            Assert.AreEqual("{\"a\\\"b\":\"line\\nbreak\\u0001\",\"n\":-12.34,\"z\":0.5,\"list\":[1,false,null]}", json.ToString());
        }

        private static int Int(object value)
        {
            int result;
            Assert.AreEqual(JsonValues.Ok, JsonValues.ToInt(value, int.MinValue, int.MaxValue, out result));
            return result;
        }
    }
}
