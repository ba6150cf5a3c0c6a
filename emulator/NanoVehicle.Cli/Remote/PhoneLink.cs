using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Mqtt;
using NanoVehicle.Mqtt.Client;

namespace NanoVehicle.Cli.Remote
{
    /// <summary>
    /// The phone's MQTT connection: a clean session with a broker-assigned (zero-length) client id, as the
    /// open-source PSA clients connect, and a queue of the messages that arrive on its subscriptions.
    /// </summary>
    public sealed class PhoneLink : IAsyncDisposable
    {
        private readonly MqttClient _client;

        private PhoneLink(MqttClient client)
        {
            _client = client;
        }

        /// <summary>Connects; throws with the broker's address in the message when it cannot.</summary>
        public static async Task<PhoneLink> ConnectAsync(PhoneOptions options, CancellationToken cancellationToken)
        {
            var client = new MqttClient(new MqttClientOptions
            {
                Server = options.BrokerUrl,
                ClientId = "",
                CleanSession = true,
                UserName = options.UserNameValue,
                Password = options.PasswordValue,
                AllowUntrustedCertificates = options.InsecureValue,
                AutoReconnect = false,
                MessageChannelCapacity = 4096,
            });
            try
            {
                await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await client.DisposeAsync().ConfigureAwait(false);
                throw;
            }
            return new PhoneLink(client);
        }

        /// <summary>
        /// Connects, or writes "cannot connect to &lt;broker&gt;: &lt;why&gt;" to <paramref name="problems"/> and returns null
        /// (cancellation still throws), for commands that answer an unreachable broker with an exit code.
        /// </summary>
        public static async Task<PhoneLink> ConnectOrReportAsync(PhoneOptions options, TextWriter problems, CancellationToken cancellationToken)
        {
            try
            {
                return await ConnectAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                problems.WriteLine($"cannot connect to {options.BrokerUrl}: {ex.Message}");
                return null;
            }
        }

        /// <summary>Subscribes at QoS 1.</summary>
        public Task SubscribeAsync(string filter, CancellationToken cancellationToken) => _client.SubscribeAsync(filter, MqttQos.AtLeastOnce, cancellationToken);

        /// <summary>Publishes at QoS 1 and waits for the broker's acknowledgement.</summary>
        public Task PublishAsync(string topic, byte[] payload, CancellationToken cancellationToken)
            => _client.PublishAsync(new MqttMessage(topic, payload, MqttQos.AtLeastOnce), cancellationToken);

        /// <summary>The next message, or null when <paramref name="deadline"/> passes first (<see cref="DateTime.MaxValue"/>: no deadline).</summary>
        public async Task<MqttMessage> NextAsync(DateTime deadline, CancellationToken cancellationToken)
        {
            TimeSpan left = deadline == DateTime.MaxValue ? Timeout.InfiniteTimeSpan : deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero && left != Timeout.InfiniteTimeSpan)
            {
                return null;
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (left != Timeout.InfiniteTimeSpan)
            {
                timeout.CancelAfter(left);
            }
            try
            {
                return await _client.Messages.ReadAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (System.Threading.Channels.ChannelClosedException)
            {
                return null;
            }
        }

        /// <summary>Disconnects cleanly.</summary>
        public async ValueTask DisposeAsync() => await _client.DisposeAsync().ConfigureAwait(false);
    }
}
