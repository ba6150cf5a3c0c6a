using System;

namespace NanoVehicle.Core.Configuration
{
    /// <summary>
    /// One signal of a board definition: what it is for (its role), which GPIO carries it, its direction and its
    /// electrical sense.
    /// </summary>
    public sealed class BoardPin
    {
        /// <summary>Role of the LED that shows the device's own state (configuration, Wi-Fi, broker).</summary>
        public const string StatusLed = "statusLed";

        /// <summary>Role of the LED that stands for the car's lights (flashes on the lights command).</summary>
        public const string LightsLed = "lightsLed";

        /// <summary>Role of the buzzer that stands for the horn.</summary>
        public const string HornBuzzer = "hornBuzzer";

        /// <summary>Role of the LED lit while the doors are locked.</summary>
        public const string LockIndicator = "lockIndicator";

        /// <summary>Role of the LED lit while the car charges.</summary>
        public const string ChargeIndicator = "chargeIndicator";

        /// <summary>Role of the switch that stands for the charging plug (closed = plugged in).</summary>
        public const string PlugButton = "plugButton";

        /// <summary>Role of the switch that stands for the park brake (closed = applied).</summary>
        public const string ParkBrakeButton = "parkBrakeButton";

        /// <summary>Role of the switch that stands for the ignition (closed = ignition on).</summary>
        public const string IgnitionButton = "ignitionButton";

        /// <summary>Pull resistor: none.</summary>
        public const string PullNone = "none";

        /// <summary>Pull resistor: the chip's internal pull-up.</summary>
        public const string PullUp = "up";

        /// <summary>Pull resistor: the chip's internal pull-down.</summary>
        public const string PullDown = "down";

        /// <summary>Pull resistor: fitted on the board or in the wiring (pins without internal pulls).</summary>
        public const string PullExternal = "external";

        /// <summary>Output roles, in the order a board file lists them.</summary>
        public static readonly string[] OutputRoles = new string[] { StatusLed, LightsLed, HornBuzzer, LockIndicator, ChargeIndicator };

        /// <summary>Input roles, in the order a board file lists them.</summary>
        public static readonly string[] InputRoles = new string[] { PlugButton, ParkBrakeButton, IgnitionButton };

        /// <summary>Creates a pin description.</summary>
        public BoardPin(string role, int gpio, bool isOutput, bool activeLow, string pull)
        {
            Role = role;
            Gpio = gpio;
            IsOutput = isOutput;
            ActiveLow = activeLow;
            Pull = pull;
        }

        /// <summary>What the pin is for (one of the role constants).</summary>
        public string Role { get; private set; }

        /// <summary>GPIO number on the chip.</summary>
        public int Gpio { get; private set; }

        /// <summary>True for an output (LED, buzzer), false for an input (switch).</summary>
        public bool IsOutput { get; private set; }

        /// <summary>True when "on" is a low level (a switch to ground, an LED wired to the supply).</summary>
        public bool ActiveLow { get; private set; }

        /// <summary>Pull resistor of an input (one of the Pull constants); <see cref="PullNone"/> for outputs.</summary>
        public string Pull { get; private set; }

        /// <summary>The electrical level (true = high) that means <paramref name="on"/>.</summary>
        public bool LevelFor(bool on)
        {
            return ActiveLow ? !on : on;
        }

        /// <summary>Whether the electrical level <paramref name="high"/> means "on".</summary>
        public bool IsOnAt(bool high)
        {
            return ActiveLow ? !high : high;
        }

        /// <summary>A short description for logs, e.g. <c>lightsLed on GPIO 19 (output, active high)</c>.</summary>
        public override string ToString()
        {
            string text = Role + " on GPIO " + Gpio.ToString() + (IsOutput ? " (output, " : " (input, ") + (ActiveLow ? "active low" : "active high");
            if (!IsOutput)
            {
                text += ", pull " + Pull;
            }

            return text + ")";
        }
    }
}
