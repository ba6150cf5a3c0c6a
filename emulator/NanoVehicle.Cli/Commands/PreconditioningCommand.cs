using System;
using System.CommandLine;
using System.Text.Json.Nodes;
using NanoVehicle.Cli.Remote;

namespace NanoVehicle.Cli.Commands
{
    /// <summary>
    /// <c>preconditioning start|stop [--program slot=1,time=07:30,days=mon+tue,on=true]…</c>: the SDK's
    /// <c>preconditioning</c> action, sent as PSA <c>ThermalPrecond</c> (<c>asap</c> activate/deactivate, with the
    /// programs given as <c>program1</c>…<c>program4</c>: 7 day flags from Monday, hour, minute, on).
    /// </summary>
    public static class PreconditioningCommand
    {
        private static readonly string[] Days = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

        /// <summary>Builds the command.</summary>
        public static Command Create(CliConsole console)
        {
            var action = new Argument<string>("action") { Description = "start or stop" };
            action.AcceptOnlyFromAmong("start", "stop");
            var programs = new Option<string[]>("--program") { Description = "a program slot: slot=1..4,time=07:30,days=mon+tue+…,on=true|false (repeat for more)", AllowMultipleArgumentsPerToken = false };
            var command = new Command("preconditioning", "start or stop preconditioning, optionally setting its programs (SDK action preconditioning)") { action, programs };
            command.SetAction(async (result, cancel) =>
            {
                var parameters = new JsonObject { ["asap"] = result.GetValue(action) == "start" ? "activate" : "deactivate" };
                string[] given = result.GetValue(programs) ?? Array.Empty<string>();
                if (given.Length > 0)
                {
                    var slots = new JsonObject();
                    foreach (string text in given)
                    {
                        string error = ReadProgram(text, slots);
                        if (error != null)
                        {
                            console.Error.WriteLine($"--program '{text}': {error}");
                            return 2;
                        }
                    }
                    parameters["programs"] = slots;
                }
                return await RemoteCommand.RunAsync(PhoneOptions.From(result), console, "ThermalPrecond", parameters, cancel);
            });
            return command;
        }

        // Reads "slot=1,time=07:30,days=mon+tue,on=true" into slots["programN"]; returns null or what is wrong.
        private static string ReadProgram(string text, JsonObject slots)
        {
            int slot = 0, minutes = -1;
            var days = new JsonArray(0, 0, 0, 0, 0, 0, 0);
            bool on = true;
            foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string[] pair = part.Split('=', 2);
                string value = pair.Length == 2 ? pair[1] : "";
                switch (pair[0].ToLowerInvariant())
                {
                    case "slot":
                        if (!int.TryParse(value, out slot) || slot < 1 || slot > 4) return "slot must be 1 to 4";
                        break;
                    case "time":
                        minutes = TimeOfDay.Minutes(value);
                        if (minutes < 0) return "time must be like 07:30 or PT7H30M";
                        break;
                    case "days":
                        foreach (string day in value.Split('+', StringSplitOptions.RemoveEmptyEntries))
                        {
                            int index = Array.IndexOf(Days, day.ToLowerInvariant());
                            if (index < 0) return $"day '{day}' is not one of mon tue wed thu fri sat sun";
                            days[index] = 1;
                        }
                        break;
                    case "on":
                        if (!bool.TryParse(value, out on)) return "on must be true or false";
                        break;
                    default:
                        return $"unknown key '{pair[0]}' (slot, time, days, on)";
                }
            }
            if (slot == 0) return "slot is missing";
            if (minutes < 0) return "time is missing";
            slots["program" + slot] = new JsonObject { ["day"] = days, ["hour"] = minutes / 60, ["minute"] = minutes % 60, ["on"] = on ? 1 : 0 };
            return null;
        }
    }
}
