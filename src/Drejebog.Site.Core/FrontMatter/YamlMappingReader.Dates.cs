using System.Globalization;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.FrontMatter;

public sealed partial class YamlMappingReader
{
    /// <summary>
    /// A date written as <c>yyyy-MM-dd</c> under <paramref name="key"/>, with the reader's wording of
    /// it under <paramref name="textKey"/> (or, without one, the date in Danish).
    /// </summary>
    public PhaseDate? Date(string key, string textKey, bool required)
    {
        var value = Scalar(key, required, "en dato som år-måned-dag, fx `2015-06-15`");
        var text = Text(textKey, required: false);
        if (value is null)
        {
            // The wording alone would be silently unused.
            if (text is not null && !required)
            {
                Error(ValuePosition(textKey)!.Value, ErrorCodes.MissingField, key, $"{owner} med `{textKey}`");
            }
            return null;
        }
        if (!DateOnly.TryParseExact(value.Value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(PositionOf(value), ErrorCodes.InvalidDate, value.Value, textKey);
            return null;
        }
        return new PhaseDate(date, text ?? PhaseDate.Wording(date), PositionOf(value));
    }
}
