using System.Globalization;
using System.Text;

namespace Drejebog.Site.Html;

/// <summary>Makes heading ids from heading text, as Markdig's GitHub-style ids do, keeping Danish letters.</summary>
public static class HeadingIds
{
    /// <summary>Lowercase letters and digits joined by hyphens.</summary>
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

    /// <summary>The slug, or the slug with <c>-2</c>, <c>-3</c> … when it is taken; the result is added to <paramref name="used"/>.</summary>
    public static string Unique(string slug, ISet<string> used)
    {
        var candidate = slug;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = $"{slug}-{i}";
        }
        return candidate;
    }
}
