using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>
    /// async/await and System.Threading.Tasks: nanoFramework 1.x has no Task, no ValueTask, no ThreadPool to run them
    /// (spec/nanoframework.md §5.3, §5.4). The device uses Thread, Timer and wait handles; the core uses none of them.
    /// </summary>
    public sealed class AsyncRule : SourceWalkerRule
    {
        private const string Instead = "the core stays synchronous (time comes through its clock port); device code uses Thread, Timer, AutoResetEvent";

        /// <inheritdoc />
        public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            CheckModifiers(node.Modifiers, $"method '{node.Identifier.ValueText}'");
            base.VisitMethodDeclaration(node);
        }

        /// <inheritdoc />
        public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
        {
            CheckModifiers(node.Modifiers, $"local function '{node.Identifier.ValueText}'");
            base.VisitLocalFunctionStatement(node);
        }

        /// <inheritdoc />
        public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
        {
            CheckModifiers(node.Modifiers, "lambda");
            base.VisitParenthesizedLambdaExpression(node);
        }

        /// <inheritdoc />
        public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
        {
            CheckModifiers(node.Modifiers, "lambda");
            base.VisitSimpleLambdaExpression(node);
        }

        /// <inheritdoc />
        public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
        {
            CheckModifiers(node.Modifiers, "anonymous method");
            base.VisitAnonymousMethodExpression(node);
        }

        /// <inheritdoc />
        public override void VisitAwaitExpression(AwaitExpressionSyntax node)
        {
            File.Report(node, RuleIds.Await, $"'await': nanoFramework 1.x has no async/await; {Instead}.");
            base.VisitAwaitExpression(node);
        }

        /// <inheritdoc />
        public override void VisitForEachStatement(ForEachStatementSyntax node)
        {
            ReportAwaitKeyword(node.AwaitKeyword, "await foreach");
            base.VisitForEachStatement(node);
        }

        /// <inheritdoc />
        public override void VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
        {
            ReportAwaitKeyword(node.AwaitKeyword, "await foreach");
            base.VisitForEachVariableStatement(node);
        }

        /// <inheritdoc />
        public override void VisitUsingStatement(UsingStatementSyntax node)
        {
            ReportAwaitKeyword(node.AwaitKeyword, "await using");
            base.VisitUsingStatement(node);
        }

        /// <inheritdoc />
        public override void VisitLocalDeclarationStatement(LocalDeclarationStatementSyntax node)
        {
            ReportAwaitKeyword(node.AwaitKeyword, "await using");
            base.VisitLocalDeclarationStatement(node);
        }

        /// <inheritdoc />
        public override void VisitUsingDirective(UsingDirectiveSyntax node)
        {
            string name = node.Name?.ToString().Replace(" ", string.Empty) ?? string.Empty;
            if (name == "System.Threading.Tasks" || name.StartsWith("System.Threading.Tasks.", System.StringComparison.Ordinal))
            {
                File.Report(node, RuleIds.Tasks, $"'{node.ToString().Trim()}': nanoFramework 1.x has no System.Threading.Tasks; {Instead}.");
            }

            // The names inside a using directive are namespaces; nothing more to look at.
        }

        /// <inheritdoc />
        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            CheckTaskType(node, node.Identifier.ValueText);
            base.VisitIdentifierName(node);
        }

        /// <inheritdoc />
        public override void VisitGenericName(GenericNameSyntax node)
        {
            CheckTaskType(node, node.Identifier.ValueText);
            base.VisitGenericName(node);
        }

        private void CheckTaskType(SimpleNameSyntax node, string name)
        {
            if (node.IsVar)
            {
                return; // 'var' for a Task is reported where the Task is named
            }

            SymbolInfo info = File.Model.GetSymbolInfo(node);
            bool tasks = info.Symbol is INamedTypeSymbol type && IsInTasksNamespace(type);

            // A Task/ValueTask that binds to nothing at all is still the BCL one the author meant (a type of the
            // product's own with that name would bind).
            bool unresolvedTask = info.Symbol == null && info.CandidateSymbols.Length == 0 && (name == "Task" || name == "ValueTask")
                && !(node.Parent is MemberAccessExpressionSyntax access && access.Name == node);
            if (tasks || unresolvedTask)
            {
                File.Report(node, RuleIds.Tasks, $"'{node}' (System.Threading.Tasks): nanoFramework 1.x has no Task or ValueTask; {Instead}.");
            }
        }

        private static bool IsInTasksNamespace(INamedTypeSymbol type)
        {
            string ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            return ns == "System.Threading.Tasks" || ns.StartsWith("System.Threading.Tasks.", System.StringComparison.Ordinal);
        }

        private void CheckModifiers(SyntaxTokenList modifiers, string what)
        {
            foreach (SyntaxToken modifier in modifiers)
            {
                if (modifier.IsKind(SyntaxKind.AsyncKeyword))
                {
                    File.Report(modifier, RuleIds.Async, $"async {what}: nanoFramework 1.x has no async/await; {Instead}.");
                }
            }
        }

        private void ReportAwaitKeyword(SyntaxToken keyword, string what)
        {
            if (keyword.IsKind(SyntaxKind.AwaitKeyword))
            {
                File.Report(keyword, RuleIds.Await, $"'{what}': nanoFramework 1.x has no async streams or async disposal; {Instead}.");
            }
        }
    }
}
