namespace NanoVehicle.Core.Outcomes
{
    /// <summary>
    /// Why a command did not simply succeed. Each value renders in the three vocabularies through
    /// <see cref="Outcome"/>; docs/behaviour.md lists them all.
    /// </summary>
    public static class Refusal
    {
        /// <summary>Nothing: the command succeeded.</summary>
        public const int None = 0;
        /// <summary>A required parameter is absent (2101).</summary>
        public const int MissingParameter = 1;
        /// <summary>A parameter has the wrong type, range or format (2102).</summary>
        public const int InvalidParameter = 2;
        /// <summary>The car's profile has no such service (Web API <c>MissingRights</c>).</summary>
        public const int NotSupported = 3;
        /// <summary>The same action is still being carried out.</summary>
        public const int SameActionInProgress = 4;
        /// <summary>Another action is still being carried out (one remote action at a time).</summary>
        public const int OtherActionInProgress = 5;
        /// <summary>The monthly wake-up quota is used up and the car is asleep.</summary>
        public const int WakeUpQuota = 6;
        /// <summary>The 12 V battery is too low.</summary>
        public const int LowBattery = 7;
        /// <summary>The car could not be reached (or woken) in time.</summary>
        public const int Timeout = 8;
        /// <summary>Privacy mode forbids remote actions.</summary>
        public const int Privacy = 9;
        /// <summary>The car is declared stolen.</summary>
        public const int Stolen = 10;
        /// <summary>SEV (ignition) is not STOP (2329).</summary>
        public const int SevNotStop = 11;
        /// <summary>Charging system on standby, or no cable to charge through (2330).</summary>
        public const int ChargingStandby = 12;
        /// <summary>Immediate charge while one is ongoing (2331).</summary>
        public const int ChargeAlreadyOngoing = 13;
        /// <summary>Communication problem with the charging system, vehicle side (2332).</summary>
        public const int ChargingCommunication = 14;
        /// <summary>The external charging station reports an error (2332).</summary>
        public const int ExternalCharger = 15;
        /// <summary>Immediate charge discarded: the request changes the deferred hour (2325).</summary>
        public const int DeferredHourChanged = 16;
        /// <summary>Deferred hour change discarded: an immediate charge is running (2326).</summary>
        public const int ImmediateChargeLaunched = 17;
        /// <summary>The stored deferred hours are stale (2337).</summary>
        public const int DeferredStale = 18;
        /// <summary>Immediate preconditioning while one is ongoing (2333).</summary>
        public const int PreconditioningOngoing = 19;
        /// <summary>Communication problem with the preconditioning system (2334).</summary>
        public const int PreconditioningCommunication = 20;
        /// <summary>Preconditioning stop while SEV is not STOP (2335).</summary>
        public const int StopPreconditioningSev = 21;
        /// <summary>Preconditioning stop while none runs (2336).</summary>
        public const int PreconditioningNotRunning = 22;
        /// <summary>The stored preconditioning programs are stale (2338).</summary>
        public const int ProgramsStale = 23;
        /// <summary>The service is already started (2339).</summary>
        public const int ServiceAlreadyStarted = 24;
        /// <summary>The stored door state is stale (2357).</summary>
        public const int DoorsStale = 25;
        /// <summary>Horn cool-down (2358).</summary>
        public const int HornCoolDown = 26;
        /// <summary>Lights cool-down (2359).</summary>
        public const int LightsCoolDown = 27;
        /// <summary>Unlock while every door is unlocked (2360).</summary>
        public const int AllUnlocked = 28;
        /// <summary>Lock while every door is locked (2361).</summary>
        public const int AllLocked = 29;
        /// <summary>Lock or unlock while a door is open (2362).</summary>
        public const int DoorOpen = 30;
        /// <summary>The car is already in the requested state, and the SDK has no code for it.</summary>
        public const int AlreadyInState = 31;
        /// <summary>Number of values.</summary>
        public const int Count = 32;

        /// <summary>Names for logs and the behaviour table.</summary>
        public static readonly string[] Names =
        {
            "None", "MissingParameter", "InvalidParameter", "NotSupported", "SameActionInProgress", "OtherActionInProgress",
            "WakeUpQuota", "LowBattery", "Timeout", "Privacy", "Stolen", "SevNotStop", "ChargingStandby",
            "ChargeAlreadyOngoing", "ChargingCommunication", "ExternalCharger", "DeferredHourChanged",
            "ImmediateChargeLaunched", "DeferredStale", "PreconditioningOngoing", "PreconditioningCommunication",
            "StopPreconditioningSev", "PreconditioningNotRunning", "ProgramsStale", "ServiceAlreadyStarted", "DoorsStale",
            "HornCoolDown", "LightsCoolDown", "AllUnlocked", "AllLocked", "DoorOpen", "AlreadyInState",
        };

