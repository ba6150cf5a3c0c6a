using System;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Ble;
using NanoVehicle.Ble.Transports;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Emulator.Ble
{
    /// <summary>
    /// The AMI / Rocks-e O2X dongle of the emulated car: a BLE host on one HCI transport (a virtual controller or
    /// a real adapter) serving <see cref="O2xCarPeripheral"/>, fed from the vehicle core. It reads the car every
    /// <see cref="ReadIntervalMilliseconds"/> (and on <see cref="Refresh"/>), so a change made by a command or by
    /// simulation control is notified well within a second, and repeats go out at least once a second.
    /// </summary>
    public sealed class O2xDongle : IDisposable
    {
        /// <summary>How often the dongle reads the car, ms.</summary>
        public const int ReadIntervalMilliseconds = 200;

        private readonly Func<(O2xStatus Status, bool CantCharge)> readCar;
        private readonly Action<string> log;
        private readonly object refreshSync = new object();
        private readonly O2xCantChargeWatch cantCharge = new O2xCantChargeWatch();
        private readonly Timer timer;
        private string lastError;
        private int disposed;

        private O2xDongle(BleHost host, O2xCarPeripheral peripheral, Func<(O2xStatus, bool)> readCar, Action<string> log)
        {
            Host = host;
            Peripheral = peripheral;
            this.readCar = readCar;
            this.log = log ?? (_ => { });
            host.Connected += c => this.log($"BLE: phone {c.PeerAddress} connected to the O2X dongle");
            host.Disconnected += (c, reason) => this.log($"BLE: phone {c.PeerAddress} disconnected (reason 0x{reason:X2})");
            host.TransportClosed += why => this.log("BLE: HCI transport closed: " + why);
            peripheral.EventSubscriptionChanged += s =>
            {
                // A phone that subscribes while the car already cannot charge still hears about it.
                if (s.Notify && cantCharge.IsActive) ThreadPool.QueueUserWorkItem(_ => Peripheral.RaiseCantCharge());
            };
            timer = new Timer(_ => Refresh(), null, 0, ReadIntervalMilliseconds);
        }

        /// <summary>The BLE host of the dongle.</summary>
        public BleHost Host { get; }

        /// <summary>The O2X profile it serves.</summary>
        public O2xCarPeripheral Peripheral { get; }

        /// <summary>
        /// Starts the dongle of the car <paramref name="vin"/> on <paramref name="transport"/> (which it then owns):
        /// resets the controller, serves the profile and advertises. <paramref name="readCar"/> reads the car's O2X
        /// status and whether it cannot charge for want of the park brake (under the emulator's car lock, e.g.
        /// <c>() =&gt; runtime.Read(VehicleO2xReading.Read)</c>); it is called from a timer thread.
        /// </summary>
        public static async Task<O2xDongle> StartAsync(HciTransport transport, string vin, Func<(O2xStatus Status, bool CantCharge)> readCar, Action<string> log, CancellationToken cancel = default)
        {
            if (transport == null) throw new ArgumentNullException(nameof(transport));
            if (readCar == null) throw new ArgumentNullException(nameof(readCar));
            var peripheral = new O2xCarPeripheral(vin);
            var host = new BleHost(transport, peripheral.Server);
            try
            {
                await host.StartAsync(cancel).ConfigureAwait(false);
                await peripheral.StartAdvertisingAsync(host).ConfigureAwait(false);
            }
            catch
            {
                host.Dispose();
                throw;
            }
            log?.Invoke($"BLE: O2X dongle of {vin} advertising as {host.Address}");
            return new O2xDongle(host, peripheral, readCar, log);
        }

        /// <summary>Reads the car now and notifies what is due (a change, a repeat, <c>cantCharge</c>). Safe from
        /// any thread; the emulator may call it right after a command or a simulation change.</summary>
        public void Refresh()
        {
            if (Volatile.Read(ref disposed) != 0) return;
            // A tick that finds the previous one still running has nothing new to add.
            if (!Monitor.TryEnter(refreshSync)) return;
            try
            {
                var (status, cantChargeNow) = readCar();
                string error = Peripheral.Publish(status);
                if (error != null && error != lastError) log("BLE: O2X status not sent: " + error);
                lastError = error;
                if (cantCharge.Update(cantChargeNow, status.ParkBrake))
                {
                    int sent = Peripheral.RaiseCantCharge();
                    log($"BLE: cantCharge sent to {sent} phone(s)");
                }
            }
            catch (Exception e)
            {
                // The radio may be going away under us; the next tick tries again.
                log("BLE: O2X refresh failed: " + e.Message);
            }
            finally
            {
                Monitor.Exit(refreshSync);
            }
        }

        /// <summary>Stops reading the car and leaves the air: connected phones lose the link.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0) return;
            using (var done = new ManualResetEvent(false))
            {
                if (timer.Dispose(done)) done.WaitOne(TimeSpan.FromSeconds(5));
            }
            Host.Dispose();
        }
    }
}
