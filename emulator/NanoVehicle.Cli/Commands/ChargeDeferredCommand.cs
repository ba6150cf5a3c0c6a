using System.CommandLine;
using System.Text.Json.Nodes;
using NanoVehicle.Cli.Remote;

namespace NanoVehicle.Cli.Commands
{
    /// <summary>
    /// <c>charge-deferred --time PT22H30M [--start-now true|false]</c>: the SDK's <c>chargeDeferredTime</c> action, sent
    /// as PSA <c>VehCharge</c> with the new <c>program</c> time (<c>delayed</c>, or <c>immediate</c> with start-now).
    /// </summary>
    public static class ChargeDeferredCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliConsole console)
        {
            var time = new Option<string>("--time") { Description = "deferred start time (PT22H30M or 22:30)", Required = true };
            var startNow = new Option<string>("--start-now") { Description = "also start charging now", DefaultValueFactory = _ => "false" };
            startNow.AcceptOnlyFromAmong("true", "false");
            var command = new Command("charge-deferred", "set the deferred charge start time (SDK action chargeDeferredTime)") { time, startNow };
            command.SetAction(async (result, cancel) =>
            {
                JsonObject program = TimeOfDay.ToProgram(result.GetValue(time));
                if (program == null)
                {
                    console.Error.WriteLine($"--time '{result.GetValue(time)}' is not a time of day: use PT22H30M or 22:30");
                    return 2;
                }
                string type = result.GetValue(startNow) == "true" ? "immediate" : "delayed";
                return await RemoteCommand.RunAsync(PhoneOptions.From(result), console, "VehCharge", new JsonObject { ["program"] = program, ["type"] = type }, cancel);
            });
            return command;
        }
    }
}
