using NanoVehicle.Core.Codes;
using NanoVehicle.Core.Json;
using NanoVehicle.Core.Outcomes;

namespace NanoVehicle.Core.Protocol
{
    /// <summary>
    /// Renders the PSA progress and final-reply payloads (psa-mqtt.md §6.1–6.2). The final reply carries the PSA fields
    /// (<c>resp_date</c>, <c>vin</c>, <c>correlation_id</c>, <c>return_code</c>, <c>reason</c> when there is one,
    /// <c>resp_data</c>) and, for the same outcome, the Mobile SDK result under <c>sdk</c> and the Web API done
    /// notification under <c>eventStatus</c>.
    /// </summary>
    public static class PsaReplies
    {
        /// <summary>PSA <c>return_code</c> of a repeated correlation id.</summary>
        public const string DuplicateReturnCode = "502";
        /// <summary>PSA <c>reason</c> of a repeated correlation id.</summary>
        public const string DuplicateReason = "[request.duplicate.correlation.id.key]";

        /// <summary>A <c>ProcessManagement</c> message for <paramref name="code"/> (900, 901, 903).</summary>
        public static string Progress(JsonWriter json, string date, string vin, string correlationId, int code)
        {
            json.Reset();
            json.BeginObject();
            json.Property("process_date", date);
            json.Property("vin", vin);
            json.Property("correlation_id", correlationId);
            json.Property("process_code", code.ToString());
            json.Property("process_message", Outcome.PsaProgressMessage(code));
            json.EndObject();
            return json.ToString();
        }

        /// <summary>The final reply for <paramref name="outcome"/>.</summary>
        public static string Final(JsonWriter json, string date, string vin, string correlationId, Outcome outcome)
        {
            json.Reset();
            BeginFinal(json, date, vin, correlationId, outcome.PsaReturnCode, outcome.PsaReason);
            json.Name("resp_data");
            outcome.WritePsaRespData(json);
            json.Name("sdk").BeginObject();
            outcome.WriteSdk(json);
            json.EndObject();
            json.Name("eventStatus");
            outcome.WriteWebApiEventStatus(json);
            json.EndObject();
            return json.ToString();
        }

        /// <summary>The reply to a request whose correlation id was already handled: 502, nothing run.</summary>
        public static string Duplicate(JsonWriter json, string date, string vin, string correlationId)
        {
            json.Reset();
            BeginFinal(json, date, vin, correlationId, DuplicateReturnCode, DuplicateReason);
            json.Name("resp_data").BeginObject().EndObject();
            json.Name("sdk").BeginObject().Property("status", "FAILED");
            json.Name("error").BeginObject()
                .Property("code", MobileSdkErrors.DuplicateCommand.ToString())
                .Property("label", MobileSdkErrors.Label(MobileSdkErrors.DuplicateCommand))
                .EndObject();
            json.EndObject();
            json.Name("eventStatus").BeginObject().Property("type", "Done").Property("status", "Failed")
                .Property("failureCause", "SameActionInProgress").EndObject();
            json.EndObject();
            return json.ToString();
        }

        private static void BeginFinal(JsonWriter json, string date, string vin, string correlationId, string returnCode, string reason)
        {
            json.BeginObject();
            json.Property("resp_date", date);
            json.Property("vin", vin);
            json.Property("correlation_id", correlationId);
            json.Property("return_code", returnCode);
            if (reason != null)
            {
                json.Property("reason", reason);
            }
        }
    }
}
