using nanoFramework.TestFramework;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Core.Tests.O2x
{
    [TestClass]
    public class O2xProfileTests
    {
        [TestMethod]
        public static void ServiceUuidGoesOnTheAirLeastSignificantByteFirst()
        {
            // e0d30001-68d3-436b-84c3-add13fb79ca0 written backwards, byte by byte.
            Assert.AreEqual("A0 9C B7 3F D1 AD C3 84 6B 43 D3 68 01 00 D3 E0", O2xHex.Text(O2xProfile.ServiceUuidBytes()));
        }

        [TestMethod]
        public static void CharacteristicUuidsDifferOnlyInTheirThirdAndFourthText()
        {
            Assert.AreEqual("A0 9C B7 3F D1 AD C3 84 6B 43 D3 68 02 00 D3 E0", O2xHex.Text(O2xProfile.StatusUuidBytes()));
            Assert.AreEqual("A0 9C B7 3F D1 AD C3 84 6B 43 D3 68 03 00 D3 E0", O2xHex.Text(O2xProfile.VinUuidBytes()));
            Assert.AreEqual("A0 9C B7 3F D1 AD C3 84 6B 43 D3 68 04 00 D3 E0", O2xHex.Text(O2xProfile.EventUuidBytes()));
        }

        [TestMethod]
        public static void AirBytesReadBackAsTheSameText()
        {
            Assert.AreEqual(O2xProfile.ServiceUuid, O2xProfile.AirBytesToUuid(O2xProfile.ServiceUuidBytes(), 0));
            Assert.AreEqual(O2xProfile.EventUuid, O2xProfile.AirBytesToUuid(O2xProfile.EventUuidBytes(), 0));
            byte[] shifted = new byte[20];
            byte[] status = O2xProfile.StatusUuidBytes();
            for (int i = 0; i < 16; i++)
            {
                shifted[3 + i] = status[i];
            }

            Assert.AreEqual(O2xProfile.StatusUuid, O2xProfile.AirBytesToUuid(shifted, 3));
            Assert.IsNull(O2xProfile.AirBytesToUuid(shifted, 5));
        }

        [TestMethod]
        public static void UpperCaseTextGivesTheSameBytes()
        {
            Assert.AreEqual(O2xHex.Text(O2xProfile.ServiceUuidBytes()),
                O2xHex.Text(O2xProfile.UuidToAirBytes("E0D30001-68D3-436B-84C3-ADD13FB79CA0")));
        }

        [DataRow("")]
        [DataRow("e0d30001-68d3-436b-84c3-add13fb79ca")]
        [DataRow("e0d30001+68d3-436b-84c3-add13fb79ca0")]
        [DataRow("e0d30001-68d3-436b-84c3-add13fb79cag")]
        public static void MalformedUuidTextIsRefused(string text)
        {
            Assert.IsNull(O2xProfile.UuidToAirBytes(text));
        }

        [TestMethod]
        public static void EveryBytesCallReturnsAFreshCopy()
        {
            byte[] first = O2xProfile.ServiceUuidBytes();
            first[0] = 0;
            Assert.AreEqual((byte)0xA0, O2xProfile.ServiceUuidBytes()[0]);
        }

        [TestMethod]
        public static void UuidEqualsComparesSixteenBytesAtAnOffset()
        {
            byte[] block = new byte[18];
            byte[] service = O2xProfile.ServiceUuidBytes();
            for (int i = 0; i < 16; i++)
            {
                block[2 + i] = service[i];
            }

            Assert.IsTrue(O2xProfile.UuidEquals(block, 2, service));
            Assert.IsFalse(O2xProfile.UuidEquals(block, 1, service));
            Assert.IsFalse(O2xProfile.UuidEquals(block, 3, service));
            Assert.IsFalse(O2xProfile.UuidEquals(block, 2, O2xProfile.StatusUuidBytes()));
        }

        [TestMethod]
        public static void TheLargestValueFitsOneNotificationAtTheDefaultMtu()
        {
            Assert.AreEqual(20, O2xProfile.MaxValueLength);
            Assert.IsTrue(O2xStatusFrame.Length <= O2xProfile.MaxValueLength);
            Assert.IsTrue(O2xEventFrame.Length <= O2xProfile.MaxValueLength);
            Assert.IsTrue(O2xVin.Length <= O2xProfile.MaxValueLength);
            Assert.IsTrue(O2xProfile.NotifyIntervalMilliseconds * 5 <= O2xProfile.PhoneDataTimeoutMilliseconds);
        }
    }
}
