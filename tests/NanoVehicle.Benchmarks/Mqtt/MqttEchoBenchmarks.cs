using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using NanoVehicle.Mqtt;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>
    /// BenchmarkDotNet view of the floor: one publish → subscribe echo through Mosquitto or the embedded broker.
    /// The per-message percentiles and the sustained rate come from <see cref="RoundTripLoad"/>.
    /// </summary>
    public class MqttEchoBenchmarks : RoundTripBenchmark
    {
        /// <summary>QoS of publication and subscription.</summary>
        [Params(0, 1)]
        public int Qos { get; set; }

        /// <inheritdoc />
        protected override RoundTripCase CreateCase() => new EchoCase((MqttQos)Qos);

        /// <summary>One message out and back in.</summary>
        [Benchmark]
        public Task EchoRoundTrip() => RoundTripAsync("the echo");
    }
}
