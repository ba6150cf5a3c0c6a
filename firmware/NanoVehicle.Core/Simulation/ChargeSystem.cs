using System;
using System.Collections;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Simulation
{
    /// <summary>
    /// Starting and stopping a charge, shared by the command rules, the simulation and state overrides so the
    /// three agree (events included).
    /// </summary>
    public static class ChargeSystem
    {
        /// <summary>
        /// Starts charging when the car can: plugged, no fault, not on standby, and (for cars that need it) the park
        /// brake applied — else the charge stays expected and <c>cantCharge</c> is raised once.
        /// </summary>
        public static void Start(VehicleState state, VehicleProfile profile, bool immediate, DateTime at, ArrayList events)
        {
            if (!state.Plugged || state.ChargingFault != ChargingFault.None || state.ChargingStandby)
            {
                return;
            }

            if (profile.ParkBrakeNeededToCharge && state.ParkBrake != ParkBrake.Activated)
            {
                state.ChargingStatus = ChargingStatus.Stopped;
                state.ImmediateCharge = immediate;
                if (!state.CantCharge)
                {
                    state.CantCharge = true;
                    events.Add(new VehicleEvent(VehicleEvent.CantCharge, at));
                }

                return;
            }

            state.CantCharge = false;
            state.ImmediateCharge = immediate;
            if (state.ChargingStatus != ChargingStatus.InProgress)
            {
                state.ChargingStatus = ChargingStatus.InProgress;
                state.ChargeRemainder = 0;
                events.Add(new VehicleEvent(VehicleEvent.ChargeStarted, at));
            }
        }

        /// <summary>
        /// Ends a running charge with <paramref name="status"/> (Stopped, Failure, Disconnected, Finished) and raises
        /// <c>remoteChargeInterrupted</c> when it ends below 100 %.
        /// </summary>
        public static void Stop(VehicleState state, int status, DateTime at, ArrayList events)
        {
            bool wasCharging = state.ChargingStatus == ChargingStatus.InProgress;
            state.ChargingStatus = status;
            state.ImmediateCharge = false;
            state.CantCharge = false;
            if (wasCharging && state.SocTenths < 1000)
            {
                events.Add(new VehicleEvent(VehicleEvent.ChargeInterrupted, at));
            }
        }

        /// <summary>The SoC (tenths of %) where the current charge ends: 100 %, or the Partial limit.</summary>
        public static int TargetTenths(VehicleState state, VehicleSettings settings)
        {
            return state.PreferenceType == 1 ? settings.PartialChargePercent * 10 : 1000;
        }

        /// <summary>SoC gained per hour by the current charge, %.</summary>
        public static int RatePercentPerHour(VehicleState state, VehicleProfile profile)
        {
            int rate = state.QuickCharger && profile.QuickPercentPerHour > 0 ? profile.QuickPercentPerHour : profile.SlowPercentPerHour;
            if (state.PreferenceLevel > 0)
            {
                // Level1 … Level5 cap the power: a fifth of the rate per level.
                rate = rate * state.PreferenceLevel / 5;
                if (rate < 1)
                {
                    rate = 1;
                }
            }

            return rate;
        }
    }
}
