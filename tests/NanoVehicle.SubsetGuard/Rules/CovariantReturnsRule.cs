using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>
    /// Covariant returns (C# 9): an override returning a more derived type than the member it overrides. The compiler
    /// only allows them when the runtime declares support (RuntimeFeature.CovariantReturnsOfClasses); .NET does,
    /// nanoFramework's mscorlib does not, so the device build rejects what the host build accepts.
    /// </summary>
    public sealed class CovariantReturnsRule : SourceWalkerRule
    {
        /// <inheritdoc />
        public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            if (File.Model.GetDeclaredSymbol(node) is IMethodSymbol method
                && method.OverriddenMethod != null
                && !SymbolEqualityComparer.Default.Equals(method.ReturnType, method.OverriddenMethod.ReturnType))
            {
                Report(node.ReturnType, method.Name, method.OverriddenMethod.ReturnType, method.ReturnType);
            }

            base.VisitMethodDeclaration(node);
        }

        /// <inheritdoc />
        public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            if (File.Model.GetDeclaredSymbol(node) is IPropertySymbol property
                && property.OverriddenProperty != null
                && !SymbolEqualityComparer.Default.Equals(property.Type, property.OverriddenProperty.Type))
            {
                Report(node.Type, property.Name, property.OverriddenProperty.Type, property.Type);
            }

            base.VisitPropertyDeclaration(node);
        }

        private void Report(TypeSyntax at, string name, ITypeSymbol original, ITypeSymbol covariant)
        {
            File.Report(at, RuleIds.CovariantReturn,
                $"override '{name}' returns '{covariant.Name}' where the overridden member returns '{original.Name}': covariant returns need runtime support nanoFramework 1.x lacks; return '{original.Name}' and cast at the caller.");
        }
    }
}
