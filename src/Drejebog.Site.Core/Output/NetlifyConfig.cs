using Tomlyn;
using Tomlyn.Model;

namespace Drejebog.Site.Output;

/// <summary>
/// What <c>netlify.toml</c> tells Netlify: how to build (per deploy context), which folder to
/// publish, and the headers each path is served with. Read by the tests and the test server, so
/// they check and send what the deployed site sends.
/// </summary>
public sealed class NetlifyConfig
{
    public const string FileName = "netlify.toml";

    /// <summary>The Cache-Control Netlify sends for a file that no header rule gives one: cache, but ask every time.</summary>
    public const string DefaultCacheControl = "public, max-age=0, must-revalidate";

    public const string CacheControl = "Cache-Control";

    private NetlifyConfig(string publish, string command, IReadOnlyDictionary<string, string> contextCommands,
        IReadOnlyDictionary<string, string> environment, IReadOnlyList<NetlifyHeaderRule> headers)
    {
        Publish = publish;
        Command = command;
        ContextCommands = contextCommands;
        Environment = environment;
        Headers = headers;
    }

    /// <summary><c>[build] publish</c>: the folder Netlify deploys, relative to the repository.</summary>
    public string Publish { get; }

    /// <summary><c>[build] command</c>: the production build.</summary>
    public string Command { get; }

    /// <summary><c>[context.&lt;name&gt;] command</c>, by context (<c>deploy-preview</c>, <c>branch-deploy</c>).</summary>
    public IReadOnlyDictionary<string, string> ContextCommands { get; }

    /// <summary><c>[build.environment]</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The <c>[[headers]]</c> rules in file order.</summary>
    public IReadOnlyList<NetlifyHeaderRule> Headers { get; }

    public static NetlifyConfig Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception error) when (error is TomlException or InvalidCastException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{path}: {error.Message}", error);
        }
    }

    public static NetlifyConfig Parse(string toml)
    {
        var root = TomlSerializer.Deserialize(toml, NetlifyTomlContext.Default.TomlTable) ?? throw new InvalidDataException("Empty TOML.");
        var build = (TomlTable)root["build"];
        var environment = build.TryGetValue("environment", out var env) ? Strings((TomlTable)env) : [];
        var contexts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetValue("context", out var context))
        {
            foreach (var (name, table) in (TomlTable)context)
            {
                if (table is TomlTable settings && settings.TryGetValue("command", out var command))
                {
                    contexts[name] = (string)command;
                }
            }
        }
        var headers = new List<NetlifyHeaderRule>();
        if (root.TryGetValue("headers", out var rules))
        {
            foreach (var rule in (TomlTableArray)rules)
            {
                headers.Add(new NetlifyHeaderRule((string)rule["for"], Strings((TomlTable)rule["values"])));
            }
        }
        return new NetlifyConfig((string)build["publish"], (string)build["command"], contexts, environment, headers);
    }

    /// <summary>
    /// The headers Netlify sends with <paramref name="path"/>: those of every matching rule, in file
    /// order, and <see cref="DefaultCacheControl"/> when no rule sets Cache-Control.
    /// </summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Headers.Where(r => r.Matches(path)))
        {
            foreach (var (name, value) in rule.Values)
            {
                headers[name] = value;
            }
        }
        headers.TryAdd(CacheControl, DefaultCacheControl);
        return headers;
    }

    /// <summary>
    /// Headers that more than one rule matching <paramref name="path"/> sets. Netlify documents no
    /// order between overlapping rules (CDNs append the values, or let either win), so there must be none.
    /// </summary>
    public IReadOnlyList<string> Conflicts(string path) =>
        Headers.Where(r => r.Matches(path))
            .SelectMany(r => r.Values.Keys)
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();

    private static Dictionary<string, string> Strings(TomlTable table) =>
        table.ToDictionary(pair => pair.Key, pair => Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.OrdinalIgnoreCase);
}
