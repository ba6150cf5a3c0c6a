using System;
using System.Threading.Tasks;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>
    /// Something whose round trip through a broker is measured: a request goes out with a sequence number and the
    /// case reports, through <see cref="Completed"/>, when the matching answer came back. The bare echo is the floor;
    /// a "command round trip" (request → car → final reply) is another case of the same shape.
    /// </summary>
    public abstract class RoundTripCase : IAsyncDisposable
    {
        /// <summary>Name shown in the results.</summary>
        public abstract string Name { get; }

        /// <summary>Called with the sequence number of each completed round trip (from any thread).</summary>
        public Action<int> Completed { get; set; }

        /// <summary>Connects whatever the case needs to the broker at <paramref name="brokerUrl"/>.</summary>
        public abstract Task StartAsync(string brokerUrl);

        /// <summary>Starts round trip number <paramref name="sequence"/>; completion is reported through <see cref="Completed"/>.</summary>
        public abstract Task SendAsync(int sequence);

        /// <inheritdoc />
        public abstract ValueTask DisposeAsync();
    }
}
