using System;
using System.Collections;
using nanoFramework.TestFramework;
using Xunit;
using Nano = nanoFramework.TestFramework.Assert;
using XAssert = Xunit.Assert;

namespace NanoVehicle.TestFramework.Host.Tests
{
    /// <summary>The host Assert behaves as the nanoFramework API describes, with messages that say what differed.</summary>
    public class AssertTests
    {
        private static string FailureOf(Action assertion) => XAssert.Throws<AssertFailedException>(assertion).Message;

        [Fact]
        public void AreEqualPassesOnEqualValuesOfEveryOverload()
        {
            Nano.AreEqual(true, true);
            Nano.AreEqual((byte)1, (byte)1);
            Nano.AreEqual('a', 'a');
            Nano.AreEqual(new DateTime(2026, 1, 2), new DateTime(2026, 1, 2));
            Nano.AreEqual(1.5, 1.5);
            Nano.AreEqual(1.5f, 1.5f);
            Nano.AreEqual(1, 1);
            Nano.AreEqual(1L, 1L);
            Nano.AreEqual((object)"x", (object)"x");
            Nano.AreEqual((sbyte)-1, (sbyte)-1);
            Nano.AreEqual((short)2, (short)2);
            Nano.AreEqual("text", "text");
            Nano.AreEqual(3u, 3u);
            Nano.AreEqual(4ul, 4ul);
            Nano.AreEqual((ushort)5, (ushort)5);
        }

        [Fact]
        public void AreEqualShowsExpectedActualAndTheCallersMessage()
        {
            XAssert.Equal("Assert.AreEqual failed. Expected:<2329>. Actual:<2330>. wrong code", FailureOf(() => Nano.AreEqual(2329, 2330, "wrong code")));
            XAssert.Equal("Assert.AreEqual failed. Expected:<horn>. Actual:<(null)>.", FailureOf(() => Nano.AreEqual("horn", null, string.Empty)));
            XAssert.Equal("Assert.AreEqual failed. Expected:<x>. Actual:<y>.", FailureOf(() => Nano.AreEqual('x', 'y', string.Empty)));
            XAssert.Contains("Expected:<1>. Actual:<2>.", FailureOf(() => Nano.AreEqual(1L, 2L)));
        }

        [Fact]
        public void AreNotEqualFailsOnEqualValues()
        {
            Nano.AreNotEqual(1, 2);
            Nano.AreNotEqual("a", "b");
            XAssert.Equal("Assert.AreNotEqual failed. Expected any value except:<7>.", FailureOf(() => Nano.AreNotEqual(7, 7, string.Empty)));
        }

        [Fact]
        public void ThrowsExceptionWantsExactlyTheGivenType()
        {
            Nano.ThrowsException(typeof(ArgumentException), () => throw new ArgumentException("bad"));

            // A derived exception is not the type asked for.
            string derived = FailureOf(() => Nano.ThrowsException(typeof(ArgumentException), () => throw new ArgumentNullException("vin"), string.Empty));
            XAssert.StartsWith("Assert.ThrowsException failed. Expected exception:<System.ArgumentException>. Actual:<System.ArgumentNullException:", derived);

            string nothing = FailureOf(() => Nano.ThrowsException(typeof(InvalidOperationException), () => { }, string.Empty));
            XAssert.Equal("Assert.ThrowsException failed. Expected exception:<System.InvalidOperationException>, nothing was thrown.", nothing);
        }

        [Fact]
        public void ThrowsExceptionLetsASkipThrough()
        {
            XAssert.Throws<SkipTestException>(() => Nano.ThrowsException(typeof(SkipTestException), () => Nano.SkipTest("later")));
        }

        [Fact]
        public void SkipTestThrowsTheSkipWithItsReason()
        {
            XAssert.Equal("no radio", XAssert.Throws<SkipTestException>(() => Nano.SkipTest("no radio")).Message);
        }

