using System;

namespace NanoVehicle.Core.State
{
    /// <summary>
    /// Everything the car knows about itself. Plain fields: the <see cref="Vehicle"/> changes them through its rules,
    /// simulation and overrides; renderers read them. Times are the car's simulated UTC time.
    /// </summary>
    public sealed class VehicleState
    {
        /// <summary>Vehicle identification number.</summary>
        public string Vin = "VR1AB12C3D4567890";

        // Driving
        /// <summary><see cref="State.Ignition"/> value (SEV).</summary>
        public int Ignition = State.Ignition.Stop;
        /// <summary>Speed, km/h; the car is moving when above zero.</summary>
        public int SpeedKmh;
        /// <summary><see cref="State.Gear"/> value.</summary>
        public int Gear = State.Gear.Neutral;
        /// <summary><see cref="State.ParkBrake"/> value.</summary>
        public int ParkBrake = State.ParkBrake.Activated;
        /// <summary>Odometer, metres.</summary>
        public long OdometerMeters = 12345600;

        // Energy and charging
        /// <summary>Traction battery state of charge, tenths of % (0..1000).</summary>
        public int SocTenths = 650;
        /// <summary>A charging cable is connected.</summary>
        public bool Plugged;
        /// <summary>The plugged station is a DC fast charger.</summary>
        public bool QuickCharger;
        /// <summary><see cref="State.ChargingStatus"/> value.</summary>
        public int ChargingStatus = State.ChargingStatus.Disconnected;
        /// <summary>The charging system is on standby (immediate charge refused with 2330).</summary>
        public bool ChargingStandby;
        /// <summary><see cref="State.ChargingFault"/> value.</summary>
        public int ChargingFault = State.ChargingFault.None;
        /// <summary>The running charge was started by an immediate request (a deferred-hour change is then refused, 2326).</summary>
        public bool ImmediateCharge;
        /// <summary>Charge waits for <see cref="DeferredMinute"/> instead of starting when plugged.</summary>
        public bool DeferredEnabled;
        /// <summary>Deferred charge start, minutes after midnight.</summary>
        public int DeferredMinute = 22 * 60 + 30;
        /// <summary>Web API <c>preferences.level</c> index (0 = none).</summary>
        public int PreferenceLevel;
        /// <summary>Web API <c>preferences.type</c> index (0 Full, 1 Partial).</summary>
        public int PreferenceType;
        /// <summary>Charge schedule slots 1..4 (index 0..3).</summary>
        public ChargeProgram[] ChargePrograms = { new ChargeProgram(1), new ChargeProgram(2), new ChargeProgram(3), new ChargeProgram(4) };
        /// <summary>12 V auxiliary battery level, %.</summary>
        public int AuxBatteryPercent = 85;
        /// <summary>The car expected to charge but could not (park brake off); <c>cantCharge</c> already raised.</summary>
        public bool CantCharge;
        /// <summary>Sub-minute remainder of SoC gained while charging, in millionths of a tenth of %.</summary>
        public long ChargeRemainder;
        /// <summary>Remainders of distance and SoC used while driving (sub-metre, sub-tenth), for exact sums.</summary>
        public long DriveRemainder;
        /// <summary>See <see cref="DriveRemainder"/>.</summary>
        public long ConsumptionRemainder;

        // Preconditioning
        /// <summary><see cref="PreconditioningStatus"/> value.</summary>
        public int PreconditioningStatus = State.PreconditioningStatus.Disabled;
        /// <summary>Preconditioning was started by a program (true) or immediately (false).</summary>
        public bool PreconditioningScheduled;
        /// <summary>When the running preconditioning ends.</summary>
        public DateTime PreconditioningEndsAt;
        /// <summary>The car cannot talk to its preconditioning system (2334).</summary>
        public bool PreconditioningFault;
        /// <summary>Preconditioning slots 1..4 (index 0..3).</summary>
        public PreconditioningProgram[] PreconditioningPrograms =
        {
            new PreconditioningProgram(1), new PreconditioningProgram(2), new PreconditioningProgram(3), new PreconditioningProgram(4),
        };

