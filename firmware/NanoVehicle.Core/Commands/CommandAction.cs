namespace NanoVehicle.Core.Commands
{
    /// <summary>What a command asks, within its <see cref="CommandFamily"/>. Every API's commands map onto these.</summary>
    public static class CommandAction
    {
        /// <summary>Start charging now.</summary>
        public const int ChargeStart = 0;
        /// <summary>Stop the charge.</summary>
        public const int ChargeStop = 1;
        /// <summary>Set (and arm) the deferred charge start time.</summary>
        public const int ChargeDeferred = 2;
        /// <summary>Set charge schedule programs.</summary>
        public const int ChargeSchedule = 3;
        /// <summary>Set charge preferences (level, type).</summary>
        public const int ChargePreferences = 4;
        /// <summary>Start preconditioning now.</summary>
        public const int PreconditioningStart = 5;
        /// <summary>Stop preconditioning.</summary>
        public const int PreconditioningStop = 6;
        /// <summary>Only set preconditioning programs.</summary>
        public const int PreconditioningPrograms = 7;
        /// <summary>Lock the doors.</summary>
        public const int Lock = 8;
        /// <summary>Unlock the doors.</summary>
        public const int Unlock = 9;
        /// <summary>Sound the horn.</summary>
        public const int Honk = 10;
        /// <summary>Flash the lights (PSA <c>Lights</c>, SDK <c>warning</c>, Web API <c>lights.on:true</c>).</summary>
        public const int LightsFlash = 11;
        /// <summary>Switch the lights off (Web API <c>lights.on:false</c>).</summary>
        public const int LightsOff = 12;
        /// <summary>Wake the car and refresh its state.</summary>
        public const int Refresh = 13;
        /// <summary>Declare the car stolen.</summary>
        public const int StolenOn = 14;
        /// <summary>Clear the stolen declaration.</summary>
        public const int StolenOff = 15;
        /// <summary>Change the stolen tracking periods.</summary>
        public const int StolenTracking = 16;
        /// <summary>Immobilize the car.</summary>
        public const int ImmobilizeOn = 17;
        /// <summary>Remove the immobilization.</summary>
        public const int ImmobilizeOff = 18;
        /// <summary>Send a destination to the navigation.</summary>
        public const int Navigate = 19;

        /// <summary>Names for logs and the behaviour table.</summary>
        public static readonly string[] Names =
        {
            "ChargeStart", "ChargeStop", "ChargeDeferred", "ChargeSchedule", "ChargePreferences", "PreconditioningStart",
            "PreconditioningStop", "PreconditioningPrograms", "Lock", "Unlock", "Honk", "LightsFlash", "LightsOff",
            "Refresh", "StolenOn", "StolenOff", "StolenTracking", "ImmobilizeOn", "ImmobilizeOff", "Navigate",
        };
    }
}
