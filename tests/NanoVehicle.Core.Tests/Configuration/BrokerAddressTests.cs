using nanoFramework.TestFramework;
using NanoVehicle.Core.Configuration;

namespace NanoVehicle.Core.Tests.Configuration
{
    [TestClass]
    public class BrokerAddressTests
    {
        [DataRow("mqtt://broker.local", "broker.local", 1883, false)]
        [DataRow("mqtts://broker.local", "broker.local", 8883, true)]
        [DataRow("mqtt://192.168.1.20:1884", "192.168.1.20", 1884, false)]
        [DataRow("MQTTS://Test.Mosquitto.org:8886/", "Test.Mosquitto.org", 8886, true)]
        [DataRow("mqtt://h:65535", "h", 65535, false)]
        public static void ReadsHostPortAndTls(string url, string host, int port, bool tls)
        {
            string problem;
            BrokerAddress address = BrokerAddress.Parse(url, out problem);
            Assert.IsNotNull(address, problem);
            Assert.IsNull(problem);
            Assert.AreEqual(host, address.Host);
            Assert.AreEqual(port, address.Port);
            Assert.AreEqual(tls, address.Tls);
        }

        [DataRow("", "is empty")]
        [DataRow("tcp://broker:1883", "must start with mqtt:// or mqtts://")]
        [DataRow("broker:1883", "must start with mqtt:// or mqtts://")]
        [DataRow("mqtt://", "has no host name")]
        [DataRow("mqtt://:1883", "has no host name")]
        [DataRow("mqtt://broker:0", "port that is not a number from 1 to 65535")]
        [DataRow("mqtt://broker:65536", "port that is not a number from 1 to 65535")]
        [DataRow("mqtt://broker:http", "port that is not a number from 1 to 65535")]
        [DataRow("mqtt://user:pw@broker", "without user, path or query")]
        [DataRow("mqtt://broker/psa", "without user, path or query")]
        [DataRow("mqtt://bro ker", "without user, path or query")]
        [DataRow("mqtt://bro%ker", "has a host name with the character '%'")]
        public static void RefusesWhatIsNotABrokerUrl(string url, string expected)
        {
            string problem;
            BrokerAddress address = BrokerAddress.Parse(url, out problem);
            Assert.IsNull(address);
            Assert.Contains(expected, problem);
        }

        [TestMethod]
        public static void WritesItselfBackAsAUrlWithThePort()
        {
            string problem;
            Assert.AreEqual("mqtts://broker.example.com:8883", BrokerAddress.Parse("mqtts://broker.example.com", out problem).ToString());
            Assert.AreEqual("mqtt://10.0.0.2:1883", BrokerAddress.Parse("mqtt://10.0.0.2:1883", out problem).ToString());
        }
    }
}
