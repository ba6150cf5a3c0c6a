using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>Index from the end and ranges: <c>System.Index</c>/<c>System.Range</c> are missing on nanoFramework 1.x.</summary>
    public sealed class IndexRangeRule : SourceWalkerRule
    {
        /// <inheritdoc />
        public override void VisitPrefixUnaryExpression(PrefixUnaryExpressionSyntax node)
        {
            if (node.IsKind(SyntaxKind.IndexExpression))
            {
                File.Report(node, RuleIds.IndexRange,
                    $"index from the end '{node}': nanoFramework 1.x has no System.Index; write 'array.Length - {node.Operand}' (or .Count).");
            }

            base.VisitPrefixUnaryExpression(node);
        }

        /// <inheritdoc />
        public override void VisitRangeExpression(RangeExpressionSyntax node)
        {
            File.Report(node, RuleIds.IndexRange,
                $"range '{node}': nanoFramework 1.x has no System.Range; use Substring, Array.Copy or an offset and count.");
            base.VisitRangeExpression(node);
        }
    }
}
