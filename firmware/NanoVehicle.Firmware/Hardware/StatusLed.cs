using System;
using System.Device.Gpio;
using System.Threading;
using NanoVehicle.Core.Configuration;

namespace NanoVehicle.Firmware.Hardware
{
    /// <summary>
    /// Plays a <see cref="StatusPattern"/> on the board's status LED from a timer, so the pattern keeps running
    /// while the rest of the firmware blocks (joining Wi-Fi, connecting to the broker).
    /// </summary>
    public sealed class StatusLed : IDisposable
    {
        private const int StepMilliseconds = 100;

        private readonly GpioPin _pin;
        private readonly BoardPin _definition;
        private readonly Timer _timer;
        private readonly object _gate = new object();
        private string _pattern = StatusPattern.Starting;
        private int _step;

        /// <summary>Drives the status LED of <paramref name="definition"/> through <paramref name="gpio"/>.</summary>
        public StatusLed(GpioController gpio, BoardPin definition)
        {
            _definition = definition;
            _pin = gpio.OpenPin(definition.Gpio, PinMode.Output);
            _pin.Write(definition.LevelFor(true) ? PinValue.High : PinValue.Low);
            _timer = new Timer(Tick, null, StepMilliseconds, StepMilliseconds);
        }

        /// <summary>The pattern being shown.</summary>
        public string Pattern
        {
            get { return _pattern; }
        }

        /// <summary>Switches to <paramref name="pattern"/> (one of the <see cref="StatusPattern"/> values).</summary>
        public void Show(string pattern)
        {
            lock (_gate)
            {
                if (_pattern != pattern)
                {
                    _pattern = pattern;
                    _step = 0;
                }
            }
        }

        /// <summary>Stops the timer and leaves the LED off.</summary>
        public void Dispose()
        {
            _timer.Dispose();
            _pin.Write(_definition.LevelFor(false) ? PinValue.High : PinValue.Low);
            _pin.Dispose();
        }

        private void Tick(object state)
        {
            bool on;
            lock (_gate)
            {
                if (_step >= _pattern.Length)
                {
                    _step = 0;
                }

                on = _pattern[_step] == '1';
                _step++;
            }

            _pin.Write(_definition.LevelFor(on) ? PinValue.High : PinValue.Low);
        }
    }
}
