using System;
using System.Collections;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Configuration
{
    /// <summary>
    /// What the board's signals mean for the car, the same in both homes: which outputs are on for a vehicle
    /// state (the firmware drives the pins, the emulator names them in its log), and which simulation-control
    /// override a switch change stands for.
    /// </summary>
    public static class SignalStates
    {
        /// <summary>Half a period of the lights' flashing (2 Hz).</summary>
        private const long FlashHalfPeriodTicks = 250 * TimeSpan.TicksPerMillisecond;

        /// <summary>The horn sounds for this part of every second while it beeps.</summary>
        private const long BeepTicks = 600 * TimeSpan.TicksPerMillisecond;

        /// <summary>
        /// Whether the output with <paramref name="role"/> is on for state <paramref name="s"/> at
        /// <paramref name="now"/>: the lights flash while a lights request runs, the horn beeps while a horn
        /// request runs, the lock indicator shows locked doors, the charge indicator a charge in progress. The
        /// status LED is the device's own and is never on here.
        /// </summary>
        public static bool IsOn(string role, VehicleState s, DateTime now)
        {
            if (role == BoardPin.LightsLed)
            {
                return s.LightsOn && now < s.LightsUntil && (now.Ticks / FlashHalfPeriodTicks) % 2 == 0;
            }

            if (role == BoardPin.HornBuzzer)
            {
                return now < s.HornUntil && now.Ticks % TimeSpan.TicksPerSecond < BeepTicks;
            }

            if (role == BoardPin.LockIndicator)
            {
                return s.Locked;
            }

            if (role == BoardPin.ChargeIndicator)
            {
                return s.Charging;
            }

            return false;
        }

        /// <summary>
        /// The simulation-control overrides (for <see cref="Vehicle.ApplyOverrides"/>) that the switch with
        /// <paramref name="role"/> turning <paramref name="on"/> stands for, or null for a role that is not a switch.
        /// </summary>
        public static Hashtable Override(string role, bool on)
        {
            Hashtable overrides = new Hashtable();
            if (role == BoardPin.PlugButton)
            {
                overrides["plugged"] = on;
            }
            else if (role == BoardPin.ParkBrakeButton)
            {
                overrides["parkBrake"] = on;
            }
            else if (role == BoardPin.IgnitionButton)
            {
                overrides["ignition"] = Ignition.Names[on ? Ignition.Start : Ignition.Stop];
            }
            else
            {
                return null;
            }

            return overrides;
        }
    }
}
