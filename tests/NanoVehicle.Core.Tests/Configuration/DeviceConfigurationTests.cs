using System.Collections;
using nanoFramework.TestFramework;
using NanoVehicle.Core.Configuration;

namespace NanoVehicle.Core.Tests.Configuration
{
    [TestClass]
    public class DeviceConfigurationTests
    {
        private const string Vin = "VR3UHZKXZMT000001";

        /// <summary>A complete, valid configuration tree as the JSON port would return it.</summary>
        private static Hashtable Valid()
        {
            Hashtable wifi = new Hashtable();
            wifi["ssid"] = "garage";
            wifi["password"] = "correct horse";
            Hashtable mqtt = new Hashtable();
            mqtt["broker"] = "mqtts://broker.example.com";
            mqtt["username"] = "car";
            mqtt["password"] = "secret";
            Hashtable vehicle = new Hashtable();
            vehicle["vin"] = Vin;
            vehicle["customerId"] = "AP-ACNT200000000001";
            vehicle["profile"] = "e-208";
            Hashtable root = new Hashtable();
            root["wifi"] = wifi;
            root["mqtt"] = mqtt;
            root["vehicle"] = vehicle;
            root["board"] = "esp32-devkitc";
            return root;
        }

        private static Hashtable Section(Hashtable root, string name)
        {
            return (Hashtable)root[name];
        }

        private static string ParseFails(Hashtable root)
        {
            ArrayList errors = new ArrayList();
            DeviceConfiguration configuration = DeviceConfiguration.Parse(root, errors);
            Assert.IsNull(configuration);
            Assert.IsTrue(errors.Count > 0);
            return DeviceConfiguration.Describe(errors);
        }

        [TestMethod]
        public static void ReadsEveryFieldOfAValidFile()
        {
            Hashtable root = Valid();
            Section(root, "mqtt")["clientId"] = "car-1";
            Section(root, "mqtt")["caCertificateFile"] = "I:\\ca.pem";
            Section(root, "mqtt")["keepAliveSeconds"] = 30;
            Hashtable ble = new Hashtable();
            ble["enabled"] = false;
            root["ble"] = ble;

            ArrayList errors = new ArrayList();
            DeviceConfiguration c = DeviceConfiguration.Parse(root, errors);

            Assert.IsNotNull(c, DeviceConfiguration.Describe(errors));
            Assert.AreEqual(0, errors.Count);
            Assert.AreEqual("garage", c.WifiSsid);
            Assert.AreEqual("correct horse", c.WifiPassword);
            Assert.AreEqual("broker.example.com", c.Broker.Host);
            Assert.AreEqual(8883, c.Broker.Port);
            Assert.IsTrue(c.Broker.Tls);
            Assert.AreEqual("car", c.MqttUsername);
            Assert.AreEqual("secret", c.MqttPassword);
            Assert.AreEqual("car-1", c.MqttClientId);
            Assert.AreEqual("I:\\ca.pem", c.CaCertificateFile);
            Assert.AreEqual(30, c.KeepAliveSeconds);
            Assert.AreEqual(Vin, c.Vin);
            Assert.AreEqual("AP-ACNT200000000001", c.CustomerId);
            Assert.AreEqual("e-208", c.Profile);
            Assert.AreEqual("esp32-devkitc", c.Board);
            Assert.IsFalse(c.BleEnabled);
        }

        [TestMethod]
        public static void FillsDefaultsForTheOptionalFields()
        {
            Hashtable root = Valid();
            Section(root, "wifi").Remove("password");
            Section(root, "mqtt").Remove("username");
            Section(root, "mqtt").Remove("password");
            Section(root, "mqtt")["broker"] = "mqtt://192.168.1.10";

            ArrayList errors = new ArrayList();
            DeviceConfiguration c = DeviceConfiguration.Parse(root, errors);

            Assert.IsNotNull(c, DeviceConfiguration.Describe(errors));
            Assert.AreEqual(string.Empty, c.WifiPassword);
            Assert.AreEqual(1883, c.Broker.Port);
            Assert.IsFalse(c.Broker.Tls);
            Assert.IsNull(c.MqttUsername);
            Assert.IsNull(c.MqttPassword);
            Assert.AreEqual("nv-" + Vin, c.MqttClientId);
            Assert.IsTrue(c.MqttClientId.Length <= 23);
            Assert.IsNull(c.CaCertificateFile);
            Assert.IsTrue(c.ValidateServerCertificate);
            Assert.AreEqual(DeviceConfiguration.DefaultKeepAliveSeconds, c.KeepAliveSeconds);
            Assert.IsTrue(c.BleEnabled);
        }

