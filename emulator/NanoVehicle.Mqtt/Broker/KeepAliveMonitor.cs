using System;
using System.Collections.Concurrent;
using System.Threading;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>
    /// One timer for all connections: closes a connection that sent nothing for one and a half times its keep-alive
    /// (§3.1.2.10), or no CONNECT within the connect timeout.
    /// </summary>
    internal sealed class KeepAliveMonitor : IDisposable
    {
        private readonly ConcurrentDictionary<BrokerConnection, byte> _connections;
        private readonly Timer _timer;

        public KeepAliveMonitor(ConcurrentDictionary<BrokerConnection, byte> connections, TimeSpan period)
        {
            _connections = connections;
            _timer = new Timer(_ => Check(), null, period, period);
        }

        private void Check()
        {
            long now = Environment.TickCount64;
            foreach (BrokerConnection connection in _connections.Keys)
            {
                connection.CheckExpiry(now);
            }
        }

        public void Dispose() => _timer.Dispose();
    }
}