        /// <summary>Mobile SDK code of each refusal (0: SUCCEEDED).</summary>
        public static readonly int[] SdkCodes =
        {
            0, 2101, 2102, 2002, 2364, 2353, 2204, 2204, 2201, 2204, 2204, 2329, 2330, 2331, 2332, 2332, 2325, 2326, 2337,
            2333, 2334, 2335, 2336, 2338, 2339, 2357, 2358, 2359, 2360, 2361, 2362, 0,
        };

        /// <summary>
        /// True when the Web API calls it <c>AlreadyDone</c> (the car is already in the requested state) rather than
        /// <c>Failed</c>.
        /// </summary>
        public static bool IsAlreadyDone(int refusal)
        {
            return refusal == ChargeAlreadyOngoing || refusal == PreconditioningOngoing || refusal == PreconditioningNotRunning
                || refusal == ServiceAlreadyStarted || refusal == AllUnlocked || refusal == AllLocked || refusal == AlreadyInState;
        }

        /// <summary>
        /// True for the Web API pre-checks (§5.7: rights, same action, wake-up quota, battery): they answer before the
        /// request is accepted, so no <c>Accepted</c> and no PSA progress precede them.
        /// </summary>
        public static bool IsPreCheck(int refusal)
        {
            return refusal == MissingParameter || refusal == InvalidParameter || refusal == NotSupported
                || refusal == SameActionInProgress || refusal == OtherActionInProgress || refusal == WakeUpQuota || refusal == LowBattery;
        }

        /// <summary>Web API <c>failureCause</c> of a failed refusal (null for success and AlreadyDone).</summary>
        public static readonly string[] FailureCauses =
        {
            null, "WrongCommand", "WrongCommand", "MissingRights", "SameActionInProgress", "TooManyRequestSent",
            "TooManyWakeUpsOverMonth", "NotPossibleDueToVehicleBatteryLevel", "VehicleConnectionTimeout",
            "NotPossibleDueToVehiclePrivacyLevel", "NotPossibleDueToVehicleStolenState", "VehicleInUse",
            "VehicleChargingSystemError", null, "VehicleChargingSystemError", "ExternalChargingSystemError", "WrongCommand",
            "WrongCommand", "VehicleError", null, "VehicleError", "VehicleInUse", null, "VehicleError", null, "VehicleError",
            "TooManyRequestInShortTime", "TooManyRequestInShortTime", null, null, "DoorsOpen", null,
        };

        /// <summary>PSA <c>return_code</c> of each refusal.</summary>
        public static readonly string[] PsaReturnCodes =
        {
            "0", "500", "500", "400", "500", "500", "500", "500", "300", "422", "500", "420", "500", "1", "500", "500", "500",
            "500", "500", "1", "500", "420", "1", "500", "1", "500", "500", "500", "1", "1", "500", "1",
        };

        /// <summary>PSA <c>reason</c> of each refusal (null: none).</summary>
        public static readonly string[] PsaReasons =
        {
            null, "[request.parameter.missing.key]", "[request.parameter.invalid.key]",
            "[authorization.denied.cvs.response.no.matching.service.key]", "[request.same.action.in.progress.key]",
            "[request.other.action.in.progress.key]", "[vehicle.too.many.wakeups.over.month.key]",
            "[vehicle.battery.charge.too.low.key]", "[Vehicle.request.time.out]", "[rights.error.privacy.key]",
            "[vehicle.stolen.state.key]", "[rights.error.ves.sev.not.stopped.key]", "[charging.discarded.standby.key]",
            "[charging.discarded.already.ongoing.key]", "[charging.discarded.communication.problem.key]",
            "[charging.discarded.external.charger.error.key]", "[charging.immediate.discarded.deferred.hour.changed.key]",
            "[charging.deferred.discarded.immediate.launched.key]", "[charging.deferred.hours.need.update.key]",
            "[precond.discarded.already.ongoing.key]", "[precond.discarded.communication.problem.key]",
            "[rights.error.ves.sev.not.stopped.key]", "[precond.stop.discarded.not.ongoing.key]",
            "[precond.program.need.update.key]", "[service.already.started.key]", "[doors.state.need.update.key]",
            "[warning.wait.before.resend.key]", "[warning.wait.before.resend.key]", "[doors.state.unlocked.key]",
            "[doors.state.locked.key]", "[doors.discarded.door.open.key]", "[vehicle.already.in.state.key]",
        };
    }
}
