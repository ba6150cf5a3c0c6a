using System;
using BenchmarkDotNet.Running;

namespace NanoVehicle.Benchmarks
{
    /// <summary>Runs the benchmarks picked on the command line (BenchmarkDotNet's switcher).</summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static void Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "mqtt-load")
            {
                Environment.ExitCode = Mqtt.RoundTripLoad.MainAsync(args[1..]).GetAwaiter().GetResult();
                return;
            }
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
