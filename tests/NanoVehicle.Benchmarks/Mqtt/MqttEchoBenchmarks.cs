using System;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using NanoVehicle.Mqtt;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>
    /// BenchmarkDotNet view of the floor: one publish → subscribe echo through Mosquitto or the embedded broker.
    /// The per-message percentiles and the sustained rate come from <see cref="RoundTripLoad"/>.
    /// </summary>
    [MemoryDiagnoser]
    public class MqttEchoBenchmarks
    {
        private BrokerUnderTest _broker;
        private EchoCase _echo;
        private SemaphoreSlim _done;
        private int _sequence;

        /// <summary>Which broker the echo goes through.</summary>
        [Params("mosquitto", "embedded")]
        public string Broker { get; set; }

        /// <summary>QoS of publication and subscription.</summary>
        [Params(0, 1)]
        public int Qos { get; set; }

        /// <summary>Starts the broker and connects the two clients.</summary>
        [GlobalSetup]
        public void Setup() => SetupAsync().GetAwaiter().GetResult(); // synchronous: every toolchain then waits for it

        private async Task SetupAsync()
        {
            _broker = BrokerUnderTest.Create(Broker);
            await _broker.StartAsync();
            _done = new SemaphoreSlim(0);
            _echo = new EchoCase((MqttQos)Qos) { Completed = _ => _done.Release() };
            await _echo.StartAsync(_broker.Url);
        }

        /// <summary>Disconnects and stops the broker.</summary>
        [GlobalCleanup]
        public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

        private async Task CleanupAsync()
        {
            await _echo.DisposeAsync();
            await _broker.DisposeAsync();
        }

        /// <summary>One message out and back in.</summary>
        [Benchmark]
        public async Task EchoRoundTrip()
        {
            _ = _echo.SendAsync(_sequence++);
            if (!await _done.WaitAsync(TimeSpan.FromSeconds(20)))
            {
                throw new TimeoutException("the echo did not come back");
            }
        }
    }
}
