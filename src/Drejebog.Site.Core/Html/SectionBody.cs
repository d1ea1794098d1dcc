using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Drejebog.Site.Html;

/// <summary>
/// Fits one page's rendered Markdown into a section of a longer page (the whole playbook): every
/// id gets the section's anchor in front, so ids stay unique when many bodies share one page, and
/// headings move down by the section's depth, so the outline stays correct (a milestone's
/// <c>h2</c> becomes an <c>h4</c> under its phase's <c>h2</c> and its own <c>h3</c>).
/// </summary>
public static class SectionBody
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The body with prefixed ids and demoted headings (never below <c>h6</c>).</summary>
    /// <param name="html">The page's rendered Markdown (headings already carry their ids).</param>
    /// <param name="anchor">The section's anchor; an id <c>x</c> becomes <c>{anchor}-x</c>.</param>
    /// <param name="shift">How many levels headings move down.</param>
    public static string Fit(string html, string anchor, int shift)
    {
        if (html.Length == 0)
        {
            return "";
        }
        using var document = Parser.ParseDocument("<!DOCTYPE html><body>" + html);
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            element.Id = PrefixedId(anchor, element.Id!);
        }
        foreach (var heading in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
        {
            var level = Math.Min(6, heading.LocalName[1] - '0' + shift);
            if (level != heading.LocalName[1] - '0')
            {
                Rename(heading, $"h{level}", document);
            }
        }
        return body.InnerHtml;
    }

    /// <summary>The id an element with <paramref name="id"/> gets in the section <paramref name="anchor"/>.</summary>
    public static string PrefixedId(string anchor, string id) => $"{anchor}-{id}";

    private static void Rename(IElement element, string name, IDocument document)
    {
        var renamed = document.CreateElement(name);
        foreach (var attribute in element.Attributes)
        {
            renamed.SetAttribute(attribute.Name, attribute.Value);
        }
        while (element.FirstChild is { } child)
        {
            renamed.AppendChild(child);
        }
        element.Replace(renamed);
    }
}
