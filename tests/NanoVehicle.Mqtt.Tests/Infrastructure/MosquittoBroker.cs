using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace NanoVehicle.Mqtt.Tests.Infrastructure
{
    /// <summary>A private Eclipse Mosquitto broker on a free loopback port, with a temporary configuration.</summary>
    public sealed class MosquittoBroker : IAsyncDisposable
    {
        private readonly string _directory;
        private readonly string _extraConfig;
        private readonly StringBuilder _log = new StringBuilder();
        private Process _process;

        private MosquittoBroker(string extraConfig, int port)
        {
            _extraConfig = extraConfig ?? "";
            Port = port;
            _directory = Path.Combine(Path.GetTempPath(), "nv-mosquitto-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
        }

        /// <summary>The listener's port.</summary>
        public int Port { get; }

        /// <summary>mqtt://127.0.0.1:port.</summary>
        public string Url => $"mqtt://127.0.0.1:{Port}";

        /// <summary>A folder for files the test puts beside the configuration (passwords, certificates).</summary>
        public string Folder => _directory;

        /// <summary>What mosquitto printed so far.</summary>
        public string Log
        {
            get { lock (_log) return _log.ToString(); }
        }

        /// <summary>Path of the mosquitto broker binary.</summary>
        public static string Binary => File.Exists("/usr/sbin/mosquitto") ? "/usr/sbin/mosquitto" : "mosquitto";

        /// <summary>Starts mosquitto with <c>listener PORT 127.0.0.1</c>, <c>allow_anonymous true</c> and any extra lines.</summary>
        /// <param name="extraConfig">More configuration; <c>{dir}</c> is replaced by <see cref="Folder"/>.</param>
        /// <param name="listenerConfig">Lines placed right after the listener line (e.g. TLS settings).</param>
        /// <param name="prepare">Writes files into the folder before mosquitto starts.</param>
        public static async Task<MosquittoBroker> StartAsync(string extraConfig = null, string listenerConfig = null, Action<string> prepare = null)
        {
            var broker = new MosquittoBroker(extraConfig, Ports.Free());
            prepare?.Invoke(broker._directory);
            string config = $"per_listener_settings false\nlistener {broker.Port} 127.0.0.1\n{listenerConfig?.Replace("{dir}", broker._directory)}\n" +
                            $"allow_anonymous true\npersistence false\nlog_dest stdout\nlog_type all\n{broker._extraConfig.Replace("{dir}", broker._directory)}\n";
            File.WriteAllText(Path.Combine(broker._directory, "mosquitto.conf"), config);
            try
            {
                await broker.RunAsync();
            }
            catch
            {
                await broker.DisposeAsync(); // never leave a stray process behind
                throw;
            }
            return broker;
        }

        /// <summary>Stops the broker process (as a crash would: SIGKILL).</summary>
        public async Task StopAsync()
        {
            if (_process == null)
            {
                return;
            }
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // already exited
            }
            await _process.WaitForExitAsync().Within("mosquitto to exit");
            _process.Dispose();
            _process = null;
        }

        /// <summary>Starts it again on the same port.</summary>
        public Task RestartAsync() => RunAsync();

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // leave it for the OS
            }
        }

        private async Task RunAsync()
        {
            // stdbuf: its log goes to a pipe, which libc would buffer; tests read it as it is written.
            var start = new ProcessStartInfo("stdbuf", $"-oL {Binary} -c \"{Path.Combine(_directory, "mosquitto.conf")}\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            _process = Process.Start(start);
            _process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (_log) _log.AppendLine(e.Data); };
            _process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (_log) _log.AppendLine(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            // Ready when the port accepts a connection (the port may still be in TIME_WAIT handover after a restart).
            DateTime deadline = DateTime.UtcNow + Waits.Long;
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"mosquitto exited with {_process.ExitCode}:\n{Log}");
                }
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync("127.0.0.1", Port);
                    return;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(25);
                }
            }
        }
    }
}
