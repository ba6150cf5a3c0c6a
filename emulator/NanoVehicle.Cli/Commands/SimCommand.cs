using System;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Cli.Remote;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Mqtt;

namespace NanoVehicle.Cli.Commands
{
    /// <summary>
    /// <c>sim set key=value…</c> (or one JSON object) and <c>sim get</c>: simulation control over MQTT
    /// (<c>nanovehicle/&lt;VIN&gt;/sim/set</c> → <c>sim/result</c>; <c>sim/state</c> retained).
    /// </summary>
    public static class SimCommand
    {
        // Overrides that always take a list, so that one item needs no brackets (openDoors=Driver).
        private static readonly string[] ListKeys = { "openDoors", "alerts" };

        /// <summary>Builds the command.</summary>
        public static Command Create(CliConsole console)
        {
            var values = new Argument<string[]>("overrides") { Description = "key=value pairs (soc=42 plugged=true openDoors=driver,trunk) or one JSON object", Arity = ArgumentArity.OneOrMore };
            var set = new Command("set", "change the simulated car; prints the car's answer") { values };
            set.SetAction(async (result, cancel) =>
            {
                JsonObject overrides;
                try
                {
                    overrides = ReadOverrides(result.GetValue(values));
                }
                catch (FormatException ex)
                {
                    console.Error.WriteLine(ex.Message);
                    return 2;
                }
                return await SetAsync(console, PhoneOptions.From(result), overrides, cancel);
            });

            var get = new Command("get", "print the car's retained simulation state");
            get.SetAction(async (result, cancel) =>
            {
                PhoneOptions options = PhoneOptions.From(result);
                PhoneLink connected = await PhoneLink.ConnectOrReportAsync(options, console.Error, cancel);
                if (connected == null)
                {
                    return 1;
                }

                await using PhoneLink link = connected;
                JsonObject state = await RetainedState.ReadAsync(link, options.VinValue, options.TimeoutValue, cancel);
                if (state == null)
                {
                    console.Error.WriteLine($"no retained state for {options.VinValue} on {options.BrokerUrl}");
                    return 1;
                }
                console.Line(state.ToJsonString());
                return 0;
            });
            return new Command("sim", "simulation control: change or read the simulated car") { set, get };
        }

        /// <summary>Turns the arguments into the sim/set object: one JSON object, or key=value pairs whose values are
        /// JSON when they parse (numbers, true/false) and text otherwise; a value with commas becomes a list.</summary>
        public static JsonObject ReadOverrides(string[] args)
        {
            if (args.Length == 1 && args[0].TrimStart().StartsWith('{'))
            {
                try
                {
                    return JsonNode.Parse(args[0]) as JsonObject ?? throw new FormatException("the overrides are not a JSON object");
                }
                catch (JsonException ex)
                {
                    throw new FormatException($"the overrides are not valid JSON: {ex.Message}");
                }
            }
            var overrides = new JsonObject();
            foreach (string arg in args)
            {
                int eq = arg.IndexOf('=');
                if (eq <= 0)
                {
                    throw new FormatException($"'{arg}' is not key=value");
                }
                string key = arg[..eq];
                JsonNode value = Value(arg[(eq + 1)..]);
                if (Array.IndexOf(ListKeys, key) >= 0 && value is not JsonArray)
                {
                    value = new JsonArray(value);
                }
                overrides[key] = value;
            }
            return overrides;
        }

        private static JsonNode Value(string text)
        {
            if (text.Contains(',') && !text.StartsWith('['))
            {
                var list = new JsonArray();
                foreach (string item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    list.Add(Value(item));
                }
                return list;
            }
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return JsonValue.Create(text);
            }
        }

        private static async Task<int> SetAsync(CliConsole console, PhoneOptions options, JsonObject overrides, CancellationToken cancel)
        {
            PhoneLink link = await PhoneLink.ConnectOrReportAsync(options, console.Error, cancel);
            if (link == null)
            {
                return 1;
            }
            await using (link)
            {
                string resultTopic = ProtocolTopics.SimResult(options.VinValue);
                await link.SubscribeAsync(resultTopic, cancel);
                DateTime deadline = DateTime.UtcNow + options.TimeoutValue;
                await link.PublishAsync(ProtocolTopics.SimSet(options.VinValue), Encoding.UTF8.GetBytes(overrides.ToJsonString()), cancel);
                while (true)
                {
                    MqttMessage message = await link.NextAsync(deadline, cancel);
                    if (message == null)
                    {
                        console.Error.WriteLine($"no answer from {options.VinValue} on {resultTopic} within {options.TimeoutValue.TotalSeconds:0.#} s");
                        return 1;
                    }
                    if (message.Topic != resultTopic)
                    {
                        continue;
                    }
                    console.Line(message.PayloadText);
                    return message.PayloadText.Contains("\"ok\":true") ? 0 : 1;
                }
            }
        }
    }
}
