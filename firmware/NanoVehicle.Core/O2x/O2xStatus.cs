namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// The O2X status of the SDK's data model (everything but <c>vin</c> and <c>receivedAt</c>, which the phone
    /// adds): what one Status frame carries. Numbers are kept in the frame's units so that a status survives a
    /// frame round trip unchanged. A new instance reads "unknown" everywhere and zero for the numbers.
    /// </summary>
    public sealed class O2xStatus
    {
        /// <summary>Largest <see cref="BatterySocHalfPercent"/>: 200 half-percent steps = 100 %.</summary>
        public const int MaxBatterySocHalfPercent = 200;

        /// <summary>Largest <see cref="RemainingAutonomyKm"/> (16-bit field).</summary>
        public const int MaxRemainingAutonomyKm = 65535;

        /// <summary>Largest <see cref="ChargeDelayMinutes"/> (16-bit field, about 45 days).</summary>
        public const int MaxChargeDelayMinutes = 65535;

        /// <summary>Largest <see cref="TotalOdometerKm"/> (24-bit field, 16 777 215 km).</summary>
        public const int MaxTotalOdometerKm = 0xFFFFFF;

        /// <summary>Creates a status that reads unknown everywhere.</summary>
        public O2xStatus()
        {
            Status = O2xVehicleStatus.Unknown;
            SystemState = O2xSystemState.Unknown;
            BatteryState = O2xBatteryState.Unknown;
            Gear = O2xGear.Unknown;
            ParkBrake = O2xParkBrake.Unknown;
        }

        /// <summary><c>status</c>: unknown, driving, parked or charging.</summary>
        public O2xVehicleStatus Status { get; set; }

        /// <summary><c>data.systemState</c>.</summary>
        public O2xSystemState SystemState { get; set; }

        /// <summary><c>data.batteryState</c>.</summary>
        public O2xBatteryState BatteryState { get; set; }

        /// <summary><c>data.rnd</c>: the gear selector.</summary>
        public O2xGear Gear { get; set; }

        /// <summary><c>data.parkBrakeStatus</c>.</summary>
        public O2xParkBrake ParkBrake { get; set; }

        /// <summary><c>data.batterySoc</c> in half-percent steps, 0–200 (e.g. 85 = 42.5 %).</summary>
        public int BatterySocHalfPercent { get; set; }

        /// <summary><c>data.remainingAutonomy</c> in km, 0–65 535.</summary>
        public int RemainingAutonomyKm { get; set; }

        /// <summary>
        /// <c>data.chargeDelay</c> in minutes, 0–65 535: how long until a deferred charge starts (0 = none pending).
        /// </summary>
        public int ChargeDelayMinutes { get; set; }

        /// <summary><c>data.totalOdometer</c> in km, 0–16 777 215.</summary>
        public int TotalOdometerKm { get; set; }

        /// <summary><c>currentAlert</c>: the alerts active now.</summary>
        public O2xAlerts CurrentAlerts { get; set; }

        /// <summary><c>previousAlert</c>: the alerts that were active before.</summary>
        public O2xAlerts PreviousAlerts { get; set; }

        /// <summary>Sets <see cref="BatterySocHalfPercent"/> from whole percent.</summary>
        public void SetBatterySocPercent(int percent)
        {
            BatterySocHalfPercent = percent * 2;
        }

        /// <summary>
        /// Null when every field is inside its range; otherwise a message naming the first field that is not, with
        /// its value and the allowed range.
        /// </summary>
        public string Validate()
        {
            if (O2xNames.Of(Status) == null)
            {
                return OutOfRange("status", (int)Status, O2xNames.Statuses.Length - 1);
            }

            if (O2xNames.Of(SystemState) == null)
            {
                return OutOfRange("systemState", (int)SystemState, O2xNames.SystemStates.Length - 1);
            }

            if (O2xNames.Of(BatteryState) == null)
            {
                return OutOfRange("batteryState", (int)BatteryState, O2xNames.BatteryStates.Length - 1);
            }

            if (O2xNames.Of(Gear) == null)
            {
                return OutOfRange("rnd", (int)Gear, O2xNames.Gears.Length - 1);
            }

            if (O2xNames.Of(ParkBrake) == null)
            {
                return OutOfRange("parkBrakeStatus", (int)ParkBrake, O2xNames.ParkBrakes.Length - 1);
            }

            if (BatterySocHalfPercent < 0 || BatterySocHalfPercent > MaxBatterySocHalfPercent)
            {
                return OutOfRange("batterySoc (half-percent steps)", BatterySocHalfPercent, MaxBatterySocHalfPercent);
            }

            if (RemainingAutonomyKm < 0 || RemainingAutonomyKm > MaxRemainingAutonomyKm)
            {
                return OutOfRange("remainingAutonomy (km)", RemainingAutonomyKm, MaxRemainingAutonomyKm);
            }

            if (ChargeDelayMinutes < 0 || ChargeDelayMinutes > MaxChargeDelayMinutes)
            {
                return OutOfRange("chargeDelay (min)", ChargeDelayMinutes, MaxChargeDelayMinutes);
            }

            if (TotalOdometerKm < 0 || TotalOdometerKm > MaxTotalOdometerKm)
            {
                return OutOfRange("totalOdometer (km)", TotalOdometerKm, MaxTotalOdometerKm);
            }

            return null;
        }

        /// <summary>A copy of this status.</summary>
        public O2xStatus Copy()
        {
            O2xStatus copy = new O2xStatus();
            copy.Status = Status;
            copy.SystemState = SystemState;
            copy.BatteryState = BatteryState;
            copy.Gear = Gear;
            copy.ParkBrake = ParkBrake;
            copy.BatterySocHalfPercent = BatterySocHalfPercent;
            copy.RemainingAutonomyKm = RemainingAutonomyKm;
            copy.ChargeDelayMinutes = ChargeDelayMinutes;
            copy.TotalOdometerKm = TotalOdometerKm;
            copy.CurrentAlerts = CurrentAlerts;
            copy.PreviousAlerts = PreviousAlerts;
            return copy;
        }

        /// <summary>True when every field equals the other status's.</summary>
        public bool SameAs(O2xStatus other)
        {
            return other != null
                && Status == other.Status
                && SystemState == other.SystemState
                && BatteryState == other.BatteryState
                && Gear == other.Gear
                && ParkBrake == other.ParkBrake
                && BatterySocHalfPercent == other.BatterySocHalfPercent
                && RemainingAutonomyKm == other.RemainingAutonomyKm
                && ChargeDelayMinutes == other.ChargeDelayMinutes
                && TotalOdometerKm == other.TotalOdometerKm
                && CurrentAlerts == other.CurrentAlerts
                && PreviousAlerts == other.PreviousAlerts;
        }

        private static string OutOfRange(string field, int value, int max)
        {
            return field + " is " + value.ToString() + ", outside 0.." + max.ToString();
        }
    }
}
