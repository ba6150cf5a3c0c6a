using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>
    /// Generics of any kind. The stable 1.x runtime has none: mscorlib still declares <c>Action&lt;T&gt;</c>,
    /// <c>Func&lt;…&gt;</c> and <c>EventHandler&lt;T&gt;</c>, so such code compiles, but any generic instantiation makes
    /// nanoCLR fail while loading the assembly (spec/nanoframework.md §5.1). Also caught: constructs the compiler
    /// turns into generics behind the scenes (anonymous types, iterators) and <c>var</c> locals inferred as a
    /// generic type.
    /// </summary>
    public sealed class GenericsRule : SourceWalkerRule
    {
        // What the nanoFramework 1.x libraries offer instead of the common generic types.
        private static readonly Dictionary<string, string> Replacements = new Dictionary<string, string>
        {
            ["List"] = "ArrayList",
            ["IList"] = "IList or ArrayList",
            ["ICollection"] = "ICollection",
            ["IReadOnlyList"] = "an array or ArrayList",
            ["IReadOnlyCollection"] = "an array or ArrayList",
            ["Dictionary"] = "Hashtable (Contains, indexer)",
            ["IDictionary"] = "IDictionary or Hashtable",
            ["IReadOnlyDictionary"] = "Hashtable",
            ["SortedDictionary"] = "Hashtable plus an array of keys",
            ["HashSet"] = "Hashtable with the items as keys",
            ["Queue"] = "System.Collections.Queue",
            ["Stack"] = "System.Collections.Stack",
            ["IEnumerable"] = "IEnumerable",
            ["IEnumerator"] = "IEnumerator",
            ["IComparer"] = "IComparer",
            ["IEqualityComparer"] = "IEqualityComparer",
            ["IEquatable"] = "an Equals(object) override",
            ["IComparable"] = "IComparable",
            ["KeyValuePair"] = "DictionaryEntry",
            ["Action"] = "Action (no arguments) or a delegate type of your own with typed parameters",
            ["Func"] = "a delegate type of your own with typed parameters and result",
            ["Predicate"] = "a delegate type of your own returning bool",
            ["Comparison"] = "IComparer",
            ["EventHandler"] = "EventHandler or a delegate type of your own",
            ["Span"] = "a byte[] with offset and count (or SpanByte)",
            ["ReadOnlySpan"] = "a byte[] with offset and count (or SpanByte)",
            ["Memory"] = "a byte[] with offset and count",
            ["ReadOnlyMemory"] = "a byte[] with offset and count",
            ["Lazy"] = "a field filled on first use",
        };

        // Namespaces of generic types only: absent from nanoFramework 1.x, so even an unused using breaks the device build.
        private static readonly string[] GenericNamespaces =
        {
            "System.Collections.Generic", "System.Collections.Concurrent", "System.Collections.ObjectModel", "System.Collections.Immutable",
        };

        /// <inheritdoc />
        public override void VisitUsingDirective(UsingDirectiveSyntax node)
        {
            string name = node.Name?.ToString().Replace(" ", string.Empty) ?? string.Empty;
            foreach (string generic in GenericNamespaces)
            {
                if (name == generic || name.StartsWith(generic + ".", System.StringComparison.Ordinal))
                {
                    File.Report(node, RuleIds.GenericNamespace,
                        $"'{node.ToString().Trim()}': nanoFramework 1.x has no {generic} namespace, so the device build fails on it; use System.Collections (ArrayList, Hashtable, Queue, Stack).");
                }
            }

            base.VisitUsingDirective(node);
        }

        /// <inheritdoc />
        public override void VisitGenericName(GenericNameSyntax node)
        {
            // Nullable<T> has a rule of its own (nullable value types).
            if (!(node.Identifier.ValueText == "Nullable" && node.TypeArgumentList.Arguments.Count == 1))
            {
                if (IsMethodName(node))
                {
                    File.Report(node, RuleIds.GenericMethodCall,
                        $"call of generic method '{node}' with explicit type arguments: nanoFramework 1.x has no generics; call a non-generic method (typed parameters, object, or a cast).");
                }
                else
                {
                    File.Report(node, RuleIds.GenericTypeUse,
                        $"generic type '{node}': nanoFramework 1.x has no generics (the runtime fails to load the assembly); use {Replacement(node.Identifier.ValueText)}.");
                }
            }

            base.VisitGenericName(node);
        }

        /// <inheritdoc />
        public override void VisitTypeParameterList(TypeParameterListSyntax node)
        {
            string owner = node.Parent switch
            {
                MethodDeclarationSyntax method => $"method '{method.Identifier.ValueText}{node}'",
                LocalFunctionStatementSyntax local => $"local function '{local.Identifier.ValueText}{node}'",
                DelegateDeclarationSyntax @delegate => $"delegate '{@delegate.Identifier.ValueText}{node}'",
                TypeDeclarationSyntax type => $"{type.Keyword.ValueText} '{type.Identifier.ValueText}{node}'",
                _ => $"declaration '{node}'",
            };
            File.Report(node, RuleIds.GenericDeclaration,
                $"generic {owner}: nanoFramework 1.x has no generics; declare it for the concrete type(s) it serves, or with object and casts.");
            base.VisitTypeParameterList(node);
        }

        /// <inheritdoc />
        public override void VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            // Type arguments the compiler infers (e.g. Array.Resize(ref a, n)) are generics too. Only BCL methods with no
            // non-generic overload count: for Array.IndexOf(int[], int) .NET picks IndexOf<T> where nanoFramework's
            // mscorlib has IndexOf(Array, object), which is fine. LINQ operators have their own rule.
            if (!(Callee(node.Expression) is GenericNameSyntax)
                && File.SymbolOf(node) is IMethodSymbol method
                && method.IsGenericMethod
                && !IsLinq(method)
                && !IsDeclaredInSource(method)
                && !HasNonGenericOverload(method))
            {
                File.Report(node.Expression, RuleIds.GenericMethodCall,
                    $"call of generic method '{method.ContainingType.Name}.{method.Name}<{string.Join(", ", method.TypeArguments)}>' (type arguments inferred): nanoFramework 1.x has no generics and no such method; write the loop or copy by hand.");
            }

            base.VisitInvocationExpression(node);
        }

        /// <inheritdoc />
        public override void VisitAnonymousObjectCreationExpression(AnonymousObjectCreationExpressionSyntax node)
        {
            File.Report(node, RuleIds.AnonymousType,
                "anonymous type 'new { … }': the compiler emits it as a generic class, which nanoFramework 1.x cannot load; declare a small class.");
            base.VisitAnonymousObjectCreationExpression(node);
        }

        /// <inheritdoc />
        public override void VisitYieldStatement(YieldStatementSyntax node)
        {
            File.Report(node, RuleIds.Iterator,
                $"iterator 'yield {node.ReturnOrBreakKeyword.ValueText}': the compiler builds iterators on IEnumerator<T>/IEnumerable<T>, generics nanoFramework 1.x lacks; fill and return an ArrayList or an array, or write an IEnumerator class.");
            base.VisitYieldStatement(node);
        }

        /// <inheritdoc />
        public override void VisitVariableDeclaration(VariableDeclarationSyntax node)
        {
            if (node.Type.IsVar)
            {
                ReportInferredGeneric(node.Type);
            }

            base.VisitVariableDeclaration(node);
        }

        /// <inheritdoc />
        public override void VisitForEachStatement(ForEachStatementSyntax node)
        {
            if (node.Type.IsVar)
            {
                ReportInferredGeneric(node.Type);
            }

            base.VisitForEachStatement(node);
        }

        private void ReportInferredGeneric(TypeSyntax var)
        {
            if (File.TypeOf(var) is INamedTypeSymbol type && type.IsGenericType && !IsNullableOfT(type) && !type.IsTupleType && !type.IsAnonymousType)
            {
                File.Report(var, RuleIds.GenericTypeUse,
                    $"'var' stands for generic type '{type.ToDisplayString()}' here: nanoFramework 1.x has no generics; use {Replacement(type.Name)}.");
            }
        }

        private static bool IsNullableOfT(INamedTypeSymbol type) => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

        private bool IsMethodName(GenericNameSyntax node)
        {
            ISymbol symbol = File.SymbolOf(node);
            if (symbol != null)
            {
                return symbol is IMethodSymbol;
            }

            SyntaxNode callee = node.Parent is MemberAccessExpressionSyntax access && access.Name == node ? access : node;
            callee = callee.Parent is MemberBindingExpressionSyntax binding && binding.Name == node ? binding : callee;
            return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee;
        }

        private static SimpleNameSyntax Callee(ExpressionSyntax expression) => expression switch
        {
            SimpleNameSyntax name => name,
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => null,
        };

        internal static bool IsLinq(IMethodSymbol method)
        {
            IMethodSymbol definition = method.ReducedFrom ?? method;
            string ns = definition.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            return ns == "System.Linq" || ns.StartsWith("System.Linq.", System.StringComparison.Ordinal);
        }

        private static bool IsDeclaredInSource(IMethodSymbol method) => (method.ReducedFrom ?? method).Locations.Length > 0 && (method.ReducedFrom ?? method).Locations[0].IsInSource;

        private static bool HasNonGenericOverload(IMethodSymbol method)
        {
            IMethodSymbol definition = method.ReducedFrom ?? method;
            foreach (ISymbol member in definition.ContainingType.GetMembers(definition.Name))
            {
                if (member is IMethodSymbol other && !other.IsGenericMethod)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Replacement(string name)
            => Replacements.TryGetValue(name, out string replacement)
                ? replacement
                : "a non-generic type (ArrayList, Hashtable, arrays, object with casts, a delegate type of your own)";
    }
}
