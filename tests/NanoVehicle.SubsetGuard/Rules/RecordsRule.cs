using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>Records: the compiler implements them with <c>IEquatable&lt;T&gt;</c>, which nanoFramework 1.x lacks.</summary>
    public sealed class RecordsRule : SourceWalkerRule
    {
        /// <inheritdoc />
        public override void VisitRecordDeclaration(RecordDeclarationSyntax node)
        {
            File.Report(node.Keyword, RuleIds.Record,
                $"record '{node.Identifier.ValueText}': nanoFramework 1.x has no records (they need IEquatable<T>); write a class with get-only properties and, if needed, Equals(object)/GetHashCode.");
            base.VisitRecordDeclaration(node);
        }

        /// <inheritdoc />
        public override void VisitWithExpression(WithExpressionSyntax node)
        {
            File.Report(node.WithKeyword, RuleIds.Record,
                "'with' expression: it copies a record, and nanoFramework 1.x has no records; construct the new object explicitly.");
            base.VisitWithExpression(node);
        }
    }
}
