using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NanoVehicle.SubsetGuard
{
    /// <summary>
    /// One device source as a rule sees it: its syntax tree, a semantic model over the whole set of checked files,
    /// and the list its violations go to.
    /// </summary>
    public sealed class SourceFile
    {
        private readonly List<Violation> _violations;

        internal SourceFile(string displayPath, SyntaxTree tree, SemanticModel model, List<Violation> violations)
        {
            DisplayPath = displayPath;
            Tree = tree;
            Model = model;
            _violations = violations;
        }

        /// <summary>The path printed in violation lines.</summary>
        public string DisplayPath { get; }

        /// <summary>The file parsed as C# 9.</summary>
        public SyntaxTree Tree { get; }

        /// <summary>
        /// Bound against the running .NET's assemblies: BCL members resolve, nanoFramework-only ones do not (and
        /// then the rules stay silent rather than guess).
        /// </summary>
        public SemanticModel Model { get; }

        /// <summary>Records a violation at <paramref name="location"/>.</summary>
        public void Report(Location location, string ruleId, string message)
        {
            FileLinePositionSpan span = location.GetLineSpan();
            _violations.Add(new Violation(DisplayPath, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, ruleId, message));
        }

        /// <summary>Records a violation at <paramref name="node"/>.</summary>
        public void Report(SyntaxNode node, string ruleId, string message) => Report(node.GetLocation(), ruleId, message);

        /// <summary>Records a violation at <paramref name="token"/>.</summary>
        public void Report(SyntaxToken token, string ruleId, string message) => Report(token.GetLocation(), ruleId, message);

        /// <summary>The symbol <paramref name="node"/> binds to, or null when it does not bind (e.g. a nanoFramework-only API).</summary>
        public ISymbol SymbolOf(SyntaxNode node) => Model.GetSymbolInfo(node).Symbol;

        /// <summary>The type of the expression <paramref name="node"/>, or null when it cannot be told.</summary>
        public ITypeSymbol TypeOf(SyntaxNode node)
        {
            ITypeSymbol type = Model.GetTypeInfo(node).Type;
            return type == null || type.TypeKind == TypeKind.Error ? null : type;
        }
    }

    /// <summary>One family of checks over a device source.</summary>
    public interface ISourceRule
    {
        /// <summary>Reports every construct of the family found in <paramref name="file"/>.</summary>
        void Check(SourceFile file);
    }

    /// <summary>A rule that walks the syntax tree; subclasses override the Visit methods they need.</summary>
    public abstract class SourceWalkerRule : CSharpSyntaxWalker, ISourceRule
    {
        /// <summary>The file being walked.</summary>
        protected SourceFile File { get; private set; }

        /// <inheritdoc />
        public void Check(SourceFile file)
        {
            File = file;
            try
            {
                Visit(file.Tree.GetRoot());
            }
            finally
            {
                File = null;
            }
        }
    }
}
