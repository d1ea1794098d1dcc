namespace Drejebog.Site.Output;

/// <summary>What a commit to an <see cref="IncrementalOutput"/> changed, as paths relative to the output folder.</summary>
/// <param name="Written">Files written because they are new or differ.</param>
/// <param name="Added">The written files that were not there before.</param>
/// <param name="Deleted">Files deleted because the build no longer makes them.</param>
public sealed record OutputChanges(IReadOnlyList<string> Written, IReadOnlyList<string> Added, IReadOnlyList<string> Deleted)
{
    public static OutputChanges None { get; } = new([], [], []);

    /// <summary>Pages (HTML files) written or deleted.</summary>
    public int Pages => Written.Concat(Deleted).Count(IsPage);

    /// <summary>True when only existing pages changed: no file came or went, and no file other than a page changed.</summary>
    public bool OnlyPagesChanged => Added.Count == 0 && Deleted.Count == 0 && Written.All(IsPage);

    public static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}
