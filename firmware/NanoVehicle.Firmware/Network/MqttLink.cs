using System;
using System.Collections;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using NanoVehicle.Core.Configuration;

namespace NanoVehicle.Firmware.Network
{
    /// <summary>
    /// The car's MQTT session on nanoFramework.M2Mqtt (MQTT 3.1.1): connects with a last will (the car's retained
    /// offline status), subscribes, and — since M2Mqtt does not reconnect by itself —
    /// reconnects with exponential back-off whenever the connection closes. Received messages are queued for the
    /// vehicle loop (M2Mqtt raises them on its own thread); messages published while offline wait in a small
    /// outbox, oldest dropped first, and go out after the next connect.
    /// </summary>
    public sealed class MqttLink
    {
        /// <summary>Longest wait between two connection attempts.</summary>
        public const int MaxBackoffMilliseconds = 60000;

        private const int FirstBackoffMilliseconds = 1000;
        private const int InboxLimit = 32;
        private const int OutboxLimit = 32;

        private readonly DeviceConfiguration _configuration;
        private readonly string _willTopic;
        private readonly string _willMessage;
        private readonly bool _willRetain;
        private readonly string[] _subscriptions;
        private readonly Queue _inbox = new Queue();
        private readonly Queue _outbox = new Queue();
        private readonly object _inboxGate = new object();
        private readonly object _outboxGate = new object();
        private readonly AutoResetEvent _closed = new AutoResetEvent(false);
        private readonly Random _jitter = new Random();
        private MqttClient _client;
        private Thread _keeper;
        private int _backoff = FirstBackoffMilliseconds;

        /// <summary>
        /// A link for <paramref name="configuration"/>'s broker that leaves <paramref name="willMessage"/> on
        /// <paramref name="willTopic"/> (QoS 1) as its last will and subscribes <paramref name="subscriptions"/> at
        /// QoS 1 on every connect. What to publish once connected is the caller's (it is told through
        /// <see cref="Activity"/> and <see cref="IsConnected"/>).
        /// </summary>
        public MqttLink(DeviceConfiguration configuration, string willTopic, string willMessage, bool willRetain, string[] subscriptions)
        {
            _configuration = configuration;
            _willTopic = willTopic;
            _willMessage = willMessage;
            _willRetain = willRetain;
            _subscriptions = subscriptions;
        }

        /// <summary>Set whenever a message arrives or the connection comes up, so the vehicle loop wakes.</summary>
        public AutoResetEvent Activity { get; } = new AutoResetEvent(false);

        /// <summary>True while connected to the broker.</summary>
        public bool IsConnected
        {
            get
            {
                MqttClient client = _client;
                return client != null && client.IsConnected;
            }
        }

        /// <summary>How many times the link has connected; a change tells the loop to announce the car again.</summary>
        public int Connections { get; private set; }

        /// <summary>What went wrong in the last connection attempt, for the debug output; null after a success.</summary>
        public string LastProblem { get; private set; }

        /// <summary>
        /// Starts the background thread that connects now and reconnects with back-off (1 s doubling to 60 s, with
        /// jitter) each time the connection closes. <paramref name="networkUp"/> is asked before each attempt.
        /// </summary>
        public void Start(WifiLink networkUp)
        {
            _keeper = new Thread(() => KeepConnected(networkUp));
            _keeper.Start();
        }

        /// <summary>The next received message, or null when none is waiting.</summary>
        public MqttMessage Receive()
        {
            lock (_inboxGate)
            {
                return _inbox.Count == 0 ? null : (MqttMessage)_inbox.Dequeue();
            }
        }

        /// <summary>
        /// Publishes <paramref name="message"/> now when connected, else keeps it for after the next connect.
        /// Never throws; a failed publish is kept as well and the connection is recycled.
        /// </summary>
        public void Publish(MqttMessage message)
        {
            lock (_outboxGate)
            {
                if (_outbox.Count > 0 || !TrySend(message))
                {
                    Hold(message);
                }
            }
        }

        private void Hold(MqttMessage message)
        {
            if (_outbox.Count >= OutboxLimit)
            {
                MqttMessage dropped = (MqttMessage)_outbox.Dequeue();
                Console.WriteLine("mqtt: offline outbox full, dropped a message for " + dropped.Topic);
            }

            _outbox.Enqueue(message);
        }

        private bool TrySend(MqttMessage message)
        {
            MqttClient client = _client;
            if (client == null || !client.IsConnected)
            {
                return false;
            }

            try
            {
                // MQTT 3.1.1 has neither content type nor user properties: M2Mqtt throws unless both are null.
                client.Publish(message.Topic, message.Payload, null, null, message.AtLeastOnce ? MqttQoSLevel.AtLeastOnce : MqttQoSLevel.AtMostOnce, message.Retain);
                return true;
            }
            catch (Exception ex)
            {
                Console.WriteLine("mqtt: publish to " + message.Topic + " failed: " + ex.Message);
                _closed.Set();
                return false;
            }
        }

        private void Flush()
        {
            lock (_outboxGate)
            {
                while (_outbox.Count > 0)
                {
                    if (!TrySend((MqttMessage)_outbox.Peek()))
                    {
                        return;
                    }

                    _outbox.Dequeue();
                }
            }
        }

