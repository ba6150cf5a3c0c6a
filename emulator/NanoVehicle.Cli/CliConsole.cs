using System.IO;

namespace NanoVehicle.Cli
{
    /// <summary>Where a command writes: results on <see cref="Out"/>, problems on <see cref="Error"/>.</summary>
    public sealed class CliConsole
    {
        /// <summary>Creates a console over two writers.</summary>
        public CliConsole(TextWriter output, TextWriter error)
        {
            Out = output;
            Error = error;
        }

        /// <summary>Results (progress lines, the SDK report, snapshots).</summary>
        public TextWriter Out { get; }

        /// <summary>Problems (bad arguments, unreachable broker).</summary>
        public TextWriter Error { get; }

        /// <summary>Writes one result line and flushes (a watcher reads it at once).</summary>
        public void Line(string text)
        {
            lock (Out)
            {
                Out.WriteLine(text);
                Out.Flush();
            }
        }
    }
}
