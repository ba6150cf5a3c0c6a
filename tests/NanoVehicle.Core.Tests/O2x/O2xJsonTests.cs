using System;
using System.Collections;
using nanoFramework.TestFramework;
using NanoVehicle.Core.O2x;
using NanoVehicle.Core.Text;

namespace NanoVehicle.Core.Tests.O2x
{
    [TestClass]
    public class O2xJsonTests
    {
        private const string Vin = "VR1AB12C3D4567890";

        // The charging golden frame of O2xStatusFrameTests, as the SDK's O2X JSON, written by hand.
        private const string ChargingJson =
            "{\"vin\":\"VR1AB12C3D4567890\",\"receivedAt\":\"2026-03-07T09:05:02Z\",\"status\":\"charging\","
            + "\"currentAlert\":{\"parkingBrake\":true,\"clusterIssue\":false,\"stop\":false,\"batteryCharge\":true,"
            + "\"brakeSystemProblem\":false,\"service\":false,\"batteryTemperature\":false,\"turtleMode\":false},"
            + "\"previousAlert\":{\"parkingBrake\":false,\"clusterIssue\":false,\"stop\":false,\"batteryCharge\":false,"
            + "\"brakeSystemProblem\":false,\"service\":false,\"batteryTemperature\":false,\"turtleMode\":true},"
            + "\"data\":{\"batterySoc\":{\"value\":\"42.5\",\"unit\":\"%\"},\"systemState\":\"charging\","
            + "\"batteryState\":\"chargecharging\",\"remainingAutonomy\":{\"value\":\"63\",\"unit\":\"km\"},"
            + "\"rnd\":\"neutral\",\"chargeDelay\":{\"value\":\"90\",\"unit\":\"min\"},\"parkBrakeStatus\":\"activated\","
            + "\"totalOdometer\":{\"value\":\"12345\",\"unit\":\"km\"}}}";

        private static readonly DateTime ReceivedAt = new DateTime(2026, 3, 7, 9, 5, 2);

        private static O2xStatus ChargingStatus()
        {
            return O2xStatusFrame.Decode(O2xHex.Bytes("01 03 03 11 02 00 55 3F 00 5A 00 39 30 00 09 80")).Status;
        }

        [TestMethod]
        public static void TheChargingFrameRendersAsTheSdkModelInAFixedKeyOrder()
        {
            Assert.AreEqual(ChargingJson, O2xJson.Render(Vin, ReceivedAt, ChargingStatus()));
        }

        [TestMethod]
        public static void WholePercentsHaveNoDecimals()
        {
            O2xStatus status = ChargingStatus();
            status.SetBatterySocPercent(100);
            Assert.Contains("\"batterySoc\":{\"value\":\"100\",\"unit\":\"%\"}", O2xJson.Render(Vin, ReceivedAt, status));
            status.BatterySocHalfPercent = 1;
            Assert.Contains("\"batterySoc\":{\"value\":\"0.5\",\"unit\":\"%\"}", O2xJson.Render(Vin, ReceivedAt, status));
        }

        [TestMethod]
        public static void ANewStatusRendersUnknownEverywhere()
        {
            string json = O2xJson.Render(Vin, ReceivedAt, new O2xStatus());
            Assert.Contains("\"status\":\"unknown\"", json);
            Assert.Contains("\"systemState\":\"unknown\"", json);
            Assert.Contains("\"batteryState\":\"unknown\"", json);
            Assert.Contains("\"rnd\":\"unknown\"", json);
            Assert.Contains("\"parkBrakeStatus\":\"unknown\"", json);
            Assert.DoesNotContains("true", json);
        }

        [TestMethod]
        public static void TheSdkSpellingIsKept()
        {
            O2xStatus status = ChargingStatus();
            status.BatteryState = O2xBatteryState.MaintenanceAutoId;
            status.ParkBrake = O2xParkBrake.NotActivated;
            string json = O2xJson.Render(Vin, ReceivedAt, status);
            Assert.Contains("\"batteryState\":\"maintenaceautoid\"", json);
            Assert.Contains("\"parkBrakeStatus\":\"notActivated\"", json);
        }

        [TestMethod]
        public static void AnOutOfRangeStatusIsNotRendered()
        {
            O2xStatus status = ChargingStatus();
            status.TotalOdometerKm = -1;
            Assert.IsNull(O2xJson.Render(Vin, ReceivedAt, status));
            Assert.IsNull(O2xJson.Render(Vin, ReceivedAt, null));
        }

