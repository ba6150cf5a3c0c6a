using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace NanoVehicle.Emulator.Tests.O2x
{
    /// <summary><c>nanovehicle o2x …</c> through the CLI's real entry point: parameter errors in the SDK's shape.</summary>
    public class PhoneCommandLineTests
    {
        private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            using var timeout = new CancellationTokenSource(Waits.Long);
            int exit = await NanoVehicle.Cli.Program.RunAsync(args, output, error, timeout.Token);
            return (exit, output.ToString(), error.ToString());
        }

        private static void AssertFailed(string output, string code, string label)
        {
            var m = JsonNode.Parse(output.Trim()).AsObject();
            Assert.Equal("FAILED", (string)m["status"]);
            Assert.Equal(code, (string)m["error"]["code"]);
            Assert.Equal(label, (string)m["error"]["label"]);
            Assert.False(string.IsNullOrEmpty((string)m["transactionId"]));
        }

        [Fact]
        public async Task A_first_connection_without_a_VIN_is_2101_Missing_vin()
        {
            using var memory = new TempMemory();
            var r = await RunAsync("o2x", "subscribe", "--reception", "status", "--memory", memory.File);
            Assert.Equal(1, r.Exit);
            AssertFailed(r.Out, "2101", "Missing vin parameter");
            Assert.Contains("--vin", r.Err);
        }

        [Fact]
        public async Task A_malformed_VIN_is_2102_Invalid_vin_and_says_why()
        {
            var r = await RunAsync("o2x", "subscribe", "--vin", "VR1AB", "--reception", "status");
            Assert.Equal(1, r.Exit);
            AssertFailed(r.Out, "2102", "Invalid vin parameter");
            Assert.Contains("17", r.Err);
        }

        [Fact]
        public async Task An_unknown_reception_is_2102_and_a_missing_one_2101()
        {
            var bad = await RunAsync("o2x", "subscribe", "--vin", "VR1AB12C3D4567890", "--reception", "sometimes");
            AssertFailed(bad.Out, "2102", "Invalid reception parameter");
            var missing = await RunAsync("o2x", "subscribe", "--vin", "VR1AB12C3D4567890");
            AssertFailed(missing.Out, "2101", "Missing reception parameter");
        }

        [Fact]
        public async Task Previous_with_nothing_remembered_is_2101_and_vin_with_previous_is_2102()
        {
            using var memory = new TempMemory();
            var none = await RunAsync("o2x", "subscribe", "--previous", "--reception", "status", "--memory", memory.File);
            AssertFailed(none.Out, "2101", "Missing vin parameter");
            var both = await RunAsync("o2x", "subscribe", "--previous", "--vin", "VR1AB12C3D4567890", "--reception", "status", "--memory", memory.File);
            AssertFailed(both.Out, "2102", "Invalid firstTime parameter");
        }

        [Fact]
        public async Task Get_before_any_data_is_2001()
        {
            using var memory = new TempMemory();
            var r = await RunAsync("o2x", "get", "--memory", memory.File, "--transaction-id", "x");
            Assert.Equal(1, r.Exit);
            Assert.Equal("{\"transactionId\":\"x\",\"status\":\"FAILED\",\"error\":{\"code\":\"2001\",\"label\":\"Facade not initialized\"}}", r.Out.Trim());
        }

        [Fact]
        public async Task A_corrupt_memory_file_is_reported_and_treated_as_empty()
        {
            using var memory = new TempMemory();
            Directory.CreateDirectory(memory.Dir);
            File.WriteAllText(memory.File, "{not json");
            var r = await RunAsync("o2x", "get", "--memory", memory.File);
            AssertFailed(r.Out, "2001", "Facade not initialized");
            Assert.Contains("cannot be read", r.Err);
            Assert.Equal("{not json", File.ReadAllText(memory.File));
        }

        [Fact]
        public async Task No_radio_to_reach_is_2341_and_names_the_controller()
        {
            // A port nobody listens on: bind, note it, release it.
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            using var memory = new TempMemory();
            var r = await RunAsync("o2x", "subscribe", "--vin", "VR1AB12C3D4567890", "--reception", "status", "--radio", $"tcp:127.0.0.1:{port}", "--memory", memory.File);
            Assert.Equal(1, r.Exit);
            AssertFailed(r.Out, "2341", "[Location or Bluetooth] need to be activated on the phone");
            Assert.Contains($"tcp:127.0.0.1:{port}", r.Err);
        }

        [Fact]
        public async Task A_malformed_controller_spec_is_2341_with_the_reason()
        {
            using var memory = new TempMemory();
            var r = await RunAsync("o2x", "subscribe", "--vin", "VR1AB12C3D4567890", "--reception", "status", "--hci", "bluetooth-please", "--memory", memory.File);
            AssertFailed(r.Out, "2341", "[Location or Bluetooth] need to be activated on the phone");
            Assert.Contains("unknown HCI transport", r.Err);
        }

        [Fact]
        public async Task Words_the_command_does_not_know_are_a_usage_error()
        {
            var r = await RunAsync("o2x", "subscribe", "--vin", "VR1AB12C3D4567890", "--reception", "status", "--frobnicate", "1");
            Assert.NotEqual(0, r.Exit);
            Assert.Contains("--frobnicate", r.Out + r.Err);
            Assert.DoesNotContain("\"status\":\"RESULT\"", r.Out);
        }
    }
}
