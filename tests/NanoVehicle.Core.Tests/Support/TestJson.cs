using System.Collections;
using NanoVehicle.Core.Ports;
#if NANOFRAMEWORK_1_0
using NanoVehicle.Firmware.Json;
#else
using NanoVehicle.Host;
#endif

namespace NanoVehicle.Core.Tests.Support
{
    /// <summary>The JSON port of the home the tests run in: nanoFramework.Json on the device, System.Text.Json on .NET.</summary>
    public static class TestJson
    {
        /// <summary>The port.</summary>
#if NANOFRAMEWORK_1_0
        public static readonly IJsonPort Port = new NanoJsonPort();
#else
        public static readonly IJsonPort Port = SystemTextJsonPort.Instance;
#endif

        /// <summary>Parses a JSON object.</summary>
        public static Hashtable Object(string json)
        {
            return (Hashtable)Port.Parse(json);
        }
    }
}
