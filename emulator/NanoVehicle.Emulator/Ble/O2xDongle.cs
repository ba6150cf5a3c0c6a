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
    /// <see cref="ReadIntervalMilliseconds"/> on a thread of its own (and at once on <see cref="Refresh"/>), so a change made by a command or by
    /// simulation control is notified well within a second, and repeats go out at least once a second.
    /// </summary>
    public sealed class O2xDongle : IDisposable
    {
        /// <summary>How often the dongle reads the car, ms.</summary>
        public const int ReadIntervalMilliseconds = 200;

        private readonly Func<(O2xStatus Status, bool CantCharge)> readCar;
        private readonly Action<string> log;
        private bool cantChargeHolds;
        private readonly AutoResetEvent wake = new AutoResetEvent(false);
        private readonly Thread reader;
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
                if (s.Notify && Volatile.Read(ref cantChargeHolds)) ThreadPool.QueueUserWorkItem(_ => Peripheral.RaiseCantCharge());
            };
            // A thread of its own, not the thread pool: a busy pool must not delay the car's notifications.
            reader = new Thread(ReadLoop) { IsBackground = true, Name = "O2X dongle " + peripheral.Vin };
            reader.Start();
        }

        /// <summary>The BLE host of the dongle.</summary>
        public BleHost Host { get; }

        /// <summary>The O2X profile it serves.</summary>
        public O2xCarPeripheral Peripheral { get; }

        /// <summary>
        /// Starts the dongle of the car <paramref name="vin"/> on <paramref name="transport"/> (which it then owns):
        /// resets the controller, serves the profile and advertises. <paramref name="readCar"/> reads the car's O2X
        /// status and whether it cannot charge for want of the park brake (under the emulator's car lock, e.g.
        /// <c>() =&gt; runtime.Read(VehicleO2xReading.Read)</c>); it is called from the dongle's own thread.
        /// </summary>
        public static async Task<O2xDongle> StartAsync(HciTransport transport, string vin, Func<(O2xStatus Status, bool CantCharge)> readCar, Action<string> log, CancellationToken cancel = default)
        {
            if (transport == null) throw new ArgumentNullException(nameof(transport));
            if (readCar == null) throw new ArgumentNullException(nameof(readCar));
            var peripheral = new O2xCarPeripheral(vin, ReadIntervalMilliseconds);
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

        /// <summary>Asks the dongle to read the car now (after a command or a simulation change) rather than at its
        /// next tick. Returns at once; safe from any thread, including under the emulator's car lock.</summary>
        public void Refresh()
        {
            if (Volatile.Read(ref disposed) == 0) wake.Set();
        }

        private void ReadLoop()
        {
            while (Volatile.Read(ref disposed) == 0)
            {
                ReadAndNotify();
                wake.WaitOne(ReadIntervalMilliseconds);
            }
        }

        private void ReadAndNotify()
        {
            try
            {
                var (status, cantChargeNow) = readCar();
                string error = Peripheral.Publish(status);
                if (error != null && error != lastError) log("BLE: O2X status not sent: " + error);
                lastError = error;
                // The core holds the situation while it lasts; the event goes out once, when it begins.
                bool begins = cantChargeNow && !cantChargeHolds;
                Volatile.Write(ref cantChargeHolds, cantChargeNow);
                if (begins)
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
        }

        /// <summary>Stops reading the car and leaves the air: connected phones lose the link.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0) return;
            wake.Set();
            if (Thread.CurrentThread != reader) reader.Join(TimeSpan.FromSeconds(10));
            Host.Dispose();
        }
    }
}
