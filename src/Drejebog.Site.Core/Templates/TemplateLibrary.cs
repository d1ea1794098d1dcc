using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Markdown;
using Fluid;
using Fluid.Values;

namespace Drejebog.Site.Templates;

/// <summary>
/// The theme's Liquid templates, parsed once per build and shared by all threads. Rendering
/// HTML-encodes every value unless the template says <c>| raw</c>.
/// </summary>
public sealed partial class TemplateLibrary
{
    public const string LayoutFolder = "layouts/";
    public const string PartialFolder = "partials/";
    public const string BaseLayout = "base";

    // Danish letters stay readable in the output; markup characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Dictionary<string, IFluidTemplate> layouts;

    private TemplateLibrary(TemplateOptions options, Dictionary<string, IFluidTemplate> layouts)
    {
        Options = options;
        this.layouts = layouts;
    }

    public TemplateOptions Options { get; }

    public bool HasLayout(string name) => layouts.ContainsKey(name);

    /// <summary>The filter that turns an asset's name into its hashed URL: <c>{{ 'css/site.css' | asset_url }}</c>.</summary>
    public const string AssetUrlFilter = "asset_url";

    /// <summary>Parses every layout; a template that does not parse is reported at its line and left out.</summary>
    /// <param name="templates">Template texts by path relative to the theme folder.</param>
    /// <param name="displayPath">How diagnostics name a theme file.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="assetUrl">The hashed URL of an asset named relative to <c>/assets/</c>, or null when there is none.</param>
    public static TemplateLibrary Load(IReadOnlyDictionary<string, string> templates, Func<string, string> displayPath, DiagnosticBag diagnostics,
        Func<string, string?>? assetUrl = null)
    {
        var partials = templates
            .Where(t => t.Key.StartsWith(PartialFolder, StringComparison.Ordinal))
            .ToDictionary(t => t.Key[PartialFolder.Length..], t => t.Value, StringComparer.Ordinal);
        var options = new TemplateOptions
        {
            FileProvider = new MemoryFileProvider(partials),
            CultureInfo = CultureInfo.GetCultureInfo("da-DK"),
            StrictFilters = true,
        };
        options.Filters.AddFilter(AssetUrlFilter, (input, _, _) =>
        {
            var name = input.ToStringValue();
            var url = assetUrl?.Invoke(name);
            if (url is null)
            {
                // Reported once (diagnostics are distinct). The build fails; a URL the link check
                // skips keeps every page that uses the name from adding a broken link of its own.
                diagnostics.Error(displayPath("assets/" + name.TrimStart('/')), SourcePosition.Start, ErrorCodes.UnknownAsset, name);
                url = UrlPolicy.Inert;
            }
            return new StringValue(url);
        });

        var parser = new FluidParser();
        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (path, text) in templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var isLayout = path.StartsWith(LayoutFolder, StringComparison.Ordinal);
            if (!path.EndsWith(".liquid", StringComparison.Ordinal))
            {
                continue;
            }
            // Partials are parsed here too, only to report their syntax errors with a position.
            if (parser.TryParse(text, out var template, out var error))
            {
                if (isLayout)
                {
                    layouts[Path.GetFileNameWithoutExtension(path)] = template;
                }
            }
            else
            {
                diagnostics.Error(displayPath(path), PositionOf(error), ErrorCodes.TemplateError, error);
            }
        }
        return new TemplateLibrary(options, layouts);
    }

    /// <summary>Renders a layout with the given variables.</summary>
    public string Render(string layout, IReadOnlyDictionary<string, object?> variables)
    {
        var context = new TemplateContext(Options);
        foreach (var (name, value) in variables)
        {
            context.SetValue(name, value);
        }
        return layouts[layout].Render(context, Encoder);
    }

    // Fluid reports "... at (3:14)"; pull out the line and column when they are there.
    private static SourcePosition PositionOf(string error)
    {
        var match = ErrorPosition().Match(error);
        return match.Success
            ? new SourcePosition(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : SourcePosition.Start;
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ErrorPosition();
}
