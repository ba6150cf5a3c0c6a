using nanoFramework.TestFramework;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Core.Tests.O2x
{
    [TestClass]
    public class O2xCantChargeWatchTests
    {
        [DataRow(true, (int)O2xParkBrake.NotActivated, true)]
        [DataRow(true, (int)O2xParkBrake.Unknown, true)]
        [DataRow(true, (int)O2xParkBrake.Activated, false)]
        [DataRow(false, (int)O2xParkBrake.NotActivated, false)]
        [DataRow(false, (int)O2xParkBrake.Activated, false)]
        public static void ItHoldsWhenAChargeIsExpectedAndTheBrakeIsNotSet(bool expected, int brake, bool holds)
        {
            Assert.AreEqual(holds, O2xCantChargeWatch.Holds(expected, (O2xParkBrake)brake));
        }

        [TestMethod]
        public static void TheEventIsSentOnceWhenTheSituationBegins()
        {
            O2xCantChargeWatch watch = new O2xCantChargeWatch();
            Assert.IsFalse(watch.Update(false, O2xParkBrake.NotActivated));
            Assert.IsTrue(watch.Update(true, O2xParkBrake.NotActivated));
            Assert.IsTrue(watch.IsActive);
            Assert.IsFalse(watch.Update(true, O2xParkBrake.NotActivated));
            Assert.IsFalse(watch.Update(true, O2xParkBrake.Unknown));
        }

        [TestMethod]
        public static void SettingTheBrakeEndsItAndReleasingItAgainSendsItAgain()
        {
            O2xCantChargeWatch watch = new O2xCantChargeWatch();
            Assert.IsTrue(watch.Update(true, O2xParkBrake.NotActivated));
            Assert.IsFalse(watch.Update(true, O2xParkBrake.Activated));
            Assert.IsFalse(watch.IsActive);
            Assert.IsTrue(watch.Update(true, O2xParkBrake.NotActivated));
        }

        [TestMethod]
        public static void ResetLetsTheNextUpdateSendItAgain()
        {
            O2xCantChargeWatch watch = new O2xCantChargeWatch();
            Assert.IsTrue(watch.Update(true, O2xParkBrake.NotActivated));
            watch.Reset();
            Assert.IsFalse(watch.IsActive);
            Assert.IsTrue(watch.Update(true, O2xParkBrake.NotActivated));
        }
    }
}
