using nanoFramework.TestFramework;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Core.Tests.O2x
{
    [TestClass]
    public class O2xNotifyScheduleTests
    {
        private static readonly byte[] Parked = O2xHex.Bytes("01 02 01 00 00 00 64 20 00 00 00 10 00 00 00 00");
        private static readonly byte[] Driving = O2xHex.Bytes("01 01 02 23 03 01 64 20 00 00 00 10 00 00 00 00");

        [TestMethod]
        public static void TheFirstFrameIsSentAtOnce()
        {
            O2xNotifySchedule schedule = new O2xNotifySchedule();
            Assert.AreEqual(0, (int)schedule.UntilNext(5000));
            Assert.IsTrue(schedule.Due(Parked, 5000));
        }

        [TestMethod]
        public static void AnUnchangedFrameWaitsForTheInterval()
        {
            O2xNotifySchedule schedule = new O2xNotifySchedule();
            Assert.IsTrue(schedule.Due(Parked, 10000));
            Assert.IsFalse(schedule.Due(Parked, 10001));
            Assert.IsFalse(schedule.Due(Parked, 10999));
            Assert.AreEqual(1, (int)schedule.UntilNext(10999));
            Assert.IsTrue(schedule.Due(Parked, 11000));
            Assert.AreEqual(1000, (int)schedule.UntilNext(11000));
        }

        [TestMethod]
        public static void AChangedFrameIsSentAtOnceAndRestartsTheInterval()
        {
            O2xNotifySchedule schedule = new O2xNotifySchedule();
            Assert.IsTrue(schedule.Due(Parked, 0));
            Assert.IsTrue(schedule.Due(Driving, 10));
            Assert.IsFalse(schedule.Due(Driving, 1009));
            Assert.IsTrue(schedule.Due(Driving, 1010));
            Assert.IsTrue(schedule.Due(Parked, 1011));
        }

        [TestMethod]
        public static void TheScheduleKeepsItsOwnCopyOfTheLastFrame()
        {
            O2xNotifySchedule schedule = new O2xNotifySchedule();
            byte[] buffer = O2xHex.Bytes(O2xHex.Text(Parked));
            Assert.IsTrue(schedule.Due(buffer, 0));
            buffer[6] = 0x63;
            Assert.IsTrue(schedule.Due(buffer, 1));
        }

        [TestMethod]
        public static void ResetSendsTheNextFrameAtOnce()
        {
            O2xNotifySchedule schedule = new O2xNotifySchedule();
            Assert.IsTrue(schedule.Due(Parked, 100));
            schedule.Reset();
            Assert.IsTrue(schedule.Due(Parked, 101));
        }

        [TestMethod]
        public static void AClockThatGoesBackDoesNotSilenceTheCar()
        {
            O2xNotifySchedule schedule = new O2xNotifySchedule();
            Assert.IsTrue(schedule.Due(Parked, 50000));
            Assert.IsTrue(schedule.Due(Parked, 20));
        }

        [TestMethod]
        public static void NullIsNeverDueAndIntervalsBelowOneAreOne()
        {
            O2xNotifySchedule schedule = new O2xNotifySchedule(0);
            Assert.AreEqual(1, schedule.IntervalMilliseconds);
            Assert.IsFalse(schedule.Due(null, 0));
            Assert.AreEqual(1000, new O2xNotifySchedule().IntervalMilliseconds);
        }
    }
}
