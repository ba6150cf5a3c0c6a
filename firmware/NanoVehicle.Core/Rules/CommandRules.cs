using System;
using System.Collections;
using NanoVehicle.Core.Commands;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Rules
{
    /// <summary>
    /// The vehicle's rules (stellantis-remote.md §8): decides the one outcome of a command against the current
    /// state and, when the car acts, changes the state. Order follows the Web API state machine (§5.7): rights,
    /// same action, wake-up quota, battery, then (accepted) wake-up, then the vehicle's own checks.
    /// </summary>
    public static class CommandRules
    {
        /// <summary>Applies <paramref name="command"/> at simulated time <paramref name="now"/>.</summary>
        public static Outcome Apply(Command command, VehicleState state, VehicleProfile profile, VehicleSettings settings, DateTime now, ArrayList events)
        {
            int family = command.Family;
            bool asleep = !state.Awake && family != CommandFamily.Navigation;

            // Pre-checks, answered by the back end before the car is involved.
            if (!profile.Supports(family))
            {
                return Refuse(command, Refusal.NotSupported, false);
            }

            // Switching the lights off or silencing the horn cancels the action in progress rather than queueing behind it.
            bool cancels = command.Action == CommandAction.LightsOff || (command.Action == CommandAction.Honk && command.HornCount == 0);
            if (state.BusyFamily >= 0 && now < state.BusyUntil && !(cancels && state.BusyFamily == family))
            {
                return Refuse(command, state.BusyFamily == family ? Refusal.SameActionInProgress : Refusal.OtherActionInProgress, false);
            }

            if (asleep && state.WakeUpsThisMonth >= settings.WakeUpsPerMonth)
            {
                return Refuse(command, Refusal.WakeUpQuota, false);
            }

            if (state.AuxBatteryPercent < settings.LowAuxBatteryPercent)
            {
                return Refuse(command, Refusal.LowBattery, false);
            }

            // Accepted; the car must be reached (and woken when asleep).
            if (!state.Reachable)
            {
                return Refuse(command, Refusal.Timeout, asleep);
            }

            if (asleep)
            {
                state.Awake = true;
                state.AwakeUntil = now;
                state.WakeUpsThisMonth++;
                events.Add(new VehicleEvent(VehicleEvent.WokeUp, now));
            }

            // Each message received extends the awake window (§5.8: adds 3 min).
            DateTime from = state.AwakeUntil > now ? state.AwakeUntil : now;
            state.AwakeUntil = from.AddSeconds(settings.AwakeWindowSeconds);

            Outcome outcome = Decide(command, state, profile, settings, now, events, asleep);
            if (outcome.StateChanged || asleep)
            {
                state.LastUpdate = now;
            }

            return outcome;
        }

        private static Outcome Decide(Command c, VehicleState s, VehicleProfile profile, VehicleSettings settings, DateTime now, ArrayList events, bool asleep)
        {
            if (s.Privacy == Privacy.Full && c.Family != CommandFamily.WakeUp)
            {
                return Refuse(c, Refusal.Privacy, asleep);
            }

            if (s.Stolen && c.Family != CommandFamily.Stolen && c.Family != CommandFamily.Immobilization && c.Family != CommandFamily.WakeUp)
            {
                return Refuse(c, Refusal.Stolen, asleep);
            }

            switch (c.Family)
            {
                case CommandFamily.Charging:
                    return Charging(c, s, profile, settings, now, events, asleep);
                case CommandFamily.Preconditioning:
                    return Preconditioning(c, s, settings, now, events, asleep);
                case CommandFamily.Doors:
                    return DoorLocks(c, s, asleep);
                case CommandFamily.Horn:
                    return Horn(c, s, settings, now, asleep);
                case CommandFamily.Lights:
                    return Lights(c, s, settings, now, asleep);
                case CommandFamily.WakeUp:
                    return Refresh(c, s, asleep);
                case CommandFamily.Stolen:
                    return StolenMode(c, s, now, asleep);
                case CommandFamily.Immobilization:
                    return Immobilization(c, s, asleep);
                default:
                    s.NavigationPoints = c.NavigationPoints;
                    return Done(c, asleep, true);
            }
        }

        private static Outcome Charging(Command c, VehicleState s, VehicleProfile profile, VehicleSettings settings, DateTime now, ArrayList events, bool asleep)
        {
            if (s.SevRunning)
            {
                return Psa(Refuse(c, Refusal.SevNotStop, asleep), "error", 3);
            }

            switch (c.Action)
            {
                case CommandAction.ChargeStart:
                    if (s.ChargingFault == ChargingFault.Communication)
                    {
                        return Psa(Refuse(c, Refusal.ChargingCommunication, asleep), "error", 2);
                    }

                    if (s.ChargingFault == ChargingFault.External)
                    {
                        return Psa(Refuse(c, Refusal.ExternalCharger, asleep), "error", 2);
                    }

                    if (s.ChargingStandby || !s.Plugged)
                    {
                        return Psa(Refuse(c, Refusal.ChargingStandby, asleep), "error", 0);
                    }

                    if (c.HasDeferredMinute && s.DeferredStale)
                    {
                        return Refuse(c, Refusal.DeferredStale, asleep);
                    }

                    if (c.HasDeferredMinute && s.DeferredEnabled && c.DeferredMinute != s.DeferredMinute)
                    {
                        // The request moves the deferred hour: the immediate start is discarded (2325).
                        return Refuse(c, Refusal.DeferredHourChanged, asleep);
                    }

                    if (s.Charging)
                    {
                        return Psa(Refuse(c, Refusal.ChargeAlreadyOngoing, asleep), "error", 1);
                    }

                    if (s.ChargingStatus == ChargingStatus.Finished && s.SocTenths >= ChargeSystem.TargetTenths(s, settings))
                    {
                        return Refuse(c, Refusal.ServiceAlreadyStarted, asleep);
                    }

                    StorePrograms(c, s);
                    ChargeSystem.Start(s, profile, true, now, events);
                    s.LastReason = 3;
                    return Done(c, asleep, true);

                case CommandAction.ChargeStop:
                    if (!s.Charging && !s.CantCharge)
                    {
                        return Refuse(c, Refusal.AlreadyInState, asleep);
                    }

                    ChargeSystem.Stop(s, ChargingStatus.Stopped, now, events);
                    s.LastReason = 3;
                    return Done(c, asleep, true);

                case CommandAction.ChargeDeferred:
                    if (s.DeferredStale)
                    {
                        return Refuse(c, Refusal.DeferredStale, asleep);
                    }

                    bool sameTime = c.DeferredMinute == s.DeferredMinute && s.DeferredEnabled;
                    if (s.Charging && s.ImmediateCharge && !sameTime)
                    {
                        return Refuse(c, Refusal.ImmediateChargeLaunched, asleep);
                    }

                    if (sameTime)
                    {
                        if (s.Charging && s.ImmediateCharge)
                        {
                            // The open-source clients stop a charge by re-sending the current deferred time.
                            ChargeSystem.Stop(s, ChargingStatus.Stopped, now, events);
                            s.LastReason = 3;
                            return Done(c, asleep, true);
                        }

                        return Refuse(c, Refusal.ServiceAlreadyStarted, asleep);
                    }

                    s.DeferredMinute = c.DeferredMinute;
                    s.DeferredEnabled = true;
                    if (s.Charging)
                    {
                        // A charge started by the old deferred time waits for the new one.
                        ChargeSystem.Stop(s, ChargingStatus.Stopped, now, events);
                    }

                    s.LastReason = 3;
                    return Done(c, asleep, true);

                case CommandAction.ChargeSchedule:
                    if (s.DeferredStale)
                    {
                        return Refuse(c, Refusal.DeferredStale, asleep);
                    }

                    if (!StorePrograms(c, s))
                    {
                        return Refuse(c, Refusal.AlreadyInState, asleep);
                    }

                    return Done(c, asleep, true);

                default:
                    int type = c.PreferenceType < 0 ? s.PreferenceType : c.PreferenceType;
                    int level = c.PreferenceLevel == 0 ? s.PreferenceLevel : c.PreferenceLevel;
                    if (type == s.PreferenceType && level == s.PreferenceLevel)
                    {
                        return Refuse(c, Refusal.AlreadyInState, asleep);
                    }

                    s.PreferenceType = type;
                    s.PreferenceLevel = level;
                    return Done(c, asleep, true);
            }
        }

        // Stores the command's charge programs; true when anything changed.
        private static bool StorePrograms(Command c, VehicleState s)
        {
            if (c.ChargePrograms == null)
            {
                return false;
            }

            bool changed = false;
            for (int i = 0; i < 4; i++)
            {
                ChargeProgram program = c.ChargePrograms[i];
                if (program != null && !program.SameAs(s.ChargePrograms[i]))
                {
                    s.ChargePrograms[i].CopyFrom(program);
                    changed = true;
                }
            }

            return changed;
        }

        private static bool StorePreconditioningPrograms(Command c, VehicleState s)
        {
            if (c.PreconditioningPrograms == null)
            {
                return false;
            }

            bool changed = false;
            for (int i = 0; i < 4; i++)
            {
                PreconditioningProgram program = c.PreconditioningPrograms[i];
                if (program != null && !program.SameAs(s.PreconditioningPrograms[i]))
                {
                    s.PreconditioningPrograms[i].CopyFrom(program);
                    changed = true;
                }
            }

            return changed;
        }

        private static bool ProgramsDiffer(Command c, VehicleState s)
        {
            if (c.PreconditioningPrograms == null)
            {
                return false;
            }

            for (int i = 0; i < 4; i++)
            {
                if (c.PreconditioningPrograms[i] != null && !c.PreconditioningPrograms[i].SameAs(s.PreconditioningPrograms[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static Outcome Preconditioning(Command c, VehicleState s, VehicleSettings settings, DateTime now, ArrayList events, bool asleep)
        {
            bool withPrograms = c.PreconditioningPrograms != null;
            switch (c.Action)
            {
                case CommandAction.PreconditioningStart:
                    if (s.SevRunning)
                    {
                        return Psa(Refuse(c, Refusal.SevNotStop, asleep), "error", 0);
                    }

                    if (s.PreconditioningFault)
                    {
                        return Psa(Refuse(c, Refusal.PreconditioningCommunication, asleep), "error", 2);
                    }

                    if (withPrograms && s.ProgramsStale)
                    {
                        return Refuse(c, Refusal.ProgramsStale, asleep);
                    }

                    if (s.Preconditioning)
                    {
                        return Psa(Refuse(c, Refusal.PreconditioningOngoing, asleep), "error", 1);
                    }

                    StorePreconditioningPrograms(c, s);
                    s.PreconditioningStatus = PreconditioningStatus.Enabled;
                    s.PreconditioningScheduled = false;
                    s.PreconditioningEndsAt = now.AddMinutes(settings.PreconditioningMinutes);
                    events.Add(new VehicleEvent(VehicleEvent.PreconditioningStarted, now));
                    return Done(c, asleep, true);

                case CommandAction.PreconditioningStop:
                    if (s.SevRunning)
                    {
                        return Psa(Refuse(c, Refusal.StopPreconditioningSev, asleep), "error", 3);
                    }

                    if (withPrograms && s.ProgramsStale)
                    {
                        return Refuse(c, Refusal.ProgramsStale, asleep);
                    }

                    if (!s.Preconditioning)
                    {
                        // Clients send "deactivate" with the programs to change only the programs.
                        if (StorePreconditioningPrograms(c, s))
                        {
                            return Done(c, asleep, true);
                        }

                        return Psa(Refuse(c, Refusal.PreconditioningNotRunning, asleep), "error", 4);
                    }

                    StorePreconditioningPrograms(c, s);
                    s.PreconditioningStatus = PreconditioningStatus.Disabled;
                    return Done(c, asleep, true);

                default:
                    if (s.ProgramsStale)
                    {
                        return Refuse(c, Refusal.ProgramsStale, asleep);
                    }

                    if (!ProgramsDiffer(c, s))
                    {
                        return Refuse(c, Refusal.AlreadyInState, asleep);
                    }

                    StorePreconditioningPrograms(c, s);
                    return Done(c, asleep, true);
            }
        }

        private static Outcome DoorLocks(Command c, VehicleState s, bool asleep)
        {
            bool locking = c.Action == CommandAction.Lock;
            if (s.DoorsStale)
            {
                return Refuse(c, Refusal.DoorsStale, asleep);
            }

            if (s.OpenDoors != 0)
            {
                return Psa(Refuse(c, Refusal.DoorOpen, asleep), "lock_resp_state", 2);
            }

            if (locking && s.Locked)
            {
                return Psa(Refuse(c, Refusal.AllLocked, asleep), "lock_resp_state", 1);
            }

            if (!locking && !s.Locked)
            {
                return Psa(Refuse(c, Refusal.AllUnlocked, asleep), "lock_resp_state", 0);
            }

            s.Locked = locking;
            s.LastReason = 5;
            return Psa(Done(c, asleep, true), "lock_resp_state", locking ? 1 : 0);
        }

        private static Outcome Horn(Command c, VehicleState s, VehicleSettings settings, DateTime now, bool asleep)
        {
            if (c.HornCount == 0)
            {
                // Web API "Unactivated": silence a sounding horn.
                if (now < s.HornUntil)
                {
                    s.HornUntil = now;
                    s.BusyFamily = -1;
                    return Done(c, asleep, true);
                }

                return Refuse(c, Refusal.AlreadyInState, asleep);
            }

            if (s.SevRunning)
            {
                return Psa(Refuse(c, Refusal.SevNotStop, asleep), "error", 0);
            }

            if (now < s.HornCoolDownUntil)
            {
                return Psa(Refuse(c, Refusal.HornCoolDown, asleep), "error", 1);
            }

            s.HornUntil = now.AddSeconds(c.HornCount * settings.HornBeepSeconds);
            s.HornCoolDownUntil = now.AddSeconds(settings.HornCoolDownSeconds);
            Busy(s, CommandFamily.Horn, s.HornUntil);
            return Done(c, asleep, true);
        }

        private static Outcome Lights(Command c, VehicleState s, VehicleSettings settings, DateTime now, bool asleep)
        {
            if (c.Action == CommandAction.LightsOff)
            {
                if (!s.LightsOn)
                {
                    return Refuse(c, Refusal.AlreadyInState, asleep);
                }

                s.LightsOn = false;
                s.LightsUntil = now;
                if (s.BusyFamily == CommandFamily.Lights)
                {
                    s.BusyFamily = -1;
                }

                return Done(c, asleep, true);
            }

            if (s.SevRunning)
            {
                return Psa(Refuse(c, Refusal.SevNotStop, asleep), "error", 0);
            }

            if (now < s.LightsCoolDownUntil)
            {
                return Psa(Refuse(c, Refusal.LightsCoolDown, asleep), "error", 2);
            }

            int seconds = c.LightsSeconds > 0 ? c.LightsSeconds : settings.LightsFlashSeconds;
            s.LightsOn = true;
            s.LightsUntil = now.AddSeconds(seconds);
            s.LightsCoolDownUntil = now.AddSeconds(settings.LightsCoolDownSeconds);
            Busy(s, CommandFamily.Lights, s.LightsUntil);
            return Done(c, asleep, true);
        }

        private static Outcome Refresh(Command c, VehicleState s, bool asleep)
        {
            if (s.SevRunning)
            {
                // PSA answers 420 "sev not stopped" to a state request while the car is driven.
                return Refuse(c, Refusal.SevNotStop, asleep);
            }

            s.DeferredStale = false;
            s.ProgramsStale = false;
            s.DoorsStale = false;
            s.LastReason = 6;
            return Done(c, asleep, true);
        }

        private static Outcome StolenMode(Command c, VehicleState s, DateTime now, bool asleep)
        {
            if (c.Action == CommandAction.StolenTracking)
            {
                int running = c.TrackingRunningSeconds > 0 ? c.TrackingRunningSeconds : s.TrackingRunningSeconds;
                int shutdown = c.TrackingShutdownSeconds > 0 ? c.TrackingShutdownSeconds : s.TrackingShutdownSeconds;
                if (running == s.TrackingRunningSeconds && shutdown == s.TrackingShutdownSeconds)
                {
                    return Refuse(c, Refusal.AlreadyInState, asleep);
                }

                s.TrackingRunningSeconds = running;
                s.TrackingShutdownSeconds = shutdown;
                return Done(c, asleep, true);
            }

            bool stolen = c.Action == CommandAction.StolenOn;
            if (stolen == s.Stolen)
            {
                return Refuse(c, Refusal.AlreadyInState, asleep);
            }

            s.Stolen = stolen;
            s.StolenSince = stolen ? now : DateTime.MinValue;
            return Done(c, asleep, true);
        }

        private static Outcome Immobilization(Command c, VehicleState s, bool asleep)
        {
            bool on = c.Action == CommandAction.ImmobilizeOn;
            if (on == s.Immobilized)
            {
                return Refuse(c, Refusal.AlreadyInState, asleep);
            }

            s.Immobilized = on;
            return Done(c, asleep, true);
        }

        private static void Busy(VehicleState s, int family, DateTime until)
        {
            s.BusyFamily = family;
            s.BusyUntil = until;
        }

        private static Outcome Done(Command c, bool asleep, bool changed)
        {
            var outcome = new Outcome(c.Family, c.Action, Refusal.None, null, asleep);
            outcome.StateChanged = changed;
            return outcome;
        }

        /// <summary>A refusal of <paramref name="c"/>.</summary>
        public static Outcome Refuse(Command c, int refusal, bool asleep)
        {
            return new Outcome(c.Family, c.Action, refusal, null, asleep);
        }

        private static Outcome Psa(Outcome outcome, string field, int value)
        {
            outcome.PsaRespDataField = field;
            outcome.PsaRespDataValue = value;
            return outcome;
        }
    }
}