        private void KeepConnected(WifiLink network)
        {
            while (true)
            {
                if (!network.IsUp)
                {
                    // Nothing to try without Wi-Fi; look again soon, and start the back-off afresh once it is back.
                    _backoff = FirstBackoffMilliseconds;
                    Thread.Sleep(2000);
                    continue;
                }

                if (Connect())
                {
                    Connections++;
                    _backoff = FirstBackoffMilliseconds;
                    Flush();
                    Activity.Set();
                    _closed.WaitOne();
                    Console.WriteLine("mqtt: connection to " + _configuration.Broker.ToString() + " closed");
                    Drop();
                }

                // Exponential back-off with up to 25 % jitter, so a fleet does not reconnect in step after an outage.
                int wait = _backoff + _jitter.Next((_backoff / 4) + 1);
                Console.WriteLine("mqtt: next attempt in " + (wait / 1000).ToString() + " s");
                Thread.Sleep(wait);
                _backoff = _backoff >= MaxBackoffMilliseconds / 2 ? MaxBackoffMilliseconds : _backoff * 2;
            }
        }

        private bool Connect()
        {
            MqttClient client = null;
            try
            {
                BrokerAddress broker = _configuration.Broker;
                X509Certificate ca = null;
                if (_configuration.CaCertificateFile != null)
                {
                    ca = new X509Certificate(File.ReadAllText(_configuration.CaCertificateFile));
                }

                // TLS 1.2 is what the ESP32 images' mbedTLS and public brokers have in common.
                client = new MqttClient(broker.Host, broker.Port, broker.Tls, ca, null, broker.Tls ? MqttSslProtocols.TLSv1_2 : MqttSslProtocols.None);
                client.ProtocolVersion = MqttProtocolVersion.Version_3_1_1;
                client.Settings.ValidateServerCertificate = _configuration.ValidateServerCertificate;
                client.MqttMsgPublishReceived += OnPublishReceived;
                client.ConnectionClosed += OnConnectionClosed;
                _closed.Reset();

                MqttReasonCode code = client.Connect(
                    _configuration.MqttClientId,
                    _configuration.MqttUsername,
                    _configuration.MqttPassword,
                    _willRetain,
                    MqttQoSLevel.AtLeastOnce,
                    true,
                    _willTopic,
                    _willMessage,
                    true,
                    (ushort)_configuration.KeepAliveSeconds);
                if (code != MqttReasonCode.Success)
                {
                    LastProblem = "the broker " + broker.ToString() + " refused the connection (" + Refusal(code) + ")";
                    Console.WriteLine("mqtt: " + LastProblem);
                    Dispose(client);
                    return false;
                }

                MqttQoSLevel[] levels = new MqttQoSLevel[_subscriptions.Length];
                for (int i = 0; i < levels.Length; i++)
                {
                    levels[i] = MqttQoSLevel.AtLeastOnce;
                }

                if (levels.Length > 0)
                {
                    client.Subscribe(_subscriptions, levels);
                }

                _client = client;
                LastProblem = null;
                Console.WriteLine("mqtt: connected to " + broker.ToString() + " as " + _configuration.MqttClientId);
                return true;
            }
            catch (Exception ex)
            {
                LastProblem = "could not connect to " + _configuration.Broker.ToString() + ": " + ex.Message;
                Console.WriteLine("mqtt: " + LastProblem);
                Dispose(client);
                return false;
            }
        }

        private void Drop()
        {
            MqttClient client = _client;
            _client = null;
            Dispose(client);
        }

        private void Dispose(MqttClient client)
        {
            if (client == null)
            {
                return;
            }

            client.MqttMsgPublishReceived -= OnPublishReceived;
            client.ConnectionClosed -= OnConnectionClosed;
            try
            {
                client.Dispose();
            }
            catch (Exception ex)
            {
                Console.WriteLine("mqtt: closing the old client: " + ex.Message);
            }
        }

        private static string Refusal(MqttReasonCode code)
        {
            switch (code)
            {
                case MqttReasonCode.ConnectionRefusedUnacceptableProtocolVersion:
                    return "protocol version not accepted";
                case MqttReasonCode.ConnectionRefusedIdentifierRejected:
                    return "client id not accepted: set mqtt.clientId";
                case MqttReasonCode.ConnectionRefusedServerUnavailable:
                    return "server unavailable";
                case MqttReasonCode.ConnectionRefusedBadUserNameOrPassword:
                    return "bad user name or password: check mqtt.username and mqtt.password";
                case MqttReasonCode.ConnectionRefusedNotAuthorized:
                    return "not authorized";
                default:
                    return "reason code " + ((int)code).ToString();
            }
        }

        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            lock (_inboxGate)
            {
                if (_inbox.Count >= InboxLimit)
                {
                    // The loop is far behind: refuse new work rather than run the heap out.
                    Console.WriteLine("mqtt: inbox full, dropped a message on " + e.Topic);
                    return;
                }

                _inbox.Enqueue(new MqttMessage(e.Topic, e.Message, e.Retain, e.QosLevel != MqttQoSLevel.AtMostOnce));
            }

            Activity.Set();
        }

        private void OnConnectionClosed(object sender, EventArgs e)
        {
            _closed.Set();
        }
    }
}
