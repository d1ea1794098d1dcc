using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Output;

/// <summary>
/// The end of <c>drejebog build</c>: the pages are already in the <see cref="StagingFolder"/> (it is the
/// build's page sink); this copies the static files into it and swaps it in only when everything
/// (including the search index and the PDF) succeeded.
/// </summary>
public static class OutputWriter
{
    /// <summary>Copies the static files, runs <paramref name="beforeSwap"/> and swaps the folder in.</summary>
    /// <param name="staging">The staging folder the pages were written into.</param>
    /// <param name="files">The static files to copy into it.</param>
    /// <param name="beforeSwap">Runs on the new folder before the swap (search index, PDF); a problem it returns aborts the swap.</param>
    public static OutputProblem? Finish(StagingFolder staging, IEnumerable<StaticFile> files, Func<string, OutputProblem?>? beforeSwap)
    {
        try
        {
            staging.WriteFiles(files);
            return beforeSwap?.Invoke(staging.Path) ?? staging.Commit();
        }
        catch (OutputFolderException error)
        {
            return error.Problem;
        }
        catch (Exception error) when (IsWriteFailure(error))
        {
            return WriteFailed(error);
        }
    }

    private static bool IsWriteFailure(Exception error) =>
        error is IOException or UnauthorizedAccessException
        || error is AggregateException { InnerExceptions: var inner } && inner.All(e => e is IOException or UnauthorizedAccessException);

    private static OutputProblem WriteFailed(Exception error) =>
        OutputProblem.Of(OutputState.Unchanged, ErrorCodes.OutputFailed, (error is AggregateException many ? many.InnerExceptions[0] : error).Message);
}
