using AngleSharp.Dom;

namespace Drejebog.Site.Html;

/// <summary>Finds what a strict Content-Security-Policy would block: inline scripts and styles, event handlers, <c>javascript:</c> URLs.</summary>
public static class InlineCodeGuard
{
    public static IEnumerable<string> Find(IDocument page)
    {
        foreach (var element in page.All)
        {
            if (element.LocalName == "script" && !element.HasAttribute("src") && element.GetAttribute("type") != "application/json")
            {
                yield return "et inline <script>";
            }
            if (element.LocalName == "style")
            {
                yield return "et <style>-element";
            }
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name == "style")
                {
                    yield return $"en style-attribut på <{element.LocalName}>";
                }
                else if (attribute.Name.StartsWith("on", StringComparison.Ordinal))
                {
                    yield return $"hændelsesattributten {attribute.Name} på <{element.LocalName}>";
                }
                else if (attribute.Name is "href" or "src" or "action" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"en javascript:-adresse på <{element.LocalName}>";
                }
            }
        }
    }
}
