using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace NanoVehicle.SubsetGuard.Tests
{
    /// <summary>The command: one compiler-style line per violation, a summary, and the exit code CI relies on.</summary>
    public class CommandLineTests
    {
        private static (int Exit, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = Program.Run(args, output, error);
            return (exit, output.ToString(), error.ToString());
        }

        [Fact]
        public void ViolationsPrintAsPathLineColumnRuleMessageAndExitWithOne()
        {
            using var folder = new TempFolder();
            const string Line5 = "        public static System.DateTime Read() { return System.DateTime.Now; }";
            folder.Write("core/Clock.cs", "namespace Core\n{\n    public static class Clock\n    {\n" + Line5 + "\n    }\n}\n");
            int column = Line5.IndexOf("Now", StringComparison.Ordinal) + 1;

            var (exit, output, _) = Run(folder.Root);

            Assert.Equal(1, exit);
            string[] lines = output.Trim().Split('\n');
            Assert.Equal(2, lines.Length);
            string expectedPath = Path.Combine(folder.Root, "core", "Clock.cs");
            Assert.StartsWith($"{expectedPath}(5,{column}): NF5003 'DateTime.Now': ", lines[0]);
            Assert.Contains("UtcNow", lines[0]);
            Assert.StartsWith("nanoFramework subset guard: 1 violation(s) in 1 file(s)", lines[1]);
        }

        [Fact]
        public void CleanFoldersExitWithZero()
        {
            using var folder = new TempFolder();
            folder.Write("core/Clock.cs", "namespace Core { public static class Clock { public static System.DateTime Read() { return System.DateTime.UtcNow; } } }\n");

            var (exit, output, _) = Run(folder.Root);

            Assert.Equal(0, exit);
            Assert.Contains("1 source file(s) and 0 .nfproj checked, all inside the nanoFramework 1.x subset", output);
        }

        [Fact]
        public void AMissingFolderOrNoFolderIsAUsageError()
        {
            var (exit, output, error) = Run(Path.Combine(Path.GetTempPath(), "nanovehicle-no-such-folder-" + Guid.NewGuid().ToString("N")));
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains("no such folder", error);

            (exit, _, error) = Run();
            Assert.Equal(2, exit);
            Assert.Contains("usage: nanovehicle-subset-guard <folder>...", error);
        }

        [Fact]
        public void TheBuiltCommandRunsAsAProcess()
        {
            // What tests/run.sh runs: the guard's own executable, exit code and all.
            string guard = Path.Combine(AppContext.BaseDirectory, "nanovehicle-subset-guard.dll");
            Assert.True(File.Exists(guard), guard + " missing");
            using var folder = new TempFolder();
            const string Source = "namespace Core { public static class Values { public static int? Maybe; } }";
            folder.Write("core/Values.cs", Source + "\n");
            int column = Source.IndexOf("int?", StringComparison.Ordinal) + 1;

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(guard);
            start.ArgumentList.Add(folder.Root);
            using Process process = Process.Start(start);
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "the guard did not finish within 120 s");

            Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}; stdout: {output}; stderr: {error}");
            Assert.Contains($"Values.cs(1,{column}): NF4003 nullable value type 'int?'", output);
        }
    }
}
