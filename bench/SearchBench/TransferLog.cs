using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Microsoft.Playwright;

namespace Drejebog.Site.SearchBench;

/// <summary>
/// Records every request of a browser context, including those of Pagefind's web worker, and
/// whether it started while the page loaded or after the benchmark began typing.
/// </summary>
internal sealed class TransferLog
{
    private readonly Lock gate = new();
    private readonly List<(IRequest Request, bool AtLoad, double Start)> requests = [];
    private readonly Dictionary<IRequest, double> finished = [];
    // When Playwright tells us, in ms: enough to see which request waited for which (Chromium's own
    // Request.Timing comes back empty for these requests).
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private bool typing;

    public TransferLog(IBrowserContext context)
    {
        context.Request += (_, request) =>
        {
            lock (gate)
            {
                requests.Add((request, !typing, clock.Elapsed.TotalMilliseconds));
            }
        };
        context.RequestFinished += (_, request) =>
        {
            lock (gate)
            {
                finished[request] = clock.Elapsed.TotalMilliseconds;
            }
        };
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return requests.Count;
            }
        }
    }

    public void TypingStarts()
    {
        lock (gate)
        {
            typing = true;
        }
    }

    /// <summary>
    /// What the first query cost: the first <paramref name="count"/> requests, less the page's own
    /// files from before typing. Pagefind files the page fetched early (while it loaded) still count.
    /// </summary>
    public async Task<IReadOnlyList<Transfer>> MeasureAsync(int count)
    {
        List<(IRequest Request, bool AtLoad, double Start)> taken;
        lock (gate)
        {
            taken = requests.Take(count).ToList();
        }
        var transfers = new List<Transfer>();
        foreach (var (request, atLoad, start) in taken)
        {
            if (!request.Url.StartsWith("http", StringComparison.Ordinal))
            {
                continue;
            }
            var urlPath = new Uri(request.Url).AbsolutePath;
            var kind = FileKind.ForUrlPath(urlPath);
            // The page's own files from before typing, and the favicon, which headless Chromium
            // fetches whenever it gets to it, are not the search's.
            if (kind.Part == FilePart.Site && (atLoad || urlPath.Contains("favicon", StringComparison.Ordinal)))
            {
                continue;
            }
            var response = await request.ResponseAsync()
                ?? throw new InvalidOperationException($"{urlPath} failed: {request.Failure}");
            var served = await ServedLengthAsync(request, response);
            var cdn = kind.PreCompressed ? served : GzipLength(await response.BodyAsync());
            double end;
            lock (gate)
            {
                end = finished.GetValueOrDefault(request, double.NaN);
            }
            transfers.Add(new Transfer(urlPath, kind, served, cdn, atLoad, start, end));
        }
        return transfers;
    }

    /// <summary>
    /// The body bytes on the wire. Chromium reports 0 for a worker's own script (pagefind-worker.js),
    /// so then the server's Content-Length says it; our server never compresses, so the two agree.
    /// </summary>
    private static async Task<long> ServedLengthAsync(IRequest request, IResponse response)
    {
        var sizes = await request.SizesAsync();
        if (sizes.ResponseBodySize > 0)
        {
            return sizes.ResponseBodySize;
        }
        var header = await response.HeaderValueAsync("content-length");
        return long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : (await response.BodyAsync()).Length;
    }

    /// <summary>Gzip at zlib's default level 6, which is what CDNs and web servers use on the fly.</summary>
    private static long GzipLength(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }
        return buffer.Length;
    }
}
