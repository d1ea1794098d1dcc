using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Output;

/// <summary>
/// Writes a build that was kept in memory through a <see cref="StagingFolder"/>, swapping it in only
/// when everything (including the search index) succeeded.
/// </summary>
public static class OutputWriter
{
    /// <param name="result">A successful build whose pages are in memory.</param>
    /// <param name="outputDirectory">The folder to replace.</param>
    /// <param name="beforeSwap">Runs on the new folder before the swap; a non-null return aborts with that message.</param>
    /// <returns>Null on success; otherwise what went wrong and which output is in place (a warning only if the new one is).</returns>
    public static OutputProblem? Write(BuildResult result, string outputDirectory, Func<string, string?>? beforeSwap = null)
    {
        try
        {
            using var staging = StagingFolder.Create(outputDirectory);
            Parallel.ForEach(result.Pages, page => staging.Write(page.OutputPath, page.Html));
            return Finish(staging, result.Files, beforeSwap);
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

    /// <summary>Copies the static files, runs <paramref name="beforeSwap"/> and swaps the folder in.</summary>
    /// <param name="staging">The staging folder the pages were written into.</param>
    /// <param name="files">The static files to copy into it.</param>
    /// <param name="beforeSwap">Runs on the new folder before the swap; a non-null return aborts with that message (code DS051).</param>
    public static OutputProblem? Finish(StagingFolder staging, IEnumerable<StaticFile> files, Func<string, string?>? beforeSwap)
    {
        try
        {
            staging.WriteFiles(files);
            var problem = beforeSwap?.Invoke(staging.Path);
            if (problem is not null)
            {
                return new OutputProblem(OutputState.Unchanged, ErrorCodes.SearchIndexFailed, problem);
            }
            return staging.Commit();
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
