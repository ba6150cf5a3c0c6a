using System;
using System.Collections.Generic;
using NanoVehicle.Ble;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Core.O2x;
using System.Threading.Tasks;

namespace NanoVehicle.Emulator.Ble
{
    /// <summary>
    /// The car's O2X GATT profile (docs/o2x-ble.md) on a desktop BLE host: the O2X service with Status (read,
    /// notify), VIN (read) and Event (notify <c>cantCharge</c>), advertised connectable with the service UUID and the
    /// VIN as local name in the scan response. The notify policy is the core's <see cref="O2xNotifySchedule"/>:
    /// at once on a change, and again at least once a second while a client is subscribed — provided
    /// <see cref="Publish"/> is called at least that often.
    /// </summary>
    public sealed class O2xCarPeripheral
    {
        private readonly object sync = new object();
        private readonly O2xNotifySchedule schedule;
        private readonly GattCharacteristic status;
        private readonly GattCharacteristic evt;
        private byte[] frame;
        private readonly HashSet<BleConnection> statusSubscribers = new HashSet<BleConnection>();

        /// <summary>A profile for the car <paramref name="vin"/>, whose <see cref="Publish"/> is called every
        /// <paramref name="publishIntervalMilliseconds"/>; throws <see cref="ArgumentException"/> naming what is
        /// wrong with the VIN.</summary>
        public O2xCarPeripheral(string vin, int publishIntervalMilliseconds = 200)
        {
            string problem = O2xVin.Check(vin);
            if (problem != null) throw new ArgumentException(problem, nameof(vin));
            Vin = vin;
            // A repeat falls due on a publish call, so it is due one call early: never more than a second apart.
            schedule = new O2xNotifySchedule(O2xProfile.NotifyIntervalMilliseconds - Math.Clamp(publishIntervalMilliseconds, 0, 500));
            frame = O2xStatusFrame.Encode(new O2xStatus()).Frame;
            status = new GattCharacteristic(Uuid(O2xProfile.StatusUuid), GattProperties.Read | GattProperties.Notify);
            status.ReadHandler = _ => { lock (sync) return frame; };
            status.SubscriptionChanged += OnStatusSubscription;
            var vinCharacteristic = new GattCharacteristic(Uuid(O2xProfile.VinUuid), GattProperties.Read, O2xVin.ToBytes(vin));
            evt = new GattCharacteristic(Uuid(O2xProfile.EventUuid), GattProperties.Notify);
            evt.SubscriptionChanged += s => EventSubscriptionChanged?.Invoke(s);
            Server = new GattServer(vin);
            Server.AddService(new GattService(Uuid(O2xProfile.ServiceUuid), status, vinCharacteristic, evt));
        }

        /// <summary>The car's VIN (the VIN characteristic and the advertised local name).</summary>
        public string Vin { get; }

        /// <summary>The GATT server to give the <see cref="BleHost"/> of the car.</summary>
        public GattServer Server { get; }

        /// <summary>How many clients receive Status notifications now.</summary>
        public int StatusSubscribers { get { lock (sync) return statusSubscribers.Count; } }

        /// <summary>A client turned Event notifications on or off (on the transport's thread: do not block).</summary>
        public event Action<GattSubscriptionChange> EventSubscriptionChanged;

        /// <summary>Advertises the car on <paramref name="host"/> (started with <see cref="Server"/>); the host
        /// resumes advertising by itself after each disconnection.</summary>
        public Task StartAdvertisingAsync(BleHost host) =>
            host.StartAdvertisingAsync(O2xAdvertising.BuildAdvertisement(), O2xAdvertising.BuildScanResponse(Vin), connectable: true);

        /// <summary>
        /// Makes <paramref name="current"/> the Status value and notifies it when the schedule says so (changed, or
        /// a second since the last notification). Returns null, or the reason the status cannot be framed (the
        /// previous value stays).
        /// </summary>
        public string Publish(O2xStatus current)
        {
            O2xFrameResult encoded = O2xStatusFrame.Encode(current);
            if (!encoded.Succeeded) return encoded.Error;
            byte[] due = null;
            lock (sync)
            {
                frame = encoded.Frame;
                if (statusSubscribers.Count > 0 && schedule.Due(frame, Environment.TickCount64)) due = frame;
            }
            if (due != null) status.Notify(due);
            return null;
        }

        /// <summary>Notifies the <c>cantCharge</c> event; returns how many clients it went to.</summary>
        public int RaiseCantCharge() => evt.Notify(O2xEventFrame.EncodeCantCharge());

        private void OnStatusSubscription(GattSubscriptionChange change)
        {
            lock (sync)
            {
                // The server reports an unsubscription when a subscriber's link drops, so the set stays true.
                if (change.Notify || change.Indicate) statusSubscribers.Add(change.Connection);
                else statusSubscribers.Remove(change.Connection);
                // A new subscriber hears the current frame at the next publish, not a second later.
                schedule.Reset();
            }
        }

        private static BleUuid Uuid(string text) => BleUuid.Parse(text);
    }
}
