namespace NanoVehicle.Core.Commands
{
    /// <summary>
    /// The kinds of remote action a car can be sent, one per Web API <c>RemoteType</c>. A profile says which it
    /// supports; "one action at a time" and "same action in progress" compare families.
    /// </summary>
    public static class CommandFamily
    {
        /// <summary>Charging: start, stop, deferred time, schedule, preferences.</summary>
        public const int Charging = 0;
        /// <summary>Thermal preconditioning: start, stop, programs.</summary>
        public const int Preconditioning = 1;
        /// <summary>Door locks.</summary>
        public const int Doors = 2;
        /// <summary>Horn.</summary>
        public const int Horn = 3;
        /// <summary>Lights (flash / on / off).</summary>
        public const int Lights = 4;
        /// <summary>Wake-up / state refresh.</summary>
        public const int WakeUp = 5;
        /// <summary>Stolen declaration and tracking.</summary>
        public const int Stolen = 6;
        /// <summary>Immobilization.</summary>
        public const int Immobilization = 7;
        /// <summary>Navigation (send a destination).</summary>
        public const int Navigation = 8;
        /// <summary>Number of families.</summary>
        public const int Count = 9;

        /// <summary>Web API <c>RemoteType</c> of each family.</summary>
        public static readonly string[] RemoteTypes =
        {
            "ElectricBatteryChargingRequest", "ThermalPreconditioning", "Doors", "Horn", "Lights", "WakeUp", "Stolen",
            "Immobilization", "Navigation",
        };

        /// <summary>PSA MQTT service of each family (null: the family has no PSA service).</summary>
        public static readonly string[] PsaServices =
        {
            "VehCharge", "ThermalPrecond", "Doors", "Horn", "Lights", "VehCharge/state", null, null, null,
        };

        /// <summary>The word the SDK's 2329 label gets for the family ("Immediate [ACTION] request…").</summary>
        public static readonly string[] ActionWords =
        {
            "charging", "preconditioning", "doors", "horn", "lights", "wake-up", "stolen", "immobilization", "navigation",
        };

        /// <summary>Bit of a family in a profile's supported set.</summary>
        public static int Bit(int family)
        {
            return 1 << family;
        }

        /// <summary>Every family.</summary>
        public const int AllBits = (1 << Count) - 1;
    }
}
