using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Cli.Remote;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Mqtt;

namespace NanoVehicle.Cli.Commands
{
    /// <summary><c>watch [--count N] [--all]</c>: prints the car's snapshots (and with --all its status, state and replies) as they come.</summary>
    public static class WatchCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliConsole console)
        {
            var count = new Option<int>("--count") { Description = "stop after this many messages (0: until Ctrl+C)" };
            var all = new Option<bool>("--all") { Description = "also the car's status, simulation state and the replies to this customer" };
            var command = new Command("watch", "print the car's snapshots as they come") { count, all };
            command.SetAction(async (result, cancel) =>
            {
                PhoneOptions options = PhoneOptions.From(result);
                int wanted = result.GetValue(count);
                PhoneLink link = await PhoneLink.ConnectOrReportAsync(options, console.Error, cancel);
                if (link == null)
                {
                    return 1;
                }
                await using (link)
                {
                    await link.SubscribeAsync(ProtocolTopics.Events(options.VinValue), cancel);
                    if (result.GetValue(all))
                    {
                        await link.SubscribeAsync(ProtocolTopics.Status(options.VinValue), cancel);
                        await link.SubscribeAsync(ProtocolTopics.SimState(options.VinValue), cancel);
                        await link.SubscribeAsync(ProtocolTopics.ReplyPrefix + options.CidValue + "/#", cancel);
                    }
                    int seen = 0;
                    try
                    {
                        while (wanted == 0 || seen < wanted)
                        {
                            MqttMessage message = await link.NextAsync(DateTime.MaxValue, cancel);
                            if (message == null)
                            {
                                break;
                            }
                            console.Line($"{message.Topic} {message.PayloadText}");
                            seen++;
                        }
                    }
                    catch (OperationCanceledException)
                    {
                    }
                    return 0;
                }
            });
            return command;
        }
    }
}
