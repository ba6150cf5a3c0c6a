using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NanoVehicle.Emulator.Tests.Infrastructure;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Emulator.Tests
{
    /// <summary>
    /// Command round trips end to end: request → 900 → 903 → final reply → snapshot, the car's rules seen from the
    /// phone, other VINs, duplicate correlation ids and simulation control. Run once on mosquitto and once on the
    /// emulator's embedded broker (the derived classes).
    /// </summary>
    public abstract class RoundTripTests
    {
        /// <summary>The external broker URL, or null for the embedded broker.</summary>
        protected abstract string ExternalBroker { get; }

        private static string NewCid() => "AP-T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

        [Fact]
        public async Task MosquittoClientsSeeProgressReplyThenSnapshot()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            string cid = NewCid();
            await using MosquittoSub sub = await MosquittoSub.StartAsync(car.Port, new[] { Requests.Replies(cid), Requests.Events() }, "-q", "1");
            await MosquittoPub.RunAsync(car.Port, Requests.Topic(cid, "Doors"), Requests.Envelope(cid, "rt-1", "{\"action\":\"unlock\"}"), qos: 1);

            SubMessage first = await sub.NextAsync("progress 900");
            while (first.Topic == Requests.Events())
            {
                first = await sub.NextAsync("progress 900");
            }
            string progressTopic = $"psa/RemoteServices/to/cid/{cid}/Doors/ProcessManagement";
            Assert.Equal(progressTopic, first.Topic);
            Assert.Equal("900", (string)JsonNode.Parse(first.Payload)["process_code"]);
            Assert.Equal("rt-1", (string)JsonNode.Parse(first.Payload)["correlation_id"]);
            SubMessage second = await sub.NextAsync("progress 903");
            Assert.Equal(progressTopic, second.Topic);
            Assert.Equal("903", (string)JsonNode.Parse(second.Payload)["process_code"]);
            SubMessage final = await sub.NextAsync("final reply");
            Assert.Equal($"psa/RemoteServices/to/cid/{cid}/Doors", final.Topic);
            JsonNode reply = JsonNode.Parse(final.Payload);
            Assert.Equal("0", (string)reply["return_code"]);
            Assert.Equal("rt-1", (string)reply["correlation_id"]);
            Assert.Equal(RunningCar.Vin, (string)reply["vin"]);
            Assert.Equal("SUCCEEDED", (string)reply["sdk"]["status"]);
            Assert.Equal("Success", (string)reply["eventStatus"]["status"]);
            SubMessage snapshot = await sub.NextAsync("snapshot");
            Assert.Equal(Requests.Events(), snapshot.Topic);
            JsonNode doors = JsonNode.Parse(snapshot.Payload)["doors_state"];
            Assert.NotNull(doors);
            Assert.Equal(RunningCar.Vin, (string)JsonNode.Parse(snapshot.Payload)["vin"]);
            await car.WaitForLogAsync(l => l.Contains("rt-1") && l.Contains("Doors"), "the command in the log");
        }

        [Fact]
        public async Task CliPrintsProgressAndTheSdkReport()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            CliRun run = await car.CliAsync("doors", "unlock");
            Assert.True(run.Code == 0, run.ToString());
            Assert.Equal(new[] { "900", "903" }, run.Progress);
            Assert.Equal("SUCCEEDED", run.Status);
            Assert.Equal(49, ((string)run.Report["transactionId"]).Length);
            Assert.False(car.Host.Runtime.Read(c => c.State.Locked));
        }

        [Fact]
        public async Task HornTwiceHitsTheCoolDown()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            CliRun first = await car.CliAsync("horn");
            Assert.True(first.Status == "SUCCEEDED", first.ToString());
            // While the horn still sounds a second request is "same action in progress" (2364); once it has stopped and
            // the cool-down runs, it is 2358.
            await Waits.Until(() => car.Host.Runtime.Read(c => c.Now >= c.State.HornUntil), "the horn to stop sounding");
            CliRun second = await car.CliAsync("horn");
            Assert.Equal(1, second.Code);
            Assert.Equal("FAILED", second.Status);
            Assert.Equal("2358", second.ErrorCode);
            Assert.Contains("wait", (string)second.Report["error"]["label"]);
        }

        [Fact]
        public async Task DoorOpenedThroughSimSetRefusesLocking()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            CliRun set = await car.CliAsync("sim", "set", "openDoors=Driver");
            Assert.True(set.Code == 0, set.ToString());
            Assert.True((bool)JsonNode.Parse(set.Lines.Last())["ok"]);
            CliRun doors = await car.CliAsync("doors", "unlock");
            Assert.Equal("2362", doors.ErrorCode);
            Assert.True(car.Host.Runtime.Read(c => c.State.Locked));
        }

        [Fact]
        public async Task BadOverrideIsRefusedNamingTheField()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            int soc = car.Host.Runtime.Read(c => c.State.SocTenths);
            CliRun set = await car.CliAsync("sim", "set", "soc=30", "gear=warp");
            Assert.Equal(1, set.Code);
            JsonNode answer = JsonNode.Parse(set.Lines.Last());
            Assert.False((bool)answer["ok"]);
            Assert.StartsWith("gear", (string)answer["error"]);
            Assert.Equal(soc, car.Host.Runtime.Read(c => c.State.SocTenths));
        }

        [Fact]
        public async Task SimStateIsRetainedAndFollowsChanges()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            CliRun set = await car.CliAsync("sim", "set", "{\"soc\":42.5,\"plugged\":true}");
            Assert.True(set.Code == 0, set.ToString());
            CliRun get = await car.CliAsync("sim", "get");
            Assert.True(get.Code == 0, get.ToString());
            JsonNode state = JsonNode.Parse(get.Lines.Last());
            Assert.Equal(42.5, (double)state["soc"]);
            Assert.True((bool)state["plugged"]);
            await using MosquittoSub sub = await MosquittoSub.StartAsync(car.Port, $"nanovehicle/{RunningCar.Vin}/sim/state");
            SubMessage retained = await sub.NextAsync("the retained state");
            Assert.True(retained.Retained);
        }

        [Fact]
        public async Task OtherVinIsIgnored()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            var output = new System.IO.StringWriter();
            int code = await NanoVehicle.Cli.Program.RunAsync(new[] { "--broker", car.BrokerUrl, "--vin", "VR3OTHERCAR000001", "--timeout", "3", "horn" },
                output, new System.IO.StringWriter(), default).Within("the CLI");
            var run = new CliRun(code, output.ToString(), "");
            Assert.Equal("2201", run.ErrorCode);
            Assert.Empty(run.Progress);
            Assert.DoesNotContain(car.Log, l => l.StartsWith("Horn", StringComparison.Ordinal));
            CliRun mine = await car.CliAsync("horn");
            Assert.Equal("SUCCEEDED", mine.Status);
        }

        [Fact]
        public async Task RepeatedCorrelationIdAnswers502AndRunsOnce()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            string cid = NewCid();
            await using MosquittoSub sub = await MosquittoSub.StartAsync(car.Port, $"psa/RemoteServices/to/cid/{cid}/Horn", "-q", "1");
            string request = Requests.Envelope(cid, "same-id", "{\"nb_horn\":1,\"action\":\"activate\"}");
            await MosquittoPub.RunAsync(car.Port, Requests.Topic(cid, "Horn"), request, qos: 1);
            JsonNode first = JsonNode.Parse((await sub.NextAsync("first reply")).Payload);
            Assert.Equal("0", (string)first["return_code"]);
            await MosquittoPub.RunAsync(car.Port, Requests.Topic(cid, "Horn"), request, qos: 1);
            JsonNode second = JsonNode.Parse((await sub.NextAsync("second reply")).Payload);
            Assert.Equal("502", (string)second["return_code"]);
            Assert.Equal("same-id", (string)second["correlation_id"]);
            Assert.Equal("2005", (string)second["sdk"]["error"]["code"]);
            Assert.Single(car.Log, l => l.StartsWith("Horn same-id from", StringComparison.Ordinal));
            await car.WaitForLogAsync(l => l.Contains("duplicate"), "the duplicate in the log");
        }

        [Fact]
        public async Task ChargeDeferredAndPreconditioningProgramsReachTheCar()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            CliRun deferred = await car.CliAsync("charge-deferred", "--time", "PT23H15M");
            Assert.True(deferred.Status == "SUCCEEDED", deferred.ToString());
            Assert.Equal(23 * 60 + 15, car.Host.Runtime.Read(c => c.State.DeferredMinute));
            CliRun precond = await car.CliAsync("preconditioning", "start", "--program", "slot=2,time=07:30,days=mon+fri,on=true");
            Assert.True(precond.Status == "SUCCEEDED", precond.ToString());
            Assert.Equal(7 * 60 + 30, car.Host.Runtime.Read(c => c.State.PreconditioningPrograms[1].StartMinute));
        }

        [Fact]
        public async Task WatchPrintsSnapshots()
        {
            await using RunningCar car = await RunningCar.StartAsync(ExternalBroker);
            Task<CliRun> watch = car.CliAsync("watch", "--count", "1");
            // The watcher subscribes first; a state change then publishes a snapshot. Repeat the change until it lands.
            for (int i = 0; !watch.IsCompleted && i < 40; i++)
            {
                await car.CliAsync("sim", "set", $"soc={20 + i}");
                await Task.WhenAny(watch, Task.Delay(500));
            }
            CliRun run = await watch.Within("the watcher");
            Assert.StartsWith(Requests.Events(), run.Lines[0]);
        }
    }

    /// <summary>The round trips through a private Eclipse Mosquitto.</summary>
    public sealed class RoundTripOnMosquittoTests : RoundTripTests, IClassFixture<MosquittoFixture>
    {
        private readonly MosquittoFixture _mosquitto;

        /// <summary>Takes the class's broker.</summary>
        public RoundTripOnMosquittoTests(MosquittoFixture mosquitto) => _mosquitto = mosquitto;

        /// <inheritdoc />
        protected override string ExternalBroker => _mosquitto.Broker.Url;
    }

    /// <summary>The round trips through the emulator's embedded broker.</summary>
    public sealed class RoundTripOnEmbeddedBrokerTests : RoundTripTests
    {
        /// <inheritdoc />
        protected override string ExternalBroker => null;
    }
}
