using System.Collections.Generic;
using Xunit;

namespace NanoVehicle.SubsetGuard.Tests
{
    /// <summary>
    /// One sample of each construct outside the nanoFramework 1.x subset. Each must be reported with its rule on its
    /// line — and nothing else anywhere, so the samples also show the rules do not fire on the code around them.
    /// </summary>
    public class BannedConstructTests
    {
        public static IEnumerable<object[]> Cases()
        {
            // Generics of any kind.
            yield return Case("List<T>", Samples.Body("            var items = new System.Collections.Generic.List<int>(); // expect: NF1001"));
            yield return Case("Dictionary<,>", Samples.Body("            System.Collections.Generic.Dictionary<string, int> map = null; // expect: NF1001"));
            yield return Case("Action<T>", Samples.Body("            Action<int> act = x => { }; // expect: NF1001"));
            yield return Case("Func<…>", Samples.Body("            Func<int, int> twice = x => x * 2; // expect: NF1001"));
            yield return Case("EventHandler<T>", Samples.Members("        public static event EventHandler<EventArgs> Changed; // expect: NF1001"));
            yield return Case("IEnumerable<T>", Samples.Body("            System.Collections.Generic.IEnumerable<int> items = a; // expect: NF1001"));
            yield return Case("var inferred as generic", Samples.Body("            var lines = System.IO.File.ReadLines(s); // expect: NF1001"));
            yield return Case("user generic class", Samples.Members("        public sealed class Box<T> { } // expect: NF1002"));
            yield return Case("user generic method", Samples.Members("        public static object Echo<T>(object x) { return x; } // expect: NF1002"));
            yield return Case("generic local function", Samples.Body("            object Id<T>(object x) => x; // expect: NF1002"));
            yield return Case("generic delegate", Samples.Members("        public delegate void Handler<T>(object value); // expect: NF1002"));
            yield return Case("using System.Collections.Generic", Samples.File(
@"using System.Collections.Generic; // expect: NF1006
namespace Samples { public static class Sample { } }
"));
            yield return Case("explicit type arguments", Samples.Body("            int[] none = Array.Empty<int>(); // expect: NF1003"));
            yield return Case("inferred generic method", Samples.Body("            Array.Resize(ref a, 3); // expect: NF1003"));
            yield return Case("anonymous type", Samples.Body("            object o = new { A = 1 }; // expect: NF1004"));
            yield return Case("iterator", Samples.Members("        public static IEnumerable Items() { yield return 1; } // expect: NF1005"));

            // LINQ.
            yield return Case("query syntax", Samples.Body("            object q = from x in a select x; // expect: NF2001"));
            yield return Case("using System.Linq", Samples.File(
@"using System.Linq; // expect: NF2002
namespace Samples { public static class Sample { } }
"));
            yield return Case("LINQ extension call", Samples.File(
@"using System.Linq; // expect: NF2002
namespace Samples
{
    public static class Sample
    {
        public static int Count(int[] a) { return a.Count(); } // expect: NF2003
    }
}
"));
            yield return Case("LINQ static call", Samples.Body("            int n = System.Linq.Enumerable.Count(a); // expect: NF2003"));

            // async / await / Task.
            yield return Case("async method", Samples.Members("        public static async void Go() { } // expect: NF3001"));
            yield return Case("async lambda", Samples.Body("            Action go = async () => { }; // expect: NF3001"));
            yield return Case("await and Task", Samples.Members(
                "        public static async System.Threading.Tasks.Task Go() { await System.Threading.Tasks.Task.Yield(); } // expect: NF3001 NF3002 NF3003"));
            yield return Case("Task.Run", Samples.Body("            var job = System.Threading.Tasks.Task.Run(() => { }); // expect: NF3003"));
            yield return Case("ValueTask", Samples.Body("            System.Threading.Tasks.ValueTask pending = default; // expect: NF3003"));
            yield return Case("Task<T>", Samples.Body("            System.Threading.Tasks.Task<int> job = null; // expect: NF1001 NF3003"));
            yield return Case("using System.Threading.Tasks", Samples.File(
@"using System.Threading.Tasks; // expect: NF3003
namespace Samples { public static class Sample { } }
"));

            // Records, tuples, nullable value types, default interface members, index/range, dynamic.
            yield return Case("record", Samples.Members("        public record Point(int X, int Y); // expect: NF4001"));
            yield return Case("with expression", Samples.Members(
@"        public record Point(int X, int Y); // expect: NF4001
        public static object Move(Point p) { return p with { X = 1 }; } // expect: NF4001"));
            yield return Case("tuple type and literal", Samples.Body("            (int, string) pair = (1, \"a\"); // expect: NF4002"));
            yield return Case("tuple return type", Samples.Members("        public static (int Low, int High) Bounds() { return (1, 2); } // expect: NF4002"));
            yield return Case("deconstruction declaration", Samples.Body("            var (x, y) = (1, 2); // expect: NF4002"));
            yield return Case("deconstruction swap", Samples.Body(
@"            int p = 1, q = 2;
            (p, q) = (q, p); // expect: NF4002"));
            yield return Case("int?", Samples.Body("            int? maybe = null; // expect: NF4003"));
            yield return Case("Nullable<T>", Samples.Body("            Nullable<int> maybe = 3; // expect: NF4003"));
            yield return Case("nullable struct", Samples.Body("            DateTime? when = null; // expect: NF4003"));
            yield return Case("?. lifting to int?", Samples.Body("            bool any = s?.Length > 0; // expect: NF4003"));
            yield return Case("default interface method", Samples.Members("        public interface IShape { int Area() => 0; } // expect: NF4004"));
            yield return Case("interface property with body", Samples.Members(
@"        public interface IShape
        {
            int Sides { get { return 0; } } // expect: NF4004
        }"));
            yield return Case("index from end", Samples.Body("            int last = a[^1]; // expect: NF4005"));
            yield return Case("range", Samples.Body("            string tail = s[1..]; // expect: NF4005"));
            yield return Case("dynamic", Samples.Body("            dynamic d = 1; // expect: NF4006"));

            yield return Case("covariant return", Samples.Members(
@"        public abstract class Shape { public abstract Shape Copy(); }
        public sealed class Square : Shape { public override Square Copy() { return new Square(); } } // expect: NF4007"));

            // Syntax beyond C# 9.
            yield return Case("file-scoped namespace", Samples.File(
@"namespace Samples; // expect: NF0001
public static class Sample { }
"));
            yield return Case("global using", Samples.File(
@"global using System; // expect: NF0001
namespace Samples { public static class Sample { } }
"));
            yield return Case("raw string literal", Samples.Body("            string raw = \"\"\"text\"\"\"; // expect: NF0001"));
            yield return Case("list pattern", Samples.Body("            bool pair = a is [1, 2]; // expect: NF0001"));
            yield return Case("required member", Samples.Members("        public sealed class Part { public required int Id { get; set; } } // expect: NF0001"));
            yield return Case("record struct", Samples.Members("        public record struct Size(int W, int H); // expect: NF0001 NF4001"));
            yield return Case("lambda natural type", Samples.Body("            var f = () => 1; // expect: NF0001"));
            yield return Case("syntax error", Samples.Body("            int x = ; // expect: NF0001"));

            // Desktop-only BCL members (spec/nanoframework.md §5.3).
            yield return Case("string.Join", Samples.Body("            string j = string.Join(\",\", new[] { \"a\", \"b\" }); // expect: NF5001"));
            yield return Case("string.Replace(string)", Samples.Body("            string r = s.Replace(\"a\", \"b\"); // expect: NF5001"));
            yield return Case("string.Replace(char)", Samples.Body("            string r = s.Replace('a', 'b'); // expect: NF5001"));
            yield return Case("string.IsNullOrWhiteSpace", Samples.Body("            bool blank = string.IsNullOrWhiteSpace(s); // expect: NF5001"));
            yield return Case("string.CompareOrdinal", Samples.Body("            int order = string.CompareOrdinal(s, \"x\"); // expect: NF5001"));
            yield return Case("ToLowerInvariant", Samples.Body("            string low = s.ToLowerInvariant(); // expect: NF5001"));
            yield return Case("ToUpperInvariant", Samples.Body("            string up = s.ToUpperInvariant(); // expect: NF5001"));
            yield return Case("Contains(char)", Samples.Body("            bool has = s.Contains('x'); // expect: NF5001"));
            yield return Case("StartsWith(char)", Samples.Body("            bool starts = s.StartsWith('x'); // expect: NF5001"));
            yield return Case("Split(string)", Samples.Body("            string[] parts = s.Split(\"ab\"); // expect: NF5001"));
            yield return Case("Split(string[], options)", Samples.Body("            string[] parts = s.Split(new[] { \"ab\" }, StringSplitOptions.None); // expect: NF5001"));
            yield return Case("Split(char, options)", Samples.Body("            string[] parts = s.Split(',', StringSplitOptions.RemoveEmptyEntries); // expect: NF5001"));
            yield return Case("char.IsDigit", Samples.Body("            bool digit = char.IsDigit(c); // expect: NF5002"));
            yield return Case("char.IsLetter", Samples.Body("            bool letter = char.IsLetter(c); // expect: NF5002"));
            yield return Case("char.IsWhiteSpace", Samples.Body("            bool space = char.IsWhiteSpace(c); // expect: NF5002"));
            yield return Case("DateTime.Now", Samples.Body("            DateTime now = DateTime.Now; // expect: NF5003"));
            yield return Case("AddMonths", Samples.Body("            DateTime later = DateTime.UtcNow.AddMonths(1); // expect: NF5003"));
            yield return Case("AddYears", Samples.Body("            DateTime later = DateTime.UtcNow.AddYears(1); // expect: NF5003"));
            yield return Case("FromSeconds(double)", Samples.Body("            TimeSpan t = TimeSpan.FromSeconds(1.5); // expect: NF5004"));
            yield return Case("FromMilliseconds(double)", Samples.Body("            TimeSpan t = TimeSpan.FromMilliseconds(0.5); // expect: NF5004"));
            yield return Case("FromMinutes(double)", Samples.Body("            TimeSpan t = TimeSpan.FromMinutes(2.5); // expect: NF5004"));
            yield return Case("FromHours(double)", Samples.Body("            TimeSpan t = TimeSpan.FromHours(0.5); // expect: NF5004"));
            yield return Case("FromDays(double)", Samples.Body("            TimeSpan t = TimeSpan.FromDays(0.5); // expect: NF5004"));
            yield return Case("FromSeconds(long, long)", Samples.Body("            TimeSpan t = TimeSpan.FromSeconds(1, 500); // expect: NF5004"));
            yield return Case("Guid ==", Samples.Body("            bool same = g1 == g2; // expect: NF5005"));
            yield return Case("Guid !=", Samples.Body("            bool other = g1 != g2; // expect: NF5005"));
            yield return Case("Hashtable.ContainsKey", Samples.Body("            bool known = h.ContainsKey(\"k\"); // expect: NF5006"));
            yield return Case("Hashtable.TryGetValue", Samples.Body("            bool found = h.TryGetValue(\"k\", out object value); // expect: NF5006"));
            yield return Case("Encoding.GetString(byte[])", Samples.Body("            string text = Encoding.UTF8.GetString(b); // expect: NF5007"));
            yield return Case("Enum.Parse", Samples.Body("            object day = Enum.Parse(typeof(DayOfWeek), \"Monday\"); // expect: NF5008"));
            yield return Case("Enum.TryParse", Samples.Body("            bool ok = Enum.TryParse(typeof(DayOfWeek), \"Monday\", out object day); // expect: NF5008"));
            yield return Case("Array.Sort", Samples.Body("            Array.Sort(a); // expect: NF5009"));
            yield return Case("Math.Max(long)", Samples.Body("            long most = Math.Max(l1, l2); // expect: NF5010"));
            yield return Case("Math.Abs(long)", Samples.Body("            long size = Math.Abs(l1); // expect: NF5010"));
            yield return Case("Math.Round(double, int)", Samples.Body("            double r = Math.Round(1.25, 1); // expect: NF5010"));
            yield return Case("MathF", Samples.Body("            float root = MathF.Sqrt(2f); // expect: NF5010"));
            yield return Case("Stopwatch", Samples.Body("            var watch = System.Diagnostics.Stopwatch.StartNew(); // expect: NF5011"));
            yield return Case("Console.WriteLine(int)", Samples.Body("            Console.WriteLine(5); // expect: NF5012"));
            yield return Case("Console.Write(format, args)", Samples.Body("            Console.Write(\"{0}\", 1); // expect: NF5012"));
            yield return Case("Console.ReadLine", Samples.Body("            string line = Console.ReadLine(); // expect: NF5012"));
            yield return Case("ThreadPool", Samples.Body("            System.Threading.ThreadPool.QueueUserWorkItem(state => { }); // expect: NF5013"));
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void EachBannedConstructIsReportedWithItsRuleOnItsLineAndNothingElse(string construct, string source)
        {
            SortedSet<string> expected = Samples.Expected(source);
            Assert.NotEmpty(expected);

            GuardReport report = SubsetChecker.CheckSource("Sample.cs", source);

            Assert.False(report.IsClean, $"{construct}: nothing reported");
            Assert.True(expected.SetEquals(Samples.Found(report)),
                $"{construct}: expected {string.Join(", ", expected)}, found:{System.Environment.NewLine}{Samples.Describe(report)}{System.Environment.NewLine}{source}");
        }

        private static object[] Case(string construct, string source) => new object[] { construct, source };
    }
}
