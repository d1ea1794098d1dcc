using Drejebog.Site.Markdown;

namespace Drejebog.Site.Html;

/// <summary>
/// Finds in one start tag what a strict Content-Security-Policy blocks: inline scripts and styles,
/// event handlers, and URLs that <see cref="UrlPolicy"/> refuses (<c>javascript:</c>, <c>data:</c>, …).
/// Content is checked at its source before rendering; this is the guard for what the theme emits.
/// </summary>
public static class CspBlockedMarkup
{
    /// <summary>Adds a description of each problem in the tag to <paramref name="problems"/>.</summary>
    public static void Find(HtmlAttributes attributes, string name, List<string> problems)
    {
        if (name == "script" && attributes.Get("src").Length == 0 && attributes.Get("type") != "application/json")
        {
            problems.Add("et inline <script>");
        }
        if (name == "style")
        {
            problems.Add("et <style>-element");
        }
        // Every attribute, repeated names too: the guard errs on the side of reporting.
        foreach (var attribute in attributes)
        {
            var attributeName = attributes.Name(attribute);
            if (attributeName.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"en style-attribut på <{name}>");
            }
            else if (attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"hændelsesattributten {attributeName.ToString().ToLowerInvariant()} på <{name}>");
            }
            else if (IsUrlAttribute(attributeName) && !UrlPolicy.IsPlainlySafe(attributes.RawValue(attribute))
                && UrlPolicy.RefusedPart(attributes.Value(attribute)) is { } refused)
            {
                problems.Add($"en {refused}-adresse på <{name}>");
            }
        }
    }

    private static bool IsUrlAttribute(ReadOnlySpan<char> name) =>
        name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase)
        || name.Equals("action", StringComparison.OrdinalIgnoreCase) || name.Equals("formaction", StringComparison.OrdinalIgnoreCase);
}
