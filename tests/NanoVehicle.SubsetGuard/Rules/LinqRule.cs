using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>LINQ: nanoFramework has no System.Linq (and LINQ is generic through and through).</summary>
    public sealed class LinqRule : SourceWalkerRule
    {
        private const string Instead = "write the loop over the array or ArrayList";

        /// <inheritdoc />
        public override void VisitQueryExpression(QueryExpressionSyntax node)
        {
            File.Report(node, RuleIds.LinqQuery, $"LINQ query expression 'from … select': nanoFramework has no LINQ; {Instead}.");
            base.VisitQueryExpression(node);
        }

        /// <inheritdoc />
        public override void VisitUsingDirective(UsingDirectiveSyntax node)
        {
            string name = node.Name?.ToString().Replace(" ", string.Empty) ?? string.Empty;
            if (name == "System.Linq" || name.StartsWith("System.Linq.", System.StringComparison.Ordinal))
            {
                File.Report(node, RuleIds.LinqUsing, $"'{node.ToString().Trim()}': nanoFramework has no System.Linq; remove it and {Instead}.");
            }

            base.VisitUsingDirective(node);
        }

        /// <inheritdoc />
        public override void VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            if (File.SymbolOf(node) is IMethodSymbol method && GenericsRule.IsLinq(method))
            {
                File.Report(node.Expression, RuleIds.LinqCall,
                    $"LINQ operator '{(method.ReducedFrom ?? method).ContainingType.Name}.{method.Name}': nanoFramework has no LINQ; {Instead}.");
            }

            base.VisitInvocationExpression(node);
        }
    }
}
