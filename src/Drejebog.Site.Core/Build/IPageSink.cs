using System.Text;

namespace Drejebog.Site.Build;

/// <summary>
/// Receives each page as soon as it is finished, so a large site is written while it is built
/// instead of being held in memory. Without a sink, pages stay in <see cref="BuildResult.Pages"/>.
/// </summary>
public interface IPageSink
{
    /// <summary>Called from several threads at once.</summary>
    /// <exception cref="PageSinkException">The page could not be stored.</exception>
    void Write(string outputPath, string html);

    /// <summary>The same for a page still in the builder it was made in, which a sink may encode without copying it into a string first.</summary>
    void Write(string outputPath, StringBuilder html) => Write(outputPath, html.ToString());
}
