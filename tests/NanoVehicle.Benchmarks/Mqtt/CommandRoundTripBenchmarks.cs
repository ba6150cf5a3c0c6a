using System;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>
    /// BenchmarkDotNet view of a command round trip (request published → final reply received) through Mosquitto or
    /// the embedded broker, to set beside <see cref="MqttEchoBenchmarks"/>. Percentiles and the sustained rate come from
    /// <see cref="RoundTripLoad"/> (<c>mqtt-load</c>), which runs the same <see cref="CommandCase"/>.
    /// </summary>
    [MemoryDiagnoser]
    public class CommandRoundTripBenchmarks
    {
        private BrokerUnderTest _broker;
        private CommandCase _command;
        private SemaphoreSlim _done;
        private int _sequence;

        /// <summary>Which broker the command goes through.</summary>
        [Params("mosquitto", "embedded")]
        public string Broker { get; set; }

        /// <summary>Starts the broker, the car and the phone.</summary>
        [GlobalSetup]
        public void Setup() => SetupAsync().GetAwaiter().GetResult(); // synchronous: every toolchain then waits for it

        private async Task SetupAsync()
        {
            _broker = BrokerUnderTest.Create(Broker);
            await _broker.StartAsync();
            _done = new SemaphoreSlim(0);
            _command = new CommandCase { Completed = _ => _done.Release() };
            await _command.StartAsync(_broker.Url);
        }

        /// <summary>Stops the car and the broker.</summary>
        [GlobalCleanup]
        public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

        private async Task CleanupAsync()
        {
            await _command.DisposeAsync();
            await _broker.DisposeAsync();
        }

        /// <summary>One request out, progress and the final reply back.</summary>
        [Benchmark]
        public async Task CommandRoundTrip()
        {
            _ = _command.SendAsync(_sequence++);
            if (!await _done.WaitAsync(TimeSpan.FromSeconds(20)))
            {
                throw new TimeoutException("the car's final reply did not come back");
            }
        }
    }
}
