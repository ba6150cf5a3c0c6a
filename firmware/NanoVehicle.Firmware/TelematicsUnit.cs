using System;
using System.Collections;
using System.Text;
using System.Threading;
using NanoVehicle.Core;
using NanoVehicle.Core.Configuration;
using NanoVehicle.Core.Persistence;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.State;
using NanoVehicle.Firmware.Ble;
using NanoVehicle.Firmware.Hardware;
using NanoVehicle.Firmware.Network;
using NanoVehicle.Firmware.Storage;

namespace NanoVehicle.Firmware
{
    /// <summary>
    /// The ESP32 as the car's telematics unit and O2X dongle: one loop owns the core's <see cref="Vehicle"/> and
    /// its <see cref="VehicleProtocol"/> (neither is thread-safe) and moves everything in and out of them — MQTT
    /// messages, switch changes, the simulation tick, the board's outputs, the O2X status over BLE and the saved
    /// state. Every answer and every rule is the core's; this class only carries bytes and levels.
    /// </summary>
    public sealed class TelematicsUnit
    {
        /// <summary>Longest wait of the loop; outputs (flashing lights, beeping horn) refresh at this pace.</summary>
        private const int TickMilliseconds = 100;

        /// <summary>The simulation advances this often (the protocol publishes a snapshot when the state changed).</summary>
        private const long AdvanceMilliseconds = 1000;

        /// <summary>How long the first Wi-Fi join may take before the car starts without network.</summary>
        private const int FirstJoinMilliseconds = 60000;

        /// <summary>State changed only by the simulation (charging, sleep) is saved at most this often, to spare the flash.</summary>
        private static readonly TimeSpan SimulationSaveInterval = TimeSpan.FromSeconds(60);

        private readonly DeviceConfiguration _configuration;
        private readonly BoardDefinition _board;
        private readonly IJsonPort _json;
        private readonly DeviceClock _clock;
        private readonly StateStore _store;
        private readonly StatusLed _led;
        private readonly BoardSignals _signals;
        private readonly Queue _switches = new Queue();
        private Vehicle _car;
        private VehicleProtocol _protocol;
        private WifiLink _wifi;
        private MqttLink _mqtt;
        private O2xPeripheral _ble;
        private DateTime _lastSave;
        private bool _unsaved;
        private long _lastAdvance;

        /// <summary>A unit for the car <paramref name="configuration"/> describes, on <paramref name="board"/>.</summary>
        public TelematicsUnit(DeviceConfiguration configuration, BoardDefinition board, IJsonPort json, DeviceClock clock, StateStore store, StatusLed led, BoardSignals signals)
        {
            _configuration = configuration;
            _board = board;
            _json = json;
            _clock = clock;
            _store = store;
            _led = led;
            _signals = signals;
        }

        /// <summary>Joins the network, restores the car and runs it for good.</summary>
        public void Run()
        {
            _led.Show(StatusPattern.JoiningWifi);
            _wifi = new WifiLink(_configuration.WifiSsid, _configuration.WifiPassword);
            _wifi.Join(FirstJoinMilliseconds);
            _wifi.Supervise();

            _car = Restore();
            _protocol = new VehicleProtocol(_car, _json, _clock);
            _signals.SwitchChanged += OnSwitchChanged;
            StartBluetooth();

            OutgoingMessage will = _protocol.Offline();
            _mqtt = new MqttLink(_configuration, will.Topic, will.Payload, will.Retain, _protocol.Subscriptions);
            _mqtt.Start(_wifi);
            Console.WriteLine("car: " + _car.Vin + " (" + _car.Profile.Id + "), customer " + _configuration.CustomerId + ", board " + _board.Id);

            int announced = 0;
            while (true)
            {
                try
                {
                    _mqtt.Activity.WaitOne(TickMilliseconds, false);
                    int connections = _mqtt.Connections;
                    Step(connections != announced);
                    announced = connections;
                }
                catch (Exception ex)
                {
                    // Nothing may end the loop: report, show it, and go on with the next tick.
                    Console.WriteLine("car: unexpected " + ex.GetType().Name + ": " + ex.Message);
                    _led.Show(StatusPattern.Fault);
                    Thread.Sleep(1000);
                }
            }
        }

        private void Step(bool justConnected)
        {
            bool ran = ApplySwitches();
            if (justConnected)
            {
                // Online, a snapshot and the retained simulation state, after every (re)connect.
                Carry(_protocol.Start());
            }

            MqttMessage message;
            while ((message = _mqtt.Receive()) != null)
            {
                ProtocolResult result = _protocol.Handle(message.Topic, message.Payload);
                ran |= result.Outcome != null || result.StateChanged;
                Carry(result);
            }

            long now = Environment.TickCount64;
            if (ran || now - _lastAdvance >= AdvanceMilliseconds)
            {
                _lastAdvance = now;
                Carry(_protocol.Advance());
            }

            DriveOutputs();
            Save(ran);
            _led.Show(_mqtt.IsConnected ? StatusPattern.Online : _wifi.IsUp ? StatusPattern.ConnectingBroker : StatusPattern.JoiningWifi);
        }

