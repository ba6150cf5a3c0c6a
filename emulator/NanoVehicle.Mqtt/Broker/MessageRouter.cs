using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using NanoVehicle.Mqtt.Packets;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>Routes an application message to the matching subscriptions and keeps retained messages (§3.3.4, §3.3.1.3).</summary>
    internal sealed class MessageRouter
    {
        [ThreadStatic]
        private static Dictionary<BrokerSession, MqttQos> _matches;

        private readonly SubscriptionTree _subscriptions;
        private readonly RetainedStore _retained;
        private readonly ILogger _logger;

        public MessageRouter(SubscriptionTree subscriptions, RetainedStore retained, ILogger logger)
        {
            _subscriptions = subscriptions;
            _retained = retained;
            _logger = logger;
        }

        /// <summary>Publishes <paramref name="message"/> as if a client sent it.</summary>
        public void Route(MqttMessage message)
        {
            if (message.Retain)
            {
                _retained.Set(message);
            }
            Dictionary<BrokerSession, MqttQos> matches = _matches ??= new Dictionary<BrokerSession, MqttQos>();
            matches.Clear();
            _subscriptions.Match(message.Topic, matches);
            if (matches.Count == 0)
            {
                return;
            }
            // One QoS 0 packet serves every QoS 0 receiver; forwarded messages carry RETAIN 0 (§3.3.1.3).
            PublishPacket shared = null;
            foreach (KeyValuePair<BrokerSession, MqttQos> match in matches)
            {
                MqttQos qos = message.Qos < match.Value ? message.Qos : match.Value;
                if (qos > MqttQos.AtLeastOnce)
                {
                    qos = MqttQos.AtLeastOnce;
                }
                if (qos == MqttQos.AtMostOnce)
                {
                    shared ??= new PublishPacket { Topic = message.Topic, Payload = message.Payload };
                }
                if (!match.Key.Deliver(shared, message, qos, retain: false))
                {
                    _logger.LogWarning("client {ClientId}: queue full, dropped a QoS 1 message on {Topic}", match.Key.ClientId, message.Topic);
                }
            }
            matches.Clear();
        }

        /// <summary>Sends the retained messages matching a new subscription, with RETAIN set (§3.3.1.3).</summary>
        public void SendRetained(BrokerSession session, string filter, MqttQos granted)
        {
            foreach (MqttMessage message in _retained.Match(filter))
            {
                MqttQos qos = message.Qos < granted ? message.Qos : granted;
                if (qos > MqttQos.AtLeastOnce)
                {
                    qos = MqttQos.AtLeastOnce;
                }
                session.Deliver(null, message, qos, retain: true);
            }
        }
    }
}
