using System;
using System.Threading;
using nanoFramework.Device.Bluetooth;
using nanoFramework.Device.Bluetooth.Advertisement;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;
using NanoVehicle.Core;
using NanoVehicle.Core.O2x;
using NanoVehicle.Core.Simulation;
// System.Buffer exists on the desktop; the Bluetooth buffer is meant here.
using BleBuffer = nanoFramework.Device.Bluetooth.Buffer;

namespace NanoVehicle.Firmware.Ble
{
    /// <summary>
    /// The car's O2X peripheral on the ESP32 radio (nanoFramework.Device.Bluetooth): the O2X GATT service with its
    /// Status (read, notify), VIN (read) and Event (notify) characteristics, advertised connectable with no pairing
    /// (docs/o2x-ble.md). It is thin on purpose: frames, advertising data and the notify schedule come from the
    /// portable core (<c>NanoVehicle.Core.O2x</c>); this class only moves bytes to and from the radio.
    /// </summary>
    /// <remarks>
    /// Usage: <c>var ble = new O2xPeripheral(car.Vin); string error = ble.Start();</c> then, on the thread that owns
    /// the car, after each <c>car.Advance()</c> or command: <c>ble.Publish(car); ble.PublishEvents(events);</c>.
    /// A timer owned by this class repeats the Status notification so a subscribed phone hears from the car at
    /// least once a second. Methods may be called from any thread.
    /// </remarks>
    public sealed class O2xPeripheral : IDisposable
    {
        // The timer ticks every 200 ms and the schedule repeats after 800 ms, so two notifications are never more
        // than 1 s apart while the frame does not change.
        private const int TickMilliseconds = 200;
        private const int RepeatMilliseconds = O2xProfile.NotifyIntervalMilliseconds - TickMilliseconds;

        private readonly object _gate = new object();
        private readonly string _vin;
        private readonly O2xNotifySchedule _schedule = new O2xNotifySchedule(RepeatMilliseconds);

        private GattServiceProvider _provider;
        private GattLocalCharacteristic _statusCharacteristic;
        private GattLocalCharacteristic _eventCharacteristic;
        private Timer _timer;
        private byte[] _frame;
        private bool _connected;
        private bool _cantChargeHolds;

        /// <summary>Prepares the peripheral for the car with <paramref name="vin"/>; nothing touches the radio yet.</summary>
        public O2xPeripheral(string vin)
        {
            _vin = vin;

            // Until the first Publish, reads and notifications carry a status that says "unknown" everywhere.
            _frame = O2xStatusFrame.Encode(new O2xStatus()).Frame;
        }

        /// <summary>True while a central (the phone) is connected.</summary>
        public bool IsConnected
        {
            get { return _connected; }
        }

        /// <summary>True while at least one client has notifications of the Status characteristic enabled.</summary>
        public bool IsSubscribed
        {
            get
            {
                GattLocalCharacteristic status = _statusCharacteristic;
                return status != null && status.SubscribedClients.Length > 0;
            }
        }

