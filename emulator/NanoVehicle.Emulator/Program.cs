using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Core.Protocol;

namespace NanoVehicle.Emulator
{
    /// <summary>Entry point of the desktop emulator.</summary>
    public static class Program
    {
        /// <summary>Starts one car and runs it until Ctrl+C (or SIGTERM), then shuts it down cleanly.</summary>
        public static int Main(string[] args) => EmulatorCommand.Create(Run).Parse(args).Invoke();

        private static int Run(EmulatorOptions options)
        {
            var log = new EmulatorLog(Console.Out);
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            try
            {
                return RunAsync(options, log, stop.Token).GetAwaiter().GetResult();
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }

        private static async Task<int> RunAsync(EmulatorOptions options, EmulatorLog log, CancellationToken stop)
        {
            EmulatorHost host;
            try
            {
                host = await EmulatorHost.StartAsync(options, log, cancellationToken: stop);
            }
            catch (EmulatorStartException ex)
            {
                Console.Error.WriteLine("nanovehicle-emulator: " + ex.Message);
                return 2;
            }
            catch (OperationCanceledException)
            {
                return 130;
            }

            string broker = host.BrokerUrl;
            log.Write("try it from another terminal:");
            log.Write($"  dotnet run --project emulator/NanoVehicle.Cli -- --broker {broker} --vin {options.Vin} horn");
            log.Write($"  mosquitto_sub -h {HostOf(broker)} -p {PortOf(broker)} -v -t 'psa/RemoteServices/to/cid/{options.CustomerId}/#'");
            log.Write("press Ctrl+C to stop");
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
            }
            log.Write("stopping");
            await host.StopAsync();
            return 0;
        }

        private static string HostOf(string url) => new Uri(url).Host;

        private static int PortOf(string url) => new Uri(url).Port;
    }
}
