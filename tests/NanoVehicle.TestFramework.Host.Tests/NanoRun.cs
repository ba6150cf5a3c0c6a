using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using nanoFramework.TestFramework.Hosting;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NanoVehicle.TestFramework.Host.Tests
{
    /// <summary>
    /// Drives <see cref="NanoTestFramework"/> in-process the way a runner does: its discoverer over one sample type of
    /// this assembly, then its executor over the cases found, collecting every xunit message.
    /// </summary>
    internal static class NanoRun
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

        /// <summary>The test cases the framework finds in <paramref name="sampleType"/>.</summary>
        public static IReadOnlyList<ITestCase> Discover(Type sampleType) => Discover(sampleType, new NanoTestFramework(new Sink(_ => false)));

        /// <summary>The test cases <paramref name="framework"/> (disposed here) finds in <paramref name="sampleType"/>.</summary>
        public static IReadOnlyList<ITestCase> Discover(Type sampleType, ITestFramework framework)
        {
            using ITestFramework owned = framework;
            using ITestFrameworkDiscoverer discoverer = framework.GetDiscoverer(new ReflectionAssemblyInfo(sampleType.Assembly));
            var sink = new Sink(message => message is IDiscoveryCompleteMessage);
            discoverer.Find(sampleType.FullName, includeSourceInformation: false, sink, new Options());
            sink.Wait("discovery of " + sampleType.Name);
            return sink.Messages.OfType<ITestCaseDiscoveryMessage>().Select(m => m.TestCase).ToList();
        }

        /// <summary>Discovers the cases of <paramref name="sampleType"/> and runs them all.</summary>
        public static Outcome Run(Type sampleType) => Run(sampleType, roundTrip: false);

        /// <summary>
        /// Discovers the cases of <paramref name="sampleType"/> and runs them; with <paramref name="roundTrip"/> each case
        /// first goes through the discoverer's Serialize and the executor's Deserialize, as the Visual Studio/dotnet test
        /// adapter passes cases from discovery to execution.
        /// </summary>
        public static Outcome Run(Type sampleType, bool roundTrip)
        {
            IReadOnlyList<ITestCase> cases = Discover(sampleType);
            using var framework = new NanoTestFramework(new Sink(_ => false));
            using ITestFrameworkExecutor executor = framework.GetExecutor(sampleType.Assembly.GetName());
            if (roundTrip)
            {
                using ITestFrameworkDiscoverer discoverer = framework.GetDiscoverer(new ReflectionAssemblyInfo(sampleType.Assembly));
                cases = cases.Select(c => executor.Deserialize(discoverer.Serialize(c))).ToList();
            }

            var sink = new Sink(message => message is ITestAssemblyFinished);
            executor.RunTests(cases, sink, new Options());
            sink.Wait("run of " + sampleType.Name);
            return new Outcome(cases, sink.Messages.ToList());
        }

        /// <summary>What a run reported.</summary>
        public sealed class Outcome
        {
            public Outcome(IReadOnlyList<ITestCase> cases, IReadOnlyList<IMessageSinkMessage> messages)
            {
                Cases = cases;
                Messages = messages;
            }

            public IReadOnlyList<ITestCase> Cases { get; }

            public IReadOnlyList<IMessageSinkMessage> Messages { get; }

            public IReadOnlyList<ITestPassed> Passed => Messages.OfType<ITestPassed>().ToList();

            public IReadOnlyList<ITestFailed> Failed => Messages.OfType<ITestFailed>().ToList();

            public IReadOnlyList<ITestSkipped> Skipped => Messages.OfType<ITestSkipped>().ToList();

            /// <summary>The one result message of the case whose display name is <paramref name="displayName"/>.</summary>
            public ITestResultMessage Result(string displayName)
            {
                List<ITestResultMessage> results = Messages.OfType<ITestResultMessage>().Where(m => m.Test.DisplayName == displayName).ToList();
                if (results.Count != 1)
                {
                    throw new InvalidOperationException($"{results.Count} results for '{displayName}'; results: {string.Join(" | ", Messages.OfType<ITestResultMessage>().Select(m => m.Test.DisplayName))}");
                }

                return results[0];
            }

            /// <summary>The failure text (type: message) of a failed result.</summary>
            public static string FailureOf(ITestResultMessage result)
                => result is ITestFailed failed ? $"{failed.ExceptionTypes[0]}: {failed.Messages[0]}" : $"not failed but {result.GetType().Name}";
        }

        private sealed class Sink : Xunit.LongLivedMarshalByRefObject, IMessageSink
        {
            private readonly Func<IMessageSinkMessage, bool> _isLast;
            private readonly ManualResetEventSlim _done = new ManualResetEventSlim();
            private readonly ConcurrentQueue<IMessageSinkMessage> _messages = new ConcurrentQueue<IMessageSinkMessage>();

            public Sink(Func<IMessageSinkMessage, bool> isLast)
            {
                _isLast = isLast;
            }

            public IEnumerable<IMessageSinkMessage> Messages => _messages;

            public bool OnMessage(IMessageSinkMessage message)
            {
                _messages.Enqueue(message);
                if (_isLast(message))
                {
                    _done.Set();
                }

                return true;
            }

            public void Wait(string what)
            {
                if (!_done.Wait(Patience))
                {
                    throw new TimeoutException($"the {what} did not finish within {Patience.TotalSeconds} s");
                }
            }
        }

        // Discovery and execution options: defaults, with messages reported in order.
        private sealed class Options : ITestFrameworkDiscoveryOptions, ITestFrameworkExecutionOptions
        {
            private readonly Dictionary<string, object> _values = new Dictionary<string, object>
            {
                ["xunit.execution.SynchronousMessageReporting"] = true,
                ["xunit.discovery.PreEnumerateTheories"] = true,
            };

            public TValue GetValue<TValue>(string name) => _values.TryGetValue(name, out object value) ? (TValue)value : default;

            public void SetValue<TValue>(string name, TValue value) => _values[name] = value;
        }
    }
}
