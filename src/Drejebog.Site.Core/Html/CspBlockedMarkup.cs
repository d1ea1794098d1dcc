using AngleSharp.Html.Parser.Tokens.Struct;
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
    public static void Find(ref StructHtmlToken tag, string name, List<string> problems)
    {
        if (name == "script" && tag.GetAttribute("src").Length == 0 && tag.GetAttribute("type") != "application/json")
        {
            problems.Add("et inline <script>");
        }
        if (name == "style")
        {
            problems.Add("et <style>-element");
        }
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            ReadOnlySpan<char> attributeName = attribute.Name;
            if (attributeName.SequenceEqual("style"))
            {
                problems.Add($"en style-attribut på <{name}>");
            }
            else if (attributeName.StartsWith("on", StringComparison.Ordinal))
            {
                problems.Add($"hændelsesattributten {attributeName} på <{name}>");
            }
            else if (IsUrlAttribute(attributeName) && !UrlPolicy.IsPlainlySafe(attribute.Value.Memory.Span)
                && UrlPolicy.RefusedPart(attribute.Value.Memory.ToString()) is { } refused)
            {
                problems.Add($"en {refused}-adresse på <{name}>");
            }
        }
    }

    private static bool IsUrlAttribute(ReadOnlySpan<char> name) =>
        name.SequenceEqual("href") || name.SequenceEqual("src") || name.SequenceEqual("action") || name.SequenceEqual("formaction");
}
