using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Drejebog.Site.Templates;

/// <summary>
/// <c>{% optional name %}</c> at the top of a partial: a parameter the caller may leave out, which is
/// then <c>false</c>. With strict variables every other name a partial reads must be given.
/// </summary>
internal static class OptionalTag
{
    public const string Name = "optional";

    public static void Register(FluidParser parser) =>
        parser.RegisterIdentifierTag(Name, (identifier, _, _, context) =>
        {
            if (context.GetValue(identifier).IsNil())
            {
                context.SetValue(identifier, BooleanValue.False);
            }
            return Statement.Normal();
        });
}
