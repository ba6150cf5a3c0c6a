using System;
using System.CommandLine;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Cli.Remote;

namespace NanoVehicle.Cli.Commands
{
    /// <summary>
    /// <c>charge --start-now true|false</c>: the SDK's <c>charge</c> action. Start now sends PSA <c>VehCharge</c>
    /// <c>immediate</c>; stop sends <c>delayed</c> with the deferred time already set (read from the car's retained
    /// state unless <c>--time</c> gives it), as the open-source clients stop a charge.
    /// </summary>
    public static class ChargeCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliConsole console)
        {
            var startNow = new Option<string>("--start-now") { Description = "true to start charging now, false to stop (back to the deferred time)", Required = true };
            startNow.AcceptOnlyFromAmong("true", "false");
            var time = new Option<string>("--time") { Description = "deferred start time when stopping (PT22H30M or 22:30); default: the car's current one" };
            var command = new Command("charge", "start or stop charging (SDK action charge)") { startNow, time };
            command.SetAction((result, cancel) => RunAsync(console, PhoneOptions.From(result), result.GetValue(startNow) == "true", result.GetValue(time), cancel));
            return command;
        }

        private static async Task<int> RunAsync(CliConsole console, PhoneOptions options, bool start, string time, CancellationToken cancel)
        {
            if (start)
            {
                return await RemoteCommand.RunAsync(options, console, "VehCharge", new JsonObject { ["type"] = "immediate" }, cancel);
            }
            if (time == null)
            {
                time = await CurrentDeferredTimeAsync(options, cancel);
                if (time == null)
                {
                    console.Error.WriteLine($"charge --start-now false: the car's deferred time is unknown (no retained state for {options.VinValue}); give it with --time PT22H30M");
                    return 2;
                }
            }
            JsonObject program = TimeOfDay.ToProgram(time);
            if (program == null)
            {
                console.Error.WriteLine($"--time '{time}' is not a time of day: use PT22H30M or 22:30");
                return 2;
            }
            return await RemoteCommand.RunAsync(options, console, "VehCharge", new JsonObject { ["program"] = program, ["type"] = "delayed" }, cancel);
        }

        private static async Task<string> CurrentDeferredTimeAsync(PhoneOptions options, CancellationToken cancel)
        {
            try
            {
                await using PhoneLink link = await PhoneLink.ConnectAsync(options, cancel);
                JsonObject state = await RetainedState.ReadAsync(link, options.VinValue, TimeSpan.FromSeconds(3), cancel);
                return (string)state?["deferredTime"];
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return null;
            }
        }
    }
}
