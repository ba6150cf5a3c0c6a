using System.IO;
using System.Linq;
using Xunit;

namespace NanoVehicle.SubsetGuard.Tests
{
    /// <summary>Every .nfproj must list exactly its sources: the nanoFramework project system does not glob.</summary>
    public class ProjectListingTests
    {
        private const string CleanSource = "namespace Device { public static class Part { } }\n";

        private static string Project(params string[] compileItems)
        {
            string items = string.Join("\n", compileItems.Select(item => "    " + item));
            return $@"<?xml version=""1.0"" encoding=""utf-8""?>
<Project ToolsVersion=""Current"" DefaultTargets=""Build"" xmlns=""http://schemas.microsoft.com/developer/msbuild/2003"">
  <ItemGroup>
{items}
  </ItemGroup>
</Project>
";
        }

        [Fact]
        public void AProjectListingExactlyItsSourcesPasses()
        {
            using var folder = new TempFolder();
            folder.Write("Device/Device.nfproj", Project(@"<Compile Include=""Part.cs"" />", @"<Compile Include=""Codes\Code.cs"" />"));
            folder.Write("Device/Part.cs", CleanSource);
            folder.Write("Device/Codes/Code.cs", "namespace Device.Codes { public static class Code { } }\n");
            // Build output of the host build that shares the folder is not source.
            folder.Write("Device/obj/Release/net10.0/Generated.cs", CleanSource);
            folder.Write("Device/bin/Leftover.cs", CleanSource);

            GuardReport report = SubsetChecker.CheckFolders(new[] { folder.Root });

            Assert.True(report.IsClean, Samples.Describe(report));
            Assert.Equal(1, report.ProjectCount);
            Assert.Equal(2, report.SourceCount);
        }

        [Fact]
        public void ASourceTheProjectMissesIsReportedWithTheItemToAdd()
        {
            using var folder = new TempFolder();
            folder.Write("Device/Device.nfproj", Project(@"<Compile Include=""Part.cs"" />"));
            folder.Write("Device/Part.cs", CleanSource);
            folder.Write("Device/Codes/Forgotten.cs", "namespace Device.Codes { public static class Forgotten { } }\n");

            GuardReport report = SubsetChecker.CheckFolders(new[] { folder.Root });

            Violation violation = Assert.Single(report.Violations);
            Assert.Equal(RuleIds.UnlistedSource, violation.RuleId);
            Assert.EndsWith(Path.Combine("Device", "Codes", "Forgotten.cs"), violation.Path);
            Assert.Equal(1, violation.Line);
            Assert.Contains(@"<Compile Include=""Codes\Forgotten.cs"" />", violation.Message);
            Assert.Contains("Device.nfproj", violation.Message);
        }

        [Fact]
        public void AListedFileThatDoesNotExistIsReportedAtItsLineInTheProject()
        {
            using var folder = new TempFolder();
            string project = folder.Write("Device/Device.nfproj", Project(@"<Compile Include=""Part.cs"" />", @"<Compile Include=""Gone.cs"" />"));
            folder.Write("Device/Part.cs", CleanSource);

            GuardReport report = SubsetChecker.CheckFolders(new[] { folder.Root });

            Violation violation = Assert.Single(report.Violations);
            Assert.Equal(RuleIds.MissingSource, violation.RuleId);
            Assert.EndsWith("Device.nfproj", violation.Path);
            int expectedLine = File.ReadAllLines(project).ToList().FindIndex(line => line.Contains("Gone.cs")) + 1;
            Assert.Equal(expectedLine, violation.Line);
            Assert.Contains("Gone.cs", violation.Message);
            Assert.Contains("no such file", violation.Message);
        }

        [Fact]
        public void AListedPathThatDiffersOnlyInCaseNamesTheFileOnDisk()
        {
            using var folder = new TempFolder();
            folder.Write("Device/Device.nfproj", Project(@"<Compile Include=""part.cs"" />"));
            folder.Write("Device/Part.cs", CleanSource);

            GuardReport report = SubsetChecker.CheckFolders(new[] { folder.Root });

            // The listed name does not exist, and the real file is therefore not listed.
            Assert.Equal(new[] { RuleIds.UnlistedSource, RuleIds.MissingSource }, report.Violations.Select(v => v.RuleId).OrderBy(id => id).ToArray());
            Assert.Contains(report.Violations, v => v.RuleId == RuleIds.MissingSource && v.Message.Contains("'Part.cs'"));
        }

        [Fact]
        public void LinkedFilesFromElsewhereAreAllowedWhenTheyExist()
        {
            using var folder = new TempFolder();
            folder.Write("Shared/Common.cs", "namespace Shared { public static class Common { } }\n");
            folder.Write("Device/Device.nfproj", Project(
                @"<Compile Include=""Part.cs"" />",
                @"<Compile Include=""..\Shared\Common.cs"" Link=""Common.cs"" />",
                @"<Compile Include=""..\Shared\Lost.cs"" Link=""Lost.cs"" />"));
            folder.Write("Device/Part.cs", CleanSource);

            GuardReport report = SubsetChecker.CheckFolders(new[] { Path.Combine(folder.Root, "Device") });

            Violation violation = Assert.Single(report.Violations);
            Assert.Equal(RuleIds.MissingSource, violation.RuleId);
            Assert.Contains("Lost.cs", violation.Message);
        }

        [Fact]
        public void AFolderWithItsOwnProjectBelongsToThatProject()
        {
            using var folder = new TempFolder();
            folder.Write("Device/Device.nfproj", Project(@"<Compile Include=""Part.cs"" />"));
            folder.Write("Device/Part.cs", CleanSource);
            folder.Write("Device/Tests/Tests.nfproj", Project(@"<Compile Include=""PartTests.cs"" />"));
            folder.Write("Device/Tests/PartTests.cs", "namespace Device.Tests { public static class PartTests { } }\n");

            GuardReport report = SubsetChecker.CheckFolders(new[] { folder.Root });

            Assert.True(report.IsClean, Samples.Describe(report));
            Assert.Equal(2, report.ProjectCount);
        }

        [Fact]
        public void WildcardsAndUnreadableProjectsAreReported()
        {
            using var folder = new TempFolder();
            folder.Write("Globbing/Globbing.nfproj", Project(@"<Compile Include=""**\*.cs"" />"));
            folder.Write("Globbing/Part.cs", CleanSource);
            folder.Write("Broken/Broken.nfproj", "<Project><ItemGroup>");

            GuardReport report = SubsetChecker.CheckFolders(new[] { folder.Root });

            Assert.Contains(report.Violations, v => v.RuleId == RuleIds.ProjectFile && v.Path.EndsWith("Globbing.nfproj") && v.Message.Contains("wildcard"));
            Assert.Contains(report.Violations, v => v.RuleId == RuleIds.ProjectFile && v.Path.EndsWith("Broken.nfproj") && v.Message.Contains("cannot read"));
        }
    }
}
