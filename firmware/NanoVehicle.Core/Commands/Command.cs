using NanoVehicle.Core.State;

namespace NanoVehicle.Core.Commands
{
    /// <summary>
    /// One remote command in the car's own terms, whichever API it came from. The readers fill it from validated
    /// input only; fields a given action does not use keep their defaults.
    /// </summary>
    public sealed class Command
    {
        /// <summary>Came from a PSA MQTT request.</summary>
        public const int FromPsa = 0;
        /// <summary>Came from a Web API remote body.</summary>
        public const int FromWebApi = 1;
        /// <summary>Came from Mobile SDK action parameters.</summary>
        public const int FromMobileSdk = 2;

        /// <summary>Creates a command.</summary>
        public Command(int family, int action, int origin)
        {
            Family = family;
            Action = action;
            Origin = origin;
        }

        /// <summary><see cref="CommandFamily"/> value.</summary>
        public int Family;
        /// <summary><see cref="CommandAction"/> value.</summary>
        public int Action;
        /// <summary><see cref="FromPsa"/>, <see cref="FromWebApi"/> or <see cref="FromMobileSdk"/>.</summary>
        public int Origin;

        /// <summary>The request names a deferred start time (<see cref="DeferredMinute"/>).</summary>
        public bool HasDeferredMinute;
        /// <summary>Deferred start, minutes after midnight.</summary>
        public int DeferredMinute;
        /// <summary>Charge programs to store (null: none given); entries may be null for untouched slots.</summary>
        public ChargeProgram[] ChargePrograms;
        /// <summary>Preferences level index (<see cref="State.ChargePreferences.Levels"/>).</summary>
        public int PreferenceLevel;
        /// <summary>Preferences type index (<see cref="State.ChargePreferences.Types"/>), -1 when not given.</summary>
        public int PreferenceType = -1;

        /// <summary>Preconditioning programs to store (null: none given); entries may be null for untouched slots.</summary>
        public PreconditioningProgram[] PreconditioningPrograms;

        /// <summary>Horn beeps.</summary>
        public int HornCount = 1;
        /// <summary>Lights flash length, s (0: the setting's default).</summary>
        public int LightsSeconds;

        /// <summary>Stolen tracking period with ignition on, s (0: unchanged).</summary>
        public int TrackingRunningSeconds;
        /// <summary>Stolen tracking period with ignition off, s (0: unchanged).</summary>
        public int TrackingShutdownSeconds;

        /// <summary>Navigation points (destination last).</summary>
        public int NavigationPoints;

        /// <summary>Display name, e.g. "Doors/Lock".</summary>
        public override string ToString()
        {
            return CommandFamily.RemoteTypes[Family] + "/" + CommandAction.Names[Action];
        }
    }
}
