using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Drejebog.Site.Yaml;

/// <summary>
/// Finds the first field written twice in the same mapping, from the parser's events, so it can be
/// reported with both lines; YamlDotNet's tree only says "Duplicate key". An explicit stack, no recursion.
/// </summary>
internal static class DuplicateKey
{
    /// <summary>The second occurrence, its name and where the first one is; null when every key is unique.</summary>
    public static (string Name, Mark First, Mark Second)? Find(IReadOnlyList<ParsingEvent> events)
    {
        var open = new Stack<Frame>();
        foreach (var parsingEvent in events)
        {
            switch (parsingEvent)
            {
                case MappingStart or SequenceStart:
                    open.Push(new Frame(parsingEvent is MappingStart));
                    break;
                case MappingEnd or SequenceEnd:
                    open.Pop();
                    Finished(open, null);
                    break;
                case Scalar scalar:
                    if (Finished(open, scalar) is { } first)
                    {
                        return (scalar.Value, first, scalar.Start);
                    }
                    break;
                case AnchorAlias:
                    Finished(open, null);
                    break;
            }
        }
        return null;
    }

    /// <summary>Records a finished node in its parent; returns where the same key stood before, if it is a repeated key.</summary>
    private static Mark? Finished(Stack<Frame> open, Scalar? scalar)
    {
        if (open.Count == 0 || !open.Peek().IsMapping)
        {
            return null;
        }
        var parent = open.Peek();
        var isKey = parent.ExpectsKey;
        parent.ExpectsKey = !isKey;
        if (isKey && scalar is not null && !parent.Keys.TryAdd(scalar.Value, scalar.Start))
        {
            return parent.Keys[scalar.Value];
        }
        return null;
    }

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectsKey { get; set; } = true;

        public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
    }
}
