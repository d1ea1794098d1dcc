using System.Text;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Output;

/// <summary>
/// Writes a finished build into a fresh folder beside the output folder and swaps it in only when
/// everything (including the search index) succeeded, so a failed build leaves the previous output as it was.
/// </summary>
public static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="result">A successful build.</param>
    /// <param name="outputDirectory">The folder to replace.</param>
    /// <param name="beforeSwap">Runs on the new folder before the swap; a non-null return aborts with that message.</param>
    /// <returns>Null on success, otherwise why the output was left untouched.</returns>
    public static string? Write(BuildResult result, string outputDirectory, Func<string, string?>? beforeSwap = null)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        var staging = Path.Combine(parent, $".output-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            WriteAll(result, staging);
            var problem = beforeSwap?.Invoke(staging);
            if (problem is not null)
            {
                Directory.Delete(staging, recursive: true);
                return problem;
            }
            Swap(staging, target);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            return error.Message;
        }
    }

    private static void WriteAll(BuildResult result, string root)
    {
        var folders = result.Pages.Select(p => p.OutputPath).Concat(result.Files.Select(f => f.OutputPath))
            .Select(path => Path.GetDirectoryName(Path.Combine(root, path))!)
            .Distinct(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
        }
        Parallel.ForEach(result.Pages, page => File.WriteAllText(Path.Combine(root, page.OutputPath), page.Html, Utf8));
        Parallel.ForEach(result.Files, file =>
        {
            var destination = Path.Combine(root, file.OutputPath);
            if (file.DiskPath is not null)
            {
                File.Copy(file.DiskPath, destination, overwrite: true);
            }
            else
            {
                File.WriteAllBytes(destination, file.Content ?? []);
            }
        });
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        var previous = Path.Combine(Path.GetDirectoryName(target)!, $".output-old-{Guid.NewGuid():N}");
        Directory.Move(target, previous);
        try
        {
            Directory.Move(staging, target);
        }
        catch (IOException)
        {
            Directory.Move(previous, target);
            throw;
        }
        Directory.Delete(previous, recursive: true);
    }
}
