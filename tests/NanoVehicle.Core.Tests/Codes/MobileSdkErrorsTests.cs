using nanoFramework.TestFramework;
using NanoVehicle.Core.Codes;

namespace NanoVehicle.Core.Tests.Codes
{
    [TestClass]
    public class MobileSdkErrorsTests
    {
        [TestMethod]
        public static void EveryVehicleRefusalCodeHasItsVerbatimLabel()
        {
            Assert.AreEqual("Immediate charging request discarded, defered hour has been change", MobileSdkErrors.Label(2325));
            Assert.AreEqual("Defered hour request discarded, immediate charging has been launch", MobileSdkErrors.Label(2326));
            Assert.AreEqual("Immediate charging request discarded due to charging system is standby", MobileSdkErrors.Label(2330));
            Assert.AreEqual("Charging Defered Hours need to be update", MobileSdkErrors.Label(2337));
            Assert.AreEqual("Stop preconditioning request discarded due to precondtioning not running.", MobileSdkErrors.Label(2336));
            Assert.AreEqual("Horn request have been execute with succes earlier wait to send new one", MobileSdkErrors.Label(2358));
            Assert.AreEqual("Lock/Unlock request discarded due to door open", MobileSdkErrors.Label(2362));
        }

        [TestMethod]
        public static void TrailingSpacesOfTheSdkLabelsAreKept()
        {
            Assert.AreEqual("Stop preconditioning request discarded due to SEV different than STOP. ", MobileSdkErrors.Label(2335));
            Assert.AreEqual("Need Strong Authentication ", MobileSdkErrors.Label(2302));
        }

        [DataRow(2101, "startNow", "Missing startNow parameter")]
        [DataRow(2102, "deferredTime", "Invalid deferredTime parameter")]
        [DataRow(2329, "charging", "Immediate charging request discarded due to SEV different than STOP.")]
        [DataRow(2329, "horn", "Immediate horn request discarded due to SEV different than STOP.")]
        [DataRow(2010, "vin", "vin not set")]
        public static void DescribeFillsThePlaceholder(int code, string value, string expected)
        {
            Assert.AreEqual(expected, MobileSdkErrors.Describe(code, value));
        }

        [TestMethod]
        public static void DescribeLeavesLabelsWithoutPlaceholderAlone()
        {
            Assert.AreEqual("Service already started", MobileSdkErrors.Describe(2339, "charge"));
            // The brackets of 2203 list alternatives of the message; they are not a placeholder.
            Assert.AreEqual("Invalid return [Parsing error] ou [No data] ou [invalid Data]", MobileSdkErrors.Describe(2203, "x"));
        }

        [TestMethod]
        public static void DescribeWithoutValueKeepsThePlaceholder()
        {
            Assert.AreEqual("Missing [PARAMETER] parameter", MobileSdkErrors.Describe(2101, null));
            Assert.AreEqual("Missing [PARAMETER] parameter", MobileSdkErrors.Describe(2101, ""));
        }

        [TestMethod]
        public static void UnknownCodesReadAsUnknownError()
        {
            Assert.IsNull(MobileSdkErrors.Find(1234));
            Assert.AreEqual("Unknown error", MobileSdkErrors.Label(1234));
        }

        [TestMethod]
        public static void TheTableIsInCodeOrderWithoutDuplicates()
        {
            MobileSdkError[] all = MobileSdkErrors.All;
            Assert.IsTrue(all.Length >= 60, "the vehicle-relevant part of the SDK table has at least 60 codes");
            for (int i = 1; i < all.Length; i++)
            {
                Assert.IsTrue(all[i - 1].Code < all[i].Code, "code " + all[i].Code.ToString() + " is out of order or repeated");
            }
        }

        [TestMethod]
        public static void EveryRemoteCommandCodeIsKnown()
        {
            // The codes the SDK lists for the remote-command APIs (charge … warning, signal).
            int[] codes = { 2000, 2101, 2102, 2201, 2202, 2203, 2204, 2301, 2302, 2325, 2326, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2357, 2358, 2359, 2360, 2361, 2362, 2377 };
            foreach (int code in codes)
            {
                MobileSdkError entry = MobileSdkErrors.Find(code);
                Assert.IsNotNull(entry, "code " + code.ToString());
                Assert.AreEqual(code, entry.Code);
                Assert.IsTrue(entry.Label.Length > 0);
            }
        }

        [TestMethod]
        public static void AllReturnsACopy()
        {
            MobileSdkError[] first = MobileSdkErrors.All;
            first[0] = null;
            Assert.IsNotNull(MobileSdkErrors.All[0]);
        }
    }
}
