using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.FrontMatter;

/// <summary>Reads <c>input/site.yml</c>.</summary>
public static class SiteSettingsReader
{
    public const string Owner = "sitets indstillinger";

    public static SiteSettings? Read(YamlMappingReader reader)
    {
        var title = reader.Text("title", required: true);
        var description = reader.Text("description", required: true);
        var baseUrl = HttpsAddress(reader, "base_url", "https://drejebog.netlify.app");
        var organisation = reader.Text("organisation", required: true);
        var repository = HttpsAddress(reader, "repository", "https://github.com/drejebog/drejebog-site");
        var branch = reader.Text("branch", required: false) ?? "main";
        var statement = AccessibilityStatement(reader);
        reader.Complete();

        // Without valid settings no page is rendered, so a bad address causes no errors in the pages that use it.
        if (reader.HasErrors || title is null || description is null || baseUrl is null || organisation is null || repository is null)
        {
            return null;
        }
        return new SiteSettings(title, description, baseUrl.TrimEnd('/'), organisation, repository.TrimEnd('/'), branch, statement);
    }

    /// <summary>
    /// The address of the tilgængelighedserklæring, linked from every page's footer. A warning when
    /// it is missing: the site works without it, but a public site must have one. Only linked, never
    /// built upon, so unlike <c>base_url</c> it may have a query or a fragment.
    /// </summary>
    private static string? AccessibilityStatement(YamlMappingReader reader)
    {
        const string key = "accessibility_statement";
        var errorsBefore = reader.ErrorCount;
        var value = reader.Text(key, required: false);
        if (value is null)
        {
            // Absent or empty; a list or a mapping is already reported as the wrong type.
            if (reader.ErrorCount == errorsBefore)
            {
                reader.Warning(reader.Position, ErrorCodes.AccessibilityStatementMissing);
            }
            return null;
        }
        if (IsHttpsAddress(value, allowQuery: true))
        {
            return value;
        }
        reader.Error(reader.ValuePosition(key) ?? reader.Position, ErrorCodes.AccessibilityStatementInvalid);
        return null;
    }

    /// <summary>
    /// A field that every page builds links from (canonical links, the sitemap, edit links): an
    /// absolute <c>https</c> address with a host and nothing after the path.
    /// </summary>
    private static string? HttpsAddress(YamlMappingReader reader, string key, string example)
    {
        var value = reader.Text(key, required: true);
        if (value is null || IsHttpsAddress(value))
        {
            return value;
        }
        reader.Error(reader.ValuePosition(key) ?? reader.Position, ErrorCodes.SiteUrlInvalid, key, example);
        return null;
    }

    private static bool IsHttpsAddress(string value, bool allowQuery = false) =>
        value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        && !value.Any(c => c <= ' ' || c is '\\' or '"' or '<' or '>' || (!allowQuery && c is '?' or '#'))
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;
}
