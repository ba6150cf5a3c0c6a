using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace nanoFramework.TestFramework.Hosting
{
    /// <summary>
    /// One run of a nanoFramework test method (with one [DataRow] of arguments, if any). Like the launcher on the
    /// device it invokes the static method on no instance; around it, it runs the class's [Setup] and [Cleanup]
    /// methods (before and after each case here, so cases stay independent when xunit runs them).
    /// A <see cref="SkipTestException"/> reports the case as skipped, any other exception as failed with its message.
    /// </summary>
    public sealed class NanoTestCase : XunitTestCase
    {
        /// <summary>For deserialization by xunit only.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
        public NanoTestCase()
        {
        }

        /// <summary>Creates the case for <paramref name="testMethod"/> with the given row of arguments.</summary>
        public NanoTestCase(IMessageSink diagnosticMessageSink, ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, object[] arguments)
            : base(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, arguments)
        {
        }

        /// <inheritdoc />
        public override Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
        {
            var test = new XunitTest(this, DisplayName);
            var summary = new RunSummary { Total = 1 };
            messageBus.QueueMessage(new TestCaseStarting(this));
            messageBus.QueueMessage(new TestStarting(test));

            var clock = Stopwatch.StartNew();
            Exception failure = null;
            string skipReason = null;
            Type type = TestMethod.TestClass.Class.ToRuntimeType();
            MethodInfo method = TestMethod.Method.ToRuntimeMethod();

            try
            {
                if (!method.IsStatic)
                {
                    // The device launcher calls test methods on no instance: only static state is safe there.
                    throw new InvalidOperationException($"{type.Name}.{method.Name} must be static: the nanoFramework launcher invokes test methods without an instance.");
                }

                RunAll(type, typeof(SetupAttribute));
                method.Invoke(null, TestMethodArguments);
            }
            catch (Exception ex)
            {
                Exception cause = Unwrap(ex);
                if (cause is SkipTestException)
                {
                    skipReason = string.IsNullOrEmpty(cause.Message) ? "skipped by Assert.SkipTest" : cause.Message;
                }
                else
                {
                    failure = cause;
                }
            }

            try
            {
                RunAll(type, typeof(CleanupAttribute));
            }
            catch (Exception ex)
            {
                failure ??= Unwrap(ex);
            }

            summary.Time = (decimal)clock.Elapsed.TotalSeconds;
            if (skipReason != null && failure == null)
            {
                summary.Skipped = 1;
                messageBus.QueueMessage(new TestSkipped(test, skipReason));
            }
            else if (failure != null)
            {
                summary.Failed = 1;
                messageBus.QueueMessage(new TestFailed(test, summary.Time, string.Empty, failure));
            }
            else
            {
                messageBus.QueueMessage(new TestPassed(test, summary.Time, string.Empty));
            }

            messageBus.QueueMessage(new TestFinished(test, summary.Time, string.Empty));
            messageBus.QueueMessage(new TestCaseFinished(this, summary.Time, summary.Total, summary.Failed, summary.Skipped));
            return Task.FromResult(summary);
        }

        private static void RunAll(Type type, Type attribute)
        {
            foreach (MethodInfo candidate in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                if (!candidate.IsDefined(attribute, false))
                {
                    continue;
                }

                if (!candidate.IsStatic)
                {
                    // Left out silently it would skip the test's preparation on the host, and crash on the device.
                    throw new InvalidOperationException($"{type.Name}.{candidate.Name} must be static: the nanoFramework launcher invokes [{attribute.Name.Replace("Attribute", string.Empty)}] methods without an instance.");
                }

                candidate.Invoke(null, null);
            }
        }

        private static Exception Unwrap(Exception ex)
        {
            while (ex is TargetInvocationException && ex.InnerException != null)
            {
                ex = ex.InnerException;
            }

            return ex;
        }
    }
}
