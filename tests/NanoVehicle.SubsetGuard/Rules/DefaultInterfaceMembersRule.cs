using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoVehicle.SubsetGuard.Rules
{
    /// <summary>
    /// Interface members with a body (default interface methods, static members with code): they compile for
    /// nanoFramework but throw when called on the 1.x runtime (spec/nanoframework.md §5.2).
    /// </summary>
    public sealed class DefaultInterfaceMembersRule : SourceWalkerRule
    {
        /// <inheritdoc />
        public override void VisitInterfaceDeclaration(InterfaceDeclarationSyntax node)
        {
            foreach (MemberDeclarationSyntax member in node.Members)
            {
                string name = NameOf(member);
                if (name != null && HasBody(member))
                {
                    File.Report(member, RuleIds.DefaultInterfaceMember,
                        $"interface member '{node.Identifier.ValueText}.{name}' has a body: default interface members fail at run time on nanoFramework 1.x; declare it without a body and implement it in the classes (or in an abstract base class).");
                }
                else if (member is FieldDeclarationSyntax field)
                {
                    File.Report(member, RuleIds.DefaultInterfaceMember,
                        $"interface field '{node.Identifier.ValueText}.{field.Declaration.Variables[0].Identifier.ValueText}': static data in interfaces is a default-interface-member feature nanoFramework 1.x does not run; move it to a static class.");
                }
            }

            base.VisitInterfaceDeclaration(node);
        }

        private static string NameOf(MemberDeclarationSyntax member) => member switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText + "()",
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            IndexerDeclarationSyntax => "this[]",
            EventDeclarationSyntax @event => @event.Identifier.ValueText,
            OperatorDeclarationSyntax @operator => "operator " + @operator.OperatorToken.ValueText,
            ConversionOperatorDeclarationSyntax conversion => "operator " + conversion.Type,
            ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText + "() (static constructor)",
            _ => null,
        };

        private static bool HasBody(MemberDeclarationSyntax member)
        {
            switch (member)
            {
                case BaseMethodDeclarationSyntax method:
                    return method.Body != null || method.ExpressionBody != null;
                case PropertyDeclarationSyntax property:
                    return property.ExpressionBody != null || AccessorsHaveBodies(property.AccessorList);
                case BasePropertyDeclarationSyntax other:
                    return (other is IndexerDeclarationSyntax indexer && indexer.ExpressionBody != null) || AccessorsHaveBodies(other.AccessorList);
                default:
                    return false;
            }
        }

        private static bool AccessorsHaveBodies(AccessorListSyntax accessors)
        {
            if (accessors == null)
            {
                return false;
            }

            foreach (AccessorDeclarationSyntax accessor in accessors.Accessors)
            {
                if (accessor.Body != null || accessor.ExpressionBody != null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
