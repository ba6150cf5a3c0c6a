using System.Threading.Tasks;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Emulator.Tests.Infrastructure
{
    /// <summary>One private mosquitto per test class (temporary configuration, free port).</summary>
    public sealed class MosquittoFixture : IAsyncLifetime
    {
        /// <summary>The broker.</summary>
        public MosquittoBroker Broker { get; private set; }

        /// <inheritdoc />
        public async Task InitializeAsync() => Broker = await MosquittoBroker.StartAsync();

        /// <inheritdoc />
        public async Task DisposeAsync() => await Broker.DisposeAsync();
    }
}
