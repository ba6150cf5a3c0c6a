using Xunit;

namespace NanoVehicle.SubsetGuard.Tests
{
    /// <summary>Code written with what nanoFramework 1.x has passes untouched.</summary>
    public class CleanCodeTests
    {
        // The allowed equivalents of every banned construct, plus the C# 9 features spec/nanoframework.md §5.2 lists
        // as compiling and running on the device.
        private const string Clean = @"using System;
using System.Collections;
using System.Diagnostics;
using System.Text;
using System.Threading;

namespace Clean
{
    public delegate void Notified(string what);

    public interface IClock
    {
        DateTime UtcNow { get; }
    }

    public enum Mode { Off, On }

    public struct Reading
    {
        public int Value;
        public bool HasValue;
    }

    public abstract class Shape
    {
        public abstract int Area();
    }

    public sealed class Square : Shape, IEnumerable
    {
        private static readonly Hashtable Table = new Hashtable();
        private readonly ArrayList _items = new ArrayList();

        public event Notified Changed;

        public string Name { get; init; }

        public override int Area() => 4;

        public IEnumerator GetEnumerator() => _items.GetEnumerator();

        public static string Run(int[] a, string s, byte[] b, Guid g1, Guid g2, char c, long l1, long l2, IClock clock)
        {
            var list = new ArrayList();
            list.Add(1);
            object cached = Table.Contains(""k"") ? Table[""k""] : null;
            TimeSpan wait = TimeSpan.FromSeconds(5);
            TimeSpan tick = TimeSpan.FromMilliseconds(250);
            TimeSpan day = TimeSpan.FromDays(1) + TimeSpan.FromHours(2) + TimeSpan.FromMinutes(3);
            string text = Encoding.UTF8.GetString(b, 0, b.Length);
            byte[] raw = Encoding.UTF8.GetBytes(text);
            string[] parts = s.Split(',');
            string[] two = s.Split(new[] { ',', ';' }, 2);
            bool same = g1.Equals(g2);
            int digit = c >= '0' && c <= '9' ? c - '0' : -1;
            string mode = Mode.On switch { Mode.Off => ""off"", _ => ""on"" };
            object o = s;
            if (o is string { Length: > 0 } named && o is not null)
            {
                mode += named;
            }

            Notified notify = what => Debug.WriteLine(""changed "" + what);
            Action done = () => { };
            ThreadStart start = static () => { };
            Square square = new Square { Name = ""sq"" };
            string message = $""{a.Length,4} items at {clock.UtcNow:o} in {wait}"";
            var builder = new StringBuilder();
            builder.Append(s.ToLower()).Append(s.ToUpper()).Append(s.Trim());
            long most = l1 > l2 ? l1 : l2;
            int max = Math.Max(1, 2);
            double root = Math.Sqrt(2.0);
            double rounded = Math.Round(2.5);
            bool has = s.Contains(""x"") && s.IndexOf('x') >= 0 && s.StartsWith(""x"") && s.EndsWith(""y"");
            bool empty = string.IsNullOrEmpty(s);
            Console.WriteLine(message);
            Console.WriteLine();
            Console.Write(""x"");
            int at = Array.IndexOf(a, 3);
            int[] copy = new int[a.Length];
            Array.Copy(a, copy, a.Length);
            DateTime when = DateTime.UtcNow.AddDays(1).AddHours(2);
            int Twice(int x) => x * 2;
            static int Thrice(int x) => x * 3;
            using var stream = new System.IO.MemoryStream();
            lock (Table)
            {
                Table[""k""] = 1;
            }

            try
            {
                notify(""x"");
            }
            catch (Exception ex) when (ex.Message.Length > 0)
            {
                throw;
            }

            foreach (DictionaryEntry entry in Table)
            {
                list.Add(entry.Key);
            }

            foreach (object item in square)
            {
                list.Add(item);
            }

            s?.GetHashCode();
            square.Changed?.Invoke(""done"");
            string name = nameof(Run);
            int last = a[a.Length - 1];
            var reading = new Reading { Value = 1, HasValue = true };
            int total = reading.HasValue ? reading.Value : 0;
            var thread = new Thread(start);
            var timer = new Timer(state => { }, null, 0, 1000);
            long ticks = DateTime.UtcNow.Ticks;
            return string.Format(""{0} {1} {2}"", text, Twice(max) + Thrice(1), string.Concat(name, mode));
        }
    }

#nullable enable
    public static class Annotated
    {
        public static string? Find(string? key) => key;
    }
#nullable restore

