using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using NanoVehicle.Emulator.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Emulator.Tests
{
    /// <summary>The car's state file across restarts, a corrupt file, and a taken broker port.</summary>
    public sealed class StateFileTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "nv-state-" + Guid.NewGuid().ToString("N"));

        public StateFileTests() => Directory.CreateDirectory(_folder);

        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        [Fact]
        public async Task RestartKeepsProgramsDeferredTimeOdometerAndWakeUpCounter()
        {
            await using (RunningCar car = await RunningCar.StartAsync(folder: _folder))
            {
                Assert.True((await car.CliAsync("charge-deferred", "--time", "PT23H15M")).Status == "SUCCEEDED");
                Assert.True((await car.CliAsync("preconditioning", "start", "--program", "slot=3,time=06:45,days=sat+sun,on=true")).Status == "SUCCEEDED");
                Assert.Equal(0, (await car.CliAsync("sim", "set", "odometer=23456.7", "wakeUpsThisMonth=7")).Code);
            }
            Assert.True(File.Exists(Path.Combine(_folder, "car.json")));

            await using (RunningCar again = await RunningCar.StartAsync(folder: _folder))
            {
                Assert.Contains(again.Log, l => l.StartsWith("state loaded from", StringComparison.Ordinal));
                again.Host.Runtime.Read(c =>
                {
                    Assert.Equal(23 * 60 + 15, c.State.DeferredMinute);
                    Assert.Equal(6 * 60 + 45, c.State.PreconditioningPrograms[2].StartMinute);
                    Assert.True(c.State.PreconditioningPrograms[2].Enabled);
                    Assert.Equal(23456700, c.State.OdometerMeters);
                    Assert.Equal(7, c.State.WakeUpsThisMonth);
                    return 0;
                });
            }
        }

        [Fact]
        public async Task CorruptStateFileIsKeptAsideAndTheCarStartsFromDefaults()
        {
            string path = Path.Combine(_folder, "car.json");
            File.WriteAllText(path, "{\"format\":\"nanovehicle-state\",\"version\":1,\"soc\":");
            await using RunningCar car = await RunningCar.StartAsync(folder: _folder);
            string line = car.Log.Single(l => l.Contains("not usable"));
            Assert.Contains("kept aside as", line);
            Assert.Contains("starting from defaults", line);
            Assert.NotEmpty(Directory.GetFiles(_folder, "car.json.corrupt-*"));
            Assert.Equal(new Core.State.VehicleState().SocTenths, car.Host.Runtime.Read(c => c.State.SocTenths));
            Assert.Equal("SUCCEEDED", (await car.CliAsync("doors", "unlock")).Status);
        }

        [Fact]
        public async Task TakenPortSaysHowToPickAnother()
        {
            var taken = new TcpListener(IPAddress.Loopback, 0);
            taken.Start();
            try
            {
                int port = ((IPEndPoint)taken.LocalEndpoint).Port;
                var log = new EmulatorLog(null);
                var ex = await Assert.ThrowsAsync<EmulatorStartException>(() => EmulatorHost.StartAsync(
                    new EmulatorOptions { Port = port, StatePath = Path.Combine(_folder, "car.json") }, log));
                Assert.Contains("--port", ex.Message);
                Assert.Contains(port.ToString(), ex.Message);
            }
            finally
            {
                taken.Stop();
            }
        }
    }
}
