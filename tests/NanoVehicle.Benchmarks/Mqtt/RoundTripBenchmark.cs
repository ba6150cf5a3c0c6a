using System;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>
    /// What every BenchmarkDotNet round-trip benchmark shares: start the chosen broker and one
    /// <see cref="RoundTripCase"/> on it, then time one round trip at a time until the case reports it complete.
    /// </summary>
    [MemoryDiagnoser]
    public abstract class RoundTripBenchmark
    {
        private BrokerUnderTest _broker;
        private RoundTripCase _case;
        private SemaphoreSlim _done;
        private int _sequence;

        /// <summary>Which broker the round trip goes through.</summary>
        [Params("mosquitto", "embedded")]
        public string Broker { get; set; }

        /// <summary>The case measured, for the current parameters.</summary>
        protected abstract RoundTripCase CreateCase();

        /// <summary>Starts the broker and the case.</summary>
        [GlobalSetup]
        public void Setup() => SetupAsync().GetAwaiter().GetResult(); // synchronous: every toolchain then waits for it

        private async Task SetupAsync()
        {
            _broker = BrokerUnderTest.Create(Broker);
            await _broker.StartAsync();
            _done = new SemaphoreSlim(0);
            _case = CreateCase();
            _case.Completed = _ => _done.Release();
            await _case.StartAsync(_broker.Url);
        }

        /// <summary>Stops the case and the broker.</summary>
        [GlobalCleanup]
        public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

        private async Task CleanupAsync()
        {
            await _case.DisposeAsync();
            await _broker.DisposeAsync();
        }

        /// <summary>Starts the next round trip and waits (20 s at most) for its completion.</summary>
        /// <param name="missing">What did not come back, for the timeout's message.</param>
        protected async Task RoundTripAsync(string missing)
        {
            _ = _case.SendAsync(_sequence++);
            if (!await _done.WaitAsync(TimeSpan.FromSeconds(20)))
            {
                throw new TimeoutException(missing + " did not come back");
            }
        }
    }
}