        [TestMethod]
        public static void AcceptsNumbersAndBooleansWrittenAsStrings()
        {
            Hashtable root = Valid();
            Section(root, "mqtt")["keepAliveSeconds"] = "45";
            Section(root, "mqtt")["validateServerCertificate"] = "false";

            ArrayList errors = new ArrayList();
            DeviceConfiguration c = DeviceConfiguration.Parse(root, errors);

            Assert.IsNotNull(c, DeviceConfiguration.Describe(errors));
            Assert.AreEqual(45, c.KeepAliveSeconds);
            Assert.IsFalse(c.ValidateServerCertificate);
        }

        [TestMethod]
        public static void AcceptsAWholeNumberThatArrivesAsADouble()
        {
            Hashtable root = Valid();
            Section(root, "mqtt")["keepAliveSeconds"] = 90.0;

            ArrayList errors = new ArrayList();
            DeviceConfiguration c = DeviceConfiguration.Parse(root, errors);

            Assert.IsNotNull(c, DeviceConfiguration.Describe(errors));
            Assert.AreEqual(90, c.KeepAliveSeconds);
        }

        [TestMethod]
        public static void ARootThatIsNotAnObjectIsRefused()
        {
            ArrayList errors = new ArrayList();
            Assert.IsNull(DeviceConfiguration.Parse(new ArrayList(), errors));
            Assert.AreEqual(1, errors.Count);
            Assert.Contains("must be a JSON object", (string)errors[0]);
            Assert.IsNull(DeviceConfiguration.Parse(null, new ArrayList()));
        }

        [TestMethod]
        public static void AMissingSectionIsNamed()
        {
            Hashtable root = Valid();
            root.Remove("mqtt");
            Assert.Contains("mqtt: is missing (expected an object)", ParseFails(root));
        }

        [TestMethod]
        public static void AMissingSsidIsNamed()
        {
            Hashtable root = Valid();
            Section(root, "wifi").Remove("ssid");
            Assert.Contains("wifi.ssid: is missing", ParseFails(root));
        }

        [TestMethod]
        public static void AnEmptyRequiredStringIsNamed()
        {
            Hashtable root = Valid();
            Section(root, "vehicle")["profile"] = "";
            Assert.Contains("vehicle.profile: must not be empty", ParseFails(root));
        }

        [TestMethod]
        public static void AStringOfTheWrongTypeIsNamed()
        {
            Hashtable root = Valid();
            Section(root, "wifi")["ssid"] = 42;
            Assert.Contains("wifi.ssid: must be a string", ParseFails(root));
        }

        [DataRow("short", "wifi.password: must be 8 to 63 characters")]
        [DataRow("0123456789012345678901234567890123456789012345678901234567890123", "wifi.password: must be 8 to 63 characters")]
        public static void AWifiPasswordOutsideWpa2LengthsIsNamed(string password, string expected)
        {
            Hashtable root = Valid();
            Section(root, "wifi")["password"] = password;
            Assert.Contains(expected, ParseFails(root));
        }

        [TestMethod]
        public static void ABadBrokerUrlIsNamedWithTheReason()
        {
            Hashtable root = Valid();
            Section(root, "mqtt")["broker"] = "http://broker.example.com";
            Assert.Contains("mqtt.broker: must start with mqtt:// or mqtts://", ParseFails(root));
        }

        [TestMethod]
        public static void APasswordWithoutUserIsRefused()
        {
            Hashtable root = Valid();
            Section(root, "mqtt").Remove("username");
            Assert.Contains("mqtt.password: is set without mqtt.username", ParseFails(root));
        }

        [TestMethod]
        public static void ACaCertificateForAPlainBrokerIsRefused()
        {
            Hashtable root = Valid();
            Section(root, "mqtt")["broker"] = "mqtt://broker.example.com";
            Section(root, "mqtt")["caCertificateFile"] = "I:\\ca.pem";
            Assert.Contains("mqtt.caCertificateFile: is set but mqtt.broker is not an mqtts:// URL", ParseFails(root));
        }

        [TestMethod]
        public static void AClientIdLongerThanMqttGuaranteesIsRefused()
        {
            Hashtable root = Valid();
            Section(root, "mqtt")["clientId"] = "a-client-id-of-24-chars!";
            Assert.Contains("mqtt.clientId: is longer than 23 characters", ParseFails(root));
        }

