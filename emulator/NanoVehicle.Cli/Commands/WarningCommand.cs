using System.CommandLine;
using System.Text.Json.Nodes;
using NanoVehicle.Cli.Remote;

namespace NanoVehicle.Cli.Commands
{
    /// <summary><c>warning [--duration S]</c>: the SDK's <c>warning</c> action (flash the lights), sent as PSA <c>Lights</c>.</summary>
    public static class WarningCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliConsole console)
        {
            var duration = new Option<int>("--duration") { Description = "seconds of flashing", DefaultValueFactory = _ => 10 };
            var command = new Command("warning", "flash the lights (SDK action warning)") { duration };
            command.SetAction((result, cancel) => RemoteCommand.RunAsync(PhoneOptions.From(result), console, "Lights",
                new JsonObject { ["action"] = "activate", ["duration"] = result.GetValue(duration) }, cancel));
            return command;
        }
    }
}
