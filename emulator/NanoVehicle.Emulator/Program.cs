using System;

namespace NanoVehicle.Emulator
{
    /// <summary>Entry point of the desktop emulator.</summary>
    public static class Program
    {
        /// <summary>Starts one car with embedded defaults.</summary>
        public static int Main(string[] args)
        {
            Console.WriteLine("nanoVehicle emulator: the car's MQTT and BLE services are not built yet; nothing to run.");
            return 0;
        }
    }
}
