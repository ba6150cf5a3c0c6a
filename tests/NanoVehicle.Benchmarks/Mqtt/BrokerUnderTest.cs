using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Mqtt.Broker;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>A broker the round trips go through: Eclipse Mosquitto or our embedded broker, on a free loopback port.</summary>
    public abstract class BrokerUnderTest : IAsyncDisposable
    {
        /// <summary>Name shown in the results.</summary>
        public abstract string Name { get; }

        /// <summary>mqtt://127.0.0.1:port once started.</summary>
        public string Url { get; protected set; }

        /// <summary>Starts the broker.</summary>
        public abstract Task StartAsync();

        /// <inheritdoc />
        public abstract ValueTask DisposeAsync();

        /// <summary>Creates a broker by name: "mosquitto" or "embedded".</summary>
        public static BrokerUnderTest Create(string name) => name switch
        {
            "mosquitto" => new MosquittoUnderTest(),
            "embedded" => new EmbeddedUnderTest(),
            _ => throw new ArgumentException($"unknown broker '{name}': use mosquitto or embedded"),
        };
    }

    /// <summary>Our <see cref="MqttBroker"/>, in this process.</summary>
    public sealed class EmbeddedUnderTest : BrokerUnderTest
    {
        private MqttBroker _broker;

        /// <inheritdoc />
        public override string Name => "embedded";

        /// <inheritdoc />
        public override Task StartAsync()
        {
            _broker = new MqttBroker(new MqttBrokerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) });
            _broker.Start();
            Url = $"mqtt://127.0.0.1:{_broker.Port}";
            return Task.CompletedTask;
        }

        /// <inheritdoc />
        public override async ValueTask DisposeAsync()
        {
            if (_broker != null) await _broker.DisposeAsync();
        }
    }

    /// <summary>A private mosquitto process with a temporary configuration (logging off, as it would be under load).</summary>
    public sealed class MosquittoUnderTest : BrokerUnderTest
    {
        private Process _process;
        private string _folder;

        /// <inheritdoc />
        public override string Name => "mosquitto";

        /// <inheritdoc />
        public override async Task StartAsync()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            _folder = Path.Combine(Path.GetTempPath(), "nv-bench-mosquitto-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            string config = Path.Combine(_folder, "mosquitto.conf");
            File.WriteAllText(config, $"listener {port} 127.0.0.1\nallow_anonymous true\nset_tcp_nodelay true\npersistence false\nlog_type none\nmax_inflight_messages 0\nmax_queued_messages 0\n");
            string binary = File.Exists("/usr/sbin/mosquitto") ? "/usr/sbin/mosquitto" : "mosquitto";
            _process = Process.Start(new ProcessStartInfo(binary, $"-c \"{config}\"") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            Process started = _process;
            // Should the benchmark end without its cleanup (a failed run), mosquitto still goes with it.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { started.Kill(); } catch (Exception) { } };
            DateTime deadline = DateTime.UtcNow.AddSeconds(20);
            while (true)
            {
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
                {
                    await Task.Delay(20);
                }
            }
            Url = $"mqtt://127.0.0.1:{port}";
        }

        /// <inheritdoc />
        public override async ValueTask DisposeAsync()
        {
            if (_process != null)
            {
                if (!_process.HasExited) _process.Kill();
                await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
                _process.Dispose();
            }
            if (_folder != null) Directory.Delete(_folder, true);
        }
    }
}
