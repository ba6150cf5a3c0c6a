namespace NanoVehicle.Core.State
{
    // The state's enumerations, as int constants (nanoFramework prints enums as numbers) with their names in the
    // vocabularies that report them. Index = value in every name array.

    /// <summary>Ignition / SEV: the Web API <c>ignition.type</c>. Only <see cref="Stop"/> is "SEV = STOP".</summary>
    public static class Ignition
    {
        /// <summary>Switched off.</summary>
        public const int Stop = 0;
        /// <summary>Starting.</summary>
        public const int StartUp = 1;
        /// <summary>Switched on.</summary>
        public const int Start = 2;
        /// <summary>Web API names.</summary>
        public static readonly string[] Names = { "Stop", "StartUp", "Start" };
        /// <summary>PSA event <c>sev_state</c>: 0 off, 2 starting, 1 on.</summary>
        public static readonly int[] PsaSevState = { 0, 2, 1 };
    }

    /// <summary>Charging system status (Web API <c>ChargingStatusEnum</c>).</summary>
    public static class ChargingStatus
    {
        /// <summary>No cable.</summary>
        public const int Disconnected = 0;
        /// <summary>Charging.</summary>
        public const int InProgress = 1;
        /// <summary>Plugged, not charging (waiting for a deferred time, or stopped).</summary>
        public const int Stopped = 2;
        /// <summary>Plugged, charge complete.</summary>
        public const int Finished = 3;
        /// <summary>Plugged, the charge failed.</summary>
        public const int Failure = 4;
        /// <summary>Web API names.</summary>
        public static readonly string[] Names = { "Disconnected", "InProgress", "Stopped", "Finished", "Failure" };
        /// <summary>Mobile SDK names (<c>chargingState</c>).</summary>
        public static readonly string[] SdkNames = { "DISCONNECTED", "INPROGRESS", "STOPPED", "FINISHED", "FAILURE" };
    }

    /// <summary>Charging mode (Web API <c>chargingMode</c>): the rate the plug allows.</summary>
    public static class ChargingMode
    {
        /// <summary>Not charging.</summary>
        public const int No = 0;
        /// <summary>AC charging.</summary>
        public const int Slow = 1;
        /// <summary>DC fast charging.</summary>
        public const int Quick = 2;
        /// <summary>Web API names.</summary>
        public static readonly string[] Names = { "No", "Slow", "Quick" };
        /// <summary>Mobile SDK names.</summary>
        public static readonly string[] SdkNames = { "NO", "SLOW", "QUICK" };
        /// <summary>PSA event <c>charging_state.mode</c>: 2 no, 0 slow, 1 quick.</summary>
        public static readonly int[] PsaMode = { 2, 0, 1 };
    }

    /// <summary>What is wrong with the charge chain, if anything (rule 23 tells the two apart for the Web API).</summary>
    public static class ChargingFault
    {
        /// <summary>No fault.</summary>
        public const int None = 0;
        /// <summary>The vehicle cannot talk to its own charging system.</summary>
        public const int Communication = 1;
        /// <summary>The external charging station reports an error.</summary>
        public const int External = 2;
        /// <summary>Names used by simulation control and the state document.</summary>
        public static readonly string[] Names = { "none", "communication", "external" };
    }

    /// <summary>Preconditioning status (Web API <c>airConditioning.status</c>).</summary>
    public static class PreconditioningStatus
    {
        /// <summary>Not running.</summary>
        public const int Disabled = 0;
        /// <summary>Running.</summary>
        public const int Enabled = 1;
        /// <summary>Ran to its end.</summary>
        public const int Finished = 2;
        /// <summary>Failed.</summary>
        public const int Failure = 3;
        /// <summary>Web API names.</summary>
        public static readonly string[] Names = { "Disabled", "Enabled", "Finished", "Failure" };
    }

    /// <summary>Gearbox position (O2X <c>rnd</c>).</summary>
    public static class Gear
    {
        /// <summary>Unknown.</summary>
        public const int Unknown = 0;
        /// <summary>Reverse.</summary>
        public const int Reverse = 1;
        /// <summary>Neutral.</summary>
        public const int Neutral = 2;
        /// <summary>Drive.</summary>
        public const int Drive = 3;
        /// <summary>O2X names.</summary>
        public static readonly string[] Names = { "unknown", "reverse", "neutral", "drive" };
        /// <summary>Web API <c>transmission.gearbox.ratio</c>.</summary>
        public static readonly string[] WebApiRatios = { "Neutral", "Reverse", "Neutral", "Ratio1" };
    }

    /// <summary>Park brake (O2X <c>parkBrakeStatus</c>).</summary>
    public static class ParkBrake
    {
        /// <summary>Released.</summary>
        public const int NotActivated = 0;
        /// <summary>Applied.</summary>
        public const int Activated = 1;
        /// <summary>Unknown.</summary>
        public const int Unknown = 2;
        /// <summary>O2X names.</summary>
        public static readonly string[] Names = { "notActivated", "activated", "unknown" };
    }

    /// <summary>Privacy level (Web API <c>privacy.state</c>).</summary>
    public static class Privacy
    {
        /// <summary>Data shared; remote commands allowed.</summary>
        public const int None = 0;
        /// <summary>Position hidden.</summary>
        public const int Geolocation = 1;
        /// <summary>Nothing shared; remote commands refused (PSA 422).</summary>
        public const int Full = 2;
        /// <summary>Web API names.</summary>
        public static readonly string[] Names = { "None", "Geolocation", "Full" };
    }

    /// <summary>The door openings, as bits of <see cref="VehicleState.OpenDoors"/> (Web API identifiers).</summary>
    public static class Doors
    {
        /// <summary>Driver door bit.</summary>
        public const int Driver = 1;
        /// <summary>Passenger door bit.</summary>
        public const int Passenger = 2;
        /// <summary>Rear left door bit.</summary>
        public const int RearLeft = 4;
        /// <summary>Rear right door bit.</summary>
        public const int RearRight = 8;
        /// <summary>Trunk bit.</summary>
        public const int Trunk = 16;
        /// <summary>Rear window bit.</summary>
        public const int RearWindow = 32;
        /// <summary>Roof window bit.</summary>
        public const int RoofWindow = 64;
        /// <summary>Web API identifiers, bit i = 1 &lt;&lt; i.</summary>
        public static readonly string[] Names = { "Driver", "Passenger", "RearLeft", "RearRight", "Trunk", "RearWindow", "RoofWindow" };
        /// <summary>Mobile SDK <c>doorStateInformation</c> keys, same order.</summary>
        public static readonly string[] SdkKeys =
        {
            "isDriverDoorOpened", "isPassengerDoorOpened", "isRearLeftDoorOpened", "isRearRightDoorOpened",
            "isTrunkDoorOpened", "isRearWindowOpened", "isRoofWindowOpened",
        };
    }

    /// <summary>The O2X dongle's alerts, as bits of the current/previous alert masks (SDK key order).</summary>
    public static class O2xAlerts
    {
        /// <summary>SDK keys; bit i = 1 &lt;&lt; i.</summary>
        public static readonly string[] Names =
        {
            "parkingBrake", "clusterIssue", "stop", "batteryCharge", "brakeSystemProblem", "service",
            "batteryTemperature", "turtleMode",
        };

        /// <summary>All eight bits.</summary>
        public const int All = 0xFF;
    }

    /// <summary>The O2X model's state vocabularies (SDK spelling kept, <c>maintenaceautoid</c> included).</summary>
    public static class O2xStates
    {
        /// <summary><c>status</c> values.</summary>
        public static readonly string[] Status = { "unknown", "driving", "parked", "charging" };

        /// <summary><c>data.systemState</c> values.</summary>
        public static readonly string[] SystemStates = { "init", "standby", "driving", "charging", "noticed", "powerdown", "sleep", "unknown" };

        /// <summary><c>data.batteryState</c> values (41).</summary>
        public static readonly string[] BatteryStates =
        {
            "ready", "maintenaceautoid", "bootloader", "maintenancelogflash", "maintenanceexit", "maintenanceinit",
            "shutdownwait", "bootwait", "bootexit", "bootinit", "errorwait", "errorexit", "errorinit", "chargewait",
            "chargeheatingaftercharging", "chargeopenpwrrelays", "chargechargingwithheating", "chargecharging",
            "chargeclosepwrrelays", "chargeheatingforcharging", "chargecheckchargerstatus", "chargeactivebaltest",
            "chargeexit", "chargeinit", "downgradedsafetyline", "downgradedopenpwrrelays", "downgradedheating",
            "downgradedrunning", "downgradedclosepwrrelays", "downgradedexit", "downgradedinit", "runwaiting",
            "runsafetyline", "runopenpwrrelays", "runheating", "runrunning", "runclosepwrrelays", "runexit", "runinit",
            "docerror", "unknown",
        };
    }

    /// <summary>Web API charge preferences.</summary>
    public static class ChargePreferences
    {
        /// <summary><c>preferences.level</c> values (index 0 = none set).</summary>
        public static readonly string[] Levels = { "", "Level1", "Level2", "Level3", "Level4", "Level5" };
        /// <summary><c>preferences.type</c> / <c>charging.type</c> values.</summary>
        public static readonly string[] Types = { "Full", "Partial" };
    }

    /// <summary>Days of the week in program occurrences, Monday first (PSA <c>day[0]</c> is Monday).</summary>
    public static class WeekDays
    {
        /// <summary>Web API names.</summary>
        public static readonly string[] Names = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    }
}
