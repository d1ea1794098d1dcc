using System.Globalization;
using System.Text;
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
/// HTML-encodes every value unless the template says <c>| raw</c>, and is strict: a variable or
/// key that is not there fails instead of rendering blank.
/// </summary>
public sealed partial class TemplateLibrary
{
    public const string LayoutFolder = "layouts/";
    public const string PartialFolder = "partials/";
    public const string BaseLayout = "base";

    /// <summary>A layout's path relative to the theme folder (<c>layouts/fase.liquid</c>).</summary>
    public static string LayoutPath(string layout) => $"{LayoutFolder}{layout}.liquid";

    // Danish letters stay readable in the output; markup characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Dictionary<string, IFluidTemplate> layouts;
    private readonly IReadOnlyDictionary<string, string> texts;

    private TemplateLibrary(TemplateOptions options, Dictionary<string, IFluidTemplate> layouts, IReadOnlyDictionary<string, string> texts, bool hasErrors)
    {
        Options = options;
        this.layouts = layouts;
        this.texts = texts;
        HasErrors = hasErrors;
    }

    public TemplateOptions Options { get; }

    /// <summary>
    /// Whether a template did not parse, or uses a filter or partial that does not exist. Each is
    /// reported once, where it is written; rendering would only fail again on every page.
    /// </summary>
    public bool HasErrors { get; }

    public bool HasLayout(string name) => layouts.ContainsKey(name);

    /// <summary>Statements one render may run at least; the overview of a 5,000-milestone site needs about a quarter of it.</summary>
    public const int MaxStepsPerRender = 1_000_000;

    /// <summary>
    /// Statements one render may run per page of the site: a page that shows the whole site (the
    /// whole playbook of 5,024 milestones runs more than a million) grows with it, so its budget must too. A runaway
    /// loop still stops, and Fluid then says "maximum level of recursion", which is its word for this limit.
    /// </summary>
    public const int StepsPerSitePage = 1_000;

    /// <summary>The filter that turns an asset's name into its hashed URL: <c>{{ 'css/site.css' | asset_url }}</c>.</summary>
    public const string AssetUrlFilter = "asset_url";

