using System;
using System.IO;
using Xunit;

namespace NanoVehicle.SubsetGuard.Tests
{
    /// <summary>The product's own device sources — the core, the firmware and the device test sources — pass.</summary>
    public class RepositoryTests
    {
        internal static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "nanoVehicle.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"nanoVehicle.sln not found above {AppContext.BaseDirectory}");
        }

        [Fact]
        public void TheDeviceSourcesOfTheRepositoryStayInsideTheSubset()
        {
            string root = RepositoryRoot();

            GuardReport report = SubsetChecker.CheckFolders(new[]
            {
                Path.Combine(root, "firmware"),
                Path.Combine(root, "tests", "NanoVehicle.Core.Tests"),
            });

            Assert.True(report.IsClean, Samples.Describe(report));
            Assert.True(report.SourceCount >= 5, $"only {report.SourceCount} sources found");
            Assert.True(report.ProjectCount >= 3, $"only {report.ProjectCount} .nfproj found");
        }
    }
}
