using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Core.Codes;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Mqtt;

namespace NanoVehicle.Cli.Remote
{
    /// <summary>
    /// Sends one PSA remote-service request the way the open-source clients build it (psa-mqtt.md §5: envelope with
    /// <c>access_token</c>, <c>customer_id</c>, a 49-character <c>correlation_id</c>, <c>req_date</c>, <c>vin</c>,
    /// <c>req_parameters</c>), prints each progress message for it, then the SDK report of its final reply.
    /// </summary>
    public static class RemoteCommand
    {
        /// <summary>Exit code of a succeeded command.</summary>
        public const int Succeeded = 0;
        /// <summary>Exit code of a failed command (refused, timed out, broker unreachable).</summary>
        public const int Failed = 1;

        /// <summary>A new correlation id: 32 lowercase hex digits and a UTC timestamp to the millisecond.</summary>
        public static string NewCorrelationId()
        {
            return Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant() + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        }

        /// <summary>The request envelope.</summary>
        public static JsonObject Envelope(PhoneOptions options, string correlationId, JsonNode reqParameters)
        {
            return new JsonObject
            {
                ["access_token"] = "nanovehicle",
                ["customer_id"] = options.CidValue,
                ["correlation_id"] = correlationId,
                ["req_date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
                ["vin"] = options.VinValue,
                ["req_parameters"] = reqParameters,
            };
        }

        /// <summary>Sends <paramref name="reqParameters"/> to <paramref name="service"/> and reports; returns the exit code.</summary>
        public static async Task<int> RunAsync(PhoneOptions options, CliConsole console, string service, JsonNode reqParameters, CancellationToken cancellationToken)
        {
            string correlationId = NewCorrelationId();
            PhoneLink link;
            try
            {
                link = await PhoneLink.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                console.Line(SdkReport.Failed(correlationId, MobileSdkErrors.BrokerConnectionFailed, $"{options.BrokerUrl}: {ex.Message}").ToJson());
                return Failed;
            }
            await using (link)
            {
                SdkReport report = await ExchangeAsync(link, options, console, service, correlationId, reqParameters, cancellationToken).ConfigureAwait(false);
                console.Line(report.ToJson());
                return report.Succeeded ? Succeeded : Failed;
            }
        }

        private static async Task<SdkReport> ExchangeAsync(PhoneLink link, PhoneOptions options, CliConsole console, string service,
            string correlationId, JsonNode reqParameters, CancellationToken cancellationToken)
        {
            string replyTopic = ProtocolTopics.Reply(options.CidValue, service);
            string progressTopic = ProtocolTopics.Progress(options.CidValue, service);
            await link.SubscribeAsync(ProtocolTopics.ReplyPrefix + options.CidValue + "/#", cancellationToken).ConfigureAwait(false);
            byte[] payload = Encoding.UTF8.GetBytes(Envelope(options, correlationId, reqParameters).ToJsonString());
            DateTime deadline = DateTime.UtcNow + options.TimeoutValue;
            await link.PublishAsync(ProtocolTopics.Request(options.CidValue, service), payload, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                MqttMessage message = await link.NextAsync(deadline, cancellationToken).ConfigureAwait(false);
                if (message == null)
                {
                    return SdkReport.Failed(correlationId, MobileSdkErrors.Timeout, $"no final reply within {options.TimeoutValue.TotalSeconds:0.#} s");
                }
                if (message.Topic != replyTopic && message.Topic != progressTopic)
                {
                    continue;
                }
                JsonObject body;
                try
                {
                    body = JsonNode.Parse(message.Payload) as JsonObject;
                }
                catch (System.Text.Json.JsonException)
                {
                    continue; // not a reply we can read; keep waiting for ours
                }
                if (body == null || (string)body["correlation_id"] != correlationId)
                {
                    continue;
                }
                if (message.Topic == progressTopic)
                {
                    console.Line($"progress {body["process_code"]} {body["process_message"]}");
                    continue;
                }
                return SdkReport.FromReply(correlationId, body);
            }
        }
    }
}
