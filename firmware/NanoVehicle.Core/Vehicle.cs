using System;
using System.Collections;
using NanoVehicle.Core.Commands;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.Rules;
using NanoVehicle.Core.Simulation;
using NanoVehicle.Core.State;

namespace NanoVehicle.Core
{
    /// <summary>
    /// One simulated car: its profile, settings and state, the command entry points of the three APIs, and the
    /// clock-driven simulation. No I/O and no threads: callers pass commands in and publish what comes back.
    /// Not thread-safe: one caller at a time (the adapters serialise calls).
    /// </summary>
    public sealed class Vehicle
    {
        private readonly IClock _clock;
        private readonly ArrayList _pending = new ArrayList();
        private DateTime _lastReal;
        private DateTime _now;

        /// <summary>
        /// Creates a car of <paramref name="profile"/> with <paramref name="settings"/> (null: defaults), reading time
        /// from <paramref name="clock"/>. <paramref name="state"/> (null: a fresh car) is used as is.
        /// </summary>
        public Vehicle(VehicleProfile profile, VehicleSettings settings, IClock clock, VehicleState state)
        {
            Profile = profile;
            Settings = settings ?? new VehicleSettings();
            _clock = clock;
            State = state ?? new VehicleState();
            if (State.TimeScale < 1)
            {
                State.TimeScale = Settings.TimeScale < 1 ? 1 : Settings.TimeScale;
            }

            _lastReal = clock.UtcNow;
            _now = _lastReal;
            if (State.AwakeUntil == DateTime.MinValue && State.Awake)
            {
                State.AwakeUntil = _now.AddSeconds(Settings.AwakeWindowSeconds);
            }

            if (State.LastUpdate == DateTime.MinValue)
            {
                State.LastUpdate = _now;
            }

            Simulator.RollMonth(State, _now, _pending);
            _pending.Clear();
        }

        /// <summary>Creates a fresh car with a VIN.</summary>
        public Vehicle(VehicleProfile profile, VehicleSettings settings, IClock clock, string vin)
            : this(profile, settings, clock, (VehicleState)null)
        {
            if (vin != null)
            {
                State.Vin = vin;
            }
        }

        /// <summary>The clock the car reads.</summary>
        public IClock Clock
        {
            get { return _clock; }
        }

        /// <summary>What kind of car it is.</summary>
        public VehicleProfile Profile { get; }
        /// <summary>Its configurable values.</summary>
        public VehicleSettings Settings { get; }
        /// <summary>Its state (read it; change it through commands, <see cref="ApplyOverrides"/> or tests).</summary>
        public VehicleState State { get; private set; }
        /// <summary>The VIN.</summary>
        public string Vin
        {
            get { return State.Vin; }
        }

        /// <summary>The car's simulated time, as of the last call.</summary>
        public DateTime Now
        {
            get { return _now; }
        }

        /// <summary>
        /// Brings the simulation up to the clock and returns what happened since the last call (events raised by
        /// commands included), with a <c>stateChanged</c> event when any reported state changed.
        /// </summary>
        public VehicleEvent[] Advance()
        {
            DateTime before = State.LastUpdate;
            CatchUp();
            if (State.LastUpdate != before)
            {
                Raise(VehicleEvent.StateChanged);
            }

            return TakeEvents();
        }

        /// <summary>Runs <paramref name="command"/> now and returns its one outcome.</summary>
        public Outcome Execute(Command command)
        {
            CatchUp();
            Outcome outcome = CommandRules.Apply(command, State, Profile, Settings, _now, _pending);
            Trim();
            if (outcome.StateChanged)
            {
                Raise(VehicleEvent.StateChanged);
            }

            return outcome;
        }

        /// <summary>
        /// Reads and runs a PSA request: <paramref name="service"/> from the topic (<c>VehCharge</c>,
        /// <c>VehCharge/state</c>, <c>ThermalPrecond</c>, <c>Doors</c>, <c>Horn</c>, <c>Lights</c>) and the parsed
        /// <c>req_parameters</c>. Bad input answers 2101/2102 naming the parameter.
        /// </summary>
        public Outcome ExecutePsa(string service, object reqParameters)
        {
            return Run(PsaCommandReader.Read(service, reqParameters));
        }

