using System;
using System.Collections;
using nanoFramework.Json;
using NanoVehicle.Core.Ports;

namespace NanoVehicle.Firmware.Json
{
    /// <summary>
    /// The device's JSON port: nanoFramework.Json turns the text into Hashtable / ArrayList / values, the tree the
    /// core validates. A JSON array or scalar at the top is refused here (every message the car reads is an object).
    /// </summary>
    public sealed class NanoJsonPort : IJsonPort
    {
        /// <inheritdoc />
        public object Parse(string json)
        {
            if (json == null)
            {
                throw new ArgumentNullException("json");
            }

            string trimmed = json.Trim();
            if (trimmed.Length == 0 || trimmed[0] != '{')
            {
                throw new ArgumentException("JSON text is not an object");
            }

            return (Hashtable)JsonConvert.DeserializeObject(trimmed, typeof(Hashtable));
        }
    }
}
