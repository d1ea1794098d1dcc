using System.Collections.Concurrent;
using System.Text;
using Drejebog.Site.Build;

namespace Drejebog.Site.Output;

/// <summary>
/// The pages of one build on their way into an <see cref="IncrementalOutput"/>: each is encoded
/// and compared as soon as it is finished; only pages that differ from the folder are kept in
/// memory until the build succeeds and is committed.
/// </summary>
public sealed class PageBatch : IPageSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly IncrementalOutput output;
    private readonly ConcurrentDictionary<string, IncrementalOutput.Pending> pages = new(StringComparer.Ordinal);

    internal PageBatch(IncrementalOutput output) => this.output = output;

    internal IReadOnlyDictionary<string, IncrementalOutput.Pending> Pages => pages;

    public void Write(string outputPath, string html)
    {
        // The same bytes StagingFolder writes for `build`: UTF-8 without a byte order mark.
        var bytes = Utf8.GetBytes(html);
        var fingerprint = IncrementalOutput.Pending.Hash(bytes);
        pages[outputPath] = output.IsCurrent(outputPath, fingerprint)
            ? IncrementalOutput.Pending.FromUnchanged(fingerprint)
            : new IncrementalOutput.Pending(fingerprint, bytes, null);
    }
}
