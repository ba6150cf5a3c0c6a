using System;
using System.Globalization;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Cli.O2x
{
    /// <summary>How the phone side prints O2X data (<c>reception</c> of <c>pims.vehicle.informations</c> O2X).</summary>
    public enum O2xReception
    {
        /// <summary>Print when the vehicle status (parked, driving, charging) changes.</summary>
        Status,

        /// <summary>Print every frame received.</summary>
        Information,
    }

    /// <summary>
    /// The options of <c>nanovehicle o2x subscribe|get</c>, named after the SDK parameters where there is one
    /// (<c>vin</c>, <c>firstTime</c> = <c>--vin</c> vs <c>--previous</c>, <c>reception</c>, and the
    /// <c>pims.vehicle.timeout</c> values <c>scan</c> and <c>looseConnection</c>).
    /// </summary>
    public sealed class O2xOptions
    {
        /// <summary>The default radio: the emulator's virtual radio on its documented port.</summary>
        public const string DefaultRadio = "tcp:127.0.0.1:9874";

        /// <summary><c>subscribe</c> or <c>get</c>.</summary>
        public string Action { get; set; }

        /// <summary>The VIN to scan for on a first connection (<c>--vin</c>), else null.</summary>
        public string Vin { get; set; }

        /// <summary>Reconnect to the remembered car (<c>--previous</c>, SDK <c>firstTime: false</c>).</summary>
        public bool Previous { get; set; }

        /// <summary>What to print.</summary>
        public O2xReception Reception { get; set; }

        /// <summary>The HCI controller (<c>--radio</c> or <c>--hci</c>): an <c>HciTransports.OpenAsync</c> spec.</summary>
        public string Radio { get; set; } = DefaultRadio;

        /// <summary>First connection: fail with 2201 after this long without seeing the car (ms, SDK default 60000).</summary>
        public int ScanTimeoutMilliseconds { get; set; } = O2xProfile.PhoneScanTimeoutMilliseconds;

        /// <summary>The link counts as lost after this long without data (ms, SDK default 5000).</summary>
        public int LooseConnectionMilliseconds { get; set; } = O2xProfile.PhoneDataTimeoutMilliseconds;

        /// <summary>The memory file (<c>--memory</c>).</summary>
        public string MemoryPath { get; set; } = O2xMemory.DefaultPath();

        /// <summary>The transaction id of the messages (<c>--transaction-id</c>; a new GUID when not given).</summary>
        public string TransactionId { get; set; } = Guid.NewGuid().ToString();

        /// <summary>The usage text.</summary>
        public const string Usage =
            "usage: nanovehicle o2x subscribe (--vin VIN | --previous) --reception status|information\n" +
            "                                [--radio tcp:HOST:PORT | --hci user:N|tcp:HOST:PORT|unix:/PATH|serial:/dev/ttyX[,BAUD]]\n" +
            "                                [--scan-timeout MS] [--loose-connection MS] [--memory FILE] [--transaction-id ID]\n" +
            "       nanovehicle o2x get [--memory FILE] [--transaction-id ID]\n" +
            "default radio: " + DefaultRadio + " (the emulator's virtual radio)";

        /// <summary>
        /// Reads <paramref name="args"/> (after <c>o2x</c>). On a problem returns null with either
        /// <paramref name="usageError"/> (not a valid command line) or <paramref name="sdkError"/> and
        /// <paramref name="sdkParameter"/> (2101 missing / 2102 invalid parameter, as the SDK reports it) set;
        /// <paramref name="detail"/> says what is wrong in words.
        /// </summary>
        public static O2xOptions Parse(string[] args, out string usageError, out int sdkError, out string sdkParameter, out string detail)
        {
            usageError = null;
            sdkError = 0;
            sdkParameter = null;
            detail = null;
            var o = new O2xOptions();
            if (args.Length == 0 || (args[0] != "subscribe" && args[0] != "get"))
            {
                usageError = args.Length == 0 ? "o2x needs subscribe or get" : $"unknown o2x action '{args[0]}'";
                return null;
            }
            o.Action = args[0];
            bool receptionGiven = false;
            for (int i = 1; i < args.Length; i++)
            {
                string name = args[i];
                if (name == "--previous")
                {
                    o.Previous = true;
                    continue;
                }
                if (!name.StartsWith("--", StringComparison.Ordinal))
                {
                    usageError = $"unexpected argument '{name}'";
                    return null;
                }
                if (i + 1 >= args.Length)
                {
                    usageError = $"{name} needs a value";
                    return null;
                }
                string value = args[++i];
                switch (name)
                {
                    case "--vin":
                        o.Vin = value;
                        break;
                    case "--reception":
                        receptionGiven = true;
                        if (value == "status") o.Reception = O2xReception.Status;
                        else if (value == "information") o.Reception = O2xReception.Information;
                        else return Invalid(2102, "reception", $"reception is '{value}'; use status or information", out sdkError, out sdkParameter, out detail);
                        break;
                    case "--radio":
                    case "--hci":
                        o.Radio = value;
                        break;
                    case "--scan-timeout":
                        if (!PositiveInt(value, out int scan))
                            return Invalid(2102, "scan", $"scan timeout '{value}' is not a positive number of ms", out sdkError, out sdkParameter, out detail);
                        o.ScanTimeoutMilliseconds = scan;
                        break;
                    case "--loose-connection":
                        if (!PositiveInt(value, out int loose))
                            return Invalid(2102, "looseConnection", $"loose-connection timeout '{value}' is not a positive number of ms", out sdkError, out sdkParameter, out detail);
                        o.LooseConnectionMilliseconds = loose;
                        break;
                    case "--memory":
                        o.MemoryPath = value;
                        break;
                    case "--transaction-id":
                        o.TransactionId = value;
                        break;
                    default:
                        usageError = $"unknown option '{name}'";
                        return null;
                }
            }

            if (o.Action == "get") return o;
            if (o.Vin != null && o.Previous)
                return Invalid(2102, "firstTime", "give either --vin (first connection) or --previous (the last car), not both", out sdkError, out sdkParameter, out detail);
            if (o.Vin == null && !o.Previous)
                return Invalid(2101, "vin", "a first connection needs --vin VIN (or --previous for the last car)", out sdkError, out sdkParameter, out detail);
            if (o.Vin != null && O2xVin.Check(o.Vin) != null)
                return Invalid(2102, "vin", O2xVin.Check(o.Vin), out sdkError, out sdkParameter, out detail);
            if (!receptionGiven)
                return Invalid(2101, "reception", "--reception status|information is required", out sdkError, out sdkParameter, out detail);
            return o;
        }

        private static O2xOptions Invalid(int code, string parameter, string why, out int sdkError, out string sdkParameter, out string detail)
        {
            sdkError = code;
            sdkParameter = parameter;
            detail = why;
            return null;
        }

        private static bool PositiveInt(string text, out int value) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }
}
