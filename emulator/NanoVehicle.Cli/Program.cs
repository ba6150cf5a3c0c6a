using System;

namespace NanoVehicle.Cli
{
    /// <summary>Entry point of the phone-side CLI.</summary>
    public static class Program
    {
        /// <summary>Runs one CLI command.</summary>
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == O2x.O2xCommand.Name) return O2x.O2xCommand.Run(args[1..]);
            Console.WriteLine("nanovehicle: no commands yet.");
            return 0;
        }
    }
}
