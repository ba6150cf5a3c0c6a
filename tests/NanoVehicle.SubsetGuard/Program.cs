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
        public static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] == "-h" || args[0] == "--help")
            {
                Console.Error.WriteLine("usage: nanovehicle-subset-guard <folder>...");
                Console.Error.WriteLine("Checks that the C# sources below each folder stay inside the nanoFramework 1.x subset");
                Console.Error.WriteLine("(C# 9; no generics, LINQ, async, records, tuples, nullable value types, default interface");
                Console.Error.WriteLine("members, index/range, dynamic, or desktop-only BCL members) and that every .nfproj lists its sources.");
                return args.Length == 0 ? 2 : 0;
            }

            GuardReport report;
            try
            {
                report = SubsetChecker.CheckFolders(args);
            }
            catch (DirectoryNotFoundException ex)
            {
                Console.Error.WriteLine($"nanovehicle-subset-guard: {ex.Message}");
                return 2;
            }

            foreach (Violation violation in report.Violations)
            {
                Console.WriteLine(violation.ToString());
            }

            Console.WriteLine(report.Summary());
            return report.IsClean ? 0 : 1;
        }
    }
}
