namespace Drejebog.Site.Build;

/// <summary>
/// An <see cref="IPageSink"/> could not store a finished page (disk full, no permission). That is
/// the machine failing, not the content, so it ends the build instead of becoming an error on the page.
/// </summary>
public sealed class PageSinkException(string outputPath, Exception cause) : Exception($"{outputPath}: {cause.Message}", cause)
{
    public string OutputPath { get; } = outputPath;

    /// <summary>The sink failure inside <paramref name="error"/> (parallel passes wrap it), or null.</summary>
    public static PageSinkException? Find(Exception error) => error switch
    {
        PageSinkException sink => sink,
        AggregateException many => many.Flatten().InnerExceptions.Select(Find).FirstOrDefault(found => found is not null),
        _ => null,
    };
}
