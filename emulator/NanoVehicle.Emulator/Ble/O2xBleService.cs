using System;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Core.Protocol;

namespace NanoVehicle.Emulator.Ble
{
    /// <summary>
    /// The emulator service that puts the car's O2X dongle on the air (<see cref="EmulatorBle"/>): it reads the car
    /// through the runtime's lock and refreshes at once after every step that changed the state (a command, a
    /// <c>sim/set</c>, the simulation tick), besides its own 200 ms reading.
    /// </summary>
    public sealed class O2xBleService : IEmulatorService
    {
        private readonly BleOptions options;
        private EmulatorHost host;
        private EmulatorBle ble;

        /// <summary>A service with <paramref name="options"/>.</summary>
        public O2xBleService(BleOptions options)
        {
            this.options = options ?? new BleOptions();
        }

        /// <inheritdoc/>
        public string Name => "O2X over Bluetooth LE";

        /// <summary>The running Bluetooth side (null before start, or when the car has no O2X dongle).</summary>
        public EmulatorBle Ble => ble;

        /// <inheritdoc/>
        public async Task StartAsync(EmulatorHost emulator, CancellationToken cancellationToken)
        {
            var (vin, hasO2x) = emulator.Runtime.Read(car => (car.Vin, car.Profile.HasO2x));
            if (!hasO2x)
            {
                emulator.Log.Write($"BLE: profile {emulator.Options.Profile} has no O2X dongle; nothing on the air");
                return;
            }
            try
            {
                ble = await EmulatorBle.StartAsync(options, vin, () => emulator.Runtime.Read(VehicleO2xReading.Read), emulator.Log.Write, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                throw new EmulatorStartException(e.Message + " (or run without Bluetooth: --no-ble)", e);
            }
            host = emulator;
            host.Runtime.Stepped += OnStepped;
        }

        /// <inheritdoc/>
        public Task StopAsync()
        {
            if (host != null) host.Runtime.Stepped -= OnStepped;
            ble?.Dispose();
            return Task.CompletedTask;
        }

        private void OnStepped(ProtocolResult result)
        {
            // Raised under the runtime's lock: Refresh only wakes the dongle's thread, which then reads through that lock.
            ble?.Dongle.Refresh();
        }
    }
}
