using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NanoVehicle.Mqtt.Packets;

namespace NanoVehicle.Mqtt.Client
{
    /// <summary>
    /// MQTT 3.1.1 client: QoS 0 and 1 both ways, keep-alive with dead-link detection, last will, clean or persistent
    /// sessions, user name and password, TLS, and automatic reconnection with exponential back-off that re-sends
    /// unacknowledged QoS 1 messages (DUP) and re-subscribes when the broker lost the session.
    /// </summary>
    /// <example>
    /// <code>
    /// await using var client = new MqttClient(new MqttClientOptions { Server = "mqtt://127.0.0.1:1883", ClientId = "car-1" });
    /// client.MessageReceived += m => Console.WriteLine($"{m.Topic}: {m.PayloadText}");
    /// await client.ConnectAsync();
    /// await client.SubscribeAsync("psa/RemoteServices/from/cid/+/#", MqttQos.AtLeastOnce);
    /// await client.PublishAsync(new MqttMessage("status", "online", MqttQos.AtLeastOnce, retain: true));
    /// </code>
    /// </example>
    public sealed class MqttClient : IAsyncDisposable
    {
        private sealed class Link
        {
            public Socket Socket;
            public Stream Stream;
            public MqttPacketWriter Writer;
            public readonly CancellationTokenSource Closed = new CancellationTokenSource();
            public long PingSentTicks;
            public int Lost;
        }

        private sealed class Outgoing
        {
            public PublishPacket Packet;
            public TaskCompletionSource<bool> Acknowledged;
            public long Sequence;
        }

        private readonly MqttClientOptions _options;
        private readonly ILogger _logger;
        private readonly object _gate = new object();
        private readonly ConcurrentDictionary<ushort, Outgoing> _inflight = new ConcurrentDictionary<ushort, Outgoing>();
        private readonly ConcurrentDictionary<ushort, TaskCompletionSource<MqttPacket>> _requests = new ConcurrentDictionary<ushort, TaskCompletionSource<MqttPacket>>();
        private readonly HashSet<ushort> _incomingQos2 = new HashSet<ushort>();
        private readonly Dictionary<string, MqttQos> _subscriptions = new Dictionary<string, MqttQos>();
        private readonly Channel<MqttMessage> _messages;
        private readonly CancellationTokenSource _disposed = new CancellationTokenSource();
        private readonly MqttServerAddress _address;
        private Link _link;
        private bool _wanted;
        private int _nextPacketId;
        private long _sequence;

        /// <summary>Creates a client; nothing happens on the network until <see cref="ConnectAsync"/>.</summary>
        /// <exception cref="FormatException">The server URL is invalid.</exception>
        public MqttClient(MqttClientOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _logger = options.Logger ?? NullLogger.Instance;
            _address = MqttServerAddress.Parse(options.Server);
            if (options.MessageChannelCapacity > 0)
            {
                _messages = Channel.CreateBounded<MqttMessage>(new BoundedChannelOptions(options.MessageChannelCapacity)
                {
                    SingleWriter = true,
                    FullMode = BoundedChannelFullMode.Wait,
                });
            }
        }

        /// <summary>Raised for each incoming message, on the network thread: keep handlers short.
        /// A QoS 1 message is acknowledged after the handlers return.</summary>
        public event Action<MqttMessage> MessageReceived;

        /// <summary>Raised after each successful connection (the first and each reconnection); the argument is the CONNACK's session-present flag.</summary>
        public event Action<bool> Connected;

        /// <summary>Raised when an established link is lost or closed; the argument says why.</summary>
        public event Action<string> Disconnected;

        /// <summary>Incoming messages as a channel, when <see cref="MqttClientOptions.MessageChannelCapacity"/> is above zero; else null.</summary>
        public ChannelReader<MqttMessage> Messages => _messages?.Reader;

        /// <summary>Whether a link to the broker is up.</summary>
        public bool IsConnected
        {
            get { lock (_gate) return _link != null; }
        }

        /// <summary>The client identifier in use (the one configured; an empty one stays empty, the broker keeps its own).</summary>
        public string ClientId => _options.ClientId;

        /// <summary>The broker address.</summary>
        public MqttServerAddress Server => _address;

