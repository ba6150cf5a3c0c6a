using System.Collections.Generic;
using NanoVehicle.Mqtt.Packets;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>
    /// Subscriptions by topic level, so a PUBLISH is matched by walking its levels instead of testing every filter
    /// (§4.7). Thread-safe.
    /// </summary>
    internal sealed class SubscriptionTree
    {
        private sealed class Node
        {
            public Dictionary<string, Node> Children;
            public Node Plus;
            public Node Hash;
            public Dictionary<BrokerSession, MqttQos> Subscribers;

            public bool IsEmpty => (Children == null || Children.Count == 0) && Plus == null && Hash == null
                && (Subscribers == null || Subscribers.Count == 0);
        }

        private readonly Node _root = new Node();
        private readonly object _gate = new object();

        /// <summary>Adds or replaces (§3.8.4) the session's subscription to <paramref name="filter"/>.</summary>
        public void Add(BrokerSession session, string filter, MqttQos qos)
        {
            lock (_gate)
            {
                Node node = _root;
                foreach (string level in filter.Split('/'))
                {
                    node = level switch
                    {
                        "+" => node.Plus ??= new Node(),
                        "#" => node.Hash ??= new Node(),
                        _ => Child(node, level),
                    };
                }
                (node.Subscribers ??= new Dictionary<BrokerSession, MqttQos>())[session] = qos;
            }
        }

        /// <summary>Removes the session's subscription to <paramref name="filter"/>; false when it had none.</summary>
        public bool Remove(BrokerSession session, string filter)
        {
            lock (_gate)
            {
                return Remove(_root, filter.Split('/'), 0, session);
            }
        }

        /// <summary>Adds to <paramref name="matches"/> every session subscribed to a filter matching <paramref name="topic"/>, with the highest QoS among its matching filters.</summary>
        public void Match(string topic, Dictionary<BrokerSession, MqttQos> matches)
        {
            string[] levels = topic.Split('/');
            bool dollar = topic.Length > 0 && topic[0] == '$';
            lock (_gate)
            {
                Match(_root, levels, 0, matches, dollar);
            }
        }

        private static Node Child(Node node, string level)
        {
            node.Children ??= new Dictionary<string, Node>();
            if (!node.Children.TryGetValue(level, out Node child))
            {
                child = new Node();
                node.Children[level] = child;
            }
            return child;
        }

        private static void Match(Node node, string[] levels, int index, Dictionary<BrokerSession, MqttQos> matches, bool dollar)
        {
            // '#' matches this level's parent and everything below; wildcards at the first level skip '$' topics (§4.7.2).
            bool wildcardsAllowed = !(dollar && index == 0);
            if (node.Hash != null && wildcardsAllowed)
            {
                Collect(node.Hash, matches);
            }
            if (index == levels.Length)
            {
                Collect(node, matches);
                return;
            }
            if (node.Children != null && node.Children.TryGetValue(levels[index], out Node child))
            {
                Match(child, levels, index + 1, matches, dollar);
            }
            if (node.Plus != null && wildcardsAllowed)
            {
                Match(node.Plus, levels, index + 1, matches, dollar);
            }
        }

        private static void Collect(Node node, Dictionary<BrokerSession, MqttQos> matches)
        {
            if (node.Subscribers == null)
            {
                return;
            }
            foreach (KeyValuePair<BrokerSession, MqttQos> subscriber in node.Subscribers)
            {
                if (!matches.TryGetValue(subscriber.Key, out MqttQos existing) || existing < subscriber.Value)
                {
                    matches[subscriber.Key] = subscriber.Value;
                }
            }
        }

        private static bool Remove(Node node, string[] levels, int index, BrokerSession session)
        {
            if (index == levels.Length)
            {
                return node.Subscribers != null && node.Subscribers.Remove(session);
            }
            string level = levels[index];
            Node child = level == "+" ? node.Plus : level == "#" ? node.Hash : node.Children != null && node.Children.TryGetValue(level, out Node c) ? c : null;
            if (child == null || !Remove(child, levels, index + 1, session))
            {
                return false;
            }
            if (child.IsEmpty)
            {
                // Prune so that the tree does not grow with every topic ever subscribed.
                if (level == "+") node.Plus = null;
                else if (level == "#") node.Hash = null;
                else node.Children.Remove(level);
            }
            return true;
        }
    }
}
