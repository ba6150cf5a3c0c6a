using System;

namespace NanoVehicle.Cli
{
    /// <summary>Entry point of the phone-side CLI.</summary>
    public static class Program
    {
        /// <summary>Runs one CLI command.</summary>
        public static int Main(string[] args)
        {
            Console.WriteLine("nanovehicle: no commands yet.");
            return 0;
        }
    }
}
