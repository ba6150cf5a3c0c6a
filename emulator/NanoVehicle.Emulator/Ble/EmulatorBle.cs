using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Ble.Radio;
using NanoVehicle.Ble.Transports;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Emulator.Ble
{
    /// <summary>
    /// The emulator's Bluetooth side: the virtual LE radio served as H4 over TCP (unless a real adapter is
    /// configured) and the car's O2X dongle on it. One call to start, one to stop.
    /// </summary>
    public sealed class EmulatorBle : IDisposable
    {
        private readonly H4TcpEndpoint endpoint;
        private readonly VirtualController carController;

        private EmulatorBle(VirtualRadio radio, H4TcpEndpoint endpoint, VirtualController carController, O2xDongle dongle)
        {
            Radio = radio;
            this.endpoint = endpoint;
            this.carController = carController;
            Dongle = dongle;
        }

        /// <summary>The virtual radio, or null when a real adapter is used.</summary>
        public VirtualRadio Radio { get; }

        /// <summary>The virtual radio's TCP port on 127.0.0.1, or 0 when a real adapter is used.</summary>
        public int RadioPort => endpoint?.Port ?? 0;

        /// <summary>The car's O2X dongle.</summary>
        public O2xDongle Dongle { get; }

        /// <summary>
        /// Starts the radio (or opens the adapter) and the dongle of the car <paramref name="vin"/>, which reads the
        /// car through <paramref name="readCar"/> (see <see cref="O2xDongle.StartAsync"/>). Failures throw
        /// <see cref="InvalidOperationException"/> with a message saying what to change.
        /// </summary>
        public static async Task<EmulatorBle> StartAsync(BleOptions options, string vin, Func<(O2xStatus Status, bool CantCharge)> readCar, Action<string> log, CancellationToken cancel = default)
        {
            log ??= _ => { };
            if (options.Hci != null)
            {
                HciTransport transport;
                try
                {
                    transport = await HciTransports.OpenAsync(options.Hci, cancel).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new InvalidOperationException($"cannot open the Bluetooth controller '{options.Hci}': {e.Message}", e);
                }
                return new EmulatorBle(null, null, null, await StartDongleAsync(transport, vin, readCar, log, cancel).ConfigureAwait(false));
            }

            var radio = new VirtualRadio();
            H4TcpEndpoint endpoint;
            try
            {
                endpoint = radio.ListenTcp(IPAddress.Loopback, options.RadioPort);
            }
            catch (SocketException e) when (options.RadioPortMayMove && options.RadioPort != 0)
            {
                endpoint = radio.ListenTcp(IPAddress.Loopback, 0);
                log($"BLE: 127.0.0.1:{options.RadioPort} is taken ({e.Message}); the virtual radio listens on 127.0.0.1:{endpoint.Port} instead (choose with --radio-port N)");
            }
            catch (SocketException e)
            {
                radio.Dispose();
                throw new InvalidOperationException(
                    $"the virtual radio cannot listen on 127.0.0.1:{options.RadioPort} ({e.Message}); pick another port with --radio-port N (0 = any free port)", e);
            }
            try
            {
                var controller = radio.CreateController();
                var dongle = await StartDongleAsync(controller.ConnectInProcess(), vin, readCar, log, cancel).ConfigureAwait(false);
                log($"BLE: virtual radio: H4 over TCP on 127.0.0.1:{endpoint.Port}; watch O2X with: nanovehicle o2x subscribe --vin {vin} --reception status --radio tcp:127.0.0.1:{endpoint.Port}");
                return new EmulatorBle(radio, endpoint, controller, dongle);
            }
            catch
            {
                endpoint.Dispose();
                radio.Dispose();
                throw;
            }
        }

        private static async Task<O2xDongle> StartDongleAsync(HciTransport transport, string vin, Func<(O2xStatus, bool)> readCar, Action<string> log, CancellationToken cancel)
        {
            try
            {
                return await O2xDongle.StartAsync(transport, vin, readCar, log, cancel).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && e is not ArgumentException)
            {
                transport.Dispose();
                throw new InvalidOperationException("the Bluetooth controller did not start: " + e.Message, e);
            }
        }

        /// <summary>Takes the car off the air (phones lose the link), then stops the radio.</summary>
        public void Dispose()
        {
            Dongle.Dispose();
            carController?.Dispose();
            endpoint?.Dispose();
            Radio?.Dispose();
        }
    }
}
