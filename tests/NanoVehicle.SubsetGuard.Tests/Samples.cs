using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace NanoVehicle.SubsetGuard.Tests
{
    /// <summary>
    /// Writes a sample into a small device-style source file and reads the expectations it carries: a line ending in
    /// <c>// expect: NF1001 NF3003</c> must get exactly those rules, and no other line may get any.
    /// </summary>
    internal static class Samples
    {
        private static readonly Regex Expect = new Regex(@"//\s*expect:\s*(?<ids>(NF\d{4}\s*)+)$", RegexOptions.Compiled);

        /// <summary>A whole file as given.</summary>
        public static string File(string text) => text.Replace("\r\n", "\n");

        /// <summary>The sample placed among the members of a class.</summary>
        public static string Members(string members) => File(
$@"using System;
using System.Collections;
using System.Text;

namespace Samples
{{
    public static class Sample
    {{
{members}
    }}
}}
");

        /// <summary>The sample placed in a method body with typical locals at hand.</summary>
        public static string Body(string statements) => Members(
$@"        public static void Run(int[] a, string s, Hashtable h, byte[] b, long l1, long l2, Guid g1, Guid g2, char c, ArrayList list)
        {{
{statements}
        }}");

        /// <summary>The (rule, line) pairs the sample's markers expect.</summary>
        public static SortedSet<string> Expected(string source)
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            string[] lines = source.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                Match match = Expect.Match(lines[i].TrimEnd());
                if (match.Success)
                {
                    foreach (string id in match.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        expected.Add($"{id}@{i + 1}");
                    }
                }
            }

            return expected;
        }

        /// <summary>The (rule, line) pairs a report holds.</summary>
        public static SortedSet<string> Found(GuardReport report)
            => new SortedSet<string>(report.Violations.Select(v => $"{v.RuleId}@{v.Line}"), StringComparer.Ordinal);

        /// <summary>Every violation line, for assertion messages.</summary>
        public static string Describe(GuardReport report)
            => report.Violations.Count == 0 ? "(no violations)" : string.Join(Environment.NewLine, report.Violations);
    }
}
