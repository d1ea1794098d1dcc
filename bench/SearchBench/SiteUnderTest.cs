using System.Diagnostics;
using System.Globalization;
using Drejebog.Site.Cli;
using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Output;

namespace Drejebog.Site.SearchBench;

/// <summary>
/// The real site built from <c>input/</c> into a temporary folder (or a folder built before), served
/// on 127.0.0.1 by the same server as <c>drejebog preview</c>, with the headers <c>netlify.toml</c>
/// gives (so Pagefind's worker and wasm run under the real Content-Security-Policy). Like the
/// preview, it adds its small reload script to each page; that costs page load, not the search.
/// </summary>
internal sealed class SiteUnderTest : IDisposable
{
    private readonly string? temporary;
    private readonly PreviewServer server;

    private SiteUnderTest(string folder, string? temporary)
    {
        Folder = folder;
        this.temporary = temporary;
        server = PreviewServer.Start(folder, 0, NetlifyConfig.Load(Path.Combine(RepositoryRoot.Path, NetlifyConfig.FileName)).HeadersFor);
    }

    public string Folder { get; }

    public string PagefindFolder => Path.Combine(Folder, "pagefind");

    public string Url(string path) => new Uri(new Uri(server.Address), path).ToString();

    /// <summary>Builds <c>input/</c> with Pagefind (unless <paramref name="existing"/> names a built site) and starts serving it.</summary>
    public static SiteUnderTest Open(string? existing, TextWriter output, TextWriter errors)
    {
        if (existing is not null)
        {
            return Directory.Exists(Path.Combine(existing, "pagefind"))
                ? new SiteUnderTest(existing, null)
                : throw new InvalidOperationException($"{existing} has no pagefind/ folder; build it with search first.");
        }
        var temporary = Directory.CreateTempSubdirectory("drejebog-search-bench-").FullName;
        try
        {
            var folder = Path.Combine(temporary, "site");
            var watch = Stopwatch.StartNew();
            var options = new BuildOptions(temporary, RepositoryRoot.Input, RepositoryRoot.Theme, folder, Search: true, Quiet: true);
            if (BuildCommand.Run(options, write: true, TextWriter.Null, errors) != ExitCode.Ok)
            {
                throw new InvalidOperationException($"Building {RepositoryRoot.Input} failed (see above).");
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built {RepositoryRoot.Input} with Pagefind into {folder} in {watch.Elapsed.TotalSeconds:0.0} s."));
            return new SiteUnderTest(folder, temporary);
        }
        catch
        {
            // Whatever stopped the build or the server, the temporary folder goes.
            Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        server.Dispose();
        if (temporary is not null)
        {
            Directory.Delete(temporary, recursive: true);
        }
    }
}
