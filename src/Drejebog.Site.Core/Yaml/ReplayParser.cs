using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Drejebog.Site.Yaml;

/// <summary>Hands already checked parser events to YamlDotNet's tree builder, which reads from an <see cref="IParser"/>.</summary>
internal sealed class ReplayParser(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (next >= events.Count)
        {
            Current = null;
            return false;
        }
        Current = events[next++];
        return true;
    }
}
