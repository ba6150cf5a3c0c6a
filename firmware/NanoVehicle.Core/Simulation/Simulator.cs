using System;
using System.Collections;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Simulation
{
    /// <summary>
    /// Moves the car through simulated time: charging and driving energy, deferred charge and program starts,
    /// preconditioning end, sleep, month rollover. Time is cut at every whole minute so timed starts happen at
    /// their minute however often the caller advances; integer remainders keep sums exact. Deterministic.
    /// </summary>
    public static class Simulator
    {
        /// <summary>Runs the car from <paramref name="from"/> to <paramref name="to"/>, adding what happens to <paramref name="events"/>.</summary>
        public static void Run(VehicleState s, VehicleProfile profile, VehicleSettings settings, DateTime from, DateTime to, ArrayList events)
        {
            DateTime t = from;
            while (t < to)
            {
                // Next whole minute after t, or the end.
                long minuteTicks = TimeSpan.TicksPerMinute;
                DateTime next = new DateTime((t.Ticks / minuteTicks + 1) * minuteTicks);
                if (next > to)
                {
                    next = to;
                }

                Step(s, profile, settings, t, next, events);
                t = next;
            }
        }

        private static void Step(VehicleState s, VehicleProfile profile, VehicleSettings settings, DateTime from, DateTime to, ArrayList events)
        {
            long ticks = to.Ticks - from.Ticks;
            RollMonth(s, to, events);
            Charge(s, profile, settings, ticks, to, events);
            Drive(s, profile, ticks);
            if (to.Ticks % TimeSpan.TicksPerMinute == 0)
            {
                TimedStarts(s, profile, settings, to, events);
            }

            if (s.Preconditioning && to >= s.PreconditioningEndsAt)
            {
                s.PreconditioningStatus = PreconditioningStatus.Finished;
                s.LastUpdate = to;
                events.Add(new VehicleEvent(VehicleEvent.PreconditioningFinished, to));
            }

            if (s.CantCharge && s.ParkBrake == ParkBrake.Activated)
            {
                ChargeSystem.Start(s, profile, s.ImmediateCharge, to, events);
                s.LastUpdate = to;
            }

            if (s.BusyFamily >= 0 && to >= s.BusyUntil)
            {
                s.BusyFamily = -1;
            }

            if (s.LightsOn && to >= s.LightsUntil)
            {
                s.LightsOn = false;
            }

            ReportPosition(s, from, to, events);
            Sleep(s, settings, to, events);
        }

        // Rule 22: while stolen the car reports its position every tracking period (ignition on: running, off: shutdown).
        private static void ReportPosition(VehicleState s, DateTime from, DateTime at, ArrayList events)
        {
            if (!s.Stolen)
            {
                s.NextPositionReport = DateTime.MinValue;
                return;
            }

            int period = s.Ignition == Ignition.Stop ? s.TrackingShutdownSeconds : s.TrackingRunningSeconds;
            if (s.NextPositionReport == DateTime.MinValue)
            {
                s.NextPositionReport = s.StolenSince.AddSeconds(period);
            }

            DateTime latest = from.AddSeconds(period);
            if (s.NextPositionReport > latest)
            {
                s.NextPositionReport = latest; // a shorter period (ignition on, new tracking) applies at once
            }

            while (s.NextPositionReport <= at)
            {
                events.Add(new VehicleEvent(VehicleEvent.PositionReport, s.NextPositionReport));
                s.NextPositionReport = s.NextPositionReport.AddSeconds(period);
            }
        }

        /// <summary>Resets the wake-up counter when <paramref name="now"/> is in a new calendar month.</summary>
        public static void RollMonth(VehicleState s, DateTime now, ArrayList events)
        {
            int month = MonthKey(now);
            if (month != s.WakeUpMonth)
            {
                bool counted = s.WakeUpMonth != 0;
                s.WakeUpMonth = month;
                s.WakeUpsThisMonth = 0;
                if (counted)
                {
                    events.Add(new VehicleEvent(VehicleEvent.MonthRolledOver, now));
                }
            }
        }

        /// <summary>Year × 12 + month − 1 of <paramref name="utc"/>.</summary>
        public static int MonthKey(DateTime utc)
        {
            return utc.Year * 12 + utc.Month - 1;
        }

        private static void Charge(VehicleState s, VehicleProfile profile, VehicleSettings settings, long ticks, DateTime at, ArrayList events)
        {
            if (!s.Charging)
            {
                return;
            }

            // tenths of % gained = rate[%/h] × 10 × ticks / ticks-per-hour, remainder carried over.
            long perTick = ChargeSystem.RatePercentPerHour(s, profile) * 10L;
            long numerator = s.ChargeRemainder + perTick * ticks;
            long gained = numerator / TimeSpan.TicksPerHour;
            s.ChargeRemainder = numerator % TimeSpan.TicksPerHour;
            int target = ChargeSystem.TargetTenths(s, settings);
            long soc = s.SocTenths + gained;
            if (soc >= target)
            {
                s.SocTenths = target > s.SocTenths ? target : s.SocTenths;
                s.ChargingStatus = ChargingStatus.Finished;
                s.ImmediateCharge = false;
                s.ChargeRemainder = 0;
                s.LastReason = 4;
                s.LastUpdate = at;
                if (s.SocTenths >= 1000)
                {
                    events.Add(new VehicleEvent(VehicleEvent.ChargeFinished, at));
                }
                else
                {
                    events.Add(new VehicleEvent(VehicleEvent.StateChanged, at));
                }

                return;
            }

            if (gained > 0)
            {
                // Stamp the moment the last tenth was reached, not the end of the step, so the cadence of calls
                // does not show in the state.
                s.SocTenths = (int)soc;
                s.LastUpdate = at.AddTicks(-(s.ChargeRemainder / perTick));
            }
        }

        private static void Drive(VehicleState s, VehicleProfile profile, long ticks)
        {
            if (s.Ignition != Ignition.Start || s.SpeedKmh <= 0 || s.Immobilized)
            {
                return;
            }

            // metres = km/h × 1000 × ticks / ticks-per-hour.
            long numerator = s.DriveRemainder + s.SpeedKmh * 1000L * ticks;
            long meters = numerator / TimeSpan.TicksPerHour;
            s.DriveRemainder = numerator % TimeSpan.TicksPerHour;
            s.OdometerMeters += meters;

            // tenths of % used = metres × 1000 / (range km × 1000) = metres / range.
            long used = s.ConsumptionRemainder + meters;
            int range = profile.RangeKm > 0 ? profile.RangeKm : 1;
            long tenths = used / range;
            s.ConsumptionRemainder = used % range;
            long soc = s.SocTenths - tenths;
            if (soc <= 0)
            {
                soc = 0;
                s.SpeedKmh = 0; // out of energy
            }

            s.SocTenths = (int)soc;
        }

        private static void TimedStarts(VehicleState s, VehicleProfile profile, VehicleSettings settings, DateTime at, ArrayList events)
        {
            int minute = at.Hour * 60 + at.Minute;
            int dayBit = 1 << DayIndex(at);

            // Deferred charge and charge programs start the expected charge.
            bool chargeDue = s.DeferredEnabled && minute == s.DeferredMinute;
            for (int i = 0; i < 4; i++)
            {
                ChargeProgram program = s.ChargePrograms[i];
                if (program.Set && program.Enabled && (program.Days & dayBit) != 0)
                {
                    if (program.StartMinute == minute)
                    {
                        chargeDue = true;
                    }
                    else if (!program.UntilFull && program.EndMinute == minute && s.Charging && !s.ImmediateCharge)
                    {
                        ChargeSystem.Stop(s, ChargingStatus.Stopped, at, events);
                        s.LastUpdate = at;
                    }
                }
            }

            if (chargeDue && s.Plugged && !s.Charging && s.SocTenths < ChargeSystem.TargetTenths(s, settings))
            {
                ChargeSystem.Start(s, profile, false, at, events);
                s.LastReason = 3;
                s.LastUpdate = at;
            }

            for (int i = 0; i < 4; i++)
            {
                PreconditioningProgram program = s.PreconditioningPrograms[i];
                if (program.Set && program.Enabled && program.StartMinute == minute && (program.Days & dayBit) != 0
                    && !s.Preconditioning && !s.PreconditioningFault)
                {
                    s.PreconditioningStatus = PreconditioningStatus.Enabled;
                    s.PreconditioningScheduled = true;
                    s.PreconditioningEndsAt = at.AddMinutes(settings.PreconditioningMinutes);
                    s.LastUpdate = at;
                    if (!program.Daily)
                    {
                        program.Enabled = false; // a one-off program runs once
                    }

                    events.Add(new VehicleEvent(VehicleEvent.PreconditioningStarted, at));
                }
            }
        }

        /// <summary>Monday = 0 … Sunday = 6.</summary>
        public static int DayIndex(DateTime at)
        {
            // 0001-01-01 was a Monday.
            return (int)((at.Ticks / TimeSpan.TicksPerDay) % 7);
        }

        private static void Sleep(VehicleState s, VehicleSettings settings, DateTime at, ArrayList events)
        {
            bool keepAwake = s.Ignition != Ignition.Stop || s.Charging || s.Preconditioning || s.Stolen;
            if (keepAwake)
            {
                DateTime until = at.AddSeconds(settings.AwakeWindowSeconds);
                if (until > s.AwakeUntil)
                {
                    s.AwakeUntil = until;
                }

                if (!s.Awake)
                {
                    s.Awake = true;
                    s.LastUpdate = at;
                }

                return;
            }

            if (s.Awake && at >= s.AwakeUntil)
            {
                s.Awake = false;
                s.LastUpdate = at;
                events.Add(new VehicleEvent(VehicleEvent.FellAsleep, at));
            }
        }
    }
}
