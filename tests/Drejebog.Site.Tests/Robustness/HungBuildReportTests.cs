using System.Runtime.CompilerServices;

namespace Drejebog.Site.Tests.Robustness;

public sealed class HungBuildReportTests
{
    [Fact]
    public void Report_shows_the_stack_of_the_thread_that_does_not_end()
    {
        using var release = new ManualResetEventSlim();
        var thread = new Thread(() => WaitsUntilReleased(release)) { IsBackground = true };
        thread.Start();
        try
        {
            SpinWait.SpinUntil(() => thread.ThreadState.HasFlag(ThreadState.WaitSleepJoin), TimeSpan.FromSeconds(10));

            var report = HungBuildReport.Describe(thread.ManagedThreadId);

            var text = string.Join('\n', report);
            Assert.True(report.Count > 1 && report[0].StartsWith("thread pool: ", StringComparison.Ordinal), text);
            Assert.True(report.Contains($"thread {thread.ManagedThreadId} (the build):"), text);
            Assert.Contains(nameof(WaitsUntilReleased), text, StringComparison.Ordinal);
        }
        finally
        {
            release.Set();
            thread.Join();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WaitsUntilReleased(ManualResetEventSlim release) => release.Wait();
}