        // Body
        /// <summary>Doors locked.</summary>
        public bool Locked = true;
        /// <summary>Open openings, <see cref="State.Doors"/> bits.</summary>
        public int OpenDoors;
        /// <summary>Lights switched on by a remote (Web API <c>lights.on</c>) or flashing.</summary>
        public bool LightsOn;
        /// <summary>The flash or the beeps of the last lights / horn request end at these times.</summary>
        public DateTime LightsUntil;
        /// <summary>End of the horn's last sounding.</summary>
        public DateTime HornUntil;
        /// <summary>A new horn request before this time gets 2358.</summary>
        public DateTime HornCoolDownUntil;
        /// <summary>A new lights request before this time gets 2359.</summary>
        public DateTime LightsCoolDownUntil;

        // Security and privacy
        /// <summary><see cref="State.Privacy"/> value.</summary>
        public int Privacy = State.Privacy.None;
        /// <summary>Declared stolen: stays awake and reports its position.</summary>
        public bool Stolen;
        /// <summary>When it was declared stolen.</summary>
        public DateTime StolenSince;
        /// <summary>Position report period with ignition on, s (≥ 5).</summary>
        public int TrackingRunningSeconds = 30;
        /// <summary>Position report period with ignition off, s (≥ 60).</summary>
        public int TrackingShutdownSeconds = 120;
        /// <summary>When a stolen car next reports its position.</summary>
        public DateTime NextPositionReport;
        /// <summary>Immobilized: the car will not start.</summary>
        public bool Immobilized;
        /// <summary>Points of the last navigation request (destination last).</summary>
        public int NavigationPoints;

        // O2X
        /// <summary>Current dongle alerts, <see cref="AlertBits"/> (bit i is <see cref="O2x.O2xNames.Alerts"/>[i]).</summary>
        public int CurrentAlerts;
        /// <summary>Alerts that were active and have cleared.</summary>
        public int PreviousAlerts;
        /// <summary>Forced O2X <c>systemState</c> index, or -1 to derive it from the car.</summary>
        public int O2xSystemState = -1;
        /// <summary>Forced O2X <c>batteryState</c> index, or -1 to derive it from the car.</summary>
        public int O2xBatteryState = -1;

        // Connectivity and sleep
        /// <summary>The car is awake (telematics reachable without a wake-up).</summary>
        public bool Awake = true;
        /// <summary>End of the awake window.</summary>
        public DateTime AwakeUntil;
        /// <summary>The car's telematics can be reached at all; false makes commands time out.</summary>
        public bool Reachable = true;
        /// <summary>Wake-ups counted in <see cref="WakeUpMonth"/>.</summary>
        public int WakeUpsThisMonth;
        /// <summary>Month the counter belongs to: year × 12 + month − 1.</summary>
        public int WakeUpMonth;

        // Stale copies the car must refresh before acting (2337, 2338, 2357); a state refresh clears them.
        /// <summary>The deferred charge hours must be updated first.</summary>
        public bool DeferredStale;
        /// <summary>The preconditioning programs must be updated first.</summary>
        public bool ProgramsStale;
        /// <summary>The door state must be updated first.</summary>
        public bool DoorsStale;

        // Command lifecycle
        /// <summary>Family of the action still being carried out (-1: none).</summary>
        public int BusyFamily = -1;
        /// <summary>When that action ends.</summary>
        public DateTime BusyUntil;

        // Reporting
        /// <summary>Simulated seconds per real second.</summary>
        public int TimeScale = 1;
        /// <summary>Time of the last change.</summary>
        public DateTime LastUpdate;
        /// <summary>Counts the PSA event snapshots (<c>obj_counter</c>).</summary>
        public int EventCounter;
        /// <summary>PSA <c>reason</c> of the last change: 0 start, 2 ignition, 3 charging, 5 doors, 6 network.</summary>
        public int LastReason;

