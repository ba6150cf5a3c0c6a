using System;
using System.IO;

namespace NanoVehicle.SubsetGuard
{
    /// <summary>
    /// <c>nanovehicle-subset-guard &lt;folder&gt;...</c>: checks every .cs below the folders (and every .nfproj's
    /// Compile list), prints one <c>path(line,col): NFxxxx message</c> line per violation and a summary.
    /// Exit code 0: clean; 1: violations; 2: wrong usage or a folder that does not exist.
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>Runs the command with the given arguments, writing the report to <paramref name="output"/>.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Length == 0 || args[0] == "-h" || args[0] == "--help")
            {
                error.WriteLine("usage: nanovehicle-subset-guard <folder>...");
                error.WriteLine("Checks that the C# sources below each folder stay inside the nanoFramework 1.x subset");
                error.WriteLine("(C# 9; no generics, LINQ, async, records, tuples, nullable value types, default interface");
                error.WriteLine("members, index/range, dynamic, or desktop-only BCL members) and that every .nfproj lists its sources.");
                return args.Length == 0 ? 2 : 0;
            }

            GuardReport report;
            try
            {
                report = SubsetChecker.CheckFolders(args);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                error.WriteLine($"nanovehicle-subset-guard: {ex.Message}");
                return 2;
            }

            foreach (Violation violation in report.Violations)
            {
                output.WriteLine(violation.ToString());
            }

            output.WriteLine(report.Summary());
            return report.IsClean ? 0 : 1;
        }
    }
}
