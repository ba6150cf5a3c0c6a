using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>
    /// Nullable value types: <c>int?</c> is <c>System.Nullable&lt;int&gt;</c>, which nanoFramework 1.x lacks
    /// (spec/nanoframework.md §5.3). A <c>?.</c> whose member is a value type lifts it to one as well. Nullable
    /// reference annotations (<c>string?</c> under <c>#nullable enable</c>) are only annotations and pass.
    /// </summary>
    public sealed class NullableValueTypesRule : SourceWalkerRule
    {
        private const string Instead = "keep a separate 'has value' bool, a sentinel value, or an object reference";

        /// <inheritdoc />
        public override void VisitNullableType(NullableTypeSyntax node)
        {
            if (IsNullableValueType(node))
            {
                File.Report(node, RuleIds.NullableValueType, $"nullable value type '{node}': nanoFramework 1.x has no Nullable<T>; {Instead}.");
            }

            base.VisitNullableType(node);
        }

        /// <inheritdoc />
        public override void VisitGenericName(GenericNameSyntax node)
        {
            if (node.Identifier.ValueText == "Nullable" && node.TypeArgumentList.Arguments.Count == 1)
            {
                ISymbol symbol = File.SymbolOf(node);
                bool ours = symbol != null && symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource;
                if (!ours)
                {
                    File.Report(node, RuleIds.NullableValueType, $"nullable value type '{node}': nanoFramework 1.x has no Nullable<T>; {Instead}.");
                }
            }

            base.VisitGenericName(node);
        }

        /// <inheritdoc />
        public override void VisitConditionalAccessExpression(ConditionalAccessExpressionSyntax node)
        {
            // As a statement (handler?.Invoke()) the result is dropped and nothing gets lifted.
            if (!(node.Parent is ExpressionStatementSyntax)
                && File.TypeOf(node) is INamedTypeSymbol type
                && type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                File.Report(node.OperatorToken, RuleIds.NullableValueType,
                    $"'{node}' has type '{type.ToDisplayString()}': '?.' on a value-type member makes a Nullable<T>, which nanoFramework 1.x lacks; test for null first.");
            }

            base.VisitConditionalAccessExpression(node);
        }

        private bool IsNullableValueType(NullableTypeSyntax node)
        {
            if (node.ElementType is PredefinedTypeSyntax predefined)
            {
                return !predefined.Keyword.IsKind(SyntaxKind.StringKeyword) && !predefined.Keyword.IsKind(SyntaxKind.ObjectKeyword);
            }

            ITypeSymbol element = File.TypeOf(node.ElementType);
            if (element != null)
            {
                return element.IsValueType || (element is ITypeParameterSymbol parameter && !parameter.HasReferenceTypeConstraint);
            }

            // A type the desktop cannot resolve (nanoFramework-only): under #nullable enable 'T?' is read as an
            // annotation; otherwise nanoFramework code would only write it for a struct.
            return (File.Model.GetNullableContext(node.SpanStart) & NullableContext.AnnotationsEnabled) == 0;
        }
    }
}
