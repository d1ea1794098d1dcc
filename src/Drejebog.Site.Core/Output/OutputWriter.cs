using Drejebog.Site.Pipeline;

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
    /// <returns>Null on success, otherwise why the output was left untouched.</returns>
    public static string? Write(BuildResult result, string outputDirectory, Func<string, string?>? beforeSwap = null)
    {
        try
        {
            using var staging = StagingFolder.Create(outputDirectory);
            Parallel.ForEach(result.Pages, page => staging.Write(page.OutputPath, page.Html));
            return Finish(staging, result.Files, beforeSwap);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return error.Message;
        }
    }

    /// <summary>Copies the static files, runs <paramref name="beforeSwap"/> and swaps the folder in.</summary>
    public static string? Finish(StagingFolder staging, IEnumerable<StaticFile> files, Func<string, string?>? beforeSwap)
    {
        try
        {
            staging.WriteFiles(files);
            var problem = beforeSwap?.Invoke(staging.Path);
            if (problem is not null)
            {
                return problem;
            }
            staging.Commit();
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return error.Message;
        }
    }
}
