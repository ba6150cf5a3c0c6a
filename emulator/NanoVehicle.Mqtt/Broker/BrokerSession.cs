using System.Collections.Generic;
using System.Linq;
using NanoVehicle.Mqtt.Packets;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>
    /// The server side of one client's session (§4.1): its subscriptions, QoS 1 messages in flight and waiting, and
    /// QoS 2 packet identifiers received. Outlives its connection when the client asked for a persistent session.
    /// </summary>
    internal sealed class BrokerSession
    {
        private readonly object _gate = new object();
        private readonly Dictionary<ushort, (PublishPacket Packet, long Sequence)> _inflight = new Dictionary<ushort, (PublishPacket, long)>();
        private readonly Queue<PublishPacket> _waiting = new Queue<PublishPacket>();
        private readonly HashSet<ushort> _incomingQos2 = new HashSet<ushort>();
        private readonly int _maxInflight;
        private readonly int _maxQueued;
        private BrokerConnection _connection;
        private ushort _nextPacketId;
        private long _sequence;

        public BrokerSession(string clientId, bool cleanSession, int maxInflight, int maxQueued)
        {
            ClientId = clientId;
            CleanSession = cleanSession;
            _maxInflight = maxInflight;
            _maxQueued = maxQueued;
        }

        public string ClientId { get; }

        public bool CleanSession { get; }

        /// <summary>Filters this session holds, with granted QoS; guarded by the broker's session lock.</summary>
        public Dictionary<string, MqttQos> Subscriptions { get; } = new Dictionary<string, MqttQos>();

        public BrokerConnection Connection
        {
            get { lock (_gate) return _connection; }
        }

        /// <summary>Attaches a connection and re-sends what it missed: unacknowledged messages with DUP, then waiting ones (§4.4).</summary>
        public void Attach(BrokerConnection connection)
        {
            lock (_gate)
            {
                _connection = connection;
                foreach (var entry in _inflight.OrderBy(e => e.Value.Sequence))
                {
                    PublishPacket packet = entry.Value.Packet;
                    packet.Dup = true;
                    connection.Send(packet);
                }
                Drain();
            }
        }

        /// <summary>Detaches <paramref name="connection"/> if it is still the session's one; false when another took over.</summary>
        public bool Detach(BrokerConnection connection)
        {
            lock (_gate)
            {
                if (_connection != connection)
                {
                    return false;
                }
                _connection = null;
                return true;
            }
        }

        /// <summary>
        /// Delivers a message at <paramref name="qos"/>. QoS 0 goes only to a connected client; QoS 1 waits while the
        /// client is offline or has too many in flight. Returns false when it had to be dropped.
        /// </summary>
        public bool Deliver(PublishPacket shared, MqttMessage message, MqttQos qos, bool retain)
        {
            lock (_gate)
            {
                if (qos == MqttQos.AtMostOnce)
                {
                    if (_connection == null)
                    {
                        return true; // QoS 0 is not kept for offline clients
                    }
                    _connection.Send(shared ?? new PublishPacket { Topic = message.Topic, Payload = message.Payload, Retain = retain });
                    return true;
                }
                var packet = new PublishPacket { Topic = message.Topic, Payload = message.Payload, Qos = MqttQos.AtLeastOnce, Retain = retain };
                if (_connection != null && _inflight.Count < _maxInflight && _waiting.Count == 0)
                {
                    SendInflight(packet);
                    return true;
                }
                if (_waiting.Count >= _maxQueued)
                {
                    return false;
                }
                _waiting.Enqueue(packet);
                return true;
            }
        }

        /// <summary>A PUBACK arrived: frees the slot and sends the next waiting message.</summary>
        public void Acknowledge(ushort packetId)
        {
            lock (_gate)
            {
                if (_inflight.Remove(packetId))
                {
                    Drain();
                }
            }
        }

        /// <summary>Records a QoS 2 PUBLISH; false when its identifier was already seen (a re-delivery, §4.3.3).</summary>
        public bool ReceiveQos2(ushort packetId)
        {
            lock (_gate) return _incomingQos2.Add(packetId);
        }

        /// <summary>PUBREL: the QoS 2 identifier may be reused.</summary>
        public void ReleaseQos2(ushort packetId)
        {
            lock (_gate) _incomingQos2.Remove(packetId);
        }

        private void Drain()
        {
            while (_connection != null && _inflight.Count < _maxInflight && _waiting.Count > 0)
            {
                SendInflight(_waiting.Dequeue());
            }
        }

        private void SendInflight(PublishPacket packet)
        {
            packet.PacketId = NextPacketId();
            _inflight[packet.PacketId] = (packet, ++_sequence);
            _connection.Send(packet);
        }

        private ushort NextPacketId()
        {
            do
            {
                _nextPacketId = (ushort)(_nextPacketId == ushort.MaxValue ? 1 : _nextPacketId + 1);
            }
            while (_inflight.ContainsKey(_nextPacketId));
            return _nextPacketId;
        }
    }
}
