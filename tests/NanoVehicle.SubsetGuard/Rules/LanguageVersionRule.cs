using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>
    /// The nanoFramework project system compiles with LangVersion 9.0 (spec/nanoframework.md §5.2, §6.1). The file is
    /// parsed as C# 9, so every later feature the parser knows (file-scoped namespaces, raw strings, list patterns,
    /// global usings, <c>required</c>, …) shows up as a parse error; features the compiler only rejects while binding
    /// (e.g. a lambda's natural type) come from the semantic diagnostics.
    /// </summary>
    public sealed class LanguageVersionRule : ISourceRule
    {
        /// <inheritdoc />
        public void Check(SourceFile file)
        {
            var seen = new HashSet<string>();
            foreach (Diagnostic diagnostic in file.Tree.GetDiagnostics())
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    Report(file, diagnostic, seen);
                }
            }

            foreach (Diagnostic diagnostic in file.Model.GetDiagnostics())
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error && IsAboutLanguageVersion(diagnostic))
                {
                    Report(file, diagnostic, seen);
                }
            }
        }

        private static void Report(SourceFile file, Diagnostic diagnostic, HashSet<string> seen)
        {
            string text = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (!seen.Add(diagnostic.Location.SourceSpan.Start + diagnostic.Id))
            {
                return;
            }

            string advice = IsAboutLanguageVersion(diagnostic)
                ? "nanoFramework projects compile as C# 9, so write it the C# 9 way"
                : "the file does not parse as C# 9";
            file.Report(diagnostic.Location, RuleIds.LanguageVersion, $"{text.TrimEnd('.')} ({diagnostic.Id}): {advice}.");
        }

        // The compiler words every "feature X needs language version N" error the same way; its ids differ per version.
        private static bool IsAboutLanguageVersion(Diagnostic diagnostic)
        {
            string text = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            return text.Contains("language version", System.StringComparison.Ordinal)
                || text.Contains("is not available in C#", System.StringComparison.Ordinal);
        }
    }
}
