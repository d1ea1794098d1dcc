using System.Runtime.InteropServices;

namespace Drejebog.Site.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and <c>kill</c> (SIGTERM, as a benchmark or test that started the preview sends)
/// cancel <see cref="Token"/> instead of ending the process, so <c>preview</c> stops gracefully.
/// Only <c>preview</c> listens: a build stopped with Ctrl+C ends at once.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;

    public StopSignal()
    {
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    public CancellationToken Token => stop.Token;

    private void Stop(PosixSignalContext signal)
    {
        signal.Cancel = true;
        stop.Cancel();
    }

    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        stop.Dispose();
    }
}
