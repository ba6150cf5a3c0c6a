using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>Tuples: they are <c>System.ValueTuple&lt;…&gt;</c>, which nanoFramework 1.x lacks (spec/nanoframework.md §5.3).</summary>
    public sealed class TuplesRule : SourceWalkerRule
    {
        private const string Instead = "return a small class, or use out parameters";

        /// <inheritdoc />
        public override void VisitTupleType(TupleTypeSyntax node)
        {
            File.Report(node, RuleIds.Tuple, $"tuple type '{node}': nanoFramework 1.x has no ValueTuple; {Instead}.");
            base.VisitTupleType(node);
        }

        /// <inheritdoc />
        public override void VisitTupleExpression(TupleExpressionSyntax node)
        {
            bool target = node.Parent is AssignmentExpressionSyntax assignment && assignment.Left == node && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression);
            string what = target ? $"deconstruction into '{node}'" : $"tuple literal '{node}'";
            File.Report(node, RuleIds.Tuple, $"{what}: nanoFramework 1.x has no ValueTuple; {Instead}.");
            base.VisitTupleExpression(node);
        }

        /// <inheritdoc />
        public override void VisitParenthesizedVariableDesignation(ParenthesizedVariableDesignationSyntax node)
        {
            // var (a, b) = …  /  foreach (var (a, b) in …)  /  x is var (a, b)
            if (!(node.Parent is ParenthesizedVariableDesignationSyntax))
            {
                File.Report(node, RuleIds.Tuple, $"deconstruction into '{node}': nanoFramework 1.x has no ValueTuple; {Instead}.");
            }

            base.VisitParenthesizedVariableDesignation(node);
        }
    }
}
