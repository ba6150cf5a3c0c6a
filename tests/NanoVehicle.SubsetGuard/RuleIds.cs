namespace NanoVehicle.SubsetGuard
{
    /// <summary>
    /// The rules of the guard. Each violation line carries one of these identifiers; the families follow
    /// spec/nanoframework.md §5 (what the stable 1.x runtime and its mscorlib do not have).
    /// </summary>
    public static class RuleIds
    {
        /// <summary>Syntax the C# 9 parser rejects: a later language version's feature, or a plain syntax error.</summary>
        public const string LanguageVersion = "NF0001";

        /// <summary>Use of a generic type: <c>List&lt;T&gt;</c>, <c>Action&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, …</summary>
        public const string GenericTypeUse = "NF1001";

        /// <summary>A generic type, method, delegate or local function declared in the source (type parameter list).</summary>
        public const string GenericDeclaration = "NF1002";

        /// <summary>A call of a generic method: explicit type arguments, or inferred ones where no non-generic overload exists.</summary>
        public const string GenericMethodCall = "NF1003";

        /// <summary>An anonymous type (<c>new { … }</c>), which the compiler emits as a generic class.</summary>
        public const string AnonymousType = "NF1004";

        /// <summary>An iterator (<c>yield</c>), which the compiler builds on <c>IEnumerator&lt;T&gt;</c>.</summary>
        public const string Iterator = "NF1005";

        /// <summary>A <c>using</c> of a generic collections namespace (<c>System.Collections.Generic</c>, …) the device build does not have.</summary>
        public const string GenericNamespace = "NF1006";

        /// <summary>A LINQ query expression.</summary>
        public const string LinqQuery = "NF2001";

        /// <summary>A <c>using System.Linq</c> directive.</summary>
        public const string LinqUsing = "NF2002";

        /// <summary>A call of a LINQ operator (a method of <c>System.Linq</c>).</summary>
        public const string LinqCall = "NF2003";

        /// <summary>An <c>async</c> method, lambda or local function.</summary>
        public const string Async = "NF3001";

        /// <summary>An <c>await</c> (expression, <c>await foreach</c>, <c>await using</c>).</summary>
        public const string Await = "NF3002";

        /// <summary>Use of <c>Task</c>, <c>ValueTask</c> or anything else of <c>System.Threading.Tasks</c>.</summary>
        public const string Tasks = "NF3003";

        /// <summary>A record (or a <c>with</c> expression).</summary>
        public const string Record = "NF4001";

        /// <summary>A tuple type, tuple literal or deconstruction.</summary>
        public const string Tuple = "NF4002";

        /// <summary>A nullable value type: <c>int?</c>, <c>Nullable&lt;T&gt;</c>, or <c>?.</c> lifting a value to one.</summary>
        public const string NullableValueType = "NF4003";

        /// <summary>An interface member with a body (default interface method).</summary>
        public const string DefaultInterfaceMember = "NF4004";

        /// <summary>An index from the end (<c>^1</c>) or a range (<c>a..b</c>).</summary>
        public const string IndexRange = "NF4005";

        /// <summary>The <c>dynamic</c> type.</summary>
        public const string Dynamic = "NF4006";

        /// <summary>An override with a covariant return type (C# 9), which needs runtime support nanoFramework 1.x lacks.</summary>
        public const string CovariantReturn = "NF4007";

        /// <summary>A <c>string</c> member nanoFramework's mscorlib lacks (Join, Replace, IsNullOrWhiteSpace, …).</summary>
        public const string StringMember = "NF5001";

        /// <summary>A <c>char</c> classification method (IsDigit, IsLetter, IsWhiteSpace, …).</summary>
        public const string CharMember = "NF5002";

        /// <summary><c>DateTime.Now</c>, <c>AddMonths</c>, <c>AddYears</c>.</summary>
        public const string DateTimeMember = "NF5003";

        /// <summary><c>TimeSpan.FromX</c> with a <c>double</c> (or more than one argument).</summary>
        public const string TimeSpanMember = "NF5004";

        /// <summary><c>==</c> / <c>!=</c> between two <c>Guid</c> values.</summary>
        public const string GuidOperator = "NF5005";

        /// <summary><c>Hashtable.ContainsKey</c> / <c>TryGetValue</c>.</summary>
        public const string HashtableMember = "NF5006";

        /// <summary><c>Encoding.GetString</c> with one argument.</summary>
        public const string EncodingMember = "NF5007";

        /// <summary><c>Enum.Parse</c> / <c>Enum.TryParse</c>.</summary>
        public const string EnumMember = "NF5008";

        /// <summary><c>Array.Sort</c>.</summary>
        public const string ArraySort = "NF5009";

        /// <summary><c>Math</c> on <c>long</c>/<c>decimal</c>, <c>Math.Round</c> beyond <c>Round(double)</c>, or <c>MathF</c>.</summary>
        public const string MathMember = "NF5010";

        /// <summary><c>System.Diagnostics.Stopwatch</c>.</summary>
        public const string Stopwatch = "NF5011";

        /// <summary>A <c>Console</c> member other than <c>Write(string)</c>, <c>WriteLine()</c>, <c>WriteLine(string)</c>.</summary>
        public const string ConsoleMember = "NF5012";

        /// <summary><c>System.Threading.ThreadPool</c>.</summary>
        public const string ThreadPool = "NF5013";

        /// <summary>A .cs file below an .nfproj's folder that the .nfproj does not list.</summary>
        public const string UnlistedSource = "NF9001";

        /// <summary>An .nfproj <c>&lt;Compile Include&gt;</c> naming a file that does not exist.</summary>
        public const string MissingSource = "NF9002";

        /// <summary>An .nfproj that cannot be read, or a <c>&lt;Compile Include&gt;</c> with a wildcard.</summary>
        public const string ProjectFile = "NF9003";
    }
}
