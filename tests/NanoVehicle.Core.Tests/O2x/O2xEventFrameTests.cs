using nanoFramework.TestFramework;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Core.Tests.O2x
{
    [TestClass]
    public class O2xEventFrameTests
    {
        [TestMethod]
        public static void CantChargeIsVersionOneThenCodeOne()
        {
            Assert.AreEqual("01 01", O2xHex.Text(O2xEventFrame.EncodeCantCharge()));
        }

        [TestMethod]
        public static void CantChargeDecodesToTheSdkEventName()
        {
            O2xEventResult result = O2xEventFrame.Decode(O2xHex.Bytes("01 01"));
            Assert.IsTrue(result.Succeeded, result.Error);
            Assert.AreEqual("cantCharge", result.Name);
            Assert.AreEqual(O2xEventFrame.CantCharge, result.Code);
            Assert.AreEqual("{\"event\":\"cantCharge\"}", O2xJson.RenderEvent(result.Name));
        }

        [DataRow("", "empty")]
        [DataRow("01", "got 1")]
        [DataRow("01 01 00", "got 3")]
        [DataRow("02 01", "version 2")]
        [DataRow("01 00", "unknown O2X event code 0")]
        [DataRow("01 02", "unknown O2X event code 2")]
        public static void BadEventFramesAreRefusedNamingTheProblem(string hex, string expected)
        {
            O2xEventResult result = O2xEventFrame.Decode(O2xHex.Bytes(hex));
            Assert.IsFalse(result.Succeeded);
            Assert.IsNull(result.Name);
            Assert.Contains(expected, result.Error);
        }

        [TestMethod]
        public static void NullAndBadBoundsAreRefused()
        {
            Assert.Contains("null", O2xEventFrame.Decode(null).Error);
            Assert.Contains("do not fit", O2xEventFrame.Decode(new byte[] { 1, 1 }, 1, 2).Error);
        }

        [TestMethod]
        public static void DisconnectedIsAPhoneSideNameOnly()
        {
            Assert.AreEqual("disconnected", O2xEventFrame.DisconnectedName);
            for (int code = 0; code < 256; code++)
            {
                string name = O2xEventFrame.NameOf((byte)code);
                Assert.IsTrue(name == null || name == "cantCharge", "code " + code.ToString());
            }
        }
    }
}
