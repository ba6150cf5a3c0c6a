using System.Collections.Generic;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>Sessions by client identifier, and their subscriptions in the tree. All changes go through one lock.</summary>
    internal sealed class SessionStore
    {
        private readonly Dictionary<string, BrokerSession> _sessions = new Dictionary<string, BrokerSession>();
        private readonly SubscriptionTree _tree;
        private readonly MqttBrokerOptions _options;

        public SessionStore(SubscriptionTree tree, MqttBrokerOptions options)
        {
            _tree = tree;
            _options = options;
        }

        public object Gate { get; } = new object();

        public int Count
        {
            get { lock (Gate) return _sessions.Count; }
        }

        /// <summary>
        /// Opens the session for a CONNECT (§3.1.2.4): a clean one replaces any stored state; a persistent one resumes
        /// the stored session if there is one. The previous connection of that client is closed (§3.1.4-2).
        /// </summary>
        public BrokerSession Open(string clientId, bool cleanSession, BrokerConnection connection, out bool sessionPresent, out BrokerConnection previous)
        {
            lock (Gate)
            {
                _sessions.TryGetValue(clientId, out BrokerSession existing);
                previous = existing?.Connection;
                if (existing != null && !cleanSession && !existing.CleanSession)
                {
                    sessionPresent = true;
                    existing.Detach(previous);
                    return existing;
                }
                if (existing != null)
                {
                    existing.Detach(previous);
                    RemoveLocked(existing);
                }
                var session = new BrokerSession(clientId, cleanSession, _options.MaxInflightMessages, _options.MaxQueuedMessages);
                _sessions[clientId] = session;
                sessionPresent = false;
                return session;
            }
        }

        /// <summary>The connection ended: detaches it, and ends the session if it was a clean one.</summary>
        public void Close(BrokerSession session, BrokerConnection connection)
        {
            lock (Gate)
            {
                if (session.Detach(connection) && session.CleanSession)
                {
                    RemoveLocked(session);
                }
            }
        }

        public MqttQos Subscribe(BrokerSession session, string filter, MqttQos requested)
        {
            // The broker implements QoS 0 and 1: a QoS 2 request is granted QoS 1, as §3.8.4 allows.
            MqttQos granted = requested > MqttQos.AtLeastOnce ? MqttQos.AtLeastOnce : requested;
            lock (Gate)
            {
                session.Subscriptions[filter] = granted;
                _tree.Add(session, filter, granted);
            }
            return granted;
        }

        public void Unsubscribe(BrokerSession session, string filter)
        {
            lock (Gate)
            {
                if (session.Subscriptions.Remove(filter))
                {
                    _tree.Remove(session, filter);
                }
            }
        }

        private void RemoveLocked(BrokerSession session)
        {
            foreach (string filter in session.Subscriptions.Keys)
            {
                _tree.Remove(session, filter);
            }
            session.Subscriptions.Clear();
            if (_sessions.TryGetValue(session.ClientId, out BrokerSession current) && current == session)
            {
                _sessions.Remove(session.ClientId);
            }
        }
    }
}
