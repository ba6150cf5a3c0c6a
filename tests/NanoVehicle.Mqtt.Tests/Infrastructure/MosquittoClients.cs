using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace NanoVehicle.Mqtt.Tests.Infrastructure
{
    /// <summary>A message as mosquitto_sub printed it.</summary>
    public sealed record SubMessage(string Topic, int Qos, bool Retained, string Payload);

    /// <summary>A running <c>mosquitto_sub</c>, its messages read from its formatted output.</summary>
    public sealed class MosquittoSub : IAsyncDisposable
    {
        private const string Marker = "MQTTMSG|"; // no @ or %: those start format fields in -F
        private readonly Process _process;
        private readonly Channel<SubMessage> _messages = Channel.CreateUnbounded<SubMessage>();
        private readonly TaskCompletionSource<bool> _subscribed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly StringBuilder _output = new StringBuilder();

        private MosquittoSub(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) => OnLine(e.Data);
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (_output) _output.AppendLine(e.Data); };
            process.Exited += (_, _) => _subscribed.TrySetException(new InvalidOperationException("mosquitto_sub exited:\n" + Output));
            process.EnableRaisingEvents = true;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        /// <summary>Messages received.</summary>
        public ChannelReader<SubMessage> Messages => _messages.Reader;

        /// <summary>Everything it printed (debug lines included).</summary>
        public string Output
        {
            get { lock (_output) return _output.ToString(); }
        }

        /// <summary>Starts mosquitto_sub and waits for its SUBACK.</summary>
        /// <param name="port">Broker port on 127.0.0.1.</param>
        /// <param name="topics">Topic filters.</param>
        /// <param name="extra">More arguments (e.g. <c>-q 1</c>, <c>-i id -c</c>, will options).</param>
        public static async Task<MosquittoSub> StartAsync(int port, IEnumerable<string> topics, params string[] extra)
        {
            // stdbuf: mosquitto_sub's output is a pipe, which libc would buffer; lines must arrive as printed.
            var start = new ProcessStartInfo("stdbuf")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[] { "-oL", "mosquitto_sub", "-h", "127.0.0.1", "-p", port.ToString(), "-d", "-F", Marker + "%t|%q|%r|%p\\n" })
            {
                start.ArgumentList.Add(arg);
            }
            foreach (string topic in topics)
            {
                start.ArgumentList.Add("-t");
                start.ArgumentList.Add(topic);
            }
            foreach (string arg in extra)
            {
                start.ArgumentList.Add(arg);
            }
            var sub = new MosquittoSub(Process.Start(start));
            try
            {
                await sub._subscribed.Task.Within("mosquitto_sub to be subscribed");
            }
            catch (Exception ex)
            {
                await sub.DisposeAsync(); // never leave a stray process behind
                throw new TimeoutException(ex.Message + "; it printed:\n" + sub.Output);
            }
            return sub;
        }

        /// <summary>Starts mosquitto_sub on one topic filter.</summary>
        public static Task<MosquittoSub> StartAsync(int port, string topic, params string[] extra) => StartAsync(port, new[] { topic }, extra);

        /// <summary>The next message, or a timeout that shows what mosquitto_sub printed.</summary>
        public async Task<SubMessage> NextAsync(string what)
        {
            try
            {
                return await _messages.Reader.Next(what);
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException(ex.Message + "; mosquitto_sub printed:\n" + Output);
            }
        }

        /// <summary>Kills the process at once (no DISCONNECT reaches the broker).</summary>
        public async Task KillAsync()
        {
            try
            {
                _process.Kill();
            }
            catch (InvalidOperationException)
            {
                // already exited
            }
            await _process.WaitForExitAsync().Within("mosquitto_sub to die");
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            await KillAsync();
            _process.Dispose();
        }

        private bool _disposed;

        private void OnLine(string line)
        {
            if (line == null)
            {
                return;
            }
            lock (_output) _output.AppendLine(line);
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                string[] parts = line.Substring(Marker.Length).Split('|', 4);
                _messages.Writer.TryWrite(new SubMessage(parts[0], int.Parse(parts[1]), parts[2] == "1", parts[3]));
            }
            else if (line.StartsWith("Subscribed (mid", StringComparison.Ordinal)) // -d prints it after the SUBACK, with the granted QoS
            {
                _subscribed.TrySetResult(true);
            }
        }
    }

    /// <summary>Runs <c>mosquitto_pub</c>.</summary>
    public static class MosquittoPub
    {
        /// <summary>Publishes once and returns when mosquitto_pub has exited successfully.</summary>
        public static async Task RunAsync(int port, string topic, string message, int qos = 0, bool retain = false, params string[] extra)
        {
            var args = new List<string> { "-h", "127.0.0.1", "-p", port.ToString(), "-t", topic, "-q", qos.ToString() };
            if (message == null)
            {
                args.Add("-n"); // zero-length payload
            }
            else
            {
                args.Add("-m");
                args.Add(message);
            }
            if (retain)
            {
                args.Add("-r");
            }
            args.AddRange(extra);
            var (code, output) = await RunToolAsync("mosquitto_pub", args);
            if (code != 0)
            {
                throw new InvalidOperationException($"mosquitto_pub exited with {code}: {output}");
            }
        }

        /// <summary>Runs a mosquitto tool to its end and returns its exit code and output.</summary>
        public static async Task<(int Code, string Output)> RunToolAsync(string tool, IEnumerable<string> args)
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }
            using Process process = Process.Start(start);
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().Within($"{tool} {string.Join(' ', args)} to finish");
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
