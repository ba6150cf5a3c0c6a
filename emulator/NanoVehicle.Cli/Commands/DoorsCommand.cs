using System.CommandLine;
using System.Text.Json.Nodes;
using NanoVehicle.Cli.Remote;

namespace NanoVehicle.Cli.Commands
{
    /// <summary><c>doors lock|unlock</c>: the SDK's <c>doors</c> action, sent as PSA <c>Doors</c> <c>{"action"}</c>.</summary>
    public static class DoorsCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliConsole console)
        {
            var action = new Argument<string>("state") { Description = "lock or unlock" };
            action.AcceptOnlyFromAmong("lock", "unlock");
            var command = new Command("doors", "lock or unlock the doors (SDK action doors)") { action };
            command.SetAction((result, cancel) => RemoteCommand.RunAsync(PhoneOptions.From(result), console, "Doors",
                new JsonObject { ["action"] = result.GetValue(action) }, cancel));
            return command;
        }
    }
}
