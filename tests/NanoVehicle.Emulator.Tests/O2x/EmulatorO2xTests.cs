using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using NanoVehicle.Emulator.Ble;
using Xunit;

namespace NanoVehicle.Emulator.Tests.O2x
{
    /// <summary>
    /// The whole emulator (embedded broker, simulation, O2X service) with the CLI's phone on its virtual radio and
    /// Mosquitto's own <c>mosquitto_pub</c> driving simulation control over MQTT.
    /// </summary>
    public class EmulatorO2xTests
    {
        private sealed class Running : IAsyncDisposable
        {
            public EmulatorHost Host;
            public O2xBleService Ble;
            public TempMemory Files = new TempMemory();
            public ConcurrentQueue<string> Log = new ConcurrentQueue<string>();

            public static async Task<Running> StartAsync(string profile = "showcase")
            {
                var r = new Running();
                Directory.CreateDirectory(r.Files.Dir);
                var options = new EmulatorOptions { Port = 0, Profile = profile, StatePath = Path.Combine(r.Files.Dir, "car.json"), Ble = new BleOptions { RadioPort = 0 } };
                var log = new EmulatorLog(null);
                log.Line += r.Log.Enqueue;
                r.Ble = new O2xBleService(options.Ble);
                r.Host = await EmulatorHost.StartAsync(options, log, services: new List<IEmulatorService> { r.Ble }).WaitAsync(Waits.Long);
                return r;
            }

            public string Radio => $"tcp:127.0.0.1:{Ble.Ble.RadioPort}";

            /// <summary>Simulation control as any MQTT client does it.</summary>
            public async Task SimSetAsync(string json)
            {
                var port = new Uri(Host.BrokerUrl).Port;
                var psi = new ProcessStartInfo("mosquitto_pub") { RedirectStandardError = true, UseShellExecute = false };
                foreach (var a in new[] { "-h", "127.0.0.1", "-p", port.ToString(), "-q", "1", "-t", $"nanovehicle/{Host.Options.Vin}/sim/set", "-m", json })
                    psi.ArgumentList.Add(a);
                using var p = Process.Start(psi);
                string err = await p.StandardError.ReadToEndAsync().WaitAsync(Waits.Long);
                await p.WaitForExitAsync().WaitAsync(Waits.Long);
                Assert.True(p.ExitCode == 0, "mosquitto_pub failed: " + err);
            }

            public async ValueTask DisposeAsync()
            {
                await Host.StopAsync().WaitAsync(Waits.Long);
                Files.Dispose();
            }
        }

        [Fact]
        public async Task Changes_made_over_MQTT_sim_set_reach_the_phone_as_O2X_results_and_cantCharge()
        {
            await using var emulator = await Running.StartAsync();
            await using var phone = PhoneRun.Start("subscribe", "--vin", emulator.Host.Options.Vin, "--reception", "status",
                "--radio", emulator.Radio, "--memory", emulator.Files.File);
            Assert.Equal("parked", (string)(await phone.NextAsync(PhoneRun.IsData))["result"]["status"]);

            await emulator.SimSetAsync("{\"ignition\":\"Start\",\"gear\":\"drive\",\"speed\":50,\"parkBrake\":false}");
            var driving = await phone.NextAsync(_ => true);
            Assert.Equal("driving", (string)driving["result"]["status"]);
            Assert.Equal("notActivated", (string)driving["result"]["data"]["parkBrakeStatus"]);

            await emulator.SimSetAsync("{\"speed\":0,\"gear\":\"neutral\",\"ignition\":\"Stop\",\"plugged\":true}");
            Assert.Equal("parked", (string)(await phone.NextAsync(_ => true))["result"]["status"]);
            Assert.True(PhoneRun.IsEvent(await phone.NextAsync(_ => true), "cantCharge"));

            await emulator.SimSetAsync("{\"parkBrake\":true}");
            var charging = await phone.NextAsync(_ => true);
            Assert.Equal("charging", (string)charging["result"]["status"]);
            Assert.Equal("charging", (string)charging["result"]["data"]["systemState"]);
        }

