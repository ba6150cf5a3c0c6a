namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// The SDK's spelling of every O2X enumeration value and alert key, indexed by frame code. nanoFramework's
    /// <c>Enum.ToString()</c> gives the number, so the names live here, once, for the JSON mapping and the docs.
    /// </summary>
    public static class O2xNames
    {
        /// <summary><c>status</c> values by <see cref="O2xVehicleStatus"/> code.</summary>
        public static readonly string[] Statuses = { "unknown", "driving", "parked", "charging" };

        /// <summary><c>data.systemState</c> values by <see cref="O2xSystemState"/> code.</summary>
        public static readonly string[] SystemStates =
        {
            "init", "standby", "driving", "charging", "noticed", "powerdown", "sleep", "unknown",
        };

        /// <summary><c>data.batteryState</c> values by <see cref="O2xBatteryState"/> code (SDK spelling kept).</summary>
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

        /// <summary><c>data.rnd</c> values by <see cref="O2xGear"/> code.</summary>
        public static readonly string[] Gears = { "unknown", "reverse", "neutral", "drive" };

        /// <summary><c>data.parkBrakeStatus</c> values by <see cref="O2xParkBrake"/> code.</summary>
        public static readonly string[] ParkBrakes = { "activated", "notActivated", "unknown" };

        /// <summary>Alert keys of <c>currentAlert</c>/<c>previousAlert</c> by bit number of <see cref="O2xAlerts"/>.</summary>
        public static readonly string[] Alerts =
        {
            "parkingBrake", "clusterIssue", "stop", "batteryCharge", "brakeSystemProblem", "service",
            "batteryTemperature", "turtleMode",
        };

        /// <summary>The SDK name of a status.</summary>
        public static string Of(O2xVehicleStatus value)
        {
            return NameAt(Statuses, (int)value);
        }

        /// <summary>The SDK name of a system state.</summary>
        public static string Of(O2xSystemState value)
        {
            return NameAt(SystemStates, (int)value);
        }

        /// <summary>The SDK name of a battery state.</summary>
        public static string Of(O2xBatteryState value)
        {
            return NameAt(BatteryStates, (int)value);
        }

        /// <summary>The SDK name of a gear position.</summary>
        public static string Of(O2xGear value)
        {
            return NameAt(Gears, (int)value);
        }

        /// <summary>The SDK name of a park brake status.</summary>
        public static string Of(O2xParkBrake value)
        {
            return NameAt(ParkBrakes, (int)value);
        }

        /// <summary>
        /// The code of <paramref name="name"/> in <paramref name="names"/> (exact match, as the SDK emits them), or −1.
        /// </summary>
        public static int IndexOf(string[] names, string name)
        {
            if (name == null)
            {
                return -1;
            }

            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        // Null for a code outside the table, so a bad value is caught rather than rendered.
        private static string NameAt(string[] names, int code)
        {
            return code >= 0 && code < names.Length ? names[code] : null;
        }
    }
}
