using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>
    /// Members .NET has and nanoFramework's libraries lack (spec/nanoframework.md §5.3). Found through the semantic
    /// model: a name counts only when it binds to the BCL member (or, for members the desktop type lacks as well,
    /// when the receiver's type is the BCL type), so a product type that happens to have a member of the same name
    /// passes, and a nanoFramework-only API that does not bind on .NET raises nothing.
    /// </summary>
    public sealed class DesktopOnlyMembersRule : SourceWalkerRule
    {
        private static readonly Ban[] Bans =
        {
            new Ban("System.String", "Join", RuleIds.StringMember, null, "a StringBuilder loop (item, separator, item …)"),
            new Ban("System.String", "Replace", RuleIds.StringMember, null, "IndexOf and Substring (or a StringBuilder)"),
            new Ban("System.String", "IsNullOrWhiteSpace", RuleIds.StringMember, null, "string.IsNullOrEmpty(s) || s.Trim().Length == 0"),
            new Ban("System.String", "CompareOrdinal", RuleIds.StringMember, null, "== / Equals, or compare the chars in a loop"),
            new Ban("System.String", "ToLowerInvariant", RuleIds.StringMember, null, "ToLower()"),
            new Ban("System.String", "ToUpperInvariant", RuleIds.StringMember, null, "ToUpper()"),
            new Ban("System.String", "Contains", RuleIds.StringMember, FirstParameterIs(SpecialType.System_Char), "IndexOf(c) >= 0, or Contains(string)"),
            new Ban("System.String", "StartsWith", RuleIds.StringMember, FirstParameterIs(SpecialType.System_Char), "StartsWith(string), or s.Length > 0 && s[0] == c"),
            new Ban("System.String", "EndsWith", RuleIds.StringMember, FirstParameterIs(SpecialType.System_Char), "EndsWith(string), or s.Length > 0 && s[s.Length - 1] == c"),
            new Ban("System.String", "Split", RuleIds.StringMember, SplitBeyondCharArray, "Split(params char[]) with one-char separators (no StringSplitOptions), or IndexOf/Substring for a longer separator"),
            new Ban("System.Char", "Is*", RuleIds.CharMember, null, "a comparison of ranges, e.g. c >= '0' && c <= '9'"),
            new Ban("System.DateTime", "Now", RuleIds.DateTimeMember, null, "DateTime.UtcNow (in the core: the time its clock port gives)"),
            new Ban("System.DateTime", "AddMonths", RuleIds.DateTimeMember, null, "new DateTime(year, month, day, …) computed by hand, or AddDays"),
            new Ban("System.DateTime", "AddYears", RuleIds.DateTimeMember, null, "new DateTime(year + n, month, day, …), or AddDays"),
            new Ban("System.TimeSpan", "FromSeconds", RuleIds.TimeSpanMember, DoubleOrSeveralArguments, "TimeSpan.FromSeconds(long) with one whole number, or new TimeSpan(ticks)"),
            new Ban("System.TimeSpan", "FromMilliseconds", RuleIds.TimeSpanMember, DoubleOrSeveralArguments, "TimeSpan.FromMilliseconds(long) with one whole number, or new TimeSpan(ticks)"),
            new Ban("System.TimeSpan", "FromMinutes", RuleIds.TimeSpanMember, DoubleOrSeveralArguments, "TimeSpan.FromMinutes(long) with one whole number, or new TimeSpan(ticks)"),
            new Ban("System.TimeSpan", "FromHours", RuleIds.TimeSpanMember, DoubleOrSeveralArguments, "TimeSpan.FromHours(long) with one whole number, or new TimeSpan(ticks)"),
            new Ban("System.TimeSpan", "FromDays", RuleIds.TimeSpanMember, DoubleOrSeveralArguments, "TimeSpan.FromDays(long) with one whole number, or new TimeSpan(ticks)"),
            new Ban("System.Collections.Hashtable", "ContainsKey", RuleIds.HashtableMember, null, "Contains(key)"),
            new Ban("System.Collections.Hashtable", "TryGetValue", RuleIds.HashtableMember, null, "the indexer (null when the key is missing) or Contains(key)"),
            new Ban("System.Text.Encoding", "GetString", RuleIds.EncodingMember, OneParameter, "GetString(bytes, 0, bytes.Length)"),
            new Ban("System.Enum", "Parse", RuleIds.EnumMember, null, "a switch over the names (or keep the number)"),
            new Ban("System.Enum", "TryParse", RuleIds.EnumMember, null, "a switch over the names (or keep the number)"),
            new Ban("System.Array", "Sort", RuleIds.ArraySort, null, "a short insertion sort, or keep the items in order as they are added"),
            new Ban("System.Math", "*", RuleIds.MathMember, MathBeyondNanoFramework, "plain arithmetic (a < b ? a : b, -a) for long, Math with int/double/float, Math.Round(double)"),
            new Ban("System.Console", "*", RuleIds.ConsoleMember, ConsoleBeyondNanoFramework, "Console.Write(string), Console.WriteLine() or Console.WriteLine(string) with string.Format or interpolation"),
        };

        // Short names without nullable-reference marks (the BCL is annotated; nanoFramework code is not).
        private static readonly SymbolDisplayFormat Display = SymbolDisplayFormat.MinimallyQualifiedFormat
            .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private static readonly Dictionary<string, (string RuleId, string Instead)> BannedTypes = new Dictionary<string, (string, string)>
        {
            ["System.Diagnostics.Stopwatch"] = (RuleIds.Stopwatch, "DateTime.UtcNow.Ticks or Environment.TickCount64 (in the core: the clock port)"),
            ["System.MathF"] = (RuleIds.MathMember, "Math with float/double (nanoFramework.System.Math) or plain arithmetic"),
            ["System.Threading.ThreadPool"] = (RuleIds.ThreadPool, "a Thread of your own (device code; the core owns no threads)"),
        };

        /// <inheritdoc />
        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            CheckName(node);
            base.VisitIdentifierName(node);
        }

        /// <inheritdoc />
        public override void VisitGenericName(GenericNameSyntax node)
        {
            CheckName(node);
            base.VisitGenericName(node);
        }

        /// <inheritdoc />
        public override void VisitBinaryExpression(BinaryExpressionSyntax node)
        {
            if ((node.IsKind(SyntaxKind.EqualsExpression) || node.IsKind(SyntaxKind.NotEqualsExpression))
                && File.SymbolOf(node) is IMethodSymbol op
                && op.MethodKind == MethodKind.UserDefinedOperator
                && FullName(op.ContainingType) == "System.Guid")
            {
                File.Report(node.OperatorToken, RuleIds.GuidOperator,
                    $"'{node.OperatorToken.ValueText}' between two Guid values: nanoFramework's Guid has no ==/!= operators; use {(node.IsKind(SyntaxKind.NotEqualsExpression) ? "!" : string.Empty)}a.Equals(b).");
            }

            base.VisitBinaryExpression(node);
        }

        private void CheckName(SimpleNameSyntax node)
        {
            if (node.IsVar)
            {
                return; // the inferred type's name is not written here
            }

            SymbolInfo info = File.Model.GetSymbolInfo(node);
            ISymbol symbol = info.Symbol;
            if (symbol is INamedTypeSymbol type)
            {
                if (BannedTypes.TryGetValue(FullName(type), out var banned))
                {
                    File.Report(node, banned.RuleId, $"'{FullName(type)}': not in nanoFramework's libraries; use {banned.Instead}.");
                }

                return;
            }

            InvocationExpressionSyntax invocation = InvocationOf(node);
            if (symbol != null)
            {
                Ban ban = Find(Root(symbol).ContainingType, symbol.Name, false);
                if (ban != null && (ban.Applies == null || ban.Applies(Root(symbol), invocation)))
                {
                    Report(node, ban, symbol);
                }

                return;
            }

            // Not bound to one overload: a name banned whatever its overload still counts when every candidate is it.
            Ban candidateBan = null;
            foreach (ISymbol candidate in info.CandidateSymbols)
            {
                Ban ban = Find(Root(candidate).ContainingType, candidate.Name, false);
                if (ban == null || ban.Applies != null || (candidateBan != null && candidateBan != ban))
                {
                    candidateBan = null;
                    break;
                }

                candidateBan = ban;
            }

            // A member that does not bind as written (Hashtable.TryGetValue(key, out object)): judge by the receiver's type.
            if (candidateBan == null && node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
            {
                Ban ban = Find(File.TypeOf(access.Expression), node.Identifier.ValueText, true);
                candidateBan = ban != null && ban.Applies == null ? ban : null;
            }

            if (candidateBan != null)
            {
                Report(node, candidateBan, null);
            }
        }

        private void Report(SimpleNameSyntax node, Ban ban, ISymbol symbol)
        {
            string shown = symbol is IMethodSymbol method
                ? $"{ShortName(method.ContainingType)}.{method.Name}({string.Join(", ", Parameters(method))})"
                : $"{ShortName(ban.Type)}.{node.Identifier.ValueText}";
            File.Report(node, ban.RuleId, $"'{shown}': nanoFramework's libraries lack it; use {ban.Instead}.");
        }

        private static IEnumerable<string> Parameters(IMethodSymbol method)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                yield return parameter.Type.ToDisplayString(Display);
            }
        }

        private static string ShortName(INamedTypeSymbol type) => type.ToDisplayString(Display);

        private static string ShortName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);

        // A bound member is judged by the type that declares it (after Root); a receiver's type by its base types too.
        private static Ban Find(ITypeSymbol type, string member, bool includeBaseTypes)
        {
            for (ITypeSymbol current = type; current != null; current = includeBaseTypes ? current.BaseType : null)
            {
                string name = FullName(current);
                foreach (Ban ban in Bans)
                {
                    if (ban.Type == name && ban.Matches(member))
                    {
                        return ban;
                    }
                }
            }

            return null;
        }

        // The member an override overrides, so UTF8Encoding.GetString counts as Encoding.GetString.
        private static ISymbol Root(ISymbol symbol)
        {
            switch (symbol)
            {
                case IMethodSymbol method:
                    while (method.OverriddenMethod != null)
                    {
                        method = method.OverriddenMethod;
                    }

                    return method.ReducedFrom ?? method;
                case IPropertySymbol property:
                    while (property.OverriddenProperty != null)
                    {
                        property = property.OverriddenProperty;
                    }

                    return property;
                default:
                    return symbol;
            }
        }

        internal static string FullName(ITypeSymbol type)
        {
            if (type == null)
            {
                return string.Empty;
            }

            string ns = type.ContainingNamespace == null || type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString() + ".";
            return ns + type.MetadataName;
        }

        private static InvocationExpressionSyntax InvocationOf(SimpleNameSyntax node)
        {
            SyntaxNode callee = node;
            if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
            {
                callee = access;
            }
            else if (node.Parent is MemberBindingExpressionSyntax binding && binding.Name == node)
            {
                callee = binding;
            }

            return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee ? invocation : null;
        }

        private static Func<ISymbol, InvocationExpressionSyntax, bool> FirstParameterIs(SpecialType type)
            => (symbol, _) => symbol is IMethodSymbol method && method.Parameters.Length > 0 && method.Parameters[0].Type.SpecialType == type;

        private static bool OneParameter(ISymbol symbol, InvocationExpressionSyntax invocation)
            => symbol is IMethodSymbol method && method.Parameters.Length == 1;

        private static bool DoubleOrSeveralArguments(ISymbol symbol, InvocationExpressionSyntax invocation)
            => symbol is IMethodSymbol method
               && ((method.Parameters.Length > 0 && method.Parameters[0].Type.SpecialType == SpecialType.System_Double)
                   || (invocation != null && invocation.ArgumentList.Arguments.Count > 1));

        // nanoFramework has Split(params char[]) and Split(char[], int); .NET binds s.Split(',') to Split(char,
        // StringSplitOptions = None), which is fine as long as no options are passed.
        private static bool SplitBeyondCharArray(ISymbol symbol, InvocationExpressionSyntax invocation)
        {
            if (!(symbol is IMethodSymbol method) || method.Parameters.Length == 0)
            {
                return false;
            }

            ITypeSymbol first = method.Parameters[0].Type;
            if (first.SpecialType == SpecialType.System_String || (first is IArrayTypeSymbol array && array.ElementType.SpecialType == SpecialType.System_String))
            {
                return true;
            }

            int passed = invocation == null ? 0 : invocation.ArgumentList.Arguments.Count;
            for (int i = 0; i < method.Parameters.Length && i < passed; i++)
            {
                if (method.Parameters[i].Type.Name == "StringSplitOptions")
                {
                    return true;
                }
            }

            return false;
        }

        // nanoFramework.System.Math: int/double/float overloads only (Clamp also long/ulong), Round(double) only.
        // On long a call would silently bind to the float overload there, so it is rejected.
        private static bool MathBeyondNanoFramework(ISymbol symbol, InvocationExpressionSyntax invocation)
        {
            if (!(symbol is IMethodSymbol method))
            {
                return false;
            }

            if (method.Name == "Round")
            {
                return method.Parameters.Length != 1 || method.Parameters[0].Type.SpecialType != SpecialType.System_Double;
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                SpecialType type = parameter.Type.SpecialType;
                bool wide = type == SpecialType.System_Int64 || type == SpecialType.System_UInt64;
                if (type == SpecialType.System_Decimal || type == SpecialType.System_IntPtr || type == SpecialType.System_UIntPtr
                    || (wide && method.Name != "Clamp"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ConsoleBeyondNanoFramework(ISymbol symbol, InvocationExpressionSyntax invocation)
        {
            if (!(symbol is IMethodSymbol method))
            {
                return true;
            }

            bool oneString = method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String;
            return !((method.Name == "Write" && oneString) || (method.Name == "WriteLine" && (oneString || method.Parameters.Length == 0)));
        }

        private sealed class Ban
        {
            public Ban(string type, string member, string ruleId, Func<ISymbol, InvocationExpressionSyntax, bool> applies, string instead)
            {
                Type = type;
                Member = member;
                RuleId = ruleId;
                Applies = applies;
                Instead = instead;
            }

            public string Type { get; }

            // A name, "Prefix*" or "*".
            public string Member { get; }

            public string RuleId { get; }

            // Null: every overload is banned.
            public Func<ISymbol, InvocationExpressionSyntax, bool> Applies { get; }

            public string Instead { get; }

            public bool Matches(string member)
                => Member.EndsWith("*", StringComparison.Ordinal)
                    ? member.StartsWith(Member.Substring(0, Member.Length - 1), StringComparison.Ordinal)
                    : member == Member;
        }
    }
}
