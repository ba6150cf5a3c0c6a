using System;
using System.Globalization;

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

        /// <summary>The real controller to use (an <c>HciTransports.OpenAsync</c> spec), or null for the virtual radio.</summary>
        public string Hci { get; set; }

        /// <summary>The virtual radio's TCP port on 127.0.0.1 (0 = any free port).</summary>
        public int RadioPort { get; set; } = DefaultRadioPort;

        /// <summary>False to run the car without Bluetooth.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>The option names this class reads (each takes a value except <c>--no-ble</c>).</summary>
        public static readonly string[] Names = { "--hci", "--radio-port", "--no-ble" };

        /// <summary>
        /// Reads the Bluetooth options out of <paramref name="args"/>, leaving every other argument alone. Returns
        /// null and sets <paramref name="error"/> (naming the option) when one of them is wrong.
        /// </summary>
        public static BleOptions Parse(string[] args, out string error)
        {
            error = null;
            var o = new BleOptions();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--no-ble":
                        o.Enabled = false;
                        break;
                    case "--hci":
                        if (i + 1 >= args.Length || args[i + 1].Length == 0 || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                        {
                            error = "--hci needs a controller: user:N, tcp:HOST:PORT, unix:/PATH or serial:/dev/ttyX[,BAUD]";
                            return null;
                        }
                        o.Hci = args[++i];
                        break;
                    case "--radio-port":
                        if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
                        {
                            error = "--radio-port needs a TCP port number 0..65535 (0 picks a free port)";
                            return null;
                        }
                        o.RadioPort = port;
                        i++;
                        break;
                }
            }
            return o;
        }
    }
}
