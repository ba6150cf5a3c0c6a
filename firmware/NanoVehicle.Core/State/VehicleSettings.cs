namespace NanoVehicle.Core.State
{
    /// <summary>
    /// The values the public docs leave open, chosen here and configurable. Defaults are documented in
    /// docs/behaviour.md; every field can be changed before the <see cref="Vehicle"/> is created.
    /// </summary>
    public sealed class VehicleSettings
    {
        /// <summary>After a successful honk, a new horn request within this many seconds gets 2358. Default 30.</summary>
        public int HornCoolDownSeconds = 30;

        /// <summary>After a successful flash, a new lights request within this many seconds gets 2359. Default 30.</summary>
        public int LightsCoolDownSeconds = 30;

        /// <summary>How long one horn beep sounds, s; the horn is "in progress" meanwhile. Default 1.</summary>
        public int HornBeepSeconds = 1;

        /// <summary>How long the lights flash when the request gives no duration, s. Default 10.</summary>
        public int LightsFlashSeconds = 10;

        /// <summary>Wake-ups allowed per calendar month (UTC) before <c>TooManyWakeUpsOverMonth</c>. Default 20.</summary>
        public int WakeUpsPerMonth = 20;

        /// <summary>12 V battery level (%) below which remote actions are refused. Default 20.</summary>
        public int LowAuxBatteryPercent = 20;

        /// <summary>
        /// How long a command may take end to end, s: the phone side reports 2201 after it, and an unreachable car
        /// answers PSA 300 / <c>VehicleConnectionTimeout</c> after it. Default 60.
        /// </summary>
        public int CommandTimeoutSeconds = 60;

        /// <summary>A stopped car stays awake this long, and each message adds as much again, s. Default 180 (3 min).</summary>
        public int AwakeWindowSeconds = 180;

        /// <summary>How long an immediate preconditioning runs, minutes. Default 30.</summary>
        public int PreconditioningMinutes = 30;

        /// <summary>SoC (%) where a charge with the <c>Partial</c> preference stops. Default 80.</summary>
        public int PartialChargePercent = 80;

        /// <summary>Simulated seconds per real second (1 = real time). Default 1.</summary>
        public int TimeScale = 1;
    }
}
