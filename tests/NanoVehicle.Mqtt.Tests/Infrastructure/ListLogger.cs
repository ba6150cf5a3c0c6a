using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace NanoVehicle.Mqtt.Tests.Infrastructure
{
    /// <summary>Keeps log lines in memory so that a test can check what was logged.</summary>
    public sealed class ListLogger : ILogger
    {
        private readonly List<(LogLevel Level, string Text)> _lines = new List<(LogLevel, string)>();

        /// <summary>Lines logged at <paramref name="level"/> or above.</summary>
        public string[] Lines(LogLevel level = LogLevel.Trace)
        {
            lock (_lines) return _lines.Where(l => l.Level >= level).Select(l => l.Text).ToArray();
        }

        /// <inheritdoc />
        public IDisposable BeginScope<TState>(TState state) => null;

        /// <inheritdoc />
        public bool IsEnabled(LogLevel logLevel) => true;

        /// <inheritdoc />
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter)
        {
            lock (_lines) _lines.Add((logLevel, formatter(state, exception)));
        }
    }
}