        [Fact]
        public void BooleanAndNullAssertionsFailOnTheWrongValue()
        {
            Nano.IsTrue(true);
            Nano.IsFalse(false);
            Nano.IsNull(null);
            Nano.IsNotNull(new object());
            XAssert.Equal("Assert.IsTrue failed. Expected true. charging", FailureOf(() => Nano.IsTrue(false, "charging")));
            XAssert.StartsWith("Assert.IsFalse failed.", FailureOf(() => Nano.IsFalse(true)));
            XAssert.Equal("Assert.IsNull failed. Expected null, got <42>.", FailureOf(() => Nano.IsNull(42, string.Empty)));
            XAssert.StartsWith("Assert.IsNotNull failed. Expected a value, got null.", FailureOf(() => Nano.IsNotNull(null)));
        }

        [Fact]
        public void StringAssertionsCompareOrdinally()
        {
            Nano.Contains("SEV", "discarded due to SEV different than STOP");
            Nano.DoesNotContains("sev", "discarded due to SEV");
            Nano.StartsWith("Missing", "Missing vin parameter");
            Nano.EndsWith("parameter", "Missing vin parameter");
            XAssert.Equal("Assert.Contains failed. <SEV> does not contain <sev>.", FailureOf(() => Nano.Contains("sev", "SEV", string.Empty)));
            XAssert.StartsWith("Assert.StartsWith failed.", FailureOf(() => Nano.StartsWith("vin", "Missing vin")));
            XAssert.StartsWith("Assert.EndsWith failed.", FailureOf(() => Nano.EndsWith("Missing", "Missing vin")));
            XAssert.StartsWith("Assert.DoesNotContains failed.", FailureOf(() => Nano.DoesNotContains("vin", "Missing vin")));
        }

        [Fact]
        public void SameAndTypeAssertions()
        {
            var one = new object();
            Nano.AreSame(one, one);
            Nano.AreNotSame(one, new object());
            Nano.IsInstanceOfType("x", typeof(string));
            Nano.IsNotInstanceOfType("x", typeof(int));
            XAssert.StartsWith("Assert.AreSame failed.", FailureOf(() => Nano.AreSame(one, new object())));
            XAssert.StartsWith("Assert.AreNotSame failed.", FailureOf(() => Nano.AreNotSame(one, one)));
            XAssert.Equal("Assert.IsInstanceOfType failed. Expected type:<System.Int32>. Actual type:<System.String>.", FailureOf(() => Nano.IsInstanceOfType("x", typeof(int), string.Empty)));
            XAssert.StartsWith("Assert.IsNotInstanceOfType failed.", FailureOf(() => Nano.IsNotInstanceOfType("x", typeof(string))));
        }

        [Fact]
        public void CollectionAssertComparesItemByItem()
        {
            CollectionAssert.AreEqual(new[] { 1, 2 }, new ArrayList { 1, 2 });
            CollectionAssert.AreNotEqual(new[] { 1, 2 }, new[] { 2, 1 });
            CollectionAssert.Empty(new ArrayList());
            CollectionAssert.NotEmpty(new[] { 1 });
            XAssert.Equal("Assert.CollectionAssert.AreEqual failed. Item 1 differs. Expected:<2>. Actual:<3>.", FailureOf(() => CollectionAssert.AreEqual(new[] { 1, 2 }, new[] { 1, 3 })));
            XAssert.Contains("Expected 2 items, got 1.", FailureOf(() => CollectionAssert.AreEqual(new[] { 1, 2 }, new[] { 1 })));
            XAssert.Contains("got 1 items", FailureOf(() => CollectionAssert.Empty(new[] { 1 })));
        }

        [Fact]
        public void SequenceEqualComparesArrays()
        {
            XAssert.True(new byte[] { 1, 2 }.SequenceEqual(new byte[] { 1, 2 }));
            XAssert.False(new byte[] { 1, 2 }.SequenceEqual(new byte[] { 1, 3 }));
            XAssert.False(new byte[] { 1 }.SequenceEqual(null));
        }
    }
}
