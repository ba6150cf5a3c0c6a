using System;
using System.CommandLine;

namespace NanoVehicle.Emulator
{
    /// <summary>The emulator's command line: its options and how they become <see cref="EmulatorOptions"/>.</summary>
    public static class EmulatorCommand
    {
        /// <summary>--vin</summary>
        public static readonly Option<string> Vin = new Option<string>("--vin") { Description = "the car's VIN", DefaultValueFactory = _ => EmulatorOptions.DefaultVin };
        /// <summary>--cid</summary>
        public static readonly Option<string> Cid = new Option<string>("--cid") { Description = "customer id used in the printed examples (the car answers any)", DefaultValueFactory = _ => EmulatorOptions.DefaultCustomerId };
        /// <summary>--profile</summary>
        public static readonly Option<string> Profile = new Option<string>("--profile") { Description = "showcase (e-208 with the O2X dongle), e208 or ami", DefaultValueFactory = _ => "showcase" };
        /// <summary>--broker</summary>
        public static readonly Option<string> Broker = new Option<string>("--broker") { Description = "use this broker (mqtt://host:port or mqtts://host:port) instead of the embedded one" };
        /// <summary>--port</summary>
        public static readonly Option<int> Port = new Option<int>("--port") { Description = "embedded broker port (0: any free port)", DefaultValueFactory = _ => EmulatorOptions.DefaultPort };
        /// <summary>--bind</summary>
        public static readonly Option<string> Bind = new Option<string>("--bind") { Description = "embedded broker address (0.0.0.0 to let an ESP32 or a phone on the LAN in)", DefaultValueFactory = _ => "127.0.0.1" };
        /// <summary>--username</summary>
        public static readonly Option<string> UserName = new Option<string>("--username") { Description = "user name for the external broker" };
        /// <summary>--password</summary>
        public static readonly Option<string> Password = new Option<string>("--password") { Description = "password for the external broker" };
        /// <summary>--insecure</summary>
        public static readonly Option<bool> Insecure = new Option<bool>("--insecure") { Description = "accept any TLS certificate (mqtts:// test brokers)" };
        /// <summary>--state</summary>
        public static readonly Option<string> State = new Option<string>("--state") { Description = "state file (default: ~/.local/share/nanovehicle/<VIN>.json)" };
        /// <summary>--time-scale</summary>
        public static readonly Option<int> TimeScale = new Option<int>("--time-scale") { Description = "simulated seconds per real second (default: the stored value, 1 for a new car)" };

        /// <summary>Builds the root command; <paramref name="run"/> receives the parsed options.</summary>
        public static RootCommand Create(Func<EmulatorOptions, int> run)
        {
            var root = new RootCommand("nanoVehicle emulator: one connected car answering PSA remote commands over MQTT")
            {
                Vin, Cid, Profile, Broker, Port, Bind, UserName, Password, Insecure, State, TimeScale,
            };
            Ble.BleOptions.AddTo(root);
            root.SetAction(result => run(new EmulatorOptions
            {
                Vin = result.GetValue(Vin),
                CustomerId = result.GetValue(Cid),
                Profile = result.GetValue(Profile),
                Broker = result.GetValue(Broker),
                Port = result.GetValue(Port),
                Bind = result.GetValue(Bind),
                UserName = result.GetValue(UserName),
                Password = result.GetValue(Password),
                Insecure = result.GetValue(Insecure),
                StatePath = result.GetValue(State),
                TimeScale = result.GetValue(TimeScale),
                Ble = Ble.BleOptions.From(result),
            }));
            return root;
        }
    }
}
