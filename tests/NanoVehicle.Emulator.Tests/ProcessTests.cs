using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Emulator.Tests
{
    /// <summary>The emulator as a process: start-up on its embedded broker, a command, and a clean Ctrl+C shutdown.</summary>
    public sealed class ProcessTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "nv-process-" + Guid.NewGuid().ToString("N"));

        public ProcessTests() => Directory.CreateDirectory(_folder);

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
        public async Task CtrlCPublishesOfflineSavesAndExits()
        {
            int port = Ports.Free();
            string state = Path.Combine(_folder, "car.json");
            var output = new StringBuilder();
            var online = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "nanovehicle-emulator.dll"), "--port", port.ToString(), "--state", state })
            {
                start.ArgumentList.Add(arg);
            }
            using Process emulator = Process.Start(start);
            emulator.OutputDataReceived += (_, e) =>
            {
                if (e.Data == null) return;
                lock (output) output.AppendLine(e.Data);
                if (e.Data.Contains("online at", StringComparison.Ordinal)) online.TrySetResult(true);
            };
            emulator.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            emulator.BeginOutputReadLine();
            emulator.BeginErrorReadLine();
            try
            {
                await Task.WhenAny(online.Task, emulator.WaitForExitAsync()).Within("the emulator to come online");
                Assert.True(online.Task.IsCompleted, "the emulator exited early:\n" + output);

                await using MosquittoSub sub = await MosquittoSub.StartAsync(port, "nanovehicle/VR1AB12C3D4567890/status", "-q", "1");
                SubMessage first = await sub.NextAsync("the retained online status");
                Assert.True(first.Retained);
                Assert.Equal("online", (string)JsonNode.Parse(first.Payload)["status"]);

                var (code, text) = await MosquittoPub.RunToolAsync("kill", new[] { "-INT", emulator.Id.ToString() });
                Assert.True(code == 0, text);
                SubMessage last = await sub.NextAsync("the offline status");
                Assert.Equal("offline", (string)JsonNode.Parse(last.Payload)["status"]);
                await emulator.WaitForExitAsync().Within("the emulator to exit");
                Assert.True(emulator.ExitCode == 0, output.ToString());
                Assert.True(File.Exists(state));
                lock (output) Assert.Contains("state saved to", output.ToString());
            }
            finally
            {
                if (!emulator.HasExited)
                {
                    emulator.Kill(entireProcessTree: true);
                }
            }
        }
    }
}
