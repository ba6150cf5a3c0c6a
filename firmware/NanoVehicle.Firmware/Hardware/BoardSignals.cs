using System;
using System.Collections;
using System.Device.Gpio;
using NanoVehicle.Core.Configuration;

namespace NanoVehicle.Firmware.Hardware
{
    /// <summary>Called when a switch of the board (plug, park brake, ignition) changes.</summary>
    /// <param name="role">The input role (a <see cref="BoardPin"/> role constant).</param>
    /// <param name="on">True when the switch is now closed (plugged in, brake applied, ignition on).</param>
    public delegate void SwitchChangedHandler(string role, bool on);

    /// <summary>
    /// The car's signals on the board's GPIOs, as the board definition places them: the lights, horn, lock and
    /// charge outputs, and the plug, park brake and ignition switches (debounced, reported by role).
    /// </summary>
    public sealed class BoardSignals : IDisposable
    {
        /// <summary>Switch bounce is ignored for this long.</summary>
        private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);

        private readonly BoardDefinition _board;
        private readonly Hashtable _pins = new Hashtable();

        /// <summary>Opens every signal pin of <paramref name="board"/> except the status LED.</summary>
        public BoardSignals(GpioController gpio, BoardDefinition board)
        {
            _board = board;
            for (int i = 0; i < board.Pins.Length; i++)
            {
                BoardPin definition = board.Pins[i];
                if (definition.Role == BoardPin.StatusLed)
                {
                    continue;
                }

                GpioPin pin;
                if (definition.IsOutput)
                {
                    pin = gpio.OpenPin(definition.Gpio, PinMode.Output);
                    pin.Write(definition.LevelFor(false) ? PinValue.High : PinValue.Low);
                }
                else
                {
                    pin = gpio.OpenPin(definition.Gpio, InputMode(definition.Pull));
                    pin.DebounceTimeout = Debounce;
                    pin.ValueChanged += OnValueChanged;
                }

                _pins[definition.Role] = pin;
            }
        }

        /// <summary>Raised from the GPIO event thread when a switch changes.</summary>
        public event SwitchChangedHandler SwitchChanged;

        /// <summary>Whether the switch with <paramref name="role"/> is closed now.</summary>
        public bool IsOn(string role)
        {
            GpioPin pin = (GpioPin)_pins[role];
            BoardPin definition = _board.Pin(role);
            return definition.IsOnAt((bool)pin.Read());
        }

        /// <summary>Turns the output with <paramref name="role"/> on or off.</summary>
        public void Set(string role, bool on)
        {
            GpioPin pin = (GpioPin)_pins[role];
            if (pin != null)
            {
                pin.Write(_board.Pin(role).LevelFor(on) ? PinValue.High : PinValue.Low);
            }
        }

        /// <summary>Turns every output off and releases the pins.</summary>
        public void Dispose()
        {
            for (int i = 0; i < _board.Pins.Length; i++)
            {
                BoardPin definition = _board.Pins[i];
                GpioPin pin = (GpioPin)_pins[definition.Role];
                if (pin == null)
                {
                    continue;
                }

                if (definition.IsOutput)
                {
                    pin.Write(definition.LevelFor(false) ? PinValue.High : PinValue.Low);
                }
                else
                {
                    pin.ValueChanged -= OnValueChanged;
                }

                pin.Dispose();
            }

            _pins.Clear();
        }

        private static PinMode InputMode(string pull)
        {
            if (pull == BoardPin.PullUp)
            {
                return PinMode.InputPullUp;
            }

            return pull == BoardPin.PullDown ? PinMode.InputPullDown : PinMode.Input;
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            for (int i = 0; i < _board.Pins.Length; i++)
            {
                BoardPin definition = _board.Pins[i];
                if (!definition.IsOutput && definition.Gpio == e.PinNumber)
                {
                    bool high = e.ChangeType == PinEventTypes.Rising;
                    SwitchChangedHandler handler = SwitchChanged;
                    if (handler != null)
                    {
                        handler(definition.Role, definition.IsOnAt(high));
                    }

                    return;
                }
            }
        }
    }
}