        /// <summary>True when ignition is not Stop (the SEV gate closes).</summary>
        public bool SevRunning
        {
            get { return Ignition != State.Ignition.Stop; }
        }

        /// <summary>True while moving.</summary>
        public bool Moving
        {
            get { return SpeedKmh > 0; }
        }

        /// <summary>True while preconditioning runs.</summary>
        public bool Preconditioning
        {
            get { return PreconditioningStatus == State.PreconditioningStatus.Enabled; }
        }

        /// <summary>True while charging.</summary>
        public bool Charging
        {
            get { return ChargingStatus == State.ChargingStatus.InProgress; }
        }

        /// <summary>Copies every field of <paramref name="other"/> (deep for the program slots).</summary>
        public void CopyFrom(VehicleState other)
        {
            Vin = other.Vin;
            Ignition = other.Ignition;
            SpeedKmh = other.SpeedKmh;
            Gear = other.Gear;
            ParkBrake = other.ParkBrake;
            OdometerMeters = other.OdometerMeters;
            SocTenths = other.SocTenths;
            Plugged = other.Plugged;
            QuickCharger = other.QuickCharger;
            ChargingStatus = other.ChargingStatus;
            ChargingStandby = other.ChargingStandby;
            ChargingFault = other.ChargingFault;
            ImmediateCharge = other.ImmediateCharge;
            DeferredEnabled = other.DeferredEnabled;
            DeferredMinute = other.DeferredMinute;
            PreferenceLevel = other.PreferenceLevel;
            PreferenceType = other.PreferenceType;
            for (int i = 0; i < 4; i++)
            {
                ChargePrograms[i].CopyFrom(other.ChargePrograms[i]);
                PreconditioningPrograms[i].CopyFrom(other.PreconditioningPrograms[i]);
            }

            AuxBatteryPercent = other.AuxBatteryPercent;
            CantCharge = other.CantCharge;
            ChargeRemainder = other.ChargeRemainder;
            DriveRemainder = other.DriveRemainder;
            ConsumptionRemainder = other.ConsumptionRemainder;
            PreconditioningStatus = other.PreconditioningStatus;
            PreconditioningScheduled = other.PreconditioningScheduled;
            PreconditioningEndsAt = other.PreconditioningEndsAt;
            PreconditioningFault = other.PreconditioningFault;
            Locked = other.Locked;
            OpenDoors = other.OpenDoors;
            LightsOn = other.LightsOn;
            LightsUntil = other.LightsUntil;
            HornUntil = other.HornUntil;
            HornCoolDownUntil = other.HornCoolDownUntil;
            LightsCoolDownUntil = other.LightsCoolDownUntil;
            Privacy = other.Privacy;
            Stolen = other.Stolen;
            StolenSince = other.StolenSince;
            TrackingRunningSeconds = other.TrackingRunningSeconds;
            TrackingShutdownSeconds = other.TrackingShutdownSeconds;
            NextPositionReport = other.NextPositionReport;
            Immobilized = other.Immobilized;
            NavigationPoints = other.NavigationPoints;
            CurrentAlerts = other.CurrentAlerts;
            PreviousAlerts = other.PreviousAlerts;
            O2xSystemState = other.O2xSystemState;
            O2xBatteryState = other.O2xBatteryState;
            Awake = other.Awake;
            AwakeUntil = other.AwakeUntil;
            Reachable = other.Reachable;
            WakeUpsThisMonth = other.WakeUpsThisMonth;
            WakeUpMonth = other.WakeUpMonth;
            DeferredStale = other.DeferredStale;
            ProgramsStale = other.ProgramsStale;
            DoorsStale = other.DoorsStale;
            BusyFamily = other.BusyFamily;
            BusyUntil = other.BusyUntil;
            TimeScale = other.TimeScale;
            LastUpdate = other.LastUpdate;
            EventCounter = other.EventCounter;
            LastReason = other.LastReason;
        }

        /// <summary>A deep copy.</summary>
        public VehicleState Copy()
        {
            var copy = new VehicleState();
            copy.CopyFrom(this);
            return copy;
        }
    }
}
