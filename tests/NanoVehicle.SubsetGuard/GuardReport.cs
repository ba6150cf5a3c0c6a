using System.Collections.Generic;

namespace NanoVehicle.SubsetGuard
{
    /// <summary>What one run of the guard found.</summary>
    public sealed class GuardReport
    {
        internal GuardReport(IReadOnlyList<Violation> violations, int sourceCount, int projectCount)
        {
            Violations = violations;
            SourceCount = sourceCount;
            ProjectCount = projectCount;
        }

        /// <summary>Every violation, ordered by file, line and column.</summary>
        public IReadOnlyList<Violation> Violations { get; }

        /// <summary>How many .cs files were checked.</summary>
        public int SourceCount { get; }

        /// <summary>How many .nfproj files were checked for their Compile list.</summary>
        public int ProjectCount { get; }

        /// <summary>True when nothing was found.</summary>
        public bool IsClean => Violations.Count == 0;

        /// <summary>The closing line of the command-line report.</summary>
        public string Summary()
        {
            string scope = $"{SourceCount} source file(s) and {ProjectCount} .nfproj checked";
            if (IsClean)
            {
                return $"nanoFramework subset guard: {scope}, all inside the nanoFramework 1.x subset.";
            }

            var files = new HashSet<string>();
            foreach (Violation violation in Violations)
            {
                files.Add(violation.Path);
            }

            return $"nanoFramework subset guard: {Violations.Count} violation(s) in {files.Count} file(s); {scope}.";
        }
    }
}
