using nanoFramework.TestFramework;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Core.Tests.O2x
{
    [TestClass]
    public class O2xAdvertisingTests
    {
        private const string Vin = "VR1AB12C3D4567890";

        // Written by hand: Flags (len 2, type 01, 06), Complete List of 128-bit UUIDs (len 17, type 07, the
        // service UUID least significant byte first).
        private const string Advertisement = "02 01 06 11 07 A0 9C B7 3F D1 AD C3 84 6B 43 D3 68 01 00 D3 E0";

        // Complete Local Name (len 18, type 09) then the 17 ASCII characters of the VIN.
        private const string ScanResponse = "12 09 56 52 31 41 42 31 32 43 33 44 34 35 36 37 38 39 30";

        [TestMethod]
        public static void TheAdvertisementIsFlagsAndTheServiceUuid()
        {
            byte[] data = O2xAdvertising.BuildAdvertisement();
            Assert.AreEqual(Advertisement, O2xHex.Text(data));
            Assert.IsTrue(data.Length <= 31);
        }

        [TestMethod]
        public static void TheScanResponseNamesTheVin()
        {
            byte[] data = O2xAdvertising.BuildScanResponse(Vin);
            Assert.AreEqual(ScanResponse, O2xHex.Text(data));
            Assert.IsTrue(data.Length <= 31);
        }

        [TestMethod]
        public static void BothBlocksTogetherCouldNotShareOneAdvertisement()
        {
            // Why the VIN goes in the scan response: 21 + 19 bytes exceed 31.
            Assert.IsTrue(O2xAdvertising.BuildAdvertisement().Length + O2xAdvertising.BuildScanResponse(Vin).Length > 31);
        }

        [TestMethod]
        public static void AMalformedVinHasNoScanResponse()
        {
            Assert.IsNull(O2xAdvertising.BuildScanResponse("VR1AB12C3D456789"));
            Assert.IsNull(O2xAdvertising.BuildScanResponse(null));
        }

        [TestMethod]
        public static void WhatIsBuiltParsesBackToTheCar()
        {
            O2xAdvertisement car = O2xAdvertising.Parse(O2xAdvertising.BuildAdvertisement(),
                O2xAdvertising.BuildScanResponse(Vin));
            Assert.IsNull(car.Error);
            Assert.IsTrue(car.HasO2xService);
            Assert.AreEqual(Vin, car.Vin);
            Assert.IsTrue(car.IsO2xCar);
            Assert.IsTrue(car.Matches(Vin));
            Assert.IsFalse(car.Matches("VR1AB12C3D4567891"));
            Assert.IsFalse(car.Matches(null));
        }

        [TestMethod]
        public static void HandWrittenBlocksParse()
        {
            O2xAdvertisement car = O2xAdvertising.Parse(O2xHex.Bytes(Advertisement), O2xHex.Bytes(ScanResponse));
            Assert.IsTrue(car.Matches(Vin));
        }

        [TestMethod]
        public static void APassiveScanSeesTheServiceButNotTheVin()
        {
            O2xAdvertisement car = O2xAdvertising.Parse(O2xHex.Bytes(Advertisement), null);
            Assert.IsTrue(car.HasO2xService);
            Assert.IsNull(car.Vin);
            Assert.IsFalse(car.IsO2xCar);
        }

        [TestMethod]
        public static void AnotherDevicesNameAndServiceAreNotAnO2xCar()
        {
            // Flags; Complete List of 16-bit UUIDs (0x180F battery service); Complete Local Name "Thermo".
            O2xAdvertisement other = O2xAdvertising.Parse(O2xHex.Bytes("02 01 06 03 03 0F 18 07 09 54 68 65 72 6D 6F"),
                null);
            Assert.IsNull(other.Error);
            Assert.IsFalse(other.HasO2xService);
            Assert.IsNull(other.Vin);
            Assert.IsFalse(other.IsO2xCar);
        }

        [TestMethod]
        public static void TheServiceIsFoundInAnIncompleteListToo()
        {
            byte[] data = O2xHex.Bytes("11 06 A0 9C B7 3F D1 AD C3 84 6B 43 D3 68 01 00 D3 E0");
            Assert.IsTrue(O2xAdvertising.Parse(data, null).HasO2xService);
        }

        [TestMethod]
        public static void AnotherOneHundredTwentyEightBitUuidIsNotTheService()
        {
            // The Status characteristic's UUID differs from the service's in one byte.
            byte[] data = O2xHex.Bytes("11 07 A0 9C B7 3F D1 AD C3 84 6B 43 D3 68 02 00 D3 E0");
            O2xAdvertisement result = O2xAdvertising.Parse(data, null);
            Assert.IsNull(result.Error);
            Assert.IsFalse(result.HasO2xService);
        }

        [TestMethod]
        public static void ZeroPaddingEndsABlock()
        {
            O2xAdvertisement car = O2xAdvertising.Parse(O2xHex.Bytes(Advertisement + " 00 00 00 00"),
                O2xHex.Bytes(ScanResponse + " 00 00"));
            Assert.IsNull(car.Error);
            Assert.IsTrue(car.Matches(Vin));
        }

        [DataRow("02 01", "advertisement: the AD structure at byte 0 claims 2 bytes but only 1 follow")]
        [DataRow("02 01 06 12 07 A0 9C B7 3F D1 AD C3 84 6B 43 D3 68 01 00 D3 E0", "claims 18 bytes but only 17 follow")]
        [DataRow("02 01 06 05 07 A0 9C B7 3F", "has 4 bytes, not a multiple of 16")]
        [DataRow("02 01 06 02 01 06 02 01 06 02 01 06 02 01 06 02 01 06 02 01 06 02 01 06 02 01 06 02 01 06 02 01",
            "32 bytes, more than the 31")]
        public static void MalformedAdvertisementsAreReportedNotThrown(string hex, string expected)
        {
            O2xAdvertisement result = O2xAdvertising.Parse(O2xHex.Bytes(hex), O2xHex.Bytes(ScanResponse));
            Assert.Contains(expected, result.Error);
            Assert.IsFalse(result.IsO2xCar);
        }

        [TestMethod]
        public static void AMalformedScanResponseIsReportedAsSuch()
        {
            O2xAdvertisement result = O2xAdvertising.Parse(O2xHex.Bytes(Advertisement), O2xHex.Bytes("12 09 56 52"));
            Assert.StartsWith("scan response:", result.Error);
            Assert.IsFalse(result.IsO2xCar);
        }

        [TestMethod]
        public static void EveryTruncationOfTheBlocksParsesWithoutThrowing()
        {
            byte[] adv = O2xAdvertising.BuildAdvertisement();
            byte[] response = O2xAdvertising.BuildScanResponse(Vin);
            for (int cut = 0; cut <= response.Length; cut++)
            {
                byte[] partial = new byte[cut];
                for (int i = 0; i < cut; i++)
                {
                    partial[i] = response[i];
                }

                O2xAdvertisement result = O2xAdvertising.Parse(adv, partial);
                // Only the whole scan response, or none at all, is free of errors.
                Assert.AreEqual(cut == 0 || cut == response.Length, result.Error == null, "cut at " + cut.ToString());
                Assert.AreEqual(cut == response.Length, result.IsO2xCar, "cut at " + cut.ToString());
            }
        }

        [TestMethod]
        public static void AShortenedLocalNameThatIsAVinCounts()
        {
            O2xAdvertisement car = O2xAdvertising.Parse(O2xHex.Bytes(Advertisement),
                O2xHex.Bytes("12 08 56 52 31 41 42 31 32 43 33 44 34 35 36 37 38 39 30"));
            Assert.IsTrue(car.Matches(Vin));
        }
    }
}
