using System.Globalization;
using System.Text.RegularExpressions;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Markdown;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.FrontMatter;

/// <summary>
/// Reads typed fields from one YAML mapping and reports every problem at the line of the
/// offending key or value. Keys that no accessor asked for are reported by <see cref="Complete"/>.
/// </summary>
public sealed partial class YamlMappingReader
{
    private readonly YamlMappingNode node;
    private readonly string path;
    private readonly int firstLine;
    private readonly DiagnosticBag diagnostics;
    private readonly string owner;
    private readonly HashSet<string> knownKeys = new(StringComparer.Ordinal);
    private readonly ErrorCounter errors;

    /// <param name="node">The mapping to read.</param>
    /// <param name="path">File path for diagnostics.</param>
    /// <param name="firstLine">File line that YamlDotNet calls line 1.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="owner">What this mapping describes, in Danish ("en milepæl"), for messages.</param>
    public YamlMappingReader(YamlMappingNode node, string path, int firstLine, DiagnosticBag diagnostics, string owner)
        : this(node, path, firstLine, diagnostics, owner, new ErrorCounter())
    {
    }

    private YamlMappingReader(YamlMappingNode node, string path, int firstLine, DiagnosticBag diagnostics, string owner, ErrorCounter errors)
    {
        this.node = node;
        this.path = path;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
        this.owner = owner;
        this.errors = errors;
    }

    /// <summary>True when this reader or any nested reader reported an error.</summary>
    public bool HasErrors => errors.Count > 0;

    /// <summary>How many errors this reader (and its nested readers) reported so far.</summary>
    public int ErrorCount => errors.Count;

    public SourcePosition Position => PositionOf(node);

    public SourcePosition PositionOf(YamlNode yamlNode) =>
        new(checked((int)yamlNode.Start.Line) + firstLine - 1, checked((int)yamlNode.Start.Column));

    public string? Text(string key, bool required)
    {
        var value = Scalar(key, required, "en tekst");
        if (value is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(value.Value))
        {
            if (required)
            {
                Error(PositionOf(value), ErrorCodes.WrongType, key, "en tekst, der ikke er tom");
            }
            return null;
        }
        return value.Value.Trim();
    }

    public (int Value, SourcePosition Position)? WholeNumber(string key, bool required, int minimum)
    {
        var value = Scalar(key, required, "et heltal");
        if (value is null)
        {
            return null;
        }
        if (!int.TryParse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < minimum)
        {
            Error(PositionOf(value), ErrorCodes.WrongType, key, $"et heltal på mindst {minimum}");
            return null;
        }
        return (number, PositionOf(value));
    }

    public Reference? Id(string key, bool required)
    {
        var value = Scalar(key, required, "et id");
        if (value is null)
        {
            return null;
        }
        if (!IsValidId(value.Value))
        {
            Error(PositionOf(value), ErrorCodes.InvalidId, value.Value);
            return null;
        }
        return new Reference(value.Value!, PositionOf(value));
    }

    public string? OneOf(string key, IReadOnlyList<string> allowed, string fallback)
    {
        var value = Scalar(key, required: false, "en tekst");
        if (value is null || string.IsNullOrEmpty(value.Value))
        {
            return fallback;
        }
        if (!allowed.Contains(value.Value, StringComparer.Ordinal))
        {
            Error(PositionOf(value), ErrorCodes.InvalidValue, key, value.Value, string.Join(", ", allowed));
            return null;
        }
        return value.Value;
    }

    public ContentStatus Status()
    {
        var value = OneOf("status", ["udgivet", "udkast"], "udgivet");
        return value == "udkast" ? ContentStatus.Draft : ContentStatus.Published;
    }

