using System.Runtime.ExceptionServices;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// Runs work that must not hang, so that a regression fails the test instead of hanging the run:
/// the work gets its own thread and a generous deadline. A hang guard, not a timing assertion: the
/// deadline is far above the build's time even on a loaded CI machine (10 s once tripped on a busy
/// two-core machine with the browser tests running; the builds take well under a second).
/// The thread's stack is small (1 MB, like a pool thread's), so deep recursion on it shows; a stack
/// overflow on any thread ends the test process, which fails the run too.
/// </summary>
internal static class HangGuard
{
    private const int StackBytes = 1024 * 1024;

    public static T Run<T>(Func<T> work, int timeoutSeconds = 60)
    {
        var result = default(T);
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception exception)
            {
                error = ExceptionDispatchInfo.Capture(exception);
            }
        }, StackBytes)
        { IsBackground = true, Name = nameof(HangGuard) };
        thread.Start();

        Assert.True(thread.Join(TimeSpan.FromSeconds(timeoutSeconds)), $"The work did not finish within {timeoutSeconds} s.");
        error?.Throw();
        return result!;
    }
}
