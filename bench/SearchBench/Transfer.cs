namespace Drejebog.Site.SearchBench;

/// <summary>
/// One file the browser fetched: body bytes as our server sent them (no compression), and what a CDN
/// that gzips text would send (the same bytes for files that are gzip already). <see cref="Start"/>
/// and <see cref="End"/> are when Playwright reported the request and its end (ms, on the benchmark's
/// clock): they show which requests waited for which.
/// </summary>
internal sealed record Transfer(string UrlPath, FileKind Kind, long Served, long Cdn, bool AtLoad, double Start, double End);