        [TestMethod]
        public static void TheLongestModelFitsTheAnnouncedBound()
        {
            O2xStatus status = O2xStatusFrame.Decode(O2xHex.Bytes("01 03 07 28 03 02 C7 FF FF FF FF FF FF FF FF FF")).Status;
            status.BatteryState = O2xBatteryState.ChargeHeatingAfterCharging;
            status.SystemState = O2xSystemState.Powerdown;
            status.ParkBrake = O2xParkBrake.NotActivated;
            string json = O2xJson.Render(Vin, new DateTime(2099, 12, 31, 23, 59, 59), status);
            Assert.IsTrue(json.Length < 800, json.Length.ToString());
            Assert.IsTrue(json.Length < O2xJson.MaxModelLength);
        }

        [TestMethod]
        public static void StringsAreEscaped()
        {
            Assert.AreEqual("{\"event\":\"a\\\"b\\\\c\\n\\u0001\"}", O2xJson.RenderEvent("a\"b\\c\n\u0001"));
        }

        [DataRow(2026, 1, 2, 3, 4, 5, "2026-01-02T03:04:05Z")]
        [DataRow(1999, 12, 31, 23, 59, 59, "1999-12-31T23:59:59Z")]
        [DataRow(1601, 1, 1, 0, 0, 0, "1601-01-01T00:00:00Z")]
        public static void TimestampsAreWrittenAsTheSdkShowsThem(int y, int mo, int d, int h, int mi, int s, string text)
        {
            Assert.AreEqual(text, Iso8601.FormatTimestamp(new DateTime(y, mo, d, h, mi, s)));
        }

        [TestMethod]
        public static void ReadingTheRenderedTreeGivesTheSameStatus()
        {
            O2xJsonResult result = O2xJson.Read(ChargingTree());
            Assert.IsTrue(result.Succeeded, result.Error);
            Assert.AreEqual(Vin, result.Vin);
            Assert.AreEqual(ReceivedAt, result.ReceivedAt);
            Assert.IsTrue(ChargingStatus().SameAs(result.Status));
            Assert.AreEqual(ChargingJson, O2xJson.Render(result.Vin, result.ReceivedAt, result.Status));
        }

        [TestMethod]
        public static void NumbersAndBooleanStringsAreAcceptedToo()
        {
            Hashtable tree = ChargingTree();
            Hashtable data = (Hashtable)tree["data"];
            ((Hashtable)data["batterySoc"])["value"] = 42.5;
            ((Hashtable)data["remainingAutonomy"])["value"] = 63;
            ((Hashtable)data["totalOdometer"])["value"] = (long)12345;
            ((Hashtable)tree["currentAlert"])["parkingBrake"] = "true";
            ((Hashtable)tree["currentAlert"])["batteryCharge"] = "true";
            O2xJsonResult result = O2xJson.Read(tree);
            Assert.IsTrue(result.Succeeded, result.Error);
            Assert.IsTrue(ChargingStatus().SameAs(result.Status));
        }

        [DataRow("42", 84)]
        [DataRow("42.0", 84)]
        [DataRow("42.5", 85)]
        [DataRow("42.24", 84)]
        [DataRow("42.26", 85)]
        [DataRow("42.76", 86)]
        [DataRow("0", 0)]
        [DataRow("100", 200)]
        public static void BatterySocReadsToTheNearestHalf(string value, int halves)
        {
            Hashtable tree = ChargingTree();
            ((Hashtable)((Hashtable)tree["data"])["batterySoc"])["value"] = value;
            O2xJsonResult result = O2xJson.Read(tree);
            Assert.IsTrue(result.Succeeded, result.Error);
            Assert.AreEqual(halves, result.Status.BatterySocHalfPercent);
        }

        [DataRow("vin", "vin is missing")]
        [DataRow("receivedAt", "receivedAt is missing")]
        [DataRow("status", "status is missing")]
        [DataRow("currentAlert", "currentAlert is missing")]
        [DataRow("previousAlert", "previousAlert is missing")]
        [DataRow("data", "data is missing")]
        public static void AMissingMemberIsNamed(string key, string expected)
        {
            Hashtable tree = ChargingTree();
            tree.Remove(key);
            O2xJsonResult result = O2xJson.Read(tree);
            Assert.IsFalse(result.Succeeded);
            Assert.IsNull(result.Status);
            Assert.AreEqual(expected, result.Error);
        }

        [DataRow("batterySoc", "data.batterySoc is missing")]
        [DataRow("systemState", "data.systemState is missing")]
        [DataRow("batteryState", "data.batteryState is missing")]
        [DataRow("remainingAutonomy", "data.remainingAutonomy is missing")]
        [DataRow("rnd", "data.rnd is missing")]
        [DataRow("chargeDelay", "data.chargeDelay is missing")]
        [DataRow("parkBrakeStatus", "data.parkBrakeStatus is missing")]
        [DataRow("totalOdometer", "data.totalOdometer is missing")]
        public static void AMissingDataMemberIsNamed(string key, string expected)
        {
            Hashtable tree = ChargingTree();
            ((Hashtable)tree["data"]).Remove(key);
            Assert.AreEqual(expected, O2xJson.Read(tree).Error);
        }

