using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>
    /// BenchmarkDotNet view of a command round trip (request published → final reply received) through Mosquitto or
    /// the embedded broker, to set beside <see cref="MqttEchoBenchmarks"/>. Percentiles and the sustained rate come from
    /// <see cref="RoundTripLoad"/> (<c>mqtt-load</c>), which runs the same <see cref="CommandCase"/>.
    /// </summary>
    public class CommandRoundTripBenchmarks : RoundTripBenchmark
    {
        /// <inheritdoc />
        protected override RoundTripCase CreateCase() => new CommandCase();

        /// <summary>One request out, progress and the final reply back.</summary>
        [Benchmark]
        public Task CommandRoundTrip() => RoundTripAsync("the car's final reply");
    }
}