    // nanoFramework-only APIs do not bind on .NET; the guard must not guess about them.
    public static class Device
    {
        public static void Start()
        {
            var server = nanoFramework.Device.Bluetooth.GattServiceProvider.Create(Guid.Empty);
            server.StartAdvertising(new nanoFramework.Device.Bluetooth.GattServiceProviderAdvertisingParameters());
            var buffer = new nanoFramework.Device.Bluetooth.Buffer(4);
            nanoFramework.Hardware.Esp32.Sleep.EnableWakeupByTimer(TimeSpan.FromSeconds(30));
            var span = new SpanByte(new byte[4]);
            nanoFramework.Runtime.Native.Power.RebootDevice();
        }
    }
}
";

        [Fact]
        public void CodeUsingTheAllowedEquivalentsPasses()
        {
            GuardReport report = SubsetChecker.CheckSource("Clean.cs", Clean);

            Assert.True(report.IsClean, Samples.Describe(report));
            Assert.Equal(1, report.SourceCount);
        }

        [Fact]
        public void TheCleanSampleTurnsDirtyWithOneBannedLine()
        {
            // Proves the sample is really looked at: one added desktop-only call is found on its line.
            string dirty = Clean.Replace("bool empty = string.IsNullOrEmpty(s);", "bool empty = string.IsNullOrWhiteSpace(s);");
            Assert.NotEqual(Clean, dirty);

            GuardReport report = SubsetChecker.CheckSource("Clean.cs", dirty);

            Violation violation = Assert.Single(report.Violations);
            Assert.Equal(RuleIds.StringMember, violation.RuleId);
            Assert.Equal(LineOf(dirty, "string.IsNullOrWhiteSpace(s)"), violation.Line);
            Assert.Contains("IsNullOrWhiteSpace", violation.Message);
            Assert.Contains("IsNullOrEmpty", violation.Message);
        }

        [Fact]
        public void DesktopOnlyBranchesOfConditionalCompilationAreLeftOut()
        {
            // The device build defines NANOFRAMEWORK_1_0 (spec/nanoframework.md §5); so does the guard.
            const string Source = @"namespace Shared
{
    public static class Text
    {
        public static string Joined(string[] parts)
        {
#if NANOFRAMEWORK_1_0
            var builder = new System.Text.StringBuilder();
            foreach (string part in parts)
            {
                builder.Append(part);
            }

            return builder.ToString() + System.DateTime.Now; // expect: NF5003
#else
            return string.Join(string.Empty, parts) + System.DateTime.Now;
#endif
        }
    }
}
";
            GuardReport report = SubsetChecker.CheckSource("Text.cs", Source);

            Assert.True(Samples.Expected(Source).SetEquals(Samples.Found(report)), Samples.Describe(report));
        }

        [Fact]
        public void DebugAndReleaseBranchesAreBothChecked()
        {
            const string Source = @"namespace Device
{
    public static class Trace
    {
        public static long Stamp()
        {
#if DEBUG
            return System.DateTime.Now.Ticks; // expect: NF5003
#else
            return (long)System.TimeSpan.FromSeconds(0.5).Ticks; // expect: NF5004
#endif
        }
    }
}
";
            GuardReport report = SubsetChecker.CheckSource("Trace.cs", Source);

            Assert.True(Samples.Expected(Source).SetEquals(Samples.Found(report)), Samples.Describe(report));
        }

        private static int LineOf(string text, string fragment)
        {
            string before = text.Substring(0, text.IndexOf(fragment, System.StringComparison.Ordinal));
            return before.Split('\n').Length;
        }
    }
}
