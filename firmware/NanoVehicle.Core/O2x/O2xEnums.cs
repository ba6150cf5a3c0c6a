using System;

namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// The O2X <c>status</c>: what the vehicle is doing. The numeric value is the frame code and follows the order of
    /// the SDK reference; <see cref="O2xNames"/> gives the SDK spelling.
    /// </summary>
    public enum O2xVehicleStatus : byte
    {
        /// <summary><c>unknown</c></summary>
        Unknown = 0,
        /// <summary><c>driving</c></summary>
        Driving = 1,
        /// <summary><c>parked</c></summary>
        Parked = 2,
        /// <summary><c>charging</c></summary>
        Charging = 3,
    }

    /// <summary>The O2X <c>data.systemState</c>, in the SDK reference's order (frame code = value).</summary>
    public enum O2xSystemState : byte
    {
        /// <summary><c>init</c></summary>
        Init = 0,
        /// <summary><c>standby</c></summary>
        Standby = 1,
        /// <summary><c>driving</c></summary>
        Driving = 2,
        /// <summary><c>charging</c></summary>
        Charging = 3,
        /// <summary><c>noticed</c></summary>
        Noticed = 4,
        /// <summary><c>powerdown</c></summary>
        Powerdown = 5,
        /// <summary><c>sleep</c></summary>
        Sleep = 6,
        /// <summary><c>unknown</c></summary>
        Unknown = 7,
    }

    /// <summary>
    /// The O2X <c>data.batteryState</c>: the traction battery controller's state, 41 values in the SDK reference's
    /// order (frame code = value). The SDK spells the second one <c>maintenaceautoid</c>; so does nanoVehicle.
    /// </summary>
    public enum O2xBatteryState : byte
    {
        /// <summary><c>ready</c></summary>
        Ready = 0,
        /// <summary><c>maintenaceautoid</c> (sic)</summary>
        MaintenanceAutoId = 1,
        /// <summary><c>bootloader</c></summary>
        Bootloader = 2,
        /// <summary><c>maintenancelogflash</c></summary>
        MaintenanceLogFlash = 3,
        /// <summary><c>maintenanceexit</c></summary>
        MaintenanceExit = 4,
        /// <summary><c>maintenanceinit</c></summary>
        MaintenanceInit = 5,
        /// <summary><c>shutdownwait</c></summary>
        ShutdownWait = 6,
        /// <summary><c>bootwait</c></summary>
        BootWait = 7,
        /// <summary><c>bootexit</c></summary>
        BootExit = 8,
        /// <summary><c>bootinit</c></summary>
        BootInit = 9,
        /// <summary><c>errorwait</c></summary>
        ErrorWait = 10,
        /// <summary><c>errorexit</c></summary>
        ErrorExit = 11,
        /// <summary><c>errorinit</c></summary>
        ErrorInit = 12,
        /// <summary><c>chargewait</c></summary>
        ChargeWait = 13,
        /// <summary><c>chargeheatingaftercharging</c></summary>
        ChargeHeatingAfterCharging = 14,
        /// <summary><c>chargeopenpwrrelays</c></summary>
        ChargeOpenPowerRelays = 15,
        /// <summary><c>chargechargingwithheating</c></summary>
        ChargeChargingWithHeating = 16,
        /// <summary><c>chargecharging</c></summary>
        ChargeCharging = 17,
        /// <summary><c>chargeclosepwrrelays</c></summary>
        ChargeClosePowerRelays = 18,
        /// <summary><c>chargeheatingforcharging</c></summary>
        ChargeHeatingForCharging = 19,
        /// <summary><c>chargecheckchargerstatus</c></summary>
        ChargeCheckChargerStatus = 20,
        /// <summary><c>chargeactivebaltest</c></summary>
        ChargeActiveBalancingTest = 21,
        /// <summary><c>chargeexit</c></summary>
        ChargeExit = 22,
        /// <summary><c>chargeinit</c></summary>
        ChargeInit = 23,
        /// <summary><c>downgradedsafetyline</c></summary>
        DowngradedSafetyLine = 24,
        /// <summary><c>downgradedopenpwrrelays</c></summary>
        DowngradedOpenPowerRelays = 25,
        /// <summary><c>downgradedheating</c></summary>
        DowngradedHeating = 26,
        /// <summary><c>downgradedrunning</c></summary>
        DowngradedRunning = 27,
        /// <summary><c>downgradedclosepwrrelays</c></summary>
        DowngradedClosePowerRelays = 28,
        /// <summary><c>downgradedexit</c></summary>
        DowngradedExit = 29,
        /// <summary><c>downgradedinit</c></summary>
        DowngradedInit = 30,
        /// <summary><c>runwaiting</c></summary>
        RunWaiting = 31,
        /// <summary><c>runsafetyline</c></summary>
        RunSafetyLine = 32,
        /// <summary><c>runopenpwrrelays</c></summary>
        RunOpenPowerRelays = 33,
        /// <summary><c>runheating</c></summary>
        RunHeating = 34,
        /// <summary><c>runrunning</c></summary>
        RunRunning = 35,
        /// <summary><c>runclosepwrrelays</c></summary>
        RunClosePowerRelays = 36,
        /// <summary><c>runexit</c></summary>
        RunExit = 37,
        /// <summary><c>runinit</c></summary>
        RunInit = 38,
        /// <summary><c>docerror</c></summary>
        DocError = 39,
        /// <summary><c>unknown</c></summary>
        Unknown = 40,
    }

    /// <summary>The O2X <c>data.rnd</c>: the gear selector (Reverse / Neutral / Drive), frame code = value.</summary>
    public enum O2xGear : byte
    {
        /// <summary><c>unknown</c></summary>
        Unknown = 0,
        /// <summary><c>reverse</c></summary>
        Reverse = 1,
        /// <summary><c>neutral</c></summary>
        Neutral = 2,
        /// <summary><c>drive</c></summary>
        Drive = 3,
    }

    /// <summary>The O2X <c>data.parkBrakeStatus</c>, in the SDK reference's order (frame code = value).</summary>
    public enum O2xParkBrake : byte
    {
        /// <summary><c>activated</c></summary>
        Activated = 0,
        /// <summary><c>notActivated</c></summary>
        NotActivated = 1,
        /// <summary><c>unknown</c></summary>
        Unknown = 2,
    }

    /// <summary>
    /// The eight O2X alerts as bits of one byte, in the SDK's key order (bit 0 = <c>parkingBrake</c> …
    /// bit 7 = <c>turtleMode</c>). Used for both <c>currentAlert</c> and <c>previousAlert</c>.
    /// </summary>
    [Flags]
    public enum O2xAlerts : byte
    {
        /// <summary>No alert.</summary>
        None = 0,
        /// <summary><c>parkingBrake</c></summary>
        ParkingBrake = 0x01,
        /// <summary><c>clusterIssue</c></summary>
        ClusterIssue = 0x02,
        /// <summary><c>stop</c></summary>
        Stop = 0x04,
        /// <summary><c>batteryCharge</c></summary>
        BatteryCharge = 0x08,
        /// <summary><c>brakeSystemProblem</c></summary>
        BrakeSystemProblem = 0x10,
        /// <summary><c>service</c></summary>
        Service = 0x20,
        /// <summary><c>batteryTemperature</c></summary>
        BatteryTemperature = 0x40,
        /// <summary><c>turtleMode</c></summary>
        TurtleMode = 0x80,
    }
}
