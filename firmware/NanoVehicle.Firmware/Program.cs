using System;
using System.Threading;

namespace NanoVehicle.Firmware
{
    /// <summary>The ESP32 application.</summary>
    public class Program
    {
        /// <summary>Entry point on the device.</summary>
        public static void Main()
        {
            Console.WriteLine("nanoVehicle firmware: not built yet.");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
