namespace NanoVehicle.Firmware.Hardware
{
    /// <summary>
    /// What the status LED shows, as blink patterns a person can tell apart without a debugger. Each pattern is a
    /// string of 100 ms steps ('1' = on, '0' = off) played in a loop.
    /// </summary>
    public static class StatusPattern
    {
        /// <summary>Starting up: steady on.</summary>
        public const string Starting = "1";

        /// <summary>No configuration file on I:\ — two blinks, then a pause.</summary>
        public const string ConfigurationMissing = "1010000000000000";

        /// <summary>The configuration file is not valid JSON or has a wrong value — three blinks, then a pause.</summary>
        public const string ConfigurationInvalid = "101010000000000000";

        /// <summary>The board definition is missing or wrong — four blinks, then a pause.</summary>
        public const string BoardInvalid = "10101010000000000000";

        /// <summary>Joining Wi-Fi: slow blink, once a second.</summary>
        public const string JoiningWifi = "1111100000";

        /// <summary>Connecting to the MQTT broker: fast blink, five times a second.</summary>
        public const string ConnectingBroker = "10";

        /// <summary>Online: on, with a short dark beat every three seconds to show the loop is alive.</summary>
        public const string Online = "111111111111111111111111111110";

        /// <summary>An unexpected fault the firmware is recovering from: long flashes.</summary>
        public const string Fault = "1111111100";
    }
}
