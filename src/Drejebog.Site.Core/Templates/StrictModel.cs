using Fluid;
using Fluid.Values;

namespace Drejebog.Site.Templates;

/// <summary>
/// A view model as templates see it: a key it does not have fails with the key's name. Fluid's own
/// strict mode fails there too, but without saying which name was wrong.
/// </summary>
internal sealed class StrictModel(IReadOnlyDictionary<string, object?> values, TemplateOptions options) : IFluidIndexable
{
    public int Count => values.Count;

    public IEnumerable<string> Keys => values.Keys;

    public bool TryGetValue(string name, out FluidValue value)
    {
        if (!values.TryGetValue(name, out var found))
        {
            throw new UndefinedVariableException(name, isMember: true);
        }
        value = FluidValue.Create(found, options);
        return true;
    }

    /// <summary>Makes every view model dictionary strict when it is handed to a template.</summary>
    public static void Register(TemplateOptions options) =>
        options.ValueConverters.Add(value => value is IReadOnlyDictionary<string, object?> model ? new DictionaryValue(new StrictModel(model, options)) : null);
}
