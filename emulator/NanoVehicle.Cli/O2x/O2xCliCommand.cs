using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;

namespace NanoVehicle.Cli.O2x
{
    /// <summary>
    /// <c>nanovehicle o2x subscribe|get</c> on the CLI's command tree. The options are declared here for help and
    /// completion, then handed as words to <see cref="O2xCommand"/>, which checks them the way the SDK does
    /// (2101 / 2102 in the FAILED shape). <c>--vin</c> is the CLI's global option; only an explicit one counts.
    /// </summary>
    public static class O2xCliCommand
    {
        /// <summary>Builds the <c>o2x</c> command.</summary>
        public static Command Create(CliConsole console)
        {
            var command = new Command(O2xCommand.Name, "O2X over Bluetooth LE (AMI / Rocks-e dongle), like pims.vehicle.informations O2X");
            command.Subcommands.Add(Subscribe(console));
            command.Subcommands.Add(Get(console));
            return command;
        }

        private static Command Subscribe(CliConsole console)
        {
            var previous = new Option<bool>("--previous") { Description = "reconnect to the last car (SDK firstTime=false): no scan timeout" };
            var reception = new Option<string>("--reception") { Description = "status: print on a change of status; information: print every frame" };
            var radio = new Option<string>("--radio") { Description = "the controller: the emulator's virtual radio, tcp:HOST:PORT (default " + O2xOptions.DefaultRadio + ")" };
            var hci = new Option<string>("--hci") { Description = "a real adapter instead: user:N (HCI user channel), tcp:HOST:PORT, unix:/PATH, serial:/dev/ttyX[,BAUD]" };
            var scan = new Option<string>("--scan-timeout") { Description = "first connection: 2201 after this many ms without the car (default 60000)" };
            var loose = new Option<string>("--loose-connection") { Description = "disconnected after this many ms without data (default 5000)" };
            var memory = new Option<string>("--memory") { Description = "file remembering the last car and data (default " + O2xMemory.DefaultPath() + ")" };
            var transaction = new Option<string>("--transaction-id") { Description = "transactionId of the messages (default: a new GUID)" };
            var command = new Command("subscribe", "scan for --vin (or the previous car), connect and print O2X results and events")
            {
                previous, reception, radio, hci, scan, loose, memory, transaction,
            };
            command.SetAction((result, cancel) =>
            {
                var words = new List<string> { "subscribe" };
                OptionResult vin = result.GetResult(PhoneOptions.Vin);
                if (vin != null && !vin.Implicit) words.AddRange(new[] { "--vin", result.GetValue(PhoneOptions.Vin) });
                if (result.GetValue(previous)) words.Add("--previous");
                foreach (var option in new[] { reception, radio, hci, scan, loose, memory, transaction }) Add(words, result, option);
                return O2xCommand.RunAsync(words.ToArray(), console.Out, console.Error, cancel);
            });
            return command;
        }

        private static Command Get(CliConsole console)
        {
            var memory = new Option<string>("--memory") { Description = "file remembering the last car and data" };
            var transaction = new Option<string>("--transaction-id") { Description = "transactionId of the message" };
            var command = new Command("get", "print the last O2X data received (pims.vehicle.informations O2X get)") { memory, transaction };
            command.SetAction((result, cancel) =>
            {
                var words = new List<string> { "get" };
                Add(words, result, memory);
                Add(words, result, transaction);
                return O2xCommand.RunAsync(words.ToArray(), console.Out, console.Error, cancel);
            });
            return command;
        }

        private static void Add(List<string> words, ParseResult result, Option<string> option)
        {
            string value = result.GetValue(option);
            if (value != null) words.AddRange(new[] { option.Name, value });
        }
    }
}
