using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace NanoVehicle.Cli.O2x
{
    /// <summary>
    /// <c>nanovehicle o2x subscribe|get</c>: the Mobile SDK's <c>pims.vehicle.informations</c> O2X over Bluetooth
    /// LE, by default through the emulator's virtual radio. Exit codes: 0 done (or stopped with Ctrl+C), 1 the SDK
    /// reported a failure (FAILED message written), 2 not a valid command line.
    /// </summary>
    public static class O2xCommand
    {
        /// <summary>The command word.</summary>
        public const string Name = "o2x";

        /// <summary>Runs <c>o2x</c> with <paramref name="args"/>: SDK messages to <paramref name="output"/>, one per
        /// line; words for a person to <paramref name="diagnostics"/>.</summary>
        public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter diagnostics, CancellationToken cancel)
        {
            var options = O2xOptions.Parse(args ?? Array.Empty<string>(), out string usageError, out int sdkError, out string parameter, out string detail);
            if (usageError != null)
            {
                diagnostics.WriteLine("nanovehicle o2x: " + usageError);
                diagnostics.WriteLine(O2xOptions.Usage);
                return 2;
            }
            if (options == null)
            {
                var failed = new O2xMessages(TransactionIdOf(args), output, diagnostics);
                failed.Diagnostic(detail);
                failed.Failed(sdkError, parameter);
                return 1;
            }

            var messages = new O2xMessages(options.TransactionId, output, diagnostics);
            var memory = new O2xMemory(options.MemoryPath);
            if (options.Action == "get") return Get(messages, memory);
            return await new O2xPhone(options, messages, memory).SubscribeAsync(cancel).ConfigureAwait(false);
        }

        /// <summary><c>get pims.vehicle.informations</c> O2X: the last data received, or 2001 when nothing was.</summary>
        private static int Get(O2xMessages messages, O2xMemory memory)
        {
            string problem = memory.Load();
            if (problem != null) messages.Diagnostic(problem);
            if (memory.LastData == null)
            {
                messages.Diagnostic($"no O2X data in {memory.Path}: run o2x subscribe first");
                messages.Failed(2001);
                return 1;
            }
            messages.Result(memory.LastData);
            return 0;
        }

        private static string TransactionIdOf(string[] args)
        {
            for (int i = 0; args != null && i + 1 < args.Length; i++)
                if (args[i] == "--transaction-id") return args[i + 1];
            return Guid.NewGuid().ToString();
        }
    }
}