        [DataRow(5, "mqtt.keepAliveSeconds: must be between 10 and 3600 (got 5)")]
        [DataRow("soon", "mqtt.keepAliveSeconds: must be a whole number")]
        [DataRow(12.5, "mqtt.keepAliveSeconds: must be a whole number")]
        public static void AKeepAliveOutOfRangeOrNotANumberIsNamed(object value, string expected)
        {
            Hashtable root = Valid();
            Section(root, "mqtt")["keepAliveSeconds"] = value;
            Assert.Contains(expected, ParseFails(root));
        }

        [TestMethod]
        public static void ABooleanThatIsNotOneIsNamed()
        {
            Hashtable root = Valid();
            Section(root, "mqtt")["validateServerCertificate"] = "yes";
            Assert.Contains("mqtt.validateServerCertificate: must be true or false", ParseFails(root));
        }

        [DataRow("VR3UHZKXZMT00001", "vehicle.vin: must be 17 characters (got 16)")]
        [DataRow("VR3UHZKXZMT0000O1", "has 'O' at position 16")]
        [DataRow("vr3uhzkxzmt000001", "has 'v' at position 1")]
        [DataRow("VR3UHZKXZMT0000I1", "has 'I' at position 16")]
        public static void AMalformedVinIsNamedWithWhatIsWrong(string vin, string expected)
        {
            Hashtable root = Valid();
            Section(root, "vehicle")["vin"] = vin;
            Assert.Contains(expected, ParseFails(root));
        }

        [DataRow("AP/ACNT")]
        [DataRow("AP-#")]
        [DataRow("AP +")]
        public static void ACustomerIdThatIsNotOneTopicLevelIsRefused(string cid)
        {
            Hashtable root = Valid();
            Section(root, "vehicle")["customerId"] = cid;
            Assert.Contains("vehicle.customerId: must be one MQTT topic level", ParseFails(root));
        }

        [TestMethod]
        public static void AProfileTheCoreDoesNotKnowIsNamed()
        {
            Hashtable root = Valid();
            Section(root, "vehicle")["profile"] = "2cv";
            Assert.Contains("vehicle.profile: is not a profile the core knows (got \"2cv\"", ParseFails(root));
        }

        [DataRow("ami")]
        [DataRow("e208")]
        [DataRow("E-208")]
        [DataRow("showcase")]
        public static void EveryProfileTheCoreKnowsIsAccepted(string profile)
        {
            Hashtable root = Valid();
            Section(root, "vehicle")["profile"] = profile;
            ArrayList errors = new ArrayList();
            Assert.IsNotNull(DeviceConfiguration.Parse(root, errors), DeviceConfiguration.Describe(errors));
        }

        [TestMethod]
        public static void ABoardIdWithCapitalsIsRefused()
        {
            Hashtable root = Valid();
            root["board"] = "ESP32 DevKitC";
            Assert.Contains("board: must be a board id", ParseFails(root));
        }

        [TestMethod]
        public static void EveryProblemIsReportedAtOnceOnePerLine()
        {
            Hashtable root = Valid();
            Section(root, "wifi").Remove("ssid");
            Section(root, "mqtt")["broker"] = "mqtt://broker:99999";
            Section(root, "vehicle")["vin"] = "123";
            root.Remove("board");

            ArrayList errors = new ArrayList();
            Assert.IsNull(DeviceConfiguration.Parse(root, errors));
            Assert.AreEqual(4, errors.Count);
            string text = DeviceConfiguration.Describe(errors);
            Assert.StartsWith("wifi.ssid: is missing\n", text);
            Assert.Contains("\nmqtt.broker: has a port that is not a number from 1 to 65535 (got \"99999\")\n", text);
            Assert.Contains("\nvehicle.vin: must be 17 characters (got 3)\n", text);
            Assert.EndsWith("\nboard: is missing", text);
        }

        [DataRow("VR3UHZKXZMT000001", true)]
        [DataRow("WVWZZZ1JZXW000001", true)]
        [DataRow("VR3UHZKXZMT00000", false)]
        [DataRow("VR3UHZKXZMT00000Q", false)]
        [DataRow("VR3UHZKXZMT-00001", false)]
        public static void VinProblemFollowsIso3779(string vin, bool wellFormed)
        {
            Assert.AreEqual(wellFormed, DeviceConfiguration.VinProblem(vin) == null);
        }
    }
}
