using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using NanoVehicle.Cli.O2x;
using NanoVehicle.Core;
using NanoVehicle.Core.State;
using NanoVehicle.Emulator.Ble;
using NanoVehicle.Host;
using Xunit;

namespace NanoVehicle.Emulator.Tests.O2x
{
    /// <summary>Generous waits for a loaded 2-core CI box; they end as soon as the awaited thing happens.</summary>
    internal static class Waits
    {
        public static readonly TimeSpan Long = TimeSpan.FromSeconds(20);
    }

    /// <summary>The emulator's car with its O2X dongle on a virtual radio served on a free TCP port.</summary>
    internal sealed class CarOnAir : IDisposable
    {
        public const string DefaultVin = "VR1AB12C3D4567890";
        public readonly object Lock;
        public readonly ConcurrentQueue<string> Log;

        private CarOnAir(Vehicle car, EmulatorBle ble, object carLock, ConcurrentQueue<string> log)
        {
            Car = car;
            Ble = ble;
            Lock = carLock;
            Log = log;
        }

        public Vehicle Car { get; }
        public EmulatorBle Ble { get; }
        public string Radio => $"tcp:127.0.0.1:{Ble.RadioPort}";

        public static async Task<CarOnAir> StartAsync(string vin = DefaultVin)
        {
            var car = new Vehicle(VehicleProfile.Showcase(), new VehicleSettings(), SystemClock.Instance, vin);
            var log = new ConcurrentQueue<string>();
            var carLock = new object();
            var ble = await EmulatorBle.StartAsync(new BleOptions { RadioPort = 0 }, vin, () => { lock (carLock) return VehicleO2xReading.Read(car); }, log.Enqueue).WaitAsync(Waits.Long);
            return new CarOnAir(car, ble, carLock, log);
        }

        /// <summary>Simulation control through the core (the same call MQTT sim/set makes).</summary>
        public void Set(string overridesJson)
        {
            lock (Lock)
            {
                string error = Car.ApplyOverrides(SystemTextJsonPort.Instance.Parse(overridesJson));
                Assert.True(error == null, "override refused: " + error);
                Car.Advance();
            }
        }

        public void Dispose() => Ble.Dispose();
    }

    /// <summary>A text writer that hands over whole lines as they are written.</summary>
    internal sealed class LineSink : TextWriter
    {
        private readonly StringBuilder partial = new StringBuilder();
        public readonly Channel<string> Lines = Channel.CreateUnbounded<string>();
        public readonly ConcurrentQueue<string> All = new ConcurrentQueue<string>();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (partial)
            {
                if (value == '\n')
                {
                    string line = partial.ToString().TrimEnd('\r');
                    partial.Clear();
                    All.Enqueue(line);
                    Lines.Writer.TryWrite(line);
                }
                else partial.Append(value);
            }
        }
    }

    /// <summary>The CLI's <c>o2x</c> command running in-process, its messages parsed as they come.</summary>
    internal sealed class PhoneRun : IAsyncDisposable
    {
        private readonly CancellationTokenSource stop = new CancellationTokenSource();
        public readonly LineSink Output = new LineSink();
        public readonly LineSink Diagnostics = new LineSink();
        public Task<int> Exit { get; private set; }

        public static PhoneRun Start(params string[] args)
        {
            var run = new PhoneRun();
            run.Exit = Task.Run(() => O2xCommand.RunAsync(args, run.Output, run.Diagnostics, run.stop.Token));
            return run;
        }

        /// <summary>The next SDK message that satisfies <paramref name="wanted"/> (earlier ones are skipped).</summary>
        public async Task<JsonObject> NextAsync(Func<JsonObject, bool> wanted, TimeSpan? within = null)
        {
            using var timeout = new CancellationTokenSource(within ?? Waits.Long);
            try
            {
                while (true)
                {
                    string line = await Output.Lines.Reader.ReadAsync(timeout.Token);
                    var message = JsonNode.Parse(line).AsObject();
                    if (wanted(message)) return message;
                }
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException("no matching O2X message in time. Output:\n" + string.Join("\n", Output.All) + "\nDiagnostics:\n" + string.Join("\n", Diagnostics.All));
            }
        }

        public static bool IsData(JsonObject m) => (string)m["status"] == "RESULT" && m["result"]?["vin"] != null;
        public static bool IsEvent(JsonObject m, string name) => (string)m["status"] == "RESULT" && (string)m["result"]?["event"] == name;

        public async Task<int> StopAsync()
        {
            stop.Cancel();
            return await Exit.WaitAsync(Waits.Long);
        }

        public async ValueTask DisposeAsync()
        {
            stop.Cancel();
            try { await Exit.WaitAsync(Waits.Long); } catch (Exception) { }
            stop.Dispose();
        }
    }

    /// <summary>A temporary memory file for the phone.</summary>
    internal sealed class TempMemory : IDisposable
    {
        public readonly string Dir = Path.Combine(Path.GetTempPath(), "nv-o2x-" + Guid.NewGuid().ToString("N"));
        public string File => Path.Combine(Dir, "o2x.json");
        public void Dispose()
        {
            try { Directory.Delete(Dir, true); } catch (IOException) { }
        }
    }
}
