using System.Collections.Concurrent;
using System.Collections.Generic;
using NanoVehicle.Mqtt.Packets;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>The last retained message of each topic (§3.3.1.3). Thread-safe.</summary>
    internal sealed class RetainedStore
    {
        private readonly ConcurrentDictionary<string, MqttMessage> _messages = new ConcurrentDictionary<string, MqttMessage>();

        /// <summary>Number of topics with a retained message.</summary>
        public int Count => _messages.Count;

        /// <summary>Keeps <paramref name="message"/> as its topic's retained message, or clears it when the payload is empty.</summary>
        public void Set(MqttMessage message)
        {
            if (message.Payload.Length == 0)
            {
                _messages.TryRemove(message.Topic, out _);
            }
            else
            {
                _messages[message.Topic] = message;
            }
        }

        /// <summary>Retained messages whose topic matches <paramref name="filter"/>.</summary>
        public List<MqttMessage> Match(string filter)
        {
            var found = new List<MqttMessage>();
            if (filter.IndexOf('+') < 0 && filter.IndexOf('#') < 0)
            {
                if (_messages.TryGetValue(filter, out MqttMessage exact))
                {
                    found.Add(exact);
                }
                return found;
            }
            foreach (KeyValuePair<string, MqttMessage> entry in _messages)
            {
                if (MqttTopic.Matches(filter, entry.Key))
                {
                    found.Add(entry.Value);
                }
            }
            return found;
        }
    }
}
