namespace NanoVehicle.Core.Protocol
{
    /// <summary>
    /// Topic names of the PSA remote services (psa-mqtt.md §4) and of nanoVehicle's own simulation-control and status
    /// topics. Requests come on <c>psa/RemoteServices/from/cid/&lt;cid&gt;/&lt;Service&gt;</c>; replies go to the
    /// same path under <c>to/cid</c>, progress under <c>…/ProcessManagement</c>.
    /// </summary>
    public static class ProtocolTopics
    {
        /// <summary>Prefix of every request topic.</summary>
        public const string RequestPrefix = "psa/RemoteServices/from/cid/";
        /// <summary>Prefix of every reply topic.</summary>
        public const string ReplyPrefix = "psa/RemoteServices/to/cid/";
        /// <summary>Filter the car subscribes to for requests from any customer.</summary>
        public const string RequestFilter = "psa/RemoteServices/from/cid/+/#";
        /// <summary>Suffix of the progress topic.</summary>
        public const string ProgressSuffix = "/ProcessManagement";
        /// <summary>Prefix of the vehicle snapshot topic (followed by the VIN).</summary>
        public const string EventPrefix = "psa/RemoteServices/events/MPHRTServices/";
        /// <summary>Root of nanoVehicle's own topics (followed by the VIN).</summary>
        public const string OwnRoot = "nanovehicle/";

        /// <summary>The final-reply topic for <paramref name="cid"/> and <paramref name="service"/>.</summary>
        public static string Reply(string cid, string service)
        {
            return ReplyPrefix + cid + "/" + service;
        }

        /// <summary>The progress topic for <paramref name="cid"/> and <paramref name="service"/>.</summary>
        public static string Progress(string cid, string service)
        {
            return ReplyPrefix + cid + "/" + service + ProgressSuffix;
        }

        /// <summary>The request topic for <paramref name="cid"/> and <paramref name="service"/>.</summary>
        public static string Request(string cid, string service)
        {
            return RequestPrefix + cid + "/" + service;
        }

        /// <summary>The snapshot topic of <paramref name="vin"/>.</summary>
        public static string Events(string vin)
        {
            return EventPrefix + vin;
        }

        /// <summary><c>nanovehicle/&lt;VIN&gt;/status</c>: online/offline, retained, with a last will.</summary>
        public static string Status(string vin)
        {
            return OwnRoot + vin + "/status";
        }

        /// <summary><c>nanovehicle/&lt;VIN&gt;/sim/set</c>: simulation overrides in.</summary>
        public static string SimSet(string vin)
        {
            return OwnRoot + vin + "/sim/set";
        }

        /// <summary><c>nanovehicle/&lt;VIN&gt;/sim/result</c>: the answer to each sim/set.</summary>
        public static string SimResult(string vin)
        {
            return OwnRoot + vin + "/sim/result";
        }

        /// <summary><c>nanovehicle/&lt;VIN&gt;/sim/state</c>: the full state, retained.</summary>
        public static string SimState(string vin)
        {
            return OwnRoot + vin + "/sim/state";
        }

        /// <summary>
        /// Splits a request topic into customer id and service (everything after the cid, e.g. <c>VehCharge/state</c>).
        /// Returns false when the topic is not under <see cref="RequestPrefix"/>; cid or service may come back empty.
        /// </summary>
        public static bool TrySplitRequest(string topic, out string cid, out string service)
        {
            cid = string.Empty;
            service = string.Empty;
            if (topic == null || !topic.StartsWith(RequestPrefix))
            {
                return false;
            }

            string rest = topic.Substring(RequestPrefix.Length);
            int slash = rest.IndexOf('/');
            if (slash < 0)
            {
                cid = rest;
                return true;
            }

            cid = rest.Substring(0, slash);
            service = rest.Substring(slash + 1);
            return true;
        }
    }
}