        /// <summary>Publishes what the protocol produced, logs it, and passes its events to BLE and the save policy.</summary>
        private void Carry(ProtocolResult result)
        {
            OutgoingMessage[] messages = result.Messages;
            for (int i = 0; i < messages.Length; i++)
            {
                OutgoingMessage m = messages[i];
                _mqtt.Publish(new MqttMessage(m.Topic, Encoding.UTF8.GetBytes(m.Payload), m.Retain, m.Qos > 0));
            }

            string[] log = result.Log;
            for (int i = 0; i < log.Length; i++)
            {
                Console.WriteLine("mqtt: " + log[i]);
            }

            VehicleEvent[] events = result.Events;
            bool changed = result.StateChanged;
            for (int i = 0; i < events.Length; i++)
            {
                if (events[i].Name == VehicleEvent.StateChanged)
                {
                    changed = true;
                }
                else
                {
                    Console.WriteLine("car: " + events[i].ToString());
                }
            }

            if (_ble != null && events.Length > 0)
            {
                _ble.PublishEvents(events);
            }

            if (changed)
            {
                _unsaved = true;
                PublishO2x();
            }
        }

        private Vehicle Restore()
        {
            VehicleProfile profile = VehicleProfile.Find(_configuration.Profile);
            VehicleSettings settings = new VehicleSettings();
            string[] candidates = _store.Candidates();
            for (int i = 0; i < candidates.Length; i++)
            {
                VehicleState state = new VehicleState();
                string error = PersistenceSnapshot.Read(_json, candidates[i], state);
                if (error != null)
                {
                    Console.WriteLine("state: a saved copy is not usable (" + error + "), trying the next");
                    continue;
                }

                if (state.Vin != _configuration.Vin)
                {
                    Console.WriteLine("state: the saved state is for " + state.Vin + ", not " + _configuration.Vin + "; starting a new car");
                    break;
                }

                if (!_clock.IsSet)
                {
                    _clock.CatchUp(state.LastUpdate);
                }

                Console.WriteLine("state: restored from " + _store.Path);
                _lastSave = _clock.UtcNow;
                return new Vehicle(profile, settings, _clock, state);
            }

            Console.WriteLine("state: none saved, starting a new car");
            _unsaved = true;
            return new Vehicle(profile, settings, _clock, _configuration.Vin);
        }

        private void StartBluetooth()
        {
            if (!_configuration.BleEnabled || !_car.Profile.HasO2x)
            {
                Console.WriteLine("ble: off (" + (_configuration.BleEnabled ? "the profile has no O2X dongle" : "ble.enabled is false") + ")");
                return;
            }

            _ble = new O2xPeripheral(_car.Vin);
            string error = _ble.Start();
            if (error != null)
            {
                Console.WriteLine("ble: not advertising: " + error);
                _ble = null;
                return;
            }

            Console.WriteLine("ble: advertising O2X for " + _car.Vin);
            PublishO2x();
        }

        private void PublishO2x()
        {
            if (_ble == null)
            {
                return;
            }

            string error = _ble.Publish(_car);
            if (error != null)
            {
                Console.WriteLine("ble: status not sent: " + error);
            }
        }

        private bool ApplySwitches()
        {
            bool ran = false;
            while (true)
            {
                object[] change;
                lock (_switches)
                {
                    if (_switches.Count == 0)
                    {
                        return ran;
                    }

                    change = (object[])_switches.Dequeue();
                }

                string role = (string)change[0];
                bool on = (bool)change[1];
                string error = _car.ApplyOverrides(SignalStates.Override(role, on));
                Console.WriteLine("switch: " + role + (on ? " on" : " off") + (error == null ? string.Empty : " refused: " + error));
                ran |= error == null;
            }
        }

        private void OnSwitchChanged(string role, bool on)
        {
            lock (_switches)
            {
                _switches.Enqueue(new object[] { role, on });
            }

            _mqtt.Activity.Set();
        }

        private void DriveOutputs()
        {
            for (int i = 0; i < _board.Pins.Length; i++)
            {
                BoardPin pin = _board.Pins[i];
                if (pin.IsOutput && pin.Role != BoardPin.StatusLed)
                {
                    _signals.Set(pin.Role, SignalStates.IsOn(pin.Role, _car.State, _car.Now));
                }
            }
        }

        private void Save(bool now)
        {
            if (!_unsaved || (!now && _clock.UtcNow - _lastSave < SimulationSaveInterval))
            {
                return;
            }

            if (_store.Save(PersistenceSnapshot.Write(_car.State)))
            {
                _unsaved = false;
                _lastSave = _clock.UtcNow;
            }
        }
    }
}