        [Fact]
        public async Task Stopping_the_emulator_tells_the_phone_disconnected()
        {
            var emulator = await Running.StartAsync();
            await using var phone = PhoneRun.Start("subscribe", "--vin", emulator.Host.Options.Vin, "--reception", "information",
                "--radio", emulator.Radio, "--memory", emulator.Files.File);
            await phone.NextAsync(PhoneRun.IsData);
            await emulator.DisposeAsync();
            await phone.NextAsync(m => PhoneRun.IsEvent(m, "disconnected"));
            Assert.Contains(emulator.Log, l => l.Contains("service started: O2X over Bluetooth LE"));
        }

        [Fact]
        public async Task A_profile_without_the_O2X_dongle_puts_nothing_on_the_air()
        {
            await using var emulator = await Running.StartAsync("e208");
            Assert.Null(emulator.Ble.Ble);
            Assert.Contains(emulator.Log, l => l.Contains("has no O2X dongle"));
        }

        [Fact]
        public async Task A_taken_radio_port_stops_the_start_with_advice()
        {
            using var taken = new TcpListener(IPAddress.Loopback, 0);
            taken.Start();
            int port = ((IPEndPoint)taken.LocalEndpoint).Port;
            using var files = new TempMemory();
            var options = new EmulatorOptions { Port = 0, StatePath = Path.Combine(files.Dir, "car.json"), Ble = new BleOptions { RadioPort = port } };
            var e = await Assert.ThrowsAsync<EmulatorStartException>(() => EmulatorHost.StartAsync(options, new EmulatorLog(null)));
            Assert.Contains($"127.0.0.1:{port}", e.Message);
            Assert.Contains("--radio-port", e.Message);
            Assert.Contains("--no-ble", e.Message);
        }

        [Fact]
        public async Task A_taken_default_radio_port_moves_the_radio_to_a_free_port_and_says_where()
        {
            using var taken = new TcpListener(IPAddress.Loopback, 0);
            taken.Start();
            int port = ((IPEndPoint)taken.LocalEndpoint).Port;
            using var files = new TempMemory();
            var options = new EmulatorOptions { Port = 0, StatePath = Path.Combine(files.Dir, "car.json"), Ble = new BleOptions { RadioPort = port, RadioPortMayMove = true } };
            var log = new ConcurrentQueue<string>();
            var emulatorLog = new EmulatorLog(null);
            emulatorLog.Line += log.Enqueue;
            var ble = new O2xBleService(options.Ble);
            await using var host = await EmulatorHost.StartAsync(options, emulatorLog, services: new List<IEmulatorService> { ble }).WaitAsync(Waits.Long);
            Assert.NotEqual(port, ble.Ble.RadioPort);
            Assert.Contains(log, l => l.Contains($"127.0.0.1:{port} is taken") && l.Contains($"127.0.0.1:{ble.Ble.RadioPort} instead"));

            await using var phone = PhoneRun.Start("subscribe", "--vin", options.Vin, "--reception", "status",
                "--radio", $"tcp:127.0.0.1:{ble.Ble.RadioPort}", "--memory", files.File);
            Assert.Equal("parked", (string)(await phone.NextAsync(PhoneRun.IsData))["result"]["status"]);
        }

        [Fact]
        public void Command_line_takes_the_Bluetooth_options()
        {
            EmulatorOptions parsed = null;
            var root = EmulatorCommand.Create(o => { parsed = o; return 0; });
            Assert.Equal(0, root.Parse(Array.Empty<string>()).Invoke());
            Assert.True(parsed.Ble.Enabled);
            Assert.Null(parsed.Ble.Hci);
            Assert.Equal(BleOptions.DefaultRadioPort, parsed.Ble.RadioPort);
            Assert.True(parsed.Ble.RadioPortMayMove);

            Assert.Equal(0, root.Parse(new[] { "--hci", "user:0", "--radio-port", "0" }).Invoke());
            Assert.Equal("user:0", parsed.Ble.Hci);
            Assert.Equal(0, parsed.Ble.RadioPort);

            Assert.Equal(0, root.Parse(new[] { "--radio-port", "9874" }).Invoke());
            Assert.False(parsed.Ble.RadioPortMayMove);

            Assert.Equal(0, root.Parse(new[] { "--no-ble" }).Invoke());
            Assert.False(parsed.Ble.Enabled);

            var bad = root.Parse(new[] { "--radio-port", "70000" });
            Assert.Contains(bad.Errors, e => e.Message.Contains("--radio-port"));
        }
    }
}
