using System.Threading;
using System.Threading.Tasks;

namespace NanoVehicle.Emulator
{
    /// <summary>
    /// A service that runs beside the car's MQTT link in the emulator (e.g. O2X over the virtual radio). Register it in
    /// <see cref="EmulatorServices.Create"/>; it is started after the car and stopped before it.
    /// </summary>
    public interface IEmulatorService
    {
        /// <summary>Short name for the log.</summary>
        string Name { get; }

        /// <summary>Starts the service for <paramref name="host"/>'s car (read it through <see cref="EmulatorHost.Runtime"/>).</summary>
        Task StartAsync(EmulatorHost host, CancellationToken cancellationToken);

        /// <summary>Stops the service.</summary>
        Task StopAsync();
    }
}
