using System;
using System.Net;
using System.Net.Sockets;

namespace NanoVehicle.Mqtt.Broker
{
    /// <summary>The broker could not listen on its end point; the message says why and what to do.</summary>
    public sealed class MqttBrokerStartException : Exception
    {
        private MqttBrokerStartException(string message, Exception inner) : base(message, inner)
        {
        }

        /// <summary>True when the port was already in use.</summary>
        public bool PortInUse { get; private set; }

        internal static MqttBrokerStartException From(IPEndPoint endPoint, SocketException ex)
        {
            if (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return new MqttBrokerStartException(
                    $"cannot start the MQTT broker on {endPoint}: port {endPoint.Port} is already in use " +
                    "(another MQTT broker such as mosquitto may be running there). Stop that program, or choose another port " +
                    "(any free one, e.g. 1884; port 0 lets the system pick one).", ex)
                {
                    PortInUse = true,
                };
            }
            return new MqttBrokerStartException($"cannot start the MQTT broker on {endPoint}: {ex.Message}", ex);
        }
    }
}
