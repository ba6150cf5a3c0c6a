using System;
using System.CommandLine;

namespace NanoVehicle.Cli
{
    /// <summary>The options every command takes (where the car is, who the phone is), and their parsed values.</summary>
    public sealed class PhoneOptions
    {
        /// <summary>The emulator's default VIN.</summary>
        public const string DefaultVin = "VR1AB12C3D4567890";
        /// <summary>The default customer id (the emulator prints its examples with it).</summary>
        public const string DefaultCid = "AP-ACNT200000000001";

        /// <summary>--broker</summary>
        public static readonly Option<string> Broker = new Option<string>("--broker") { Description = "broker the car uses (mqtt://host:port or mqtts://host:port)", DefaultValueFactory = _ => "mqtt://127.0.0.1:1883", Recursive = true };
        /// <summary>--vin</summary>
        public static readonly Option<string> Vin = new Option<string>("--vin") { Description = "the car's VIN", DefaultValueFactory = _ => DefaultVin, Recursive = true };
        /// <summary>--cid</summary>
        public static readonly Option<string> Cid = new Option<string>("--cid") { Description = "the MQTT customer id the phone speaks as", DefaultValueFactory = _ => DefaultCid, Recursive = true };
        /// <summary>--timeout</summary>
        public static readonly Option<double> Timeout = new Option<double>("--timeout") { Description = "seconds to wait for the car's final reply (then 2201)", DefaultValueFactory = _ => 30, Recursive = true };
        /// <summary>--username</summary>
        public static readonly Option<string> UserName = new Option<string>("--username") { Description = "broker user name", Recursive = true };
        /// <summary>--password</summary>
        public static readonly Option<string> Password = new Option<string>("--password") { Description = "broker password", Recursive = true };
        /// <summary>--insecure</summary>
        public static readonly Option<bool> Insecure = new Option<bool>("--insecure") { Description = "accept any TLS certificate", Recursive = true };

        /// <summary>Broker URL.</summary>
        public string BrokerUrl { get; set; }
        /// <summary>Target VIN.</summary>
        public string VinValue { get; set; }
        /// <summary>Customer id.</summary>
        public string CidValue { get; set; }
        /// <summary>How long to wait for the final reply.</summary>
        public TimeSpan TimeoutValue { get; set; }
        /// <summary>User name.</summary>
        public string UserNameValue { get; set; }
        /// <summary>Password.</summary>
        public string PasswordValue { get; set; }
        /// <summary>Accept any certificate.</summary>
        public bool InsecureValue { get; set; }

        /// <summary>Adds the options to the root command (they apply to every subcommand).</summary>
        public static void AddTo(Command root)
        {
            root.Options.Add(Broker);
            root.Options.Add(Vin);
            root.Options.Add(Cid);
            root.Options.Add(Timeout);
            root.Options.Add(UserName);
            root.Options.Add(Password);
            root.Options.Add(Insecure);
        }

        /// <summary>Reads the options of a parse.</summary>
        public static PhoneOptions From(ParseResult result)
        {
            double seconds = result.GetValue(Timeout);
            return new PhoneOptions
            {
                BrokerUrl = result.GetValue(Broker),
                VinValue = result.GetValue(Vin),
                CidValue = result.GetValue(Cid),
                TimeoutValue = TimeSpan.FromSeconds(seconds > 0 ? seconds : 30),
                UserNameValue = result.GetValue(UserName),
                PasswordValue = result.GetValue(Password),
                InsecureValue = result.GetValue(Insecure),
            };
        }
    }
}