        [TestMethod]
        public static void WrongValuesAreNamed()
        {
            Hashtable tree = ChargingTree();
            tree["status"] = "flying";
            Assert.AreEqual("status \"flying\" is not one of the SDK values", O2xJson.Read(tree).Error);

            tree = ChargingTree();
            ((Hashtable)tree["data"])["batteryState"] = "maintenanceautoid";
            Assert.AreEqual("data.batteryState \"maintenanceautoid\" is not one of the SDK values", O2xJson.Read(tree).Error);

            tree = ChargingTree();
            ((Hashtable)tree["previousAlert"])["stop"] = "yes";
            Assert.AreEqual("previousAlert.stop is not a boolean", O2xJson.Read(tree).Error);

            tree = ChargingTree();
            ((Hashtable)tree["currentAlert"]).Remove("turtleMode");
            Assert.AreEqual("currentAlert.turtleMode is missing", O2xJson.Read(tree).Error);

            tree = ChargingTree();
            ((Hashtable)((Hashtable)tree["data"])["remainingAutonomy"])["unit"] = "%";
            Assert.AreEqual("data.remainingAutonomy.unit is \"%\", expected \"km\"", O2xJson.Read(tree).Error);

            tree = ChargingTree();
            ((Hashtable)((Hashtable)tree["data"])["chargeDelay"])["value"] = "1.5";
            Assert.AreEqual("data.chargeDelay.value \"1.5\" is not a whole number from 0 to 65535", O2xJson.Read(tree).Error);

            tree = ChargingTree();
            ((Hashtable)((Hashtable)tree["data"])["totalOdometer"])["value"] = "-3";
            Assert.AreEqual("data.totalOdometer.value \"-3\" is not a whole number from 0 to 16777215", O2xJson.Read(tree).Error);

            tree = ChargingTree();
            ((Hashtable)((Hashtable)tree["data"])["batterySoc"])["value"] = "100.5";
            Assert.AreEqual("data.batterySoc.value \"100.5\" is not a number from 0 to 100", O2xJson.Read(tree).Error);

            tree = ChargingTree();
            tree["receivedAt"] = "2026-02-30T00:00:00Z";
            Assert.AreEqual("receivedAt \"2026-02-30T00:00:00Z\" is not YYYY-MM-DDTHH:MM:SSZ", O2xJson.Read(tree).Error);

            tree = ChargingTree();
            tree["data"] = "none";
            Assert.AreEqual("data has the wrong type", O2xJson.Read(tree).Error);

            Assert.AreEqual("the O2X model is not a JSON object", O2xJson.Read(new ArrayList()).Error);
            Assert.AreEqual("the O2X model is not a JSON object", O2xJson.Read(null).Error);
        }

        // The tree a JSON parser makes of ChargingJson: objects as Hashtables, values as strings and booleans.
        private static Hashtable ChargingTree()
        {
            Hashtable tree = new Hashtable();
            tree["vin"] = Vin;
            tree["receivedAt"] = "2026-03-07T09:05:02Z";
            tree["status"] = "charging";
            tree["currentAlert"] = Alerts(true, false, false, true, false, false, false, false);
            tree["previousAlert"] = Alerts(false, false, false, false, false, false, false, true);
            Hashtable data = new Hashtable();
            data["batterySoc"] = Measure("42.5", "%");
            data["systemState"] = "charging";
            data["batteryState"] = "chargecharging";
            data["remainingAutonomy"] = Measure("63", "km");
            data["rnd"] = "neutral";
            data["chargeDelay"] = Measure("90", "min");
            data["parkBrakeStatus"] = "activated";
            data["totalOdometer"] = Measure("12345", "km");
            tree["data"] = data;
            return tree;
        }

        private static Hashtable Alerts(bool parkingBrake, bool clusterIssue, bool stop, bool batteryCharge,
            bool brakeSystemProblem, bool service, bool batteryTemperature, bool turtleMode)
        {
            Hashtable alerts = new Hashtable();
            alerts["parkingBrake"] = parkingBrake;
            alerts["clusterIssue"] = clusterIssue;
            alerts["stop"] = stop;
            alerts["batteryCharge"] = batteryCharge;
            alerts["brakeSystemProblem"] = brakeSystemProblem;
            alerts["service"] = service;
            alerts["batteryTemperature"] = batteryTemperature;
            alerts["turtleMode"] = turtleMode;
            return alerts;
        }

        private static Hashtable Measure(string value, string unit)
        {
            Hashtable measure = new Hashtable();
            measure["value"] = value;
            measure["unit"] = unit;
            return measure;
        }
    }
}