    /// <summary>
    /// Parses every layout and partial; a template that does not parse, or names a filter or partial
    /// that does not exist, is reported at its line.
    /// </summary>
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
            // Runaway nested loops stop with an error instead of running for minutes (a single huge range is still built in full by Fluid).
            MaxSteps = MaxStepsPerRender,
            StrictVariables = true,
        };
        StrictModel.Register(options);
        // Fluid's raw copies its input into a new string; rendered HTML is written as it is already.
        options.Filters.AddFilter("raw", (input, _, _) => input is RenderedHtml ? input : new StringValue(input.ToStringValue(), encode: false));
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
        OptionalTag.Register(parser);
        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var hasErrors = false;
        foreach (var (path, text) in templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var isLayout = path.StartsWith(LayoutFolder, StringComparison.Ordinal);
            if (!path.EndsWith(".liquid", StringComparison.Ordinal))
            {
                continue;
            }
            // Partials are parsed here too, only to report their errors with a position.
            if (!parser.TryParse(text, out var template, out var error))
            {
                diagnostics.Error(displayPath(path), PositionOf(error, text), ErrorCodes.TemplateError, error);
                hasErrors = true;
                continue;
            }
            hasErrors |= !CheckReferences(path, text, options, partials, displayPath, diagnostics);
            if (isLayout)
            {
                layouts[Path.GetFileNameWithoutExtension(path)] = template;
            }
        }
        return new TemplateLibrary(options, layouts, templates, hasErrors);
    }

    // Reports each filter that is not defined and each partial that is not in the theme; false if any.
    private static bool CheckReferences(string path, string text, TemplateOptions options, Dictionary<string, string> partials,
        Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var filter in LiquidReferences.Filters(text).Where(f => !options.Filters.TryGetValue(f.Name, out _)))
        {
            diagnostics.Error(displayPath(path), SourcePosition.FromOffset(text, filter.Offset), ErrorCodes.UnknownFilter, filter.Name);
            ok = false;
        }
        // content_main reaches base.liquid as rendered HTML (RenderedHtml), which only raw passes on as it is.
        var written = MainContentWritten().Matches(text).Select(m => m.Index + m.Value.IndexOf(MainContent, StringComparison.Ordinal)).ToHashSet();
        foreach (var use in LiquidReferences.Names(text, MainContent, member: false))
        {
            if (!written.Contains(use.Offset))
            {
                diagnostics.Error(displayPath(path), SourcePosition.FromOffset(text, use.Offset), ErrorCodes.TemplateError, ErrorCodes.TemplateErrorDetails.MainContentOnlyRaw);
                ok = false;
            }
        }
        foreach (var partial in LiquidReferences.Partials(text))
        {
            // Like Fluid, a name without the extension means the .liquid file.
            var file = partial.Name.EndsWith(".liquid", StringComparison.Ordinal) ? partial.Name : partial.Name + ".liquid";
            if (!partials.ContainsKey(file))
            {
                diagnostics.Error(displayPath(path), SourcePosition.FromOffset(text, partial.Offset), ErrorCodes.MissingTemplate, PartialFolder + file);
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>Renders a layout with the given variables.</summary>
    /// <param name="layout">The layout's name.</param>
    /// <param name="variables">What the layout sees.</param>
    /// <param name="sitePages">How many pages the site has, which sets the statement budget (<see cref="StepsPerSitePage"/>).</param>
    public string Render(string layout, IReadOnlyDictionary<string, object?> variables, int sitePages = 0) =>
        layouts[layout].Render(Context(variables, sitePages), Encoder);

    /// <summary>
    /// The same, into a builder of its own, which grows in small chunks: a long page never becomes
    /// one large string here (hand it to the next template as a <see cref="RenderedHtml"/>).
    /// </summary>
    internal StringBuilder RenderToBuilder(string layout, IReadOnlyDictionary<string, object?> variables, int sitePages = 0)
    {
        var html = new StringBuilder();
        using var writer = new StringWriter(html, CultureInfo.InvariantCulture);
        // Rendering awaits nothing but the writer, and a StringWriter completes at once (as Fluid's own Render).
        var rendering = layouts[layout].RenderAsync(writer, Context(variables, sitePages), Encoder, isolateContext: true);
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }
        return html;
    }

    private TemplateContext Context(IReadOnlyDictionary<string, object?> variables, int sitePages)
    {
        var context = new TemplateContext(Options) { MaxSteps = Math.Max(MaxStepsPerRender, StepsPerSitePage * sitePages) };
        foreach (var (name, value) in variables)
        {
            context.SetValue(name, value);
        }
        return context;
    }

    /// <summary>Where a failure while rendering is written, and the name that was not there, if that was the failure.</summary>
    public sealed record Failure(string Path, SourcePosition Position, string? UndefinedName);

    /// <summary>
    /// Where a failure while rendering <paramref name="layout"/> is written: for a name that is not
    /// there, its first use in the layout or a partial it renders (Fluid gives no position while
    /// rendering); otherwise, and when the name is not found, the layout's first line.
    /// </summary>
    public Failure Locate(string layout, Exception error)
    {
        var layoutPath = LayoutPath(layout);
        var undefined = error switch
        {
            UndefinedVariableException e => (e.Name, e.IsMember),
            FluidException e when UndefinedVariable().Match(e.Message) is { Success: true } match => (match.Groups[1].Value, false),
            _ => default((string Name, bool IsMember)?),
        };
        if (undefined is { } name)
        {
            foreach (var path in TemplatesRenderedBy(layoutPath))
            {
                var text = texts[path];
                foreach (var use in LiquidReferences.Names(text, name.Name, name.IsMember))
                {
                    return new Failure(path, SourcePosition.FromOffset(text, use.Offset), name.Name);
                }
            }
        }
        return new Failure(layoutPath, SourcePosition.Start, undefined?.Name);
    }

    // The layout, then the partials it renders, breadth first.
    private IEnumerable<string> TemplatesRenderedBy(string layoutPath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { layoutPath };
        var queue = new Queue<string>([layoutPath]);
        while (queue.TryDequeue(out var path))
        {
            yield return path;
            foreach (var partial in LiquidReferences.Partials(texts[path]))
            {
                var file = PartialFolder + (partial.Name.EndsWith(".liquid", StringComparison.Ordinal) ? partial.Name : partial.Name + ".liquid");
                if (texts.ContainsKey(file) && seen.Add(file))
                {
                    queue.Enqueue(file);
                }
            }
        }
    }

    // Fluid reports "... at (3:14)"; pull out the line and column when they are there. At the end of
    // the text Fluid may count one column or line too far, so the position is kept inside the text.
    private static SourcePosition PositionOf(string error, string text)
    {
        var match = ErrorPosition().Match(error);
        if (!match.Success
            || !int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var line)
            || !int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var column))
        {
            return SourcePosition.Start;
        }
        var lines = text.Split('\n');
        line = Math.Clamp(line, 1, lines.Length);
        return new SourcePosition(line, Math.Clamp(column, 1, lines[line - 1].Length + 1));
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ErrorPosition();

    private const string MainContent = "content_main";

    [GeneratedRegex(@"\{\{-?\s*content_main\s*\|\s*raw\s*-?\}\}")]
    private static partial Regex MainContentWritten();

    // Fluid's strict mode names a variable, but not a key after a dot (StrictModel does that).
    [GeneratedRegex(@"^Undefined variable '([A-Za-z0-9_-]+)'$")]
    private static partial Regex UndefinedVariable();
}
