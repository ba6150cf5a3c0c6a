using System.Collections.Generic;

namespace NanoVehicle.Emulator
{
    /// <summary>The extra services the emulator runs beside the car's MQTT link: add one line per service here.</summary>
    public static class EmulatorServices
    {
        /// <summary>The services to run with <paramref name="options"/>.</summary>
        public static IList<IEmulatorService> Create(EmulatorOptions options)
        {
            var services = new List<IEmulatorService>();
            if (options.Ble.Enabled) services.Add(new Ble.O2xBleService(options.Ble));
            return services;
        }
    }
}
