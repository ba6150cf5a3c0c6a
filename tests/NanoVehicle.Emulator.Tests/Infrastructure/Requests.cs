using System.Text.Json.Nodes;

namespace NanoVehicle.Emulator.Tests.Infrastructure
{
    /// <summary>PSA request envelopes as the open-source clients publish them.</summary>
    public static class Requests
    {
        /// <summary>The envelope JSON for <paramref name="vin"/>, <paramref name="correlationId"/> and parameters.</summary>
        public static string Envelope(string cid, string correlationId, string reqParameters, string vin = RunningCar.Vin)
            => new JsonObject
            {
                ["access_token"] = "token",
                ["customer_id"] = cid,
                ["correlation_id"] = correlationId,
                ["req_date"] = "2026-03-10T10:00:00Z",
                ["vin"] = vin,
                ["req_parameters"] = JsonNode.Parse(reqParameters),
            }.ToJsonString();

        /// <summary>The request topic.</summary>
        public static string Topic(string cid, string service) => $"psa/RemoteServices/from/cid/{cid}/{service}";

        /// <summary>The filter for every reply to <paramref name="cid"/>.</summary>
        public static string Replies(string cid) => $"psa/RemoteServices/to/cid/{cid}/#";

        /// <summary>The car's snapshot topic.</summary>
        public static string Events(string vin = RunningCar.Vin) => $"psa/RemoteServices/events/MPHRTServices/{vin}";
    }
}
