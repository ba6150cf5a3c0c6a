using System;
using System.Linq;
using NanoVehicle.TestFramework.Host.Tests.Samples;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NanoVehicle.TestFramework.Host.Tests
{
    /// <summary>The host TestFramework finds and runs nanoFramework tests the way the device launcher does.</summary>
    public class NanoTestFrameworkTests
    {
        private const string Basics = "NanoVehicle.TestFramework.Host.Tests.Samples.Basics";

        [Fact]
        public void EachTestMethodAndEachDataRowIsOneCaseUnderTheTestsOwnName()
        {
            var names = NanoRun.Discover(typeof(Basics)).Select(c => c.DisplayName).OrderBy(n => n, StringComparer.Ordinal).ToArray();

            Assert.Equal(
                new[]
                {
                    $"{Basics}.Adds(a: 1, b: 2, sum: 3)",
                    $"{Basics}.Adds(a: 2, b: 2, sum: 4)",
                    $"{Basics}.Adds(a: 2, b: 2, sum: 5)",
                    $"{Basics}.FailsAnAssertion",
                    $"{Basics}.InstanceMethod",
                    $"{Basics}.Passes",
                    $"{Basics}.RowsOnly(action: \"horn\")",
                    $"{Basics}.RowsOnly(action: \"lights\")",
                    $"{Basics}.SkipsItself",
                    $"{Basics}.ThrowsSomethingElse",
                },
                names);
        }

        [Fact]
        public void AStaticTestClassRuns()
        {
            NanoRun.Outcome outcome = NanoRun.Run(typeof(StaticHolder));

            var passed = Assert.Single(outcome.Passed);
            Assert.Equal("NanoVehicle.TestFramework.Host.Tests.Samples.StaticHolder.Runs", passed.Test.DisplayName);
        }

        [Fact]
        public void ClassesWithoutTestClassAreNotLookedAt()
        {
            Assert.Empty(NanoRun.Discover(typeof(NotATestClass)));
        }

        [Fact]
        public void ARunReportsPassedFailedAndSkippedCasesLikeTheDevice()
        {
            NanoRun.Outcome outcome = NanoRun.Run(typeof(Basics));

            Assert.Equal(10, outcome.Cases.Count);
            Assert.Equal(
                new[] { $"{Basics}.Adds(a: 1, b: 2, sum: 3)", $"{Basics}.Adds(a: 2, b: 2, sum: 4)", $"{Basics}.Passes", $"{Basics}.RowsOnly(action: \"horn\")", $"{Basics}.RowsOnly(action: \"lights\")" },
                outcome.Passed.Select(m => m.Test.DisplayName).OrderBy(n => n, StringComparer.Ordinal).ToArray());
            Assert.Equal(
                new[] { $"{Basics}.Adds(a: 2, b: 2, sum: 5)", $"{Basics}.FailsAnAssertion", $"{Basics}.InstanceMethod", $"{Basics}.ThrowsSomethingElse" },
                outcome.Failed.Select(m => m.Test.DisplayName).OrderBy(n => n, StringComparer.Ordinal).ToArray());
            Assert.Equal(new[] { $"{Basics}.SkipsItself" }, outcome.Skipped.Select(m => m.Test.DisplayName).ToArray());

            var finished = Assert.Single(outcome.Messages.OfType<ITestAssemblyFinished>());
            Assert.Equal(10, finished.TestsRun);
            Assert.Equal(4, finished.TestsFailed);
            Assert.Equal(1, finished.TestsSkipped);
        }

        [Fact]
        public void CasesSurviveTheSerializationTheTestAdapterPutsThemThrough()
        {
            NanoRun.Outcome direct = NanoRun.Run(typeof(Basics));
            NanoRun.Outcome roundTrip = NanoRun.Run(typeof(Basics), roundTrip: true);

            Assert.All(roundTrip.Cases, c => Assert.IsType<nanoFramework.TestFramework.Hosting.NanoTestCase>(c));
            Assert.Equal(Summary(direct), Summary(roundTrip));
            Assert.Equal(10, roundTrip.Messages.OfType<ITestResultMessage>().Count());
        }

        private static string[] Summary(NanoRun.Outcome outcome)
            => outcome.Messages.OfType<ITestResultMessage>()
                .Select(m => $"{m.Test.DisplayName}: {m.GetType().Name}")
                .OrderBy(line => line, StringComparer.Ordinal)
                .ToArray();

        [Fact]
        public void AFailedAssertionFailsTheCaseWithItsMessage()
        {
            NanoRun.Outcome outcome = NanoRun.Run(typeof(Basics));

            string failure = NanoRun.Outcome.FailureOf(outcome.Result($"{Basics}.FailsAnAssertion"));
            Assert.Equal("nanoFramework.TestFramework.AssertFailedException: Assert.AreEqual failed. Expected:<4>. Actual:<3>. two plus one", failure);

            string row = NanoRun.Outcome.FailureOf(outcome.Result($"{Basics}.Adds(a: 2, b: 2, sum: 5)"));
            Assert.StartsWith("nanoFramework.TestFramework.AssertFailedException: Assert.AreEqual failed. Expected:<5>. Actual:<4>.", row);

            string other = NanoRun.Outcome.FailureOf(outcome.Result($"{Basics}.ThrowsSomethingElse"));
            Assert.Equal("System.InvalidOperationException: the vehicle is asleep", other);
        }

        [Fact]
        public void SkipTestShowsAsSkippedWithItsReason()
        {
            NanoRun.Outcome outcome = NanoRun.Run(typeof(Basics));

            var skipped = Assert.IsAssignableFrom<ITestSkipped>(outcome.Result($"{Basics}.SkipsItself"));
            Assert.Equal("needs a real ESP32", skipped.Reason);
        }

        [Fact]
        public void AnInstanceTestMethodFailsSayingItMustBeStatic()
        {
            NanoRun.Outcome outcome = NanoRun.Run(typeof(Basics));

            string failure = NanoRun.Outcome.FailureOf(outcome.Result($"{Basics}.InstanceMethod"));
            Assert.Contains("Basics.InstanceMethod must be static", failure);
        }

        [Fact]
        public void SetupRunsBeforeAndCleanupAfterEveryCaseEvenAFailedOne()
        {
            Lifecycle.Journal.Clear();

            NanoRun.Outcome outcome = NanoRun.Run(typeof(Lifecycle));

            Assert.Single(outcome.Passed);
            Assert.Single(outcome.Failed);
            string journal = string.Join(",", Lifecycle.Journal.Cast<string>());
            // xunit may order the two cases either way; each is wrapped in its own setup and cleanup.
            Assert.True(journal == "setup,works,cleanup,setup,fails,cleanup" || journal == "setup,fails,cleanup,setup,works,cleanup", journal);
        }

        [Fact]
        public void ASkipInSetupSkipsTheCase()
        {
            NanoRun.Outcome outcome = NanoRun.Run(typeof(SkippingSetup));

            var skipped = Assert.Single(outcome.Skipped);
            Assert.Equal("no BLE radio here", skipped.Reason);
            Assert.Empty(outcome.Failed);
        }

        [Fact]
        public void AThrowingSetupFailsTheCaseWithItsMessage()
        {
            NanoRun.Outcome outcome = NanoRun.Run(typeof(FailingSetup));

            var failed = Assert.Single(outcome.Failed);
            Assert.Equal("System.InvalidOperationException: the clock port is not wired", NanoRun.Outcome.FailureOf(failed));
        }

        [Fact]
        public void AnInstanceSetupFailsTheCaseSayingItMustBeStatic()
        {
            NanoRun.Outcome outcome = NanoRun.Run(typeof(InstanceSetup));

            var failed = Assert.Single(outcome.Failed);
            Assert.Contains("InstanceSetup.Prepare must be static", NanoRun.Outcome.FailureOf(failed));
        }
    }
}
