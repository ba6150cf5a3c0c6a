using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace NanoVehicle.Emulator
{
    /// <summary>
    /// The emulator's log: one timestamped line per entry on a writer (the console by default), and an event so tests
    /// and extra services can watch it. Also an <see cref="ILogger"/> for the MQTT client and broker.
    /// </summary>
    public sealed class EmulatorLog : ILogger
    {
        private readonly TextWriter _writer;
        private readonly object _gate = new object();

        /// <summary>Writes to <paramref name="writer"/> (null: nowhere, only <see cref="Line"/>).</summary>
        public EmulatorLog(TextWriter writer)
        {
            _writer = writer;
        }

        /// <summary>Raised with each line (without the timestamp).</summary>
        public event Action<string> Line;

        /// <summary>Lowest level of MQTT library messages written (default: warnings).</summary>
        public LogLevel MqttLevel { get; set; } = LogLevel.Warning;

        /// <summary>Writes one line.</summary>
        public void Write(string line)
        {
            lock (_gate)
            {
                _writer?.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
                _writer?.Flush();
            }
            Line?.Invoke(line);
        }

        IDisposable ILogger.BeginScope<TState>(TState state) => null;

        bool ILogger.IsEnabled(LogLevel logLevel) => logLevel >= MqttLevel;

        void ILogger.Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter)
        {
            if (logLevel < MqttLevel)
            {
                return;
            }
            string text = "mqtt: " + formatter(state, exception);
            if (exception != null)
            {
                text += " (" + exception.Message + ")";
            }
            Write(text);
        }
    }
}
