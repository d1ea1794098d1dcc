using System.Collections.Concurrent;

namespace Drejebog.Site.Pipeline;

/// <summary>
/// A thread-safe cache that lives one build longer than its last use: what a build looks up or
/// stores is kept for the next build, the rest is dropped when the build finishes, so entries for
/// deleted or renamed files do not pile up in a long preview session.
/// </summary>
internal sealed class GenerationalCache<TKey, TValue>
    where TKey : notnull
{
    private ConcurrentDictionary<TKey, TValue> previous = new();
    private ConcurrentDictionary<TKey, TValue> current = new();
    private int hits;

    /// <summary>Lookups in the current build that found a usable entry.</summary>
    public int Hits => hits;

    /// <summary>The entry for <paramref name="key"/>, when <paramref name="usable"/> accepts it.</summary>
    public bool TryGet(TKey key, Func<TValue, bool> usable, out TValue value)
    {
        if ((current.TryGetValue(key, out value!) || previous.TryGetValue(key, out value!)) && usable(value))
        {
            current[key] = value;
            Interlocked.Increment(ref hits);
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value) => current[key] = value;

    /// <summary>Keeps what the finished build used, for the next one.</summary>
    public void NextGeneration()
    {
        previous = current;
        current = new();
        hits = 0;
    }

    public void Clear()
    {
        previous = new();
        current = new();
        hits = 0;
    }
}
