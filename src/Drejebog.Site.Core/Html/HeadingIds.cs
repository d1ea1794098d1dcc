using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace Drejebog.Site.Html;

/// <summary>Gives every <c>h2</c> and <c>h3</c> in the main content an id and a visible anchor link.</summary>
public static class HeadingIds
{
    public static void Apply(IDocument page, IElement main)
    {
        var used = new HashSet<string>(page.All.Select(e => e.Id).OfType<string>(), StringComparer.Ordinal);
        foreach (var heading in main.QuerySelectorAll("h2, h3"))
        {
            if (heading.Closest("[data-toc], [data-no-anchor]") is not null)
            {
                continue;
            }
            if (string.IsNullOrEmpty(heading.Id))
            {
                heading.Id = Unique(Slug(heading.TextContent), used);
            }
            var anchor = page.CreateElement("a");
            anchor.ClassName = "heading-anchor";
            anchor.SetAttribute("href", "#" + heading.Id);
            // The anchor's hidden label is for screen readers, not for search excerpts.
            anchor.SetAttribute("data-pagefind-ignore", "all");
            var label = page.CreateElement("span");
            label.ClassName = "sr-only";
            label.TextContent = $"Link til afsnittet {heading.TextContent.Trim()}";
            anchor.AppendChild(label);
            heading.AppendChild(anchor);
        }
    }

    /// <summary>Lowercase letters and digits joined by hyphens, keeping Danish letters (as Markdig's GitHub ids do).</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if ((c is ' ' or '-' or '_') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "afsnit" : slug;
    }

    private static string Unique(string slug, HashSet<string> used)
    {
        var candidate = slug;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = $"{slug}-{i}";
        }
        return candidate;
    }
}
