using System;

namespace NanoVehicle.Mqtt.Packets
{
    /// <summary>Topic names, topic filters and matching (§4.7).</summary>
    public static class MqttTopic
    {
        /// <summary>Returns null when <paramref name="topic"/> is a valid topic name, else why it is not.</summary>
        public static string CheckName(string topic)
        {
            if (string.IsNullOrEmpty(topic))
            {
                return "a topic name must be at least one character long (§4.7.3)";
            }
            int wildcard = topic.AsSpan().IndexOfAny('+', '#');
            if (wildcard >= 0)
            {
                return $"topic name '{topic}' contains the wildcard '{topic[wildcard]}', which only topic filters may hold (§4.7.1)";
            }
            return null;
        }

        /// <summary>Returns null when <paramref name="filter"/> is a valid topic filter, else why it is not.</summary>
        public static string CheckFilter(string filter)
        {
            if (string.IsNullOrEmpty(filter))
            {
                return "a topic filter must be at least one character long (§4.7.3)";
            }
            for (int i = 0; i < filter.Length; i++)
            {
                char c = filter[i];
                if (c == '#')
                {
                    if (i != filter.Length - 1 || (i > 0 && filter[i - 1] != '/'))
                    {
                        return $"topic filter '{filter}': '#' must be the last character and alone in its level (§4.7.1.2)";
                    }
                }
                else if (c == '+')
                {
                    bool alone = (i == 0 || filter[i - 1] == '/') && (i == filter.Length - 1 || filter[i + 1] == '/');
                    if (!alone)
                    {
                        return $"topic filter '{filter}': '+' must occupy a whole level (§4.7.1.3)";
                    }
                }
            }
            return null;
        }

        /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="topic"/> is a valid topic name.</summary>
        public static void ValidateName(string topic)
        {
            string problem = CheckName(topic);
            if (problem != null)
            {
                throw new ArgumentException(problem, nameof(topic));
            }
        }

        /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="filter"/> is a valid topic filter.</summary>
        public static void ValidateFilter(string filter)
        {
            string problem = CheckFilter(filter);
            if (problem != null)
            {
                throw new ArgumentException(problem, nameof(filter));
            }
        }

        /// <summary>
        /// Whether the topic name matches the (valid) filter. Filters starting with a wildcard do not match topic
        /// names starting with '$' (§4.7.2).
        /// </summary>
        public static bool Matches(string filter, string topic)
        {
            if (topic.Length > 0 && topic[0] == '$' && filter.Length > 0 && (filter[0] == '+' || filter[0] == '#'))
            {
                return false;
            }
            int f = 0, t = 0;
            while (true)
            {
                int fEnd = filter.IndexOf('/', f);
                if (fEnd < 0) fEnd = filter.Length;
                int fLen = fEnd - f;
                if (fLen == 1 && filter[f] == '#')
                {
                    return true; // matches the parent level and everything below (§4.7.1.2)
                }
                int tEnd = topic.IndexOf('/', t);
                if (tEnd < 0) tEnd = topic.Length;
                bool plus = fLen == 1 && filter[f] == '+';
                if (!plus && (fLen != tEnd - t || string.CompareOrdinal(filter, f, topic, t, fLen) != 0))
                {
                    return false;
                }
                bool filterDone = fEnd == filter.Length;
                bool topicDone = tEnd == topic.Length;
                if (filterDone || topicDone)
                {
                    if (filterDone && topicDone)
                    {
                        return true;
                    }
                    if (topicDone && !filterDone)
                    {
                        // "a/#" matches "a": the next filter level must be a lone '#'.
                        return filter.Length - fEnd == 2 && filter[fEnd + 1] == '#';
                    }
                    return false;
                }
                f = fEnd + 1;
                t = tEnd + 1;
            }
        }
    }
}
