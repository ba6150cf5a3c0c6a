using System;
using nanoFramework.TestFramework;

namespace NanoVehicle.TestFramework.Host.Tests.Samples
{
    // Sample tests for NanoTestFramework to find and run; xunit's default framework (this project's own) ignores
    // [TestClass], so none of them is a test of this project. Some fail on purpose.

    /// <summary>Plain cases: pass, fail, skip, throw, rows.</summary>
    [TestClass]
    public class Basics
    {
        [TestMethod]
        public static void Passes()
        {
            Assert.AreEqual(4, 2 + 2);
        }

        [TestMethod]
        public static void FailsAnAssertion()
        {
            Assert.AreEqual(4, 2 + 1, "two plus one");
        }

        [TestMethod]
        public static void SkipsItself()
        {
            Assert.SkipTest("needs a real ESP32");
        }

        [TestMethod]
        public static void ThrowsSomethingElse()
        {
            throw new InvalidOperationException("the vehicle is asleep");
        }

        [DataRow(1, 2, 3)]
        [DataRow(2, 2, 4)]
        [DataRow(2, 2, 5)]
        public static void Adds(int a, int b, int sum)
        {
            Assert.AreEqual(sum, a + b);
        }

        // As on the device launcher, [TestMethod] next to [DataRow] adds no run without arguments.
        [TestMethod]
        [DataRow("horn")]
        [DataRow("lights")]
        public static void RowsOnly(string action)
        {
            Assert.IsNotNull(action);
        }

        public static void NotATest()
        {
            throw new InvalidOperationException("must never run");
        }

        [TestMethod]
        public void InstanceMethod()
        {
        }
    }

    /// <summary>A static class works as a [TestClass] too (the launcher needs no instance).</summary>
    [TestClass]
    public static class StaticHolder
    {
        [TestMethod]
        public static void Runs()
        {
            Assert.IsTrue(true);
        }
    }

    /// <summary>[TestMethod] outside a [TestClass]: the device launcher never looks at it, nor does the host.</summary>
    public class NotATestClass
    {
        [TestMethod]
        public static void Ignored()
        {
            throw new InvalidOperationException("must never run");
        }
    }
}
