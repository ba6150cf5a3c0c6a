using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NanoVehicle.SubsetGuard.Rules;

namespace NanoVehicle.SubsetGuard
{
    /// <summary>
    /// Keeps device sources inside what nanoFramework 1.x builds and runs (spec/nanoframework.md §5). Every file is
    /// parsed as C# 9; all files of one run form one compilation bound against the running .NET's framework
    /// assemblies with nullable disabled, so the rules can tell BCL members apart. Then each rule family walks each file.
    /// </summary>
    public static class SubsetChecker
    {
        /// <summary>
        /// The C# 9 parse options of a Debug device build: the project system defines NANOFRAMEWORK_1_0, DEBUG and TRACE
        /// (spec/nanoframework.md §5). Sources with <c>#if</c> on DEBUG are also checked as the Release build sees them.
        /// </summary>
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0", "DEBUG", "TRACE" });

        private static readonly CSharpParseOptions ReleaseParseOptions = ParseOptions.WithPreprocessorSymbols("NANOFRAMEWORK_1_0", "TRACE");

        /// <summary>A fresh set of the rule families (rules keep per-walk state, so each run gets its own).</summary>
        public static IReadOnlyList<ISourceRule> CreateRules() => new ISourceRule[]
        {
            new LanguageVersionRule(),
            new GenericsRule(),
            new LinqRule(),
            new AsyncRule(),
            new RecordsRule(),
            new TuplesRule(),
            new NullableValueTypesRule(),
            new DefaultInterfaceMembersRule(),
            new IndexRangeRule(),
            new DynamicRule(),
            new CovariantReturnsRule(),
            new DesktopOnlyMembersRule(),
        };

        /// <summary>
        /// Checks every .cs below the folders (bin/ and obj/ skipped) and every .nfproj's Compile list.
        /// </summary>
        /// <exception cref="DirectoryNotFoundException">A folder does not exist.</exception>
        public static GuardReport CheckFolders(IEnumerable<string> folders)
        {
            var sources = new List<KeyValuePair<string, string>>();
            var projects = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string folder in folders)
            {
                if (!Directory.Exists(folder))
                {
                    throw new DirectoryNotFoundException($"no such folder: {folder}");
                }

                foreach (string file in SourceTree.CSharpFiles(folder, stopAtOtherProjects: false))
                {
                    if (seen.Add(Path.GetFullPath(file)))
                    {
                        sources.Add(new KeyValuePair<string, string>(Display(file), File.ReadAllText(file, Encoding.UTF8)));
                    }
                }

                foreach (string project in SourceTree.NanoProjects(folder))
                {
                    if (seen.Add(Path.GetFullPath(project)))
                    {
                        projects.Add(project);
                    }
                }
            }

            var violations = new List<Violation>(CheckSourceTexts(sources));
            foreach (string project in projects)
            {
                violations.AddRange(ProjectListing.Check(project, Display));
            }

            return new GuardReport(Ordered(violations), sources.Count, projects.Count);
        }

        /// <summary>Checks source texts given as (path shown in reports, C# text) pairs; no project checks.</summary>
        public static GuardReport CheckSources(IEnumerable<KeyValuePair<string, string>> sources)
        {
            var list = new List<KeyValuePair<string, string>>(sources);
            return new GuardReport(Ordered(CheckSourceTexts(list)), list.Count, 0);
        }

        /// <summary>Checks one source text; a shorthand for tests and tools.</summary>
        public static GuardReport CheckSource(string path, string text)
            => CheckSources(new[] { new KeyValuePair<string, string>(path, text) });

        private static List<Violation> CheckSourceTexts(List<KeyValuePair<string, string>> sources)
        {
            List<Violation> violations = CheckSourceTexts(sources, ParseOptions, out bool dependsOnDebug);
            if (!dependsOnDebug)
            {
                return violations;
            }

            // Code under #if !DEBUG (or #else of #if DEBUG) exists only in the Release build: check that one too.
            var seen = new HashSet<string>(violations.ConvertAll(v => v.ToString()));
            foreach (Violation violation in CheckSourceTexts(sources, ReleaseParseOptions, out _))
            {
                if (seen.Add(violation.ToString()))
                {
                    violations.Add(violation);
                }
            }

            return violations;
        }

        private static List<Violation> CheckSourceTexts(List<KeyValuePair<string, string>> sources, CSharpParseOptions options, out bool dependsOnDebug)
        {
            var trees = new List<SyntaxTree>();
            dependsOnDebug = false;
            foreach (KeyValuePair<string, string> source in sources)
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(source.Value, options, source.Key, Encoding.UTF8);
                dependsOnDebug |= MentionsDebug(tree);
                trees.Add(tree);
            }

            CSharpCompilation compilation = CSharpCompilation.Create(
                "NanoVehicle.SubsetGuard.Device",
                trees,
                RuntimeReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, allowUnsafe: true));

            var violations = new List<Violation>();
            for (int i = 0; i < trees.Count; i++)
            {
                var file = new SourceFile(sources[i].Key, trees[i], compilation.GetSemanticModel(trees[i]), violations);
                foreach (ISourceRule rule in CreateRules())
                {
                    rule.Check(file);
                }
            }

            return violations;
        }

        private static bool MentionsDebug(SyntaxTree tree)
        {
            foreach (SyntaxTrivia trivia in tree.GetRoot().DescendantTrivia())
            {
                if (trivia.GetStructure() is ConditionalDirectiveTriviaSyntax directive && directive.Condition.ToString().Contains("DEBUG", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static IReadOnlyList<Violation> Ordered(List<Violation> violations)
        {
            violations.Sort((a, b) =>
            {
                int order = string.CompareOrdinal(a.Path, b.Path);
                order = order != 0 ? order : a.Line.CompareTo(b.Line);
                order = order != 0 ? order : a.Column.CompareTo(b.Column);
                return order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
            });
            return violations;
        }

        // Paths below the working directory print relative to it, like a compiler's.
        private static string Display(string path)
        {
            string full = Path.GetFullPath(path);
            string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        }
    }
}