    public IReadOnlyList<string> TextList(string key, bool required)
    {
        var sequence = Sequence(key, required);
        if (sequence is null)
        {
            return [];
        }
        var items = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                items.Add(scalar.Value.Trim());
            }
            else
            {
                Error(PositionOf(item), ErrorCodes.WrongType, key, "en liste af tekster");
            }
        }
        return items;
    }

    public IReadOnlyList<Reference> IdList(string key)
    {
        var sequence = Sequence(key, required: false);
        if (sequence is null)
        {
            return [];
        }
        var items = new List<Reference>();
        foreach (var item in sequence)
        {
            if (item is not YamlScalarNode scalar)
            {
                Error(PositionOf(item), ErrorCodes.WrongType, key, "en liste af id'er");
            }
            else if (!IsValidId(scalar.Value))
            {
                Error(PositionOf(item), ErrorCodes.InvalidId, scalar.Value);
            }
            else
            {
                items.Add(new Reference(scalar.Value!, PositionOf(item)));
            }
        }
        return items;
    }

    /// <summary>One text or a list of texts, each with where it is written (e.g. <c>redirect_from</c>).</summary>
    public IReadOnlyList<(string Value, SourcePosition Position)> TextItems(string key, string expected)
    {
        var value = Value(key, required: false);
        IEnumerable<YamlNode> nodes = value switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children,
            _ => [value],
        };
        var items = new List<(string, SourcePosition)>();
        foreach (var node in nodes)
        {
            if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                items.Add((scalar.Value.Trim(), PositionOf(node)));
            }
            else
            {
                Error(PositionOf(node), ErrorCodes.WrongType, key, expected);
            }
        }
        return items;
    }

    /// <summary>Readers for each mapping in a list; every item is checked, so all errors surface at once.</summary>
    public IReadOnlyList<YamlMappingReader> MappingList(string key, bool required, string itemOwner)
    {
        var sequence = Sequence(key, required);
        if (sequence is null)
        {
            return [];
        }
        if (required && sequence.Children.Count == 0)
        {
            Error(PositionOf(sequence), ErrorCodes.EmptyList, key);
        }
        var readers = new List<YamlMappingReader>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                readers.Add(new YamlMappingReader(mapping, path, firstLine, diagnostics, itemOwner, errors));
            }
            else
            {
                Error(PositionOf(item), ErrorCodes.WrongType, key, "en liste, hvor hvert element har felter (`- navn: værdi`)");
            }
        }
        return readers;
    }

    public IReadOnlyList<Tool> Tools(string key)
    {
        var tools = new List<Tool>();
        foreach (var reader in MappingList(key, required: false, "et redskab"))
        {
            var title = reader.Text("title", required: true);
            var note = reader.Text("note", required: false);
            var url = reader.Text("url", required: false);
            var urlPosition = reader.ValuePosition("url") ?? reader.Position;
            reader.Complete();
            if (url is not null && !UrlPolicy.IsAllowed(url))
            {
                reader.Error(urlPosition, ErrorCodes.UnsafeUrl, UrlPolicy.ForMessage(url));
                url = null;
            }
            if (title is not null)
            {
                tools.Add(new Tool(title, note, url, urlPosition));
            }
        }
        return tools;
    }

    /// <summary>Where the value of a key is written, if the key is there.</summary>
    public SourcePosition? ValuePosition(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? PositionOf(value) : null;

    /// <summary>Reports every key that no accessor asked for.</summary>
    public void Complete()
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (knownKeys.Contains(name))
            {
                continue;
            }
            if (NearMatch.Find(name, knownKeys) is { } near)
            {
                Error(PositionOf(key), ErrorCodes.DidYouMean.UnknownField, name, near);
            }
            else
            {
                Error(PositionOf(key), ErrorCodes.UnknownField, name, KnownNames.List(knownKeys));
            }
        }
    }

    /// <summary>A problem that does not stop the build, such as a recommended field that is missing.</summary>
    public void Warning(SourcePosition position, ErrorCode code, params object?[] args) =>
        diagnostics.Warning(path, position, code, args);

    public void Error(SourcePosition position, ErrorCode code, params object?[] args)
    {
        errors.Count++;
        diagnostics.Error(path, position, code, args);
    }

    public static bool IsValidId(string? value) => value is not null && IdPattern().IsMatch(value);

    private YamlNode? Value(string key, bool required)
    {
        knownKeys.Add(key);
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value))
        {
            return value;
        }
        if (required)
        {
            Error(Position, ErrorCodes.MissingField, key, owner);
        }
        return null;
    }

    private YamlScalarNode? Scalar(string key, bool required, string expected)
    {
        var value = Value(key, required);
        if (value is null)
        {
            return null;
        }
        if (value is YamlScalarNode scalar)
        {
            return scalar;
        }
        Error(PositionOf(value), ErrorCodes.WrongType, key, expected);
        return null;
    }

    private YamlSequenceNode? Sequence(string key, bool required)
    {
        var value = Value(key, required);
        if (value is null)
        {
            return null;
        }
        if (value is YamlSequenceNode sequence)
        {
            return sequence;
        }
        Error(PositionOf(value), ErrorCodes.WrongType, key, "en liste");
        return null;
    }

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } scalar
        && (scalar.Value is null or "" or "~" or "null");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    /// <summary>Shared between a reader and its nested readers.</summary>
    private sealed class ErrorCounter
    {
        public int Count { get; set; }
    }
}
