using AngleSharp.Html.Parser.Tokens.Struct;

namespace Drejebog.Site.Html;

/// <summary>Finds in one start tag what a strict Content-Security-Policy blocks: inline scripts and styles, event handlers, <c>javascript:</c> URLs.</summary>
public static class InlineCode
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
            else if ((attributeName.SequenceEqual("href") || attributeName.SequenceEqual("src") || attributeName.SequenceEqual("action"))
                && ((ReadOnlySpan<char>)attribute.Value).TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"en javascript:-adresse på <{name}>");
            }
        }
    }
}
