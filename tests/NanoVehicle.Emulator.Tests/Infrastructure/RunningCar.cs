using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Mqtt.Tests.Infrastructure;

namespace NanoVehicle.Emulator.Tests.Infrastructure
{
    /// <summary>
    /// An emulated car started in-process, on its embedded broker (free port) or on a given broker, with its state in a
    /// temporary folder and its log captured; plus the CLI pointed at it.
    /// </summary>
    public sealed class RunningCar : IAsyncDisposable
    {
        /// <summary>The VIN of the tests' car.</summary>
        public const string Vin = "VR1AB12C3D4567890";

        private readonly ConcurrentQueue<string> _log = new ConcurrentQueue<string>();
        private readonly bool _ownsFolder;

        private RunningCar(string folder, bool ownsFolder)
        {
            Folder = folder;
            _ownsFolder = ownsFolder;
        }

        /// <summary>The running emulator.</summary>
        public EmulatorHost Host { get; private set; }

        /// <summary>The folder holding the state file.</summary>
        public string Folder { get; }

        /// <summary>The state file.</summary>
        public string StatePath => Path.Combine(Folder, "car.json");

        /// <summary>The broker URL.</summary>
        public string BrokerUrl => Host.BrokerUrl;

        /// <summary>The broker port.</summary>
        public int Port => new Uri(BrokerUrl).Port;

        /// <summary>Every log line so far.</summary>
        public string[] Log => _log.ToArray();

        /// <summary>Starts a car; <paramref name="brokerUrl"/> null runs the embedded broker; <paramref name="folder"/> null makes a new one.</summary>
        public static async Task<RunningCar> StartAsync(string brokerUrl = null, string folder = null, int timeScale = 0)
        {
            bool owns = folder == null;
            folder ??= Path.Combine(Path.GetTempPath(), "nv-emulator-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var car = new RunningCar(folder, owns);
            var log = new EmulatorLog(null);
            log.Line += line => car._log.Enqueue(line);
            car.Host = await EmulatorHost.StartAsync(new EmulatorOptions
            {
                Vin = Vin,
                Broker = brokerUrl,
                Port = 0,
                StatePath = car.StatePath,
                TimeScale = timeScale,
            }, log).Within("the emulator to start");
            return car;
        }

        /// <summary>Runs the CLI against this car (broker and VIN added).</summary>
        public async Task<CliRun> CliAsync(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            string[] all = new[] { "--broker", BrokerUrl, "--vin", Vin }.Concat(args).ToArray();
            int code = await NanoVehicle.Cli.Program.RunAsync(all, output, error, CancellationToken.None).Within("the CLI: " + string.Join(' ', args), TimeSpan.FromSeconds(60));
            return new CliRun(code, output.ToString(), error.ToString());
        }

        /// <summary>Waits until a log line satisfies <paramref name="match"/>.</summary>
        public Task WaitForLogAsync(Func<string, bool> match, string what)
            => Waits.Until(() => _log.Any(match), what + "; log:\n" + string.Join('\n', _log));

        /// <summary>Stops the car (offline, state saved) and keeps the folder.</summary>
        public Task StopAsync() => Host.StopAsync();

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await Host.StopAsync();
            if (_ownsFolder)
            {
                try
                {
                    Directory.Delete(Folder, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
