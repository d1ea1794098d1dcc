using Mono.Cecil;

namespace Drejebog.Site.Tests.Architecture;

/// <summary>
/// Reads a compiled assembly and lists every reference from the types of one namespace to types of
/// forbidden namespaces: base types, interfaces, attributes, fields, properties, events, method
/// signatures and locals, generic arguments and constraints, and the operands of every instruction
/// (types, and the declaring types and signatures of called methods and used fields), including
/// the compiler's nested types (lambdas, iterators, async state machines).
/// </summary>
public static class NamespaceReferences
{
    /// <summary>One reference that breaks the rule.</summary>
    /// <param name="From">The referring type, nested types with <c>/</c> (<c>Ns.Outer/&lt;&gt;c</c>).</param>
    /// <param name="Where">What in it refers (a member name, <c>base type</c>).</param>
    /// <param name="To">The referenced type's full name.</param>
    public sealed record Violation(string From, string Where, string To);

    /// <summary>The outcome: what was found, and how many types were looked at (so a check that matched nothing shows).</summary>
    public sealed record Result(IReadOnlyList<Violation> Violations, IReadOnlyList<string> InspectedTypes);

    /// <param name="assemblyPath">The compiled assembly.</param>
    /// <param name="inspected">The namespace whose types are checked (its sub-namespaces too).</param>
    /// <param name="forbidden">Whether a referenced namespace is off limits.</param>
    public static Result Check(string assemblyPath, string inspected, Func<string, bool> forbidden)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var violations = new List<Violation>();
        var types = assembly.MainModule.Types.Where(t => InNamespace(t.Namespace, inspected)).SelectMany(WithNested).ToList();
        foreach (var type in types)
        {
            void Check(string where, TypeReference? reference)
            {
                foreach (var used in Unfold(reference))
                {
                    var ns = NamespaceOf(used);
                    if (forbidden(ns))
                    {
                        violations.Add(new Violation(type.FullName, where, used.FullName));
                    }
                }
            }

            Check("base type", type.BaseType);
            foreach (var implemented in type.Interfaces)
            {
                Check("interface", implemented.InterfaceType);
            }
            CheckAttributes("attribute", type, Check);
            CheckGenericParameters(type.Name, type, Check);
            foreach (var field in type.Fields)
            {
                Check(field.Name, field.FieldType);
                CheckAttributes(field.Name, field, Check);
            }
            foreach (var property in type.Properties)
            {
                Check(property.Name, property.PropertyType);
                CheckAttributes(property.Name, property, Check);
            }
            foreach (var @event in type.Events)
            {
                Check(@event.Name, @event.EventType);
            }
            foreach (var method in type.Methods)
            {
                CheckMethod(method, Check);
            }
        }
        return new Result(violations, [.. types.Select(t => t.FullName)]);
    }

    private static void CheckMethod(MethodDefinition method, Action<string, TypeReference?> check)
    {
        check(method.Name, method.ReturnType);
        foreach (var parameter in method.Parameters)
        {
            check(method.Name, parameter.ParameterType);
        }
        CheckAttributes(method.Name, method, check);
        CheckGenericParameters(method.Name, method, check);
        foreach (var over in method.Overrides)
        {
            CheckMember(method.Name, over, check);
        }
        if (!method.HasBody)
        {
            return;
        }
        foreach (var local in method.Body.Variables)
        {
            check(method.Name, local.VariableType);
        }
        foreach (var handler in method.Body.ExceptionHandlers)
        {
            check(method.Name, handler.CatchType);
        }
        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference type:
                    check(method.Name, type);
                    break;
                case MemberReference member:
                    CheckMember(method.Name, member, check);
                    break;
            }
        }
    }

    private static void CheckMember(string where, MemberReference member, Action<string, TypeReference?> check)
    {
        check(where, member.DeclaringType);
        switch (member)
        {
            case FieldReference field:
                check(where, field.FieldType);
                break;
            case MethodReference called:
                check(where, called.ReturnType);
                foreach (var parameter in called.Parameters)
                {
                    check(where, parameter.ParameterType);
                }
                if (called is GenericInstanceMethod generic)
                {
                    foreach (var argument in generic.GenericArguments)
                    {
                        check(where, argument);
                    }
                }
                break;
        }
    }

    private static void CheckAttributes(string where, ICustomAttributeProvider provider, Action<string, TypeReference?> check)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            check(where, attribute.AttributeType);
        }
    }

    private static void CheckGenericParameters(string where, IGenericParameterProvider provider, Action<string, TypeReference?> check)
    {
        foreach (var constraint in provider.GenericParameters.SelectMany(p => p.Constraints))
        {
            check(where, constraint.ConstraintType);
        }
    }

    /// <summary>The named types in a reference: <c>List&lt;Document[]&gt;</c> gives <c>List`1</c> and <c>Document</c>.</summary>
    private static IEnumerable<TypeReference> Unfold(TypeReference? reference)
    {
        switch (reference)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var part in Unfold(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Unfold)))
                {
                    yield return part;
                }
                break;
            case TypeSpecification specification:
                foreach (var part in Unfold(specification.ElementType))
                {
                    yield return part;
                }
                break;
            default:
                yield return reference;
                break;
        }
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type.Namespace;
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) =>
        type.NestedTypes.SelectMany(WithNested).Prepend(type);

    /// <summary>Whether <paramref name="ns"/> is <paramref name="parent"/> or inside it.</summary>
    public static bool InNamespace(string ns, string parent) =>
        ns == parent || ns.StartsWith(parent + ".", StringComparison.Ordinal);
}
