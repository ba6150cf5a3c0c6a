using System.IO;
using System.Threading.Tasks;
using NanoVehicle.Emulator.Tests.Infrastructure;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Emulator.Tests
{
    /// <summary>The CLI's remaining commands and its failures, against a car on the embedded broker.</summary>
    public sealed class CliTests
    {
        [Fact]
        public async Task ChargeStartsAndStopsBackToTheStoredDeferredTime()
        {
            await using RunningCar car = await RunningCar.StartAsync();
            // A deferred start half a day away, so the plugged car waits for it whatever the time of the run.
            int hour = (System.DateTime.UtcNow.Hour + 12) % 24;
            Assert.Equal(0, (await car.CliAsync("sim", "set", "deferredEnabled=true", $"deferredTime=PT{hour}H5M", "plugged=true", "parkBrake=activated", "soc=40")).Code);
            Assert.False(car.Host.Runtime.Read(c => c.State.Charging), "plugged with a deferred time, the car waits");
            CliRun start = await car.CliAsync("charge", "--start-now", "true");
            Assert.True(start.Status == "SUCCEEDED", start.ToString());
            Assert.True(car.Host.Runtime.Read(c => c.State.Charging));
            CliRun stop = await car.CliAsync("charge", "--start-now", "false");
            Assert.True(stop.Status == "SUCCEEDED", stop.ToString());
            Assert.False(car.Host.Runtime.Read(c => c.State.Charging));
            Assert.Equal(hour * 60 + 5, car.Host.Runtime.Read(c => c.State.DeferredMinute));
        }

        [Fact]
        public async Task WarningAndStateAreAnswered()
        {
            await using RunningCar car = await RunningCar.StartAsync();
            CliRun warning = await car.CliAsync("warning", "--duration", "1");
            Assert.True(warning.Status == "SUCCEEDED", warning.ToString());
            Assert.Equal(new[] { "900", "903" }, warning.Progress);
            // One remote action at a time: the state request waits until the flashing is over.
            await Waits.Until(() => car.Host.Runtime.Read(c => c.Now >= c.State.LightsUntil), "the lights to stop flashing");
            CliRun state = await car.CliAsync("wake-up");
            Assert.True(state.Status == "SUCCEEDED", state.ToString());
        }

        [Theory]
        [InlineData("charge-deferred", "--time", "25:00")]
        [InlineData("preconditioning", "start", "--program", "slot=9,time=07:00")]
        [InlineData("doors", "open")]
        [InlineData("sim", "set", "soc")]
        public async Task BadArgumentsExitWithTwoAndSendNothing(params string[] args)
        {
            await using RunningCar car = await RunningCar.StartAsync();
            CliRun run = await car.CliAsync(args);
            Assert.True(run.Code >= 2, run.ToString());
            Assert.NotEqual("", run.Error.Trim());
            Assert.DoesNotContain(car.Log, l => l.Contains(" from AP-"));
        }

        [Fact]
        public async Task UnreachableBrokerReports2377()
        {
            var output = new StringWriter();
            int code = await NanoVehicle.Cli.Program.RunAsync(new[] { "--broker", $"mqtt://127.0.0.1:{Ports.Free()}", "horn" }, output, new StringWriter(), default)
                .Within("the CLI");
            var run = new CliRun(code, output.ToString(), "");
            Assert.Equal(1, code);
            Assert.Equal("2377", run.ErrorCode);
        }
    }
}
