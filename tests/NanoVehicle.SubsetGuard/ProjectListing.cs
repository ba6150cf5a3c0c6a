using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace NanoVehicle.SubsetGuard
{
    /// <summary>
    /// Checks that an .nfproj lists exactly its sources. The nanoFramework project system compiles the
    /// <c>&lt;Compile Include&gt;</c> items and nothing else, so a .cs the list misses would silently be absent from
    /// the device build while the host build (which globs) still has it. Files linked from elsewhere
    /// (<c>Link=</c>) are fine; they only have to exist.
    /// </summary>
    public static class ProjectListing
    {
        /// <summary>
        /// Reports every .cs below the project's folder (minus bin/, obj/ and folders of another .nfproj) that the
        /// project does not list, and every listed file that does not exist.
        /// </summary>
        public static IReadOnlyList<Violation> Check(string nfprojPath, Func<string, string> display)
        {
            var violations = new List<Violation>();
            string projectDirectory = Path.GetDirectoryName(Path.GetFullPath(nfprojPath));
            string projectName = Path.GetFileName(nfprojPath);

            XDocument document;
            try
            {
                document = XDocument.Load(nfprojPath, LoadOptions.SetLineInfo);
            }
            catch (Exception ex) when (ex is XmlException || ex is IOException || ex is UnauthorizedAccessException)
            {
                violations.Add(new Violation(display(nfprojPath), 1, 1, RuleIds.ProjectFile, $"cannot read {projectName}: {ex.Message}"));
                return violations;
            }

            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (XElement compile in document.Descendants())
            {
                if (compile.Name.LocalName != "Compile")
                {
                    continue;
                }

                var lineInfo = (IXmlLineInfo)compile;
                int line = lineInfo.HasLineInfo() ? lineInfo.LineNumber : 1;
                int column = lineInfo.HasLineInfo() ? lineInfo.LinePosition : 1;
                string include = (string)compile.Attribute("Include");
                if (string.IsNullOrWhiteSpace(include))
                {
                    continue;
                }

                if (include.Contains('*') || include.Contains('?'))
                {
                    violations.Add(new Violation(display(nfprojPath), line, column, RuleIds.ProjectFile,
                        $"<Compile Include=\"{include}\"> uses a wildcard: list every source file explicitly, as the nanoFramework project system expects."));
                    continue;
                }

                if (include.Contains("$(", StringComparison.Ordinal))
                {
                    continue; // an MSBuild property the guard cannot evaluate
                }

                string relative = include.Replace('\\', Path.DirectorySeparatorChar);
                string full = Path.GetFullPath(Path.Combine(projectDirectory, relative));
                if (File.Exists(full))
                {
                    listed.Add(full);
                    continue;
                }

                string differentCase = FindIgnoringCase(full);
                string detail = differentCase != null
                    ? $"the file on disk is spelled '{Path.GetRelativePath(projectDirectory, differentCase)}' (case matters on Linux and in the host build)"
                    : "no such file";
                violations.Add(new Violation(display(nfprojPath), line, column, RuleIds.MissingSource,
                    $"{projectName} lists <Compile Include=\"{include}\"> but {detail}; fix the path or remove the item."));
            }

            foreach (string source in SourceTree.CSharpFiles(projectDirectory, stopAtOtherProjects: true))
            {
                string full = Path.GetFullPath(source);
                if (!listed.Contains(full))
                {
                    string include = Path.GetRelativePath(projectDirectory, full).Replace(Path.DirectorySeparatorChar, '\\');
                    violations.Add(new Violation(display(full), 1, 1, RuleIds.UnlistedSource,
                        $"not listed in {projectName}, so the device build leaves it out; add <Compile Include=\"{include}\" /> to {projectName}."));
                }
            }

            return violations;
        }

        private static string FindIgnoringCase(string full)
        {
            string directory = Path.GetDirectoryName(full);
            string name = Path.GetFileName(full);
            if (!Directory.Exists(directory))
            {
                return null;
            }

            foreach (string candidate in Directory.EnumerateFiles(directory))
            {
                if (string.Equals(Path.GetFileName(candidate), name, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
