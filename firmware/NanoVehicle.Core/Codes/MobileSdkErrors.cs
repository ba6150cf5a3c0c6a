namespace NanoVehicle.Core.Codes
{
    /// <summary>
    /// The Mobile SDK error table as far as it concerns a vehicle: code → family and verbatim label
    /// (Stellantis Mobile SDK v2.3 error references). Also the named constants the rules use.
    /// </summary>
    public static class MobileSdkErrors
    {
        private const string Generic = "Generic error";
        private const string Input = "Input error";
        private const string Output = "Output Error";
        private const string Pims = "PIMS specific error";

        /// <summary>Unknown error.</summary>
        public const int UnknownError = 2000;
        /// <summary>Subscribing twice to the same API.</summary>
        public const int DuplicateCommand = 2005;
        /// <summary>A required parameter is missing; the label names it.</summary>
        public const int MissingParameter = 2101;
        /// <summary>A parameter has the wrong type, range or format; the label names it.</summary>
        public const int InvalidParameter = 2102;
        /// <summary>No answer in time (command, scan or polling).</summary>
        public const int Timeout = 2201;
        /// <summary>Immediate charge refused: the deferred hour changed.</summary>
        public const int ImmediateChargeDiscardedDeferredChanged = 2325;
        /// <summary>Deferred hour refused: an immediate charge was launched.</summary>
        public const int DeferredHourDiscardedImmediateLaunched = 2326;
        /// <summary>Immediate action refused while SEV is not STOP; the label names the action.</summary>
        public const int SevNotStop = 2329;
        /// <summary>Immediate charge refused: charging system on standby.</summary>
        public const int ChargingSystemStandby = 2330;
        /// <summary>Immediate charge refused: a charge is already ongoing.</summary>
        public const int ChargeAlreadyOngoing = 2331;
        /// <summary>Immediate charge refused: no communication with the charging system.</summary>
        public const int ChargingSystemCommunication = 2332;
        /// <summary>Immediate preconditioning refused: already ongoing.</summary>
        public const int PreconditioningAlreadyOngoing = 2333;
        /// <summary>Immediate preconditioning refused: no communication with the preconditioning system.</summary>
        public const int PreconditioningCommunication = 2334;
        /// <summary>Preconditioning stop refused while SEV is not STOP.</summary>
        public const int StopPreconditioningSevNotStop = 2335;
        /// <summary>Preconditioning stop refused: not running.</summary>
        public const int PreconditioningNotRunning = 2336;
        /// <summary>The deferred charge hours must be updated first.</summary>
        public const int DeferredHoursNeedUpdate = 2337;
        /// <summary>The preconditioning program must be updated first.</summary>
        public const int PreconditioningProgramNeedsUpdate = 2338;
        /// <summary>The service is already started.</summary>
        public const int ServiceAlreadyStarted = 2339;
        /// <summary>The door state must be updated first.</summary>
        public const int DoorsStateNeedsUpdate = 2357;
        /// <summary>Horn still cooling down after a successful honk.</summary>
        public const int HornCoolDown = 2358;
        /// <summary>Lights still cooling down after a successful flash.</summary>
        public const int LightsCoolDown = 2359;
        /// <summary>Unlock refused: all doors are already unlocked.</summary>
        public const int DoorsAlreadyUnlocked = 2360;
        /// <summary>Lock refused: all doors are already locked.</summary>
        public const int DoorsAlreadyLocked = 2361;
        /// <summary>Lock or unlock refused: a door is open.</summary>
        public const int DoorOpen = 2362;
        /// <summary>The same command is already ongoing.</summary>
        public const int SameCommandOngoing = 2364;
        /// <summary>The VIN is not valid for this request.</summary>
        public const int VinNotValid = 2366;
        /// <summary>The broker connection failed.</summary>
        public const int BrokerConnectionFailed = 2377;

        private static readonly MobileSdkError[] Table =
        {
            new MobileSdkError(2000, Generic, "Unknown error"),
            new MobileSdkError(2001, Generic, "Facade not initialized"),
            new MobileSdkError(2002, Generic, "API not supported"),
            new MobileSdkError(2003, Generic, "[Component] not loaded"),
            new MobileSdkError(2004, Generic, "Configuration file invalid"),
            new MobileSdkError(2005, Generic, "Duplicate command"),
            new MobileSdkError(2006, Generic, "Core not well configured"),
            new MobileSdkError(2007, Generic, "Facade already initialized"),
            new MobileSdkError(2010, Input, "[PARAMETER] not set"),
            new MobileSdkError(2101, Input, "Missing [PARAMETER] parameter"),
            new MobileSdkError(2102, Input, "Invalid [PARAMETER] parameter"),
            new MobileSdkError(2201, Output, "Timeout"),
            new MobileSdkError(2202, Output, "Network problem : No internet"),
            new MobileSdkError(2203, Output, "Invalid return [Parsing error] ou [No data] ou [invalid Data]"),
            new MobileSdkError(2204, Output, "Server Error"),
            new MobileSdkError(2205, Output, "CEA Error"),
            new MobileSdkError(2208, Output, "Certificat pinning failed"),
            new MobileSdkError(2209, Output, "Altran Error"),
            new MobileSdkError(2301, Pims, "Need Basic Authentication (to get CVS token)"),
            new MobileSdkError(2302, Pims, "Need Strong Authentication "),
            new MobileSdkError(2323, Pims, "You aren't the owner of this vehicle"),
            new MobileSdkError(2325, Pims, "Immediate charging request discarded, defered hour has been change"),
            new MobileSdkError(2326, Pims, "Defered hour request discarded, immediate charging has been launch"),
            new MobileSdkError(2327, Pims, "Invalid image"),
            new MobileSdkError(2328, Pims, "Invalid cropping area"),
            new MobileSdkError(2329, Pims, "Immediate [ACTION] request discarded due to SEV different than STOP."),
            new MobileSdkError(2330, Pims, "Immediate charging request discarded due to charging system is standby"),
            new MobileSdkError(2331, Pims, "Immediate charging request discarded due to charging already ongoing."),
            new MobileSdkError(2332, Pims, "Immediate charging request discarded due to communication problem with charging system."),
            new MobileSdkError(2333, Pims, "Immediate preconditioning request discarded due to preconditioning already ongoing."),
            new MobileSdkError(2334, Pims, "Immediate preconditioning request discarded due to communication problem with preconditioning system."),
            new MobileSdkError(2335, Pims, "Stop preconditioning request discarded due to SEV different than STOP. "),
            new MobileSdkError(2336, Pims, "Stop preconditioning request discarded due to precondtioning not running."),
            new MobileSdkError(2337, Pims, "Charging Defered Hours need to be update"),
            new MobileSdkError(2338, Pims, "Preconditioning program need to be update"),
            new MobileSdkError(2339, Pims, "Service already started"),
            new MobileSdkError(2340, Pims, "[Permition] need to be granted"),
            new MobileSdkError(2341, Pims, "[Location or Bluetooth] need to be activated on the phone"),
            new MobileSdkError(2342, Pims, "Smartphone not paired with the vehicle"),
            new MobileSdkError(2343, Pims, "Failed to clear data"),
            new MobileSdkError(2344, Pims, "[Component] not configured"),
            new MobileSdkError(2345, Pims, "No data saved"),
            new MobileSdkError(2347, Pims, "[Component] not supported on simulator"),
            new MobileSdkError(2350, Pims, "[Method] is deprecated since [version]"),
            new MobileSdkError(2351, Pims, "Immediate refresh request discarded due to refresh already ongoing."),
            new MobileSdkError(2353, Pims, "Command can't be execute another command are ongoing"),
            new MobileSdkError(2354, Pims, "Invalid Key Car Position "),
            new MobileSdkError(2355, Pims, "Invalid Signature"),
            new MobileSdkError(2356, Pims, "Invalid Timestamp"),
            new MobileSdkError(2357, Pims, "Doors state need to be update"),
            new MobileSdkError(2358, Pims, "Horn request have been execute with succes earlier wait to send new one"),
            new MobileSdkError(2359, Pims, "Light request have been execute with succes earlier wait to send new one"),
            new MobileSdkError(2360, Pims, "All vehicle's doors are unlocked"),
            new MobileSdkError(2361, Pims, "All vehicle's doors are locked"),
            new MobileSdkError(2362, Pims, "Lock/Unlock request discarded due to door open"),
            new MobileSdkError(2363, Pims, "Lost connection with MQTT brocker"),
            new MobileSdkError(2364, Pims, "Command can't be execute because same command are ongoing"),
            new MobileSdkError(2365, Pims, "Command can't be execute because no subscribe are running"),
            new MobileSdkError(2366, Pims, "VIN not valid for this request"),
            new MobileSdkError(2367, Pims, "Service not started"),
            new MobileSdkError(2377, Pims, "Broker connexion failed"),
        };

        /// <summary>Every known entry, in code order.</summary>
        public static MobileSdkError[] All
        {
            get
            {
                var copy = new MobileSdkError[Table.Length];
                for (int i = 0; i < Table.Length; i++)
                {
                    copy[i] = Table[i];
                }

                return copy;
            }
        }

        /// <summary>The entry for <paramref name="code"/>, or null when the SDK defines no such code.</summary>
        public static MobileSdkError Find(int code)
        {
            for (int i = 0; i < Table.Length; i++)
            {
                if (Table[i].Code == code)
                {
                    return Table[i];
                }
            }

            return null;
        }

        /// <summary>
        /// The label of <paramref name="code"/> with its placeholder filled by <paramref name="value"/> (a parameter
        /// name for 2101/2102, an action for 2329, …). An unknown code reads as 2000 "Unknown error".
        /// </summary>
        public static string Describe(int code, string value)
        {
            MobileSdkError entry = Find(code);
            if (entry == null)
            {
                entry = Find(UnknownError);
            }

            return entry.Describe(value);
        }

        /// <summary>The verbatim label of <paramref name="code"/>, placeholders left in; "Unknown error" when unknown.</summary>
        public static string Label(int code)
        {
            return Describe(code, null);
        }
    }
}
