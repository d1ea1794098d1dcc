using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Drejebog.Site.Modules;

/// <summary>
/// A YAML parser that remembers where the last event it produced began, so an error that
/// YamlDotNet throws without a position can still be reported near its cause.
/// </summary>
internal sealed class TrackingParser(string yaml) : IParser
{
    private readonly Parser inner = new(new StringReader(yaml));

    public ParsingEvent? Current => inner.Current;

    public Mark LastStart { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastStart = current.Start;
        }
        return moved;
    }
}
