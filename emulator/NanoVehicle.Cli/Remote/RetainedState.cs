using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Mqtt;

namespace NanoVehicle.Cli.Remote
{
    /// <summary>Reads the car's retained simulation state (<c>nanovehicle/&lt;VIN&gt;/sim/state</c>).</summary>
    public static class RetainedState
    {
        /// <summary>The state object, or null when the broker holds none within <paramref name="wait"/>.</summary>
        public static async Task<JsonObject> ReadAsync(PhoneLink link, string vin, TimeSpan wait, CancellationToken cancellationToken)
        {
            string topic = ProtocolTopics.SimState(vin);
            await link.SubscribeAsync(topic, cancellationToken).ConfigureAwait(false);
            DateTime deadline = DateTime.UtcNow + wait;
            while (true)
            {
                MqttMessage message = await link.NextAsync(deadline, cancellationToken).ConfigureAwait(false);
                if (message == null)
                {
                    return null;
                }
                if (message.Topic == topic)
                {
                    try
                    {
                        return JsonNode.Parse(message.Payload) as JsonObject;
                    }
                    catch (System.Text.Json.JsonException)
                    {
                        return null;
                    }
                }
            }
        }
    }
}
