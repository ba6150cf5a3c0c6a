using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary><c>dynamic</c>: nanoFramework has no dynamic binder (Microsoft.CSharp runtime binder).</summary>
    public sealed class DynamicRule : SourceWalkerRule
    {
        /// <inheritdoc />
        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            if (node.Identifier.ValueText == "dynamic"
                && (File.SymbolOf(node) is IDynamicTypeSymbol || File.Model.GetTypeInfo(node).Type is IDynamicTypeSymbol))
            {
                File.Report(node, RuleIds.Dynamic,
                    "'dynamic': nanoFramework has no dynamic binding; use the static type, or object with a cast or 'is' pattern.");
            }

            base.VisitIdentifierName(node);
        }
    }
}
