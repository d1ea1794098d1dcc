using Drejebog.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Yaml;

/// <summary>
/// Checks YAML parser events one at a time, with an explicit stack instead of recursion, against
/// <see cref="YamlLimits"/>: the number of values, nesting depth, aliases that are undefined,
/// recursive or used in a key, and the total size that aliases expand to. Fed events as the parser
/// produces them, it stops a hostile text after a bounded amount of work, before YamlDotNet's
/// recursive tree builder sees it.
/// </summary>
internal sealed class YamlEventChecker
{
    private readonly List<Frame> open = [];
    // Expanded size (in values) of every finished node with an anchor, and anchors of nodes still open.
    private readonly Dictionary<string, long> anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> openAnchors = new(StringComparer.Ordinal);
    private long expanded;
    private int values;
    private int documents;
    private string? topLevelKey;

    /// <summary>The first document's top-level <c>key: value</c> scalars seen so far, to learn a broken file's id.</summary>
    public YamlMappingNode TopLevelScalars { get; } = [];

    /// <summary>Returns the problem this event causes, or null.</summary>
    public YamlProblem? Check(ParsingEvent parsingEvent)
    {
        if (parsingEvent is Scalar or AnchorAlias or MappingStart or SequenceStart && ++values > YamlLimits.MaxValues)
        {
            return new YamlProblem(parsingEvent.Start, ErrorCodes.YamlTooLarge, [YamlLimits.MaxValues]);
        }
        return CheckStructure(parsingEvent);
    }

    private YamlProblem? CheckStructure(ParsingEvent parsingEvent)
    {
        switch (parsingEvent)
        {
            case DocumentStart:
                StartDocument();
                return null;
            case Scalar scalar:
                Finish(scalar.Anchor, 1, scalar.Value);
                return null;
            case AnchorAlias alias:
                return CheckAlias(alias);
            case NodeEvent collection and (MappingStart or SequenceStart):
                return Open(collection);
            case MappingEnd or SequenceEnd:
                var frame = open[^1];
                open.RemoveAt(open.Count - 1);
                Finish(frame.Anchor, frame.Size, text: null);
                return null;
            default:
                return null;
        }
    }

    private void StartDocument()
    {
        // Anchors belong to one document.
        documents++;
        anchors.Clear();
        openAnchors.Clear();
    }

    private YamlProblem? Open(NodeEvent collection)
    {
        if (open.Count >= YamlLimits.MaxDepth)
        {
            return new YamlProblem(collection.Start, ErrorCodes.YamlTooDeep, [YamlLimits.MaxDepth]);
        }
        if (!collection.Anchor.IsEmpty)
        {
            anchors.Remove(collection.Anchor.Value);
            openAnchors.Add(collection.Anchor.Value);
        }
        open.Add(new Frame(collection is MappingStart, InKey(), collection.Anchor));
        return null;
    }

    private YamlProblem? CheckAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (InKey())
        {
            return new YamlProblem(alias.Start, ErrorCodes.AliasAsKey, [name]);
        }
        if (openAnchors.Contains(name))
        {
            return new YamlProblem(alias.Start, ErrorCodes.RecursiveAlias, [name]);
        }
        if (!anchors.TryGetValue(name, out var size))
        {
            return new YamlProblem(alias.Start, ErrorCodes.UndefinedAlias, [name]);
        }
        expanded += size;
        if (expanded > YamlLimits.MaxAliasExpansion)
        {
            return new YamlProblem(alias.Start, ErrorCodes.AliasExpansionTooLarge, [YamlLimits.MaxAliasExpansion, name]);
        }
        Finish(AnchorName.Empty, size, text: null);
        return null;
    }

    /// <summary>Records a finished node of the given expanded size in its parent.</summary>
    private void Finish(AnchorName anchor, long size, string? text)
    {
        if (!anchor.IsEmpty)
        {
            // From here on the name stands for this finished node (YAML: the nearest anchor before the alias).
            anchors[anchor.Value] = size;
            openAnchors.Remove(anchor.Value);
        }
        if (open.Count == 0)
        {
            return;
        }
        var parent = open[^1];
        parent.Size += size;
        if (parent.IsMapping)
        {
            if (open.Count == 1 && documents == 1)
            {
                RememberTopLevel(parent.ExpectsKey, text);
            }
            parent.ExpectsKey = !parent.ExpectsKey;
        }
    }

    private void RememberTopLevel(bool isKey, string? text)
    {
        if (isKey)
        {
            topLevelKey = text;
            return;
        }
        if (topLevelKey is not null && text is not null)
        {
            var key = new YamlScalarNode(topLevelKey);
            if (!TopLevelScalars.Children.ContainsKey(key))
            {
                TopLevelScalars.Children.Add(key, new YamlScalarNode(text));
            }
        }
        topLevelKey = null;
    }

    /// <summary>True when the next node is a mapping key, or inside one.</summary>
    private bool InKey() =>
        open.Count > 0 && (open[^1].InKey || (open[^1].IsMapping && open[^1].ExpectsKey));

    private sealed class Frame(bool isMapping, bool inKey, AnchorName anchor)
    {
        public bool IsMapping { get; } = isMapping;

        public bool InKey { get; } = inKey;

        public AnchorName Anchor { get; } = anchor;

        public bool ExpectsKey { get; set; } = true;

        /// <summary>This node and everything below it, aliases counted as what they stand for.</summary>
        public long Size { get; set; } = 1;
    }
}