        /// <summary>
        /// Creates the O2X service on the BLE server and starts advertising. Returns null on success, otherwise what
        /// failed (a bad VIN, or the Bluetooth error of the step that failed).
        /// </summary>
        public string Start()
        {
            string badVin = O2xVin.Check(_vin);
            if (badVin != null)
            {
                return "cannot advertise O2X: " + badVin;
            }

            BluetoothLEServer server = BluetoothLEServer.Instance;

            // The GAP device name is the VIN too, so a phone that reads it sees the same name it scanned.
            server.DeviceName = _vin;

            // The SDK connects without pairing; every O2X characteristic is plain, so none is ever asked for.
            server.Pairing.IOCapabilities = DevicePairingIOCapabilities.NoInputNoOutput;
            server.Pairing.AllowBonding = false;
            server.Session.SessionStatusChanged += OnSessionStatusChanged;
            server.Start();

            GattServiceProviderResult created = GattServiceProvider.Create(new Guid(O2xProfile.ServiceUuid));
            if (created.Error != BluetoothError.Success)
            {
                return "cannot create the O2X service: Bluetooth error " + ((int)created.Error).ToString();
            }

            _provider = created.ServiceProvider;
            GattLocalService service = _provider.Service;

            GattLocalCharacteristicResult status = service.CreateCharacteristic(new Guid(O2xProfile.StatusUuid),
                new GattLocalCharacteristicParameters()
                {
                    CharacteristicProperties = GattCharacteristicProperties.Read | GattCharacteristicProperties.Notify,
                    UserDescription = "O2X status",
                    ReadProtectionLevel = GattProtectionLevel.Plain,
                });
            if (status.Error != BluetoothError.Success)
            {
                return "cannot create the O2X Status characteristic: Bluetooth error " + ((int)status.Error).ToString();
            }

            _statusCharacteristic = status.Characteristic;
            _statusCharacteristic.ReadRequested += OnStatusReadRequested;
            _statusCharacteristic.SubscribedClientsChanged += OnStatusSubscribersChanged;

            // The VIN never changes: a static value, answered by the stack without a ReadRequested round trip.
            GattLocalCharacteristicResult vin = service.CreateCharacteristic(new Guid(O2xProfile.VinUuid),
                new GattLocalCharacteristicParameters()
                {
                    CharacteristicProperties = GattCharacteristicProperties.Read,
                    UserDescription = "VIN",
                    ReadProtectionLevel = GattProtectionLevel.Plain,
                    StaticValue = new BleBuffer(O2xVin.ToBytes(_vin)),
                });
            if (vin.Error != BluetoothError.Success)
            {
                return "cannot create the O2X VIN characteristic: Bluetooth error " + ((int)vin.Error).ToString();
            }

            GattLocalCharacteristicResult events = service.CreateCharacteristic(new Guid(O2xProfile.EventUuid),
                new GattLocalCharacteristicParameters()
                {
                    CharacteristicProperties = GattCharacteristicProperties.Notify,
                    UserDescription = "O2X event",
                });
            if (events.Error != BluetoothError.Success)
            {
                return "cannot create the O2X Event characteristic: Bluetooth error " + ((int)events.Error).ToString();
            }

            _eventCharacteristic = events.Characteristic;
            _eventCharacteristic.SubscribedClientsChanged += OnEventSubscribersChanged;

            _provider.StartAdvertising(AdvertisingParameters());
            _timer = new Timer(OnTick, null, TickMilliseconds, TickMilliseconds);
            return null;
        }

        /// <summary>
        /// Takes the car's current O2X status: the Status characteristic reads it from now on, and a subscribed
        /// client is notified at once if it differs from what was last sent. Returns null, or why the status could
        /// not be encoded (the previous frame then stays in place).
        /// </summary>
        public string Publish(O2xStatus status)
        {
            O2xFrameResult encoded = O2xStatusFrame.Encode(status);
            if (!encoded.Succeeded)
            {
                return encoded.Error;
            }

            lock (_gate)
            {
                _frame = encoded.Frame;
            }

            NotifyStatusIfDue();
            return null;
        }

        /// <summary>
        /// Takes the car's O2X status (<see cref="O2xVehicleMapping"/>) as <see cref="Publish(O2xStatus)"/> does, and
        /// remembers whether the car is in the <c>cantCharge</c> situation so a late Event subscriber hears of it.
        /// Call it on the thread that owns <paramref name="car"/>.
        /// </summary>
        public string Publish(Vehicle car)
        {
            _cantChargeHolds = O2xVehicleMapping.CantChargeHolds(car.State);
            return Publish(O2xVehicleMapping.ToStatus(car));
        }

        /// <summary>
        /// Notifies the O2X events among the core's <paramref name="events"/> (<c>cantCharge</c>) on the Event
        /// characteristic. Returns how many notifications reached a client.
        /// </summary>
        public int PublishEvents(VehicleEvent[] events)
        {
            int sent = 0;
            for (int i = 0; events != null && i < events.Length; i++)
            {
                byte[] frame = O2xVehicleMapping.EventFrameFor(events[i]);
                if (frame != null)
                {
                    sent += NotifyEvent(frame);
                }
            }

            return sent;
        }

        /// <summary>
        /// Notifies <c>cantCharge</c> on the Event characteristic. Returns how many clients it reached (0 when none
        /// listens).
        /// </summary>
        public int RaiseCantCharge()
        {
            return NotifyEvent(O2xEventFrame.EncodeCantCharge());
        }

