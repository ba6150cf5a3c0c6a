using System.CommandLine;
using System.Text.Json.Nodes;
using NanoVehicle.Cli.Remote;

namespace NanoVehicle.Cli.Commands
{
    /// <summary><c>state</c> (alias <c>wake-up</c>): asks the car for a fresh state, PSA <c>VehCharge/state</c> <c>{"action":"state"}</c>.</summary>
    public static class StateCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliConsole console)
        {
            var command = new Command("state", "ask the car to report its state (wakes it; PSA VehCharge/state)");
            command.Aliases.Add("wake-up");
            command.SetAction((result, cancel) => RemoteCommand.RunAsync(PhoneOptions.From(result), console, "VehCharge/state",
                new JsonObject { ["action"] = "state" }, cancel));
            return command;
        }
    }
}