        /// <summary>
        /// Connects and returns the CONNACK's session-present flag. Throws <see cref="MqttConnectionRefusedException"/>
        /// when the broker refuses, <see cref="TimeoutException"/> when it does not answer in time, or the socket/TLS error.
        /// </summary>
        public async Task<bool> ConnectAsync(CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            lock (_gate)
            {
                if (_link != null)
                {
                    throw new InvalidOperationException("the client is already connected");
                }
                _wanted = true;
            }
            try
            {
                return await ConnectOnceAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                lock (_gate) _wanted = false;
                throw;
            }
        }

        /// <summary>Publishes a message. QoS 0 completes once queued for sending; QoS 1 completes on the broker's PUBACK,
        /// and survives reconnections (it is re-sent with DUP until acknowledged).</summary>
        public Task PublishAsync(MqttMessage message, CancellationToken cancellationToken = default)
        {
            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }
            MqttTopic.ValidateName(message.Topic);
            if (message.Qos == MqttQos.ExactlyOnce)
            {
                throw new NotSupportedException("this client publishes at QoS 0 or 1; QoS 2 is not implemented");
            }
            if (message.Qos == MqttQos.AtMostOnce)
            {
                Link link = CurrentLink() ?? throw new InvalidOperationException($"not connected to {_address}: a QoS 0 message cannot wait");
                link.Writer.Send(PublishPacket.From(message));
                return Task.CompletedTask;
            }
            lock (_gate)
            {
                if (!_wanted)
                {
                    throw new InvalidOperationException($"not connected to {_address}: call ConnectAsync first");
                }
            }
            var outgoing = new Outgoing
            {
                Acknowledged = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously),
                Sequence = Interlocked.Increment(ref _sequence),
            };
            ushort id = AllocatePacketId(() => outgoing.Packet = PublishPacket.From(message), outgoing);
            CurrentLink()?.Writer.Send(outgoing.Packet);
            return WithCancellation(outgoing.Acknowledged.Task, cancellationToken);
        }

        /// <summary>Publishes a UTF-8 text payload.</summary>
        public Task PublishAsync(string topic, string payload, MqttQos qos = MqttQos.AtMostOnce, bool retain = false, CancellationToken cancellationToken = default)
            => PublishAsync(new MqttMessage(topic, payload, qos, retain), cancellationToken);

        /// <summary>Subscribes to a topic filter and returns the QoS the broker granted; throws when the broker refuses it (SUBACK 0x80).
        /// The subscription is renewed after a reconnection that lost the session.</summary>
        public async Task<MqttQos> SubscribeAsync(string filter, MqttQos qos = MqttQos.AtLeastOnce, CancellationToken cancellationToken = default)
        {
            MqttTopic.ValidateFilter(filter);
            lock (_gate) _subscriptions[filter] = qos;
            var packet = new SubscribePacket { Subscriptions = new[] { new MqttSubscription(filter, qos) } };
            var ack = (SubAckPacket)await RequestAsync(packet, id => packet.PacketId = id, cancellationToken).ConfigureAwait(false);
            if (ack.ReturnCodes[0] == SubAckPacket.Failure)
            {
                lock (_gate) _subscriptions.Remove(filter);
                throw new InvalidOperationException($"the broker refused the subscription to '{filter}' (SUBACK 0x80)");
            }
            return (MqttQos)ack.ReturnCodes[0];
        }

        /// <summary>Removes a subscription.</summary>
        public async Task UnsubscribeAsync(string filter, CancellationToken cancellationToken = default)
        {
            MqttTopic.ValidateFilter(filter);
            lock (_gate) _subscriptions.Remove(filter);
            var packet = new UnsubscribePacket { Filters = new[] { filter } };
            await RequestAsync(packet, id => packet.PacketId = id, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Sends DISCONNECT (so the broker discards the will) and closes; no reconnection follows.
        /// QoS 1 messages still unacknowledged fail.</summary>
        public async Task DisconnectAsync()
        {
            Link link;
            lock (_gate)
            {
                _wanted = false;
                link = _link;
            }
            if (link != null)
            {
                link.Writer.Send(DisconnectPacket.Instance);
                link.Writer.Complete();
                await Task.WhenAny(link.Writer.Completion, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
                Lose(link, "disconnected by the application");
            }
            FailAll(new OperationCanceledException("the client disconnected before the broker acknowledged"));
        }

        /// <summary>Closes the network connection without DISCONNECT, as a crash would (the broker publishes the will).
        /// No reconnection follows.</summary>
        public void Abort()
        {
            Link link;
            lock (_gate)
            {
                _wanted = false;
                link = _link;
            }
            if (link != null)
            {
                Lose(link, "aborted by the application");
            }
        }

        /// <summary>Disconnects (see <see cref="DisconnectAsync"/>) and releases everything.</summary>
        public async ValueTask DisposeAsync()
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }
            await DisconnectAsync().ConfigureAwait(false);
            _disposed.Cancel();
            _messages?.Writer.TryComplete();
        }

        private async Task<bool> ConnectOnceAsync(CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
            timeout.CancelAfter(_options.ConnectTimeout);
            Socket socket = null;
            Stream stream = null;
            try
            {
                (socket, stream) = await ClientTransport.OpenAsync(_address, _options, timeout.Token).ConfigureAwait(false);
                var reader = new MqttPacketReader(stream, _options.MaxPacketSize);
                byte[] connect = MqttCodec.Encode(BuildConnect());
                await stream.WriteAsync(connect, timeout.Token).ConfigureAwait(false);
                await stream.FlushAsync(timeout.Token).ConfigureAwait(false);
                MqttPacket first = await reader.ReadAsync(timeout.Token).ConfigureAwait(false);
                if (first is not ConnAckPacket connAck)
                {
                    throw new MqttProtocolException(first == null
                        ? "the broker closed the connection before CONNACK"
                        : $"the broker answered CONNECT with {first.Type.ToString().ToUpperInvariant()} instead of CONNACK");
                }
                if (connAck.ReturnCode != MqttConnectReturnCode.Accepted)
                {
                    throw new MqttConnectionRefusedException(connAck.ReturnCode);
                }
                var link = new Link { Socket = socket, Stream = stream, Writer = new MqttPacketWriter(stream) };
                lock (_gate)
                {
                    if (!_wanted)
                    {
                        throw new OperationCanceledException("the client was disconnected while connecting");
                    }
                    _link = link;
                    // QoS 1 messages never acknowledged go out again, oldest first, flagged DUP (§4.4).
                    foreach (Outgoing outgoing in _inflight.Values.OrderBy(o => o.Sequence))
                    {
                        outgoing.Packet.Dup = true;
                        link.Writer.Send(outgoing.Packet);
                    }
                }
                _ = Task.Run(() => ReadLoopAsync(link, reader));
                if (_options.KeepAlive > TimeSpan.Zero)
                {
                    _ = Task.Run(() => KeepAliveLoopAsync(link));
                }
                _logger.LogInformation("connected to {Server} as '{ClientId}' (session present {Present})", _address, _options.ClientId, connAck.SessionPresent);
                if (!connAck.SessionPresent)
                {
                    Resubscribe(link);
                }
                Connected?.Invoke(connAck.SessionPresent);
                return connAck.SessionPresent;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !_disposed.IsCancellationRequested && timeout.IsCancellationRequested)
            {
                stream?.Dispose();
                socket?.Dispose();
                throw new TimeoutException($"no answer from {_address} within {_options.ConnectTimeout.TotalSeconds:0.#} s");
            }
            catch
            {
                stream?.Dispose();
                socket?.Dispose();
                throw;
            }
        }

        private ConnectPacket BuildConnect()
        {
            string user = _options.UserName ?? _address.UserName;
            string password = _options.Password ?? (_options.UserName == null ? _address.Password : null);
            return new ConnectPacket
            {
                ClientId = _options.ClientId ?? "",
                CleanSession = _options.CleanSession,
                KeepAliveSeconds = (ushort)Math.Min(ushort.MaxValue, Math.Ceiling(_options.KeepAlive.TotalSeconds)),
                Will = _options.Will,
                UserName = user,
                Password = password == null ? null : Encoding.UTF8.GetBytes(password),
            };
        }

        private void Resubscribe(Link link)
        {
            MqttSubscription[] all;
            lock (_gate)
            {
                all = _subscriptions.Select(s => new MqttSubscription(s.Key, s.Value)).ToArray();
            }
            if (all.Length == 0)
            {
                return;
            }
            var packet = new SubscribePacket { Subscriptions = all };
            _ = RequestAsync(packet, id => packet.PacketId = id, CancellationToken.None).ContinueWith(
                t => _logger.LogWarning("re-subscribing after reconnection failed: {Error}", t.Exception?.GetBaseException().Message),
                TaskContinuationOptions.OnlyOnFaulted);
        }

        private async Task ReadLoopAsync(Link link, MqttPacketReader reader)
        {
            string reason;
            try
            {
                while (true)
                {
                    MqttPacket packet = await reader.ReadAsync(link.Closed.Token).ConfigureAwait(false);
                    if (packet == null)
                    {
                        reason = "the broker closed the connection";
                        break;
                    }
                    await HandleAsync(link, packet).ConfigureAwait(false);
                }
            }
            catch (MqttProtocolException ex)
            {
                reason = "malformed packet from the broker: " + ex.Message;
                _logger.LogWarning("{Reason}", reason);
            }
            catch (Exception ex)
            {
                reason = link.Closed.IsCancellationRequested ? "closed" : "connection lost: " + ex.Message;
            }
            Lose(link, reason);
        }

        private async ValueTask HandleAsync(Link link, MqttPacket packet)
        {
            switch (packet)
            {
                case PublishPacket publish:
                    await ReceiveAsync(link, publish).ConfigureAwait(false);
                    break;
                case PubAckPacket ack:
                    if (_inflight.TryRemove(ack.PacketId, out Outgoing done))
                    {
                        done.Acknowledged.TrySetResult(true);
                    }
                    break;
                case PubRelPacket release:
                    lock (_gate) _incomingQos2.Remove(release.PacketId);
                    link.Writer.Send(new PubCompPacket { PacketId = release.PacketId });
                    break;
                case SubAckPacket:
                case UnsubAckPacket:
                    ushort id = packet is SubAckPacket s ? s.PacketId : ((UnsubAckPacket)packet).PacketId;
                    if (_requests.TryRemove(id, out TaskCompletionSource<MqttPacket> request))
                    {
                        request.TrySetResult(packet);
                    }
                    break;
                case PingRespPacket:
                    Interlocked.Exchange(ref link.PingSentTicks, 0);
                    break;
                case PubRecPacket:
                case PubCompPacket:
                    break; // we never publish at QoS 2
                default:
                    throw new MqttProtocolException($"{packet.Type.ToString().ToUpperInvariant()} is sent by clients, not brokers");
            }
        }

        private async ValueTask ReceiveAsync(Link link, PublishPacket publish)
        {
            bool fresh = true;
            if (publish.Qos == MqttQos.ExactlyOnce)
            {
                lock (_gate) fresh = _incomingQos2.Add(publish.PacketId);
            }
            if (fresh)
            {
                MqttMessage message = publish.ToMessage();
                try
                {
                    MessageReceived?.Invoke(message);
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "a MessageReceived handler failed on {Topic}", message.Topic);
                }
                if (_messages != null)
                {
                    await _messages.Writer.WriteAsync(message, link.Closed.Token).ConfigureAwait(false);
                }
            }
            if (publish.Qos == MqttQos.AtLeastOnce)
            {
                link.Writer.Send(new PubAckPacket { PacketId = publish.PacketId });
            }
            else if (publish.Qos == MqttQos.ExactlyOnce)
            {
                link.Writer.Send(new PubRecPacket { PacketId = publish.PacketId });
            }
        }

        private async Task KeepAliveLoopAsync(Link link)
        {
            long keepAlive = (long)_options.KeepAlive.TotalMilliseconds;
            // Pinging after three quarters of the period, checked four times per period, sends the PINGREQ between
            // 0.75 and 1 keep-alive after the last packet: within the period (§3.1.2.10) with room for a slow scheduler.
            var period = TimeSpan.FromMilliseconds(Math.Max(50, keepAlive / 4));
            long idleLimit = keepAlive * 3 / 4;
            try
            {
                while (true)
                {
                    await Task.Delay(period, link.Closed.Token).ConfigureAwait(false);
                    long now = Environment.TickCount64;
                    long pingSent = Interlocked.Read(ref link.PingSentTicks);
                    if (pingSent != 0 && now - pingSent > keepAlive)
                    {
                        _logger.LogWarning("no PINGRESP from {Server} within {Seconds} s: the link is dead", _address, keepAlive / 1000.0);
                        Lose(link, $"no PINGRESP within {keepAlive / 1000.0:0.#} s (dead link)");
                        return;
                    }
                    if (pingSent == 0 && now - link.Writer.LastWriteTicks >= idleLimit)
                    {
                        Interlocked.Exchange(ref link.PingSentTicks, now);
                        link.Writer.Send(PingReqPacket.Instance);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // link closed
            }
        }

        /// <summary>Tears a link down once; starts reconnecting if the application still wants the connection.</summary>
        private void Lose(Link link, string reason)
        {
            if (Interlocked.Exchange(ref link.Lost, 1) != 0)
            {
                return;
            }
            bool reconnect;
            lock (_gate)
            {
                if (_link == link)
                {
                    _link = null;
                }
                reconnect = _wanted && _options.AutoReconnect && !_disposed.IsCancellationRequested;
            }
            link.Closed.Cancel();
            link.Writer.Complete();
            try { link.Socket.Shutdown(SocketShutdown.Both); } catch (Exception) { /* already closed */ }
            link.Stream.Dispose();
            // Subscribe/unsubscribe requests die with the link; subscriptions are renewed on reconnection.
            foreach (ushort id in _requests.Keys)
            {
                if (_requests.TryRemove(id, out TaskCompletionSource<MqttPacket> request))
                {
                    request.TrySetException(new IOException($"connection to {_address} lost before the broker answered: {reason}"));
                }
            }
            _logger.LogInformation("disconnected from {Server}: {Reason}", _address, reason);
            try
            {
                Disconnected?.Invoke(reason);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "a Disconnected handler failed");
            }
            if (reconnect)
            {
                _ = Task.Run(ReconnectLoopAsync);
            }
            else if (!_wanted)
            {
                FailAll(new OperationCanceledException("the client disconnected before the broker acknowledged"));
            }
        }

        private async Task ReconnectLoopAsync()
        {
            TimeSpan delay = _options.ReconnectMinDelay;
            for (int attempt = 1; ; attempt++)
            {
                // Jitter spreads the reconnections of many clients after a broker restart.
                double jitter = 0.8 + Random.Shared.NextDouble() * 0.4;
                try
                {
                    await Task.Delay(delay * jitter, _disposed.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                lock (_gate)
                {
                    if (!_wanted || _link != null)
                    {
                        return;
                    }
                }
                try
                {
                    await ConnectOnceAsync(CancellationToken.None).ConfigureAwait(false);
                    return;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !_disposed.IsCancellationRequested)
                {
                    _logger.LogInformation("reconnection attempt {Attempt} to {Server} failed: {Error}", attempt, _address, ex.Message);
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.ReconnectMaxDelay.Ticks));
            }
        }

        private Link CurrentLink()
        {
            lock (_gate) return _link;
        }

        private async Task<MqttPacket> RequestAsync(MqttPacket packet, Action<ushort> setId, CancellationToken cancellationToken)
        {
            Link link = CurrentLink() ?? throw new InvalidOperationException($"not connected to {_address}");
            var request = new TaskCompletionSource<MqttPacket>(TaskCreationOptions.RunContinuationsAsynchronously);
            AllocatePacketId(null, null, id =>
            {
                setId(id);
                _requests[id] = request;
            });
            link.Writer.Send(packet);
            return await WithCancellation(request.Task, cancellationToken).ConfigureAwait(false);
        }

        private ushort AllocatePacketId(Action build, Outgoing outgoing, Action<ushort> register = null)
        {
            lock (_gate)
            {
                for (int tries = 0; tries < 65535; tries++)
                {
                    ushort id = (ushort)(Interlocked.Increment(ref _nextPacketId) % 65535 + 1);
                    if (_inflight.ContainsKey(id) || _requests.ContainsKey(id))
                    {
                        continue;
                    }
                    if (outgoing != null)
                    {
                        build();
                        outgoing.Packet.PacketId = id;
                        _inflight[id] = outgoing;
                    }
                    register?.Invoke(id);
                    return id;
                }
            }
            throw new InvalidOperationException("all 65535 packet identifiers are in use");
        }

        private void FailAll(Exception reason)
        {
            foreach (ushort id in _inflight.Keys)
            {
                if (_inflight.TryRemove(id, out Outgoing outgoing))
                {
                    outgoing.Acknowledged.TrySetException(reason);
                }
            }
        }

        private static async Task<T> WithCancellation<T>(Task<T> task, CancellationToken cancellationToken)
        {
            if (!cancellationToken.CanBeCanceled)
            {
                return await task.ConfigureAwait(false);
            }
            return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        private static Task WithCancellation(Task task, CancellationToken cancellationToken)
            => cancellationToken.CanBeCanceled ? task.WaitAsync(cancellationToken) : task;
    }
}
