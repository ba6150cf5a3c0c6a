using System;
using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The assertions of nanoFramework.TestFramework. A failed assertion throws <see cref="AssertFailedException"/>
    /// whose message says what was expected, what was found and the caller's message.
    /// </summary>
    public sealed partial class Assert
    {
        private Assert()
        {
        }

        /// <summary>Fails unless both references are the same object.</summary>
        public static void AreSame(object expected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (!ReferenceEquals(expected, actual))
            {
                Fail("AreSame", $"Expected the same object as <{Show(expected)}>, got <{Show(actual)}>.", message);
            }
        }

        /// <summary>Fails when both references are the same object.</summary>
        public static void AreNotSame(object notExpected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                Fail("AreNotSame", $"Expected another object than <{Show(notExpected)}>.", message);
            }
        }

        /// <summary>Fails unless the condition is true.</summary>
        public static void IsTrue(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (!condition)
            {
                Fail("IsTrue", "Expected true.", message);
            }
        }

        /// <summary>Fails unless the condition is false.</summary>
        public static void IsFalse(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (condition)
            {
                Fail("IsFalse", "Expected false.", message);
            }
        }

        /// <summary>Fails unless the value is null.</summary>
        public static void IsNull(object value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value != null)
            {
                Fail("IsNull", $"Expected null, got <{Show(value)}>.", message);
            }
        }

        /// <summary>Fails when the value is null.</summary>
        public static void IsNotNull(object value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value == null)
            {
                Fail("IsNotNull", "Expected a value, got null.", message);
            }
        }

        /// <summary>Fails unless the value is an instance of the given type.</summary>
        public static void IsInstanceOfType(object value, Type expected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (expected == null || value == null || !expected.IsInstanceOfType(value))
            {
                Fail("IsInstanceOfType", $"Expected type:<{expected}>. Actual type:<{value?.GetType()}>.", message);
            }
        }

        /// <summary>Fails when the value is an instance of the given type.</summary>
        public static void IsNotInstanceOfType(object value, Type notExpected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (notExpected == null || (value != null && notExpected.IsInstanceOfType(value)))
            {
                Fail("IsNotInstanceOfType", $"Wrong type:<{notExpected}>. Actual type:<{value?.GetType()}>.", message);
            }
        }

        /// <summary>Fails unless <paramref name="value"/> contains <paramref name="expected"/>.</summary>
        public static void Contains(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (expected == null || value == null || value.IndexOf(expected, StringComparison.Ordinal) < 0)
            {
                Fail("Contains", $"<{Show(value)}> does not contain <{Show(expected)}>.", message);
            }
        }

        /// <summary>Fails when <paramref name="value"/> contains <paramref name="notExpected"/>.</summary>
        public static void DoesNotContains(string notExpected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (notExpected == null || value == null || value.IndexOf(notExpected, StringComparison.Ordinal) >= 0)
            {
                Fail("DoesNotContains", $"<{Show(value)}> contains <{Show(notExpected)}>.", message);
            }
        }

        /// <summary>Fails unless <paramref name="value"/> starts with <paramref name="expected"/>.</summary>
        public static void StartsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (expected == null || value == null || !value.StartsWith(expected, StringComparison.Ordinal))
            {
                Fail("StartsWith", $"<{Show(value)}> does not start with <{Show(expected)}>.", message);
            }
        }

        /// <summary>Fails unless <paramref name="value"/> ends with <paramref name="expected"/>.</summary>
        public static void EndsWith(string expected, string value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (expected == null || value == null || !value.EndsWith(expected, StringComparison.Ordinal))
            {
                Fail("EndsWith", $"<{Show(value)}> does not end with <{Show(expected)}>.", message);
            }
        }

        /// <summary>Fails unless the action throws an exception of exactly the given type.</summary>
        public static void ThrowsException(Type exception, Action action, [CallerArgumentExpression(nameof(action))] string message = "")
        {
            try
            {
                action();
            }
            catch (Exception ex) when (!(ex is SkipTestException))
            {
                if (ex.GetType() != exception)
                {
                    Fail("ThrowsException", $"Expected exception:<{exception}>. Actual:<{ex.GetType()}: {ex.Message}>.", message);
                }

                return;
            }

            Fail("ThrowsException", $"Expected exception:<{exception}>, nothing was thrown.", message);
        }

        /// <summary>Stops the test and reports it as skipped.</summary>
        public static void SkipTest(string message = null)
        {
            throw new SkipTestException(message);
        }

        internal static void Fail(string assertion, string detail, string message)
        {
            string text = $"Assert.{assertion} failed. {detail}";
            if (!string.IsNullOrEmpty(message))
            {
                text += " " + message;
            }

            throw new AssertFailedException(text);
        }

        internal static string Show(object value)
        {
            return value == null ? "(null)" : value.ToString();
        }
    }
}
