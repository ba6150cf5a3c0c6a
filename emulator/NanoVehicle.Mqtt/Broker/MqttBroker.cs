using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NanoVehicle.Mqtt.Packets;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>
    /// An embedded MQTT 3.1.1 broker: QoS 0 and 1 (a QoS 2 subscription is granted QoS 1, and QoS 2 publications are
    /// accepted and forwarded at most at QoS 1), retained messages, '+'/'#' wildcards, last wills, keep-alive,
    /// clean and persistent sessions, optional user name and password.
    /// </summary>
    /// <example>
    /// <code>
    /// await using var broker = new MqttBroker(new MqttBrokerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0) });
    /// broker.Start();
    /// Console.WriteLine($"listening on port {broker.Port}");
    /// </code>
    /// </example>
    public sealed class MqttBroker : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<BrokerConnection, byte> _connections = new ConcurrentDictionary<BrokerConnection, byte>();
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private Socket _listener;
        private KeepAliveMonitor _keepAlive;
        private Task _acceptLoop;

        /// <summary>Creates a broker; nothing listens until <see cref="Start"/>.</summary>
        public MqttBroker(MqttBrokerOptions options = null)
        {
            Options = options ?? new MqttBrokerOptions();
            Logger = Options.Logger ?? NullLogger.Instance;
            var tree = new SubscriptionTree();
            Retained = new RetainedStore();
            Sessions = new SessionStore(tree, Options);
            Router = new MessageRouter(tree, Retained, Logger);
            ConnectHandler = new ConnectHandler(Options, Sessions, Logger);
        }

        /// <summary>The settings it runs with.</summary>
        public MqttBrokerOptions Options { get; }

        /// <summary>The end point actually bound (with the real port when port 0 was asked).</summary>
        public IPEndPoint EndPoint { get; private set; }

        /// <summary>The TCP port bound.</summary>
        public int Port => EndPoint?.Port ?? 0;

        /// <summary>Open network connections.</summary>
        public int ConnectionCount => _connections.Count;

        /// <summary>Topics holding a retained message.</summary>
        public int RetainedCount => Retained.Count;

        internal ILogger Logger { get; }

        internal ConnectHandler ConnectHandler { get; }

        internal MessageRouter Router { get; }

        internal SessionStore Sessions { get; }

        internal RetainedStore Retained { get; }

        /// <summary>
        /// Binds the end point and starts accepting clients. Throws <see cref="MqttBrokerStartException"/> when the
        /// port is taken or the address cannot be bound.
        /// </summary>
        public void Start()
        {
            if (_listener != null)
            {
                throw new InvalidOperationException("the broker is already started");
            }
            var listener = new Socket(Options.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                listener.Bind(Options.EndPoint);
                listener.Listen(512);
            }
            catch (SocketException ex)
            {
                listener.Dispose();
                throw MqttBrokerStartException.From(Options.EndPoint, ex);
            }
            _listener = listener;
            EndPoint = (IPEndPoint)listener.LocalEndPoint;
            _keepAlive = new KeepAliveMonitor(_connections, TimeSpan.FromMilliseconds(250));
            _acceptLoop = Task.Run(AcceptAsync);
            Logger.LogInformation("MQTT broker listening on {EndPoint}", EndPoint);
        }

        /// <summary>Publishes a message from inside the process, as if a client had sent it.</summary>
        public void Publish(MqttMessage message)
        {
            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }
            MqttTopic.ValidateName(message.Topic);
            Router.Route(message);
        }

        /// <summary>Stops listening and closes every connection (their wills are published, as for any broken link).</summary>
        public async ValueTask DisposeAsync()
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }
            _stopping.Cancel();
            _keepAlive?.Dispose();
            _listener?.Dispose();
            if (_acceptLoop != null)
            {
                await _acceptLoop.ConfigureAwait(false);
            }
            foreach (BrokerConnection connection in _connections.Keys)
            {
                connection.Abort("broker stopping");
            }
            Logger.LogInformation("MQTT broker stopped");
        }

        private async Task AcceptAsync()
        {
            while (!_stopping.IsCancellationRequested)
            {
                Socket socket;
                try
                {
                    socket = await _listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (_stopping.IsCancellationRequested || ex is ObjectDisposedException)
                {
                    return;
                }
                catch (SocketException ex)
                {
                    Logger.LogWarning("accept failed: {Error}", ex.Message);
                    continue;
                }
                BrokerConnection connection;
                try
                {
                    connection = new BrokerConnection(socket, this);
                }
                catch (Exception ex)
                {
                    Logger.LogWarning("dropped an incoming connection: {Error}", ex.Message);
                    socket.Dispose();
                    continue;
                }
                _connections[connection] = 0;
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await connection.RunAsync().ConfigureAwait(false);
                    }
                    finally
                    {
                        _connections.TryRemove(connection, out _);
                    }
                });
            }
        }
    }
}
