using System;
using System.Text;
using Microsoft.Extensions.Logging;
using NanoVehicle.Mqtt.Packets;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>Decides on a CONNECT (§3.1.4): protocol level, client identifier, credentials, then the session.</summary>
    internal sealed class ConnectHandler
    {
        private readonly MqttBrokerOptions _options;
        private readonly SessionStore _sessions;
        private readonly ILogger _logger;

        public ConnectHandler(MqttBrokerOptions options, SessionStore sessions, ILogger logger)
        {
            _options = options;
            _sessions = sessions;
            _logger = logger;
        }

        /// <summary>
        /// Accepts or refuses the CONNECT. On success the CONNACK is queued, the session attached (re-sending what it
        /// missed) and returned; on refusal the refusing CONNACK is queued and null returned.
        /// </summary>
        public BrokerSession Handle(BrokerConnection connection, ConnectPacket connect, out string clientId)
        {
            clientId = connect.ClientId;
            if (connect.ProtocolName != "MQTT")
            {
                throw new MqttProtocolException($"CONNECT: protocol name '{connect.ProtocolName}' is not 'MQTT' (§3.1.2.1)");
            }
            if (connect.ProtocolLevel != 4)
            {
                return Refuse(connection, MqttConnectReturnCode.UnacceptableProtocolVersion,
                    $"protocol level {connect.ProtocolLevel}; this broker speaks MQTT 3.1.1 (level 4)", clientId);
            }
            if (clientId.Length == 0)
            {
                if (!connect.CleanSession)
                {
                    // A zero-length identifier cannot name a session that outlives the connection (§3.1.3-8).
                    return Refuse(connection, MqttConnectReturnCode.IdentifierRejected,
                        "zero-length client identifier with clean session 0", clientId);
                }
                clientId = "auto-" + Guid.NewGuid().ToString("N");
            }
            if (_options.Authenticate != null)
            {
                string password = connect.Password == null ? null : Encoding.UTF8.GetString(connect.Password);
                bool allowed;
                try
                {
                    allowed = _options.Authenticate(connect.UserName, password);
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "client {ClientId}: the authentication callback failed", clientId);
                    allowed = false;
                }
                if (!allowed)
                {
                    return Refuse(connection, MqttConnectReturnCode.BadUserNameOrPassword,
                        $"bad user name or password (user '{connect.UserName}')", clientId);
                }
            }
            lock (_sessions.Gate)
            {
                BrokerSession session = _sessions.Open(clientId, connect.CleanSession, connection, out bool present, out BrokerConnection previous);
                if (previous != null)
                {
                    _logger.LogInformation("client {ClientId}: a new connection takes over the session", clientId);
                    previous.TakeOver();
                }
                connection.Send(new ConnAckPacket { SessionPresent = present, ReturnCode = MqttConnectReturnCode.Accepted });
                session.Attach(connection);
                return session;
            }
        }

        private BrokerSession Refuse(BrokerConnection connection, MqttConnectReturnCode code, string why, string clientId)
        {
            _logger.LogWarning("client '{ClientId}' from {Remote}: connection refused: {Reason}", clientId, connection.Remote, why);
            connection.Send(new ConnAckPacket { ReturnCode = code });
            return null;
        }
    }
}
