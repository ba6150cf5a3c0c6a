using System;
using System.Collections.Generic;
using System.IO;

namespace NanoVehicle.SubsetGuard
{
    /// <summary>Finds the files the guard looks at below a folder, skipping build output (bin/, obj/) and hidden folders.</summary>
    public static class SourceTree
    {
        /// <summary>Every .cs below <paramref name="root"/>, in a stable order.</summary>
        /// <param name="root">The folder to search.</param>
        /// <param name="stopAtOtherProjects">When true, subfolders holding an .nfproj of their own belong to that project and are skipped.</param>
        public static IEnumerable<string> CSharpFiles(string root, bool stopAtOtherProjects) => Find(root, ".cs", stopAtOtherProjects, isRoot: true);

        /// <summary>Every .nfproj below <paramref name="root"/>, in a stable order.</summary>
        public static IEnumerable<string> NanoProjects(string root) => Find(root, ".nfproj", stopAtOtherProjects: false, isRoot: true);

        private static IEnumerable<string> Find(string directory, string extension, bool stopAtOtherProjects, bool isRoot)
        {
            var files = new List<string>();
            bool ownProject = false;
            foreach (string file in Directory.EnumerateFiles(directory))
            {
                ownProject |= file.EndsWith(".nfproj", StringComparison.OrdinalIgnoreCase);
                if (file.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(file);
                }
            }

            if (!isRoot && stopAtOtherProjects && ownProject)
            {
                yield break;
            }

            files.Sort(StringComparer.Ordinal);
            foreach (string file in files)
            {
                yield return file;
            }

            var subdirectories = new List<string>(Directory.EnumerateDirectories(directory));
            subdirectories.Sort(StringComparer.Ordinal);
            foreach (string subdirectory in subdirectories)
            {
                string name = Path.GetFileName(subdirectory);
                if (string.Equals(name, "bin", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "obj", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (string file in Find(subdirectory, extension, stopAtOtherProjects, isRoot: false))
                {
                    yield return file;
                }
            }
        }
    }
}
