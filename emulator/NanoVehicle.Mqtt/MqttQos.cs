namespace NanoVehicle.Mqtt
{
    /// <summary>Quality of service of a PUBLISH or a subscription (MQTT 3.1.1 §4.3).</summary>
    public enum MqttQos : byte
    {
        /// <summary>QoS 0: delivered at most once, no acknowledgement.</summary>
        AtMostOnce = 0,

        /// <summary>QoS 1: delivered at least once, acknowledged by PUBACK.</summary>
        AtLeastOnce = 1,

        /// <summary>QoS 2: exactly once (PUBREC/PUBREL/PUBCOMP). The embedded broker grants at most QoS 1.</summary>
        ExactlyOnce = 2,
    }
}
