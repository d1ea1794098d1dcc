using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// What one client may cost the preview. Kestrel refuses a request line over
/// <see cref="MaxRequestLine"/> with 414 and headers over <see cref="MaxHeaders"/> bytes or
/// <see cref="MaxHeaderCount"/> lines with 431, before it holds more than that; the preview serves
/// GET and HEAD only, so it reads no request body at all. Connections that send nothing, or send
/// their headers too slowly, are closed. README.md's preview section documents the defaults.
/// </summary>
internal sealed record PreviewLimits
{
    public static readonly PreviewLimits Default = new();

    public int MaxRequestLine { get; init; } = 8 * 1024;

    public int MaxHeaders { get; init; } = 32 * 1024;

    public int MaxHeaderCount { get; init; } = 100;

    /// <summary>Connections for pages and files at once; a browser opens six per host.</summary>
    public int MaxConnections { get; init; } = 100;

    /// <summary>Open pages' reload WebSockets at once, counted apart from <see cref="MaxConnections"/>.</summary>
    public int MaxReloadSockets { get; init; } = 100;

    /// <summary>How long a request may take to send its request line and headers.</summary>
    public TimeSpan HeadersTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a connection may wait idle between requests.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public void ApplyTo(KestrelServerLimits limits)
    {
        limits.MaxRequestLineSize = MaxRequestLine;
        limits.MaxRequestHeadersTotalSize = MaxHeaders;
        limits.MaxRequestHeaderCount = MaxHeaderCount;
        // A request that comes with a body is answered (405) and its connection closed, unread.
        limits.MaxRequestBodySize = 0;
        // What Kestrel buffers from one connection before it stops reading: enough for the
        // request line and headers (Kestrel requires that), far below its 1 MB default.
        limits.MaxRequestBufferSize = MaxRequestLine + MaxHeaders;
        limits.MaxConcurrentConnections = MaxConnections;
        limits.MaxConcurrentUpgradedConnections = MaxReloadSockets;
        limits.RequestHeadersTimeout = HeadersTimeout;
        limits.KeepAliveTimeout = IdleTimeout;
    }
}
