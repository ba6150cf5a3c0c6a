using System;
using System.Collections;
using nanoFramework.TestFramework;

namespace NanoVehicle.TestFramework.Host.Tests.Samples
{
    /// <summary>[Setup] and [Cleanup] around the cases; the journal records the order (static state, as on the device).</summary>
    [TestClass]
    public class Lifecycle
    {
        public static readonly ArrayList Journal = ArrayList.Synchronized(new ArrayList());

        [Setup]
        public static void Prepare()
        {
            Journal.Add("setup");
        }

        [Cleanup]
        public static void Tidy()
        {
            Journal.Add("cleanup");
        }

        [TestMethod]
        public static void Works()
        {
            Journal.Add("works");
        }

        [TestMethod]
        public static void FailsButIsCleanedUp()
        {
            Journal.Add("fails");
            Assert.IsTrue(false, "on purpose");
        }
    }

    /// <summary>A skip in [Setup] skips the cases.</summary>
    [TestClass]
    public class SkippingSetup
    {
        [Setup]
        public static void Prepare()
        {
            Assert.SkipTest("no BLE radio here");
        }

        [TestMethod]
        public static void NeedsTheRadio()
        {
            throw new InvalidOperationException("must not run after a skip in setup");
        }
    }

    /// <summary>A [Setup] that throws fails the cases with its own message.</summary>
    [TestClass]
    public class FailingSetup
    {
        [Setup]
        public static void Prepare()
        {
            throw new InvalidOperationException("the clock port is not wired");
        }

        [TestMethod]
        public static void NeedsTheClock()
        {
        }
    }

    /// <summary>An instance [Setup]: the device launcher calls it on no instance, so the host refuses it.</summary>
    [TestClass]
    public class InstanceSetup
    {
        [Setup]
        public void Prepare()
        {
        }

        [TestMethod]
        public static void AnyTest()
        {
        }
    }
}
