using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace NanoVehicle.Cli
{
    /// <summary>Entry point of the phone-side CLI (<c>nanovehicle</c>).</summary>
    public static class Program
    {
        /// <summary>Runs one CLI command. Exit code 0: succeeded; 1: the car refused, timed out or was unreachable; 2: bad arguments.</summary>
        public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

        /// <summary>Runs one command with its output on the given writers (for embedding and tests).</summary>
        public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            var console = new CliConsole(output, error);
            var root = new RootCommand("nanovehicle: the phone side. Sends remote commands to a car over MQTT and prints what the Mobile SDK would report.");
            PhoneOptions.AddTo(root);
            foreach (Command command in CliCommands.Create(console))
            {
                root.Subcommands.Add(command);
            }
            ParseResult parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // Bad arguments: say what is wrong and exit with 2, apart from a command the car refused (1).
                foreach (System.CommandLine.Parsing.ParseError problem in parsed.Errors)
                {
                    error.WriteLine("nanovehicle: " + problem.Message);
                }
                error.WriteLine("see: nanovehicle --help");
                return Task.FromResult(2);
            }
            return parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        }
    }
}
