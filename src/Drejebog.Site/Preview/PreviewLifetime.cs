using Microsoft.Extensions.Hosting;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// Leaves Ctrl+C and SIGTERM to <c>preview</c> itself, which stops watching and finishes the search
/// index first; the host's default lifetime would also take them and stop the server on its own.
/// </summary>
internal sealed class PreviewLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
