using System.CommandLine;
using System.CommandLine.Parsing;

namespace NanoVehicle.Emulator.Ble
{
    /// <summary>
    /// The emulator's Bluetooth options. With no adapter given, the car's O2X dongle sits on the emulator's own
    /// virtual LE radio, which is served to other H4 hosts (the CLI, Bumble, …) over TCP on 127.0.0.1.
    /// <list type="bullet">
    /// <item><c>--hci SPEC</c>: use a real controller instead: <c>user:0</c> (Linux HCI user channel, adapter hci0),
    /// <c>tcp:HOST:PORT</c>, <c>unix:/PATH</c>, <c>serial:/dev/ttyUSB0[,BAUD]</c>.</item>
    /// <item><c>--radio-port N</c>: the virtual radio's TCP port (default <see cref="DefaultRadioPort"/>; 0 picks a
    /// free one).</item>
    /// <item><c>--no-ble</c>: no Bluetooth at all.</item>
    /// </list>
    /// </summary>
    public sealed class BleOptions
    {
        /// <summary>The documented default TCP port of the emulator's virtual radio (H4 over TCP, 127.0.0.1).</summary>
        public const int DefaultRadioPort = 9874;

        /// <summary>--hci</summary>
        public static readonly Option<string> HciOption = new Option<string>("--hci")
        {
            Description = "Bluetooth controller for the O2X dongle instead of the virtual radio: user:N (HCI user channel, adapter hciN), tcp:HOST:PORT, unix:/PATH, serial:/dev/ttyX[,BAUD]",
        };

        /// <summary>--radio-port</summary>
        public static readonly Option<int> RadioPortOption = CreateRadioPortOption();

        /// <summary>--no-ble</summary>
        public static readonly Option<bool> NoBleOption = new Option<bool>("--no-ble") { Description = "run the car without Bluetooth (no O2X dongle, no virtual radio)" };

        /// <summary>The real controller to use (an <c>HciTransports.OpenAsync</c> spec), or null for the virtual radio.</summary>
        public string Hci { get; set; }

        /// <summary>The virtual radio's TCP port on 127.0.0.1 (0 = any free port). Options built in code default to 0,
        /// so emulators started side by side (tests) never compete for a port; the command line defaults to
        /// <see cref="DefaultRadioPort"/>.</summary>
        public int RadioPort { get; set; }

        /// <summary>
        /// True when <see cref="RadioPort"/> is only the default: if it is taken (another emulator, a test run), the
        /// radio takes any free port and says so, rather than keeping the car from starting.
        /// </summary>
        public bool RadioPortMayMove { get; set; }

        /// <summary>False to run the car without Bluetooth.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>Adds the Bluetooth options to the emulator's command.</summary>
        public static void AddTo(Command command)
        {
            command.Options.Add(HciOption);
            command.Options.Add(RadioPortOption);
            command.Options.Add(NoBleOption);
        }

        private static Option<int> CreateRadioPortOption()
        {
            var option = new Option<int>("--radio-port")
            {
                Description = "TCP port of the virtual radio (H4 over TCP on 127.0.0.1; 0: any free port)",
                DefaultValueFactory = _ => DefaultRadioPort,
            };
            option.Validators.Add(r =>
            {
                int port = r.GetValueOrDefault<int>();
                if (port < 0 || port > 65535) r.AddError("--radio-port must be a TCP port number 0..65535 (0 picks a free port)");
            });
            return option;
        }

        /// <summary>The Bluetooth options of a parse.</summary>
        public static BleOptions From(ParseResult result) => new BleOptions
        {
            Hci = result.GetValue(HciOption),
            RadioPort = result.GetValue(RadioPortOption),
            RadioPortMayMove = result.GetResult(RadioPortOption) is not { Implicit: false },
            Enabled = !result.GetValue(NoBleOption),
        };
    }
}