        /// <summary>Reads and runs a Web API <c>Remote</c> body (parsed JSON object).</summary>
        public Outcome ExecuteWebApi(object remoteBody)
        {
            return Run(WebApiCommandReader.Read(remoteBody));
        }

        /// <summary>Reads and runs Mobile SDK <c>pims.vehicle.command</c> parameters (parsed JSON object).</summary>
        public Outcome ExecuteMobileSdk(object parameters)
        {
            return Run(MobileSdkCommandReader.Read(parameters));
        }

        /// <summary>Runs a read command, or answers its input error.</summary>
        public Outcome Run(CommandParse parse)
        {
            if (parse.Ok)
            {
                return Execute(parse.Command);
            }

            int refusal = parse.ErrorCode == Codes.MobileSdkErrors.MissingParameter ? Refusal.MissingParameter : Refusal.InvalidParameter;
            return new Outcome(parse.Family, -1, refusal, parse.Parameter, false);
        }

        /// <summary>
        /// Rule 10: true when an SDK <c>refresh</c> should wake the car — a charge in progress, or plugged while the
        /// charge state reads disconnected.
        /// </summary>
        public bool RefreshWakesVehicle
        {
            get
            {
                return State.ChargingStatus == ChargingStatus.InProgress
                    || (State.Plugged && State.ChargingStatus == ChargingStatus.Disconnected);
            }
        }

        /// <summary>
        /// Applies a simulation-control override object (see <see cref="StateOverrides"/>) all or nothing.
        /// Returns null when applied, else a message naming the bad field (nothing changed).
        /// </summary>
        public string ApplyOverrides(object overrides)
        {
            CatchUp();
            VehicleState staged = State.Copy();
            var raised = new ArrayList();
            string error = StateOverrides.Apply(overrides, staged, Profile, _now, raised, Settings.AwakeWindowSeconds);
            if (error != null)
            {
                return error;
            }

            staged.LastUpdate = _now;
            State.CopyFrom(staged);
            for (int i = 0; i < raised.Count; i++)
            {
                _pending.Add(raised[i]);
            }

            Raise(VehicleEvent.StateChanged);
            return null;
        }

        /// <summary>Replaces the whole state (e.g. after reading a persistence snapshot).</summary>
        public void Restore(VehicleState state)
        {
            State.CopyFrom(state);
            CatchUp();
        }

        private void CatchUp()
        {
            DateTime real = _clock.UtcNow;
            if (real <= _lastReal)
            {
                return; // a clock that goes back (NTP step) never runs the car backwards
            }

            long elapsed = (real.Ticks - _lastReal.Ticks) * (State.TimeScale < 1 ? 1 : State.TimeScale);
            _lastReal = real;
            DateTime target = _now.AddTicks(elapsed);
            Simulator.Run(State, Profile, Settings, _now, target, _pending);
            _now = target;
            Trim();
        }

        /// <summary>Most events kept between two <see cref="Advance"/> calls; the oldest go first beyond it.</summary>
        public const int MaxPendingEvents = 64;

        // One pending "stateChanged" is enough, and a caller that never advances must not grow the list forever.
        private void Raise(string name)
        {
            if (name == VehicleEvent.StateChanged && HasPending(name))
            {
                return;
            }

            _pending.Add(new VehicleEvent(name, _now));
            Trim();
        }

        private void Trim()
        {
            while (_pending.Count > MaxPendingEvents)
            {
                _pending.RemoveAt(0);
            }
        }

        private bool HasPending(string name)
        {
            for (int i = 0; i < _pending.Count; i++)
            {
                if (((VehicleEvent)_pending[i]).Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        private VehicleEvent[] TakeEvents()
        {
            var events = new VehicleEvent[_pending.Count];
            for (int i = 0; i < events.Length; i++)
            {
                events[i] = (VehicleEvent)_pending[i];
            }

            _pending.Clear();
            return events;
        }
    }
}
