using System.CommandLine;
using System.Text.Json.Nodes;
using NanoVehicle.Cli.Remote;

namespace NanoVehicle.Cli.Commands
{
    /// <summary><c>horn [--count N]</c>: the SDK's <c>horn</c> action, sent as PSA <c>Horn</c> <c>{"nb_horn","action":"activate"}</c>.</summary>
    public static class HornCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliConsole console)
        {
            var count = new Option<int>("--count") { Description = "number of beeps", DefaultValueFactory = _ => 1 };
            var command = new Command("horn", "sound the horn (SDK action horn)") { count };
            command.SetAction((result, cancel) => RemoteCommand.RunAsync(PhoneOptions.From(result), console, "Horn",
                new JsonObject { ["nb_horn"] = result.GetValue(count), ["action"] = "activate" }, cancel));
            return command;
        }
    }
}