        /// <summary>Stops the repeat timer and the advertising.</summary>
        public void Stop()
        {
            Timer timer = _timer;
            _timer = null;
            if (timer != null)
            {
                timer.Dispose();
            }

            if (_provider != null)
            {
                _provider.StopAdvertising();
            }
        }

        /// <summary>Same as <see cref="Stop"/>.</summary>
        public void Dispose()
        {
            Stop();
        }

        // Custom advertising: exactly the data sections the core builds (Flags + O2X service UUID, then the VIN as
        // Complete Local Name). The library packs sections into the 31-byte advertisement in order and moves those
        // that no longer fit to the scan response, which is where the 19-byte VIN section lands (21 + 19 > 31).
        private GattServiceProviderAdvertisingParameters AdvertisingParameters()
        {
            GattServiceProviderAdvertisingParameters parameters = new GattServiceProviderAdvertisingParameters();
            parameters.IsConnectable = true;
            parameters.IsDiscoverable = true;
            parameters.CustomAdvertisement = true;
            parameters.Advertisement.DataSections.Clear();
            AddSections(parameters.Advertisement, O2xAdvertising.BuildAdvertisement());
            AddSections(parameters.Advertisement, O2xAdvertising.BuildScanResponse(_vin));
            return parameters;
        }

        // Splits a block of AD structures (length, type, data) into the library's data sections.
        private static void AddSections(BluetoothLEAdvertisement advertisement, byte[] block)
        {
            int at = 0;
            while (at + 1 < block.Length && block[at] > 0)
            {
                int length = block[at];
                byte[] data = new byte[length - 1];
                Array.Copy(block, at + 2, data, 0, data.Length);
                advertisement.DataSections.Add(new BluetoothLEAdvertisementDataSection(block[at + 1], new BleBuffer(data)));
                at += 1 + length;
            }
        }

        private void OnStatusReadRequested(GattLocalCharacteristic sender, GattReadRequestedEventArgs args)
        {
            // The stack fails the read if it is not answered within a second: answer from the cached frame.
            byte[] frame;
            lock (_gate)
            {
                frame = _frame;
            }

            args.GetRequest().RespondWithValue(new BleBuffer(frame));
        }

        private void OnStatusSubscribersChanged(GattLocalCharacteristic sender, object args)
        {
            // A new subscriber gets the current frame at once rather than at the next repeat.
            lock (_gate)
            {
                _schedule.Reset();
            }

            NotifyStatusIfDue();
        }

        private void OnEventSubscribersChanged(GattLocalCharacteristic sender, object args)
        {
            // cantCharge is sent once when it begins; a phone that subscribes while it lasts is told at once.
            if (_cantChargeHolds && sender.SubscribedClients.Length > 0)
            {
                NotifyEvent(O2xEventFrame.EncodeCantCharge());
            }
        }

        private void OnSessionStatusChanged(object sender, GattSessionStatusChangedEventArgs args)
        {
            _connected = args.Status == GattSessionStatus.Active;
            if (!_connected)
            {
                // The stack resumes advertising by itself after a disconnection; the next client starts afresh.
                lock (_gate)
                {
                    _schedule.Reset();
                }
            }
        }

        private void OnTick(object state)
        {
            NotifyStatusIfDue();
        }

        private void NotifyStatusIfDue()
        {
            GattLocalCharacteristic status = _statusCharacteristic;
            if (status == null || status.SubscribedClients.Length == 0)
            {
                return;
            }

            byte[] frame = null;
            lock (_gate)
            {
                if (_schedule.Due(_frame, Environment.TickCount64))
                {
                    frame = _frame;
                }
            }

            if (frame != null)
            {
                status.NotifyValue(new BleBuffer(frame));
            }
        }

        private int NotifyEvent(byte[] frame)
        {
            GattLocalCharacteristic events = _eventCharacteristic;
            if (events == null || events.SubscribedClients.Length == 0)
            {
                return 0;
            }

            return CountSent(events.NotifyValue(new BleBuffer(frame)));
        }

        private static int CountSent(GattClientNotificationResult[] results)
        {
            int sent = 0;
            for (int i = 0; i < results.Length; i++)
            {
                if (results[i].Status == GattCommunicationStatus.Success)
                {
                    sent++;
                }
            }

            return sent;
        }
    }
}
