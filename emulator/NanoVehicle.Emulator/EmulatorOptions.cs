using System;
using System.IO;

namespace NanoVehicle.Emulator
{
    /// <summary>How one emulated car runs: which car, which broker, where its state lives, how fast its clock goes.</summary>
    public sealed class EmulatorOptions
    {
        /// <summary>The VIN of the docs' examples, used when none is given.</summary>
        public const string DefaultVin = "VR1AB12C3D4567890";
        /// <summary>The customer id the CLI and the printed examples use by default (the car answers any).</summary>
        public const string DefaultCustomerId = "AP-ACNT200000000001";
        /// <summary>Port of the embedded broker unless <see cref="Port"/> says otherwise.</summary>
        public const int DefaultPort = 1883;

        /// <summary>The car's VIN.</summary>
        public string Vin { get; set; } = DefaultVin;

        /// <summary>Customer id shown in the examples printed at start-up.</summary>
        public string CustomerId { get; set; } = DefaultCustomerId;

        /// <summary>Profile id: <c>showcase</c> (e-208 with the O2X dongle), <c>e208</c> or <c>ami</c>.</summary>
        public string Profile { get; set; } = "showcase";

        /// <summary>External broker URL (<c>mqtt://host:port</c>, <c>mqtts://host:port</c>); null runs the embedded broker.</summary>
        public string Broker { get; set; }

        /// <summary>Embedded broker port (0: any free port).</summary>
        public int Port { get; set; } = DefaultPort;

        /// <summary>Embedded broker bind address.</summary>
        public string Bind { get; set; } = "127.0.0.1";

        /// <summary>User name for the external broker.</summary>
        public string UserName { get; set; }

        /// <summary>Password for the external broker.</summary>
        public string Password { get; set; }

        /// <summary>Accept any TLS certificate from the external broker (test brokers with self-signed certificates).</summary>
        public bool Insecure { get; set; }

        /// <summary>State file; null: <see cref="DefaultStatePath"/>.</summary>
        public string StatePath { get; set; }

        /// <summary>Simulated seconds per real second; 0 keeps the stored one (1 for a new car).</summary>
        public int TimeScale { get; set; }

        /// <summary>How often the simulation is advanced.</summary>
        public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Bluetooth: the O2X dongle on the virtual radio or a real adapter (Ble/BleOptions.cs).</summary>
        public Ble.BleOptions Ble { get; set; } = new Ble.BleOptions();

        /// <summary>Where the state file goes by default: <c>~/.local/share/nanovehicle/&lt;VIN&gt;.json</c> on Linux
        /// (the user's local application data folder elsewhere).</summary>
        public static string DefaultStatePath(string vin)
        {
            string root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            if (string.IsNullOrEmpty(root))
            {
                root = Path.GetTempPath();
            }
            return Path.Combine(root, "nanovehicle", vin + ".json");
        }

        /// <summary>The state file actually used.</summary>
        public string ResolvedStatePath => StatePath ?? DefaultStatePath(Vin);
    }
}
