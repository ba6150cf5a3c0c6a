using System.Text.Json;
using System.Text.Json.Nodes;
using NanoVehicle.Core.Codes;

namespace NanoVehicle.Cli.Remote
{
    /// <summary>
    /// What the Mobile SDK reports for a command: <c>{"transactionId","status":"SUCCEEDED"|"FAILED","error":{"code","label"}}</c>
    /// (stellantis-remote.md §2), built from the car's final reply, a timeout (2201) or a broker failure (2377).
    /// </summary>
    public sealed class SdkReport
    {
        /// <summary>The request's correlation id.</summary>
        public string TransactionId { get; set; }
        /// <summary>SUCCEEDED or FAILED.</summary>
        public string Status { get; set; }
        /// <summary>The SDK error code (null on success).</summary>
        public string Code { get; set; }
        /// <summary>The SDK error label (null on success).</summary>
        public string Label { get; set; }

        /// <summary>True when the command succeeded.</summary>
        public bool Succeeded => Status == "SUCCEEDED";

        /// <summary>
        /// Reads a final reply: nanoVehicle adds the SDK view under <c>sdk</c>; a reply without it (another back end) is
        /// SUCCEEDED for <c>return_code</c> 0 and otherwise FAILED 2000 with the PSA code and reason in the label.
        /// </summary>
        public static SdkReport FromReply(string transactionId, JsonObject reply)
        {
            var report = new SdkReport { TransactionId = transactionId };
            if (reply["sdk"] is JsonObject sdk)
            {
                report.Status = (string)sdk["status"];
                if (sdk["error"] is JsonObject error)
                {
                    report.Code = (string)error["code"];
                    report.Label = (string)error["label"];
                }
                return report;
            }
            string returnCode = reply["return_code"]?.ToString();
            if (returnCode == "0")
            {
                report.Status = "SUCCEEDED";
                return report;
            }
            report.Status = "FAILED";
            report.Code = MobileSdkErrors.UnknownError.ToString();
            report.Label = $"{MobileSdkErrors.Label(MobileSdkErrors.UnknownError)} (return_code {returnCode}{(reply["reason"] != null ? " " + reply["reason"] : "")})";
            return report;
        }

        /// <summary>A failure with an SDK code and its label.</summary>
        public static SdkReport Failed(string transactionId, int code, string detail = null)
            => new SdkReport
            {
                TransactionId = transactionId,
                Status = "FAILED",
                Code = code.ToString(),
                Label = MobileSdkErrors.Label(code) + (detail != null ? " (" + detail + ")" : ""),
            };

        /// <summary>The report as one JSON line.</summary>
        public string ToJson()
        {
            var json = new JsonObject { ["transactionId"] = TransactionId, ["status"] = Status };
            if (Code != null)
            {
                json["error"] = new JsonObject { ["code"] = Code, ["label"] = Label };
            }
            return json.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }
}
