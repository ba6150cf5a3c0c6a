using System;

namespace NanoVehicle.Mqtt
{
    /// <summary>
    /// Malformed or forbidden MQTT input: the peer broke the protocol, so the network connection is closed (§4.8).
    /// The message names what was wrong.
    /// </summary>
    public sealed class MqttProtocolException : Exception
    {
        /// <summary>Creates the exception with a message naming the fault.</summary>
        public MqttProtocolException(string message) : base(message)
        {
        }
    }

    /// <summary>The broker refused a CONNECT (a CONNACK with a non-zero return code, §3.2.2.3).</summary>
    public sealed class MqttConnectionRefusedException : Exception
    {
        /// <summary>Creates the exception for a CONNACK return code.</summary>
        public MqttConnectionRefusedException(MqttConnectReturnCode code)
            : base($"the broker refused the connection: {Describe(code)} (CONNACK return code {(int)code})")
        {
            ReturnCode = code;
        }

        /// <summary>The CONNACK return code.</summary>
        public MqttConnectReturnCode ReturnCode { get; }

        private static string Describe(MqttConnectReturnCode code) => code switch
        {
            MqttConnectReturnCode.UnacceptableProtocolVersion => "unacceptable protocol version",
            MqttConnectReturnCode.IdentifierRejected => "client identifier rejected",
            MqttConnectReturnCode.ServerUnavailable => "server unavailable",
            MqttConnectReturnCode.BadUserNameOrPassword => "bad user name or password",
            MqttConnectReturnCode.NotAuthorized => "not authorized",
            _ => "unknown reason",
        };
    }

    /// <summary>CONNACK return codes (§3.2.2.3).</summary>
    public enum MqttConnectReturnCode : byte
    {
        /// <summary>Connection accepted.</summary>
        Accepted = 0,

        /// <summary>The server does not support the requested protocol level.</summary>
        UnacceptableProtocolVersion = 1,

        /// <summary>The client identifier is not allowed.</summary>
        IdentifierRejected = 2,

        /// <summary>The MQTT service is unavailable.</summary>
        ServerUnavailable = 3,

        /// <summary>The user name or password is malformed or wrong.</summary>
        BadUserNameOrPassword = 4,

        /// <summary>The client is not authorized to connect.</summary>
        NotAuthorized = 5,
    }
}
