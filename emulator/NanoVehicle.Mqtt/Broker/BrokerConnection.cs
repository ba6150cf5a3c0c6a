using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NanoVehicle.Mqtt.Packets;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>
    /// One client's network connection: reads its packets, acts on them, and on the way out publishes its will unless
    /// it said DISCONNECT (§3.1.2.5). A protocol error closes this connection only (§4.8).
    /// </summary>
    internal sealed class BrokerConnection
    {
        private readonly Socket _socket;
        private readonly NetworkStream _stream;
        private readonly MqttPacketWriter _writer;
        private readonly MqttBroker _broker;
        private readonly ILogger _logger;
        private long _lastReceivedTicks;
        private long _expiryMillis;
        private BrokerSession _session;
        private MqttMessage _will;
        private string _clientId;
        private string _closeReason;
        private int _closed;
        private volatile bool _takenOver;

        public BrokerConnection(Socket socket, MqttBroker broker)
        {
            _socket = socket;
            _socket.NoDelay = true;
            _stream = new NetworkStream(socket, ownsSocket: true);
            _writer = new MqttPacketWriter(_stream);
            _broker = broker;
            _logger = broker.Logger;
            Remote = socket.RemoteEndPoint as IPEndPoint;
            _lastReceivedTicks = Environment.TickCount64;
            _expiryMillis = (long)broker.Options.ConnectTimeout.TotalMilliseconds;
        }

        public IPEndPoint Remote { get; }

        public void Send(MqttPacket packet) => _writer.Send(packet);

        /// <summary>Called by the keep-alive monitor; closes the connection once it has been silent too long.</summary>
        public void CheckExpiry(long now)
        {
            long limit = Interlocked.Read(ref _expiryMillis);
            if (limit > 0 && now - Interlocked.Read(ref _lastReceivedTicks) > limit)
            {
                Abort(_session == null
                    ? $"no CONNECT within {limit / 1000.0:0.#} s"
                    : $"keep-alive expired: nothing received for {limit / 1000.0:0.#} s (1.5 × keep-alive, §3.1.2.10)");
            }
        }

        /// <summary>Another connection with the same client identifier took the session over (§3.1.4-2).</summary>
        public void TakeOver()
        {
            _takenOver = true;
            Abort("session taken over by a new connection");
        }

        /// <summary>Closes the socket; the read loop then ends and cleans up.</summary>
        public void Abort(string reason)
        {
            if (Interlocked.CompareExchange(ref _closed, 1, 0) == 0)
            {
                _closeReason = reason;
                _writer.Complete();
                try { _socket.Shutdown(SocketShutdown.Both); } catch (Exception) { /* already gone */ }
                _socket.Close();
            }
        }

        public async Task RunAsync()
        {
            bool graceful = false;
            try
            {
                var reader = new MqttPacketReader(_stream, _broker.Options.MaxPacketSize);
                MqttPacket first = await reader.ReadAsync().ConfigureAwait(false);
                if (first == null)
                {
                    return;
                }
                Touch();
                if (first is not ConnectPacket connect)
                {
                    throw new MqttProtocolException($"the first packet must be CONNECT, not {first.Type.ToString().ToUpperInvariant()} (§3.1)");
                }
                _session = _broker.ConnectHandler.Handle(this, connect, out _clientId);
                if (_session == null)
                {
                    await FinishWritingAsync().ConfigureAwait(false);
                    return;
                }
                _will = connect.Will;
                Interlocked.Exchange(ref _expiryMillis, connect.KeepAliveSeconds * 1500L);
                _logger.LogInformation("client {ClientId} connected from {Remote} (clean session {Clean}, keep-alive {KeepAlive} s)",
                    _clientId, Remote, connect.CleanSession, connect.KeepAliveSeconds);
                while (true)
                {
                    MqttPacket packet = await reader.ReadAsync().ConfigureAwait(false);
                    if (packet == null)
                    {
                        _closeReason ??= "connection closed by the client without DISCONNECT";
                        break;
                    }
                    Touch();
                    if (packet is DisconnectPacket)
                    {
                        graceful = true;
                        _will = null; // §3.14.4: a DISCONNECT discards the will
                        await FinishWritingAsync().ConfigureAwait(false);
                        break;
                    }
                    Handle(packet);
                }
            }
            catch (MqttProtocolException ex)
            {
                _logger.LogWarning("client {ClientId} from {Remote}: malformed or forbidden packet, closing the connection: {Reason}",
                    _clientId ?? "(not connected)", Remote, ex.Message);
                _closeReason = ex.Message;
            }
            catch (Exception ex) when (ex is IOException || ex is SocketException || ex is ObjectDisposedException || ex is OperationCanceledException)
            {
                _closeReason ??= "connection lost: " + ex.Message;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "client {ClientId}: unexpected failure, closing the connection", _clientId);
                _closeReason = ex.Message;
            }
            finally
            {
                Abort(_closeReason ?? "closed");
                End(graceful);
            }
        }

        private void End(bool graceful)
        {
            if (_session == null)
            {
                return;
            }
            if (!graceful && !_takenOver && _will != null)
            {
                _logger.LogInformation("client {ClientId}: publishing its will on {Topic} ({Reason})", _clientId, _will.Topic, _closeReason);
                _broker.Router.Route(_will);
            }
            _broker.Sessions.Close(_session, this);
            _logger.LogInformation("client {ClientId} disconnected: {Reason}", _clientId, graceful ? "DISCONNECT" : _closeReason);
        }

        private void Touch() => Interlocked.Exchange(ref _lastReceivedTicks, Environment.TickCount64);

        private async Task FinishWritingAsync()
        {
            _writer.Complete();
            await Task.WhenAny(_writer.Completion, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        }

        private void Handle(MqttPacket packet)
        {
            switch (packet)
            {
                case PublishPacket publish:
                    OnPublish(publish);
                    break;
                case PubAckPacket ack:
                    _session.Acknowledge(ack.PacketId);
                    break;
                case PubRelPacket release:
                    _session.ReleaseQos2(release.PacketId);
                    Send(new PubCompPacket { PacketId = release.PacketId });
                    break;
                case PubRecPacket:
                case PubCompPacket:
                    break; // the broker never sends QoS 2, so these answer nothing of ours
                case SubscribePacket subscribe:
                    OnSubscribe(subscribe);
                    break;
                case UnsubscribePacket unsubscribe:
                    foreach (string filter in unsubscribe.Filters)
                    {
                        _broker.Sessions.Unsubscribe(_session, filter);
                    }
                    Send(new UnsubAckPacket { PacketId = unsubscribe.PacketId });
                    break;
                case PingReqPacket:
                    Send(PingRespPacket.Instance);
                    break;
                case ConnectPacket:
                    throw new MqttProtocolException("a second CONNECT on the same connection (§3.1.0-2)");
                default:
                    throw new MqttProtocolException($"{packet.Type.ToString().ToUpperInvariant()} is sent by servers, not clients");
            }
        }

        private void OnPublish(PublishPacket publish)
        {
            MqttMessage message = publish.ToMessage();
            switch (publish.Qos)
            {
                case MqttQos.AtMostOnce:
                    _broker.Router.Route(message);
                    break;
                case MqttQos.AtLeastOnce:
                    _broker.Router.Route(message);
                    Send(new PubAckPacket { PacketId = publish.PacketId });
                    break;
                default:
                    // QoS 2 in: deliver on first receipt, remember the identifier until PUBREL (§4.3.3).
                    if (_session.ReceiveQos2(publish.PacketId))
                    {
                        _broker.Router.Route(message);
                    }
                    Send(new PubRecPacket { PacketId = publish.PacketId });
                    break;
            }
        }

        private void OnSubscribe(SubscribePacket subscribe)
        {
            var codes = new byte[subscribe.Subscriptions.Count];
            var granted = new List<(string Filter, MqttQos Qos)>(codes.Length);
            for (int i = 0; i < codes.Length; i++)
            {
                MqttSubscription requested = subscribe.Subscriptions[i];
                MqttQos qos = _broker.Sessions.Subscribe(_session, requested.Filter, requested.Qos);
                codes[i] = (byte)qos;
                granted.Add((requested.Filter, qos));
            }
            Send(new SubAckPacket { PacketId = subscribe.PacketId, ReturnCodes = codes });
            foreach ((string filter, MqttQos qos) in granted)
            {
                _broker.Router.SendRetained(_session, filter, qos);
            }
        }
    }
}
