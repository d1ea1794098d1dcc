using Drejebog.Site.BrowserTests.Support.Engines;

namespace Drejebog.Site.BrowserTests.Harness;

/// <summary>An engine start is tried again only when it hangs, and every hang is told.</summary>
public sealed class HungStartTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(100);
    private readonly List<string> notes = [];
    private int calls;

    private static async Task<string> HangAsync(CancellationToken cancel)
    {
        await Task.Delay(Timeout.Infinite, cancel);
        return "never";
    }

    private Task<string> RetryAsync(Func<CancellationToken, Task<string>> start) =>
        HungStart.RetryAsync("a start", 3, Limit, cancel =>
        {
            calls++;
            return start(cancel);
        }, notes.Add);

    [Fact]
    public async Task A_start_that_answers_is_made_once_and_nothing_is_told()
    {
        Assert.Equal("session", await RetryAsync(_ => Task.FromResult("session")));

        Assert.Equal(1, calls);
        Assert.Empty(notes);
    }

    [Fact]
    public async Task A_start_that_hangs_once_is_made_again_and_the_hang_is_told()
    {
        var result = await RetryAsync(cancel => calls == 1 ? HangAsync(cancel) : Task.FromResult("session"));

        Assert.Equal("session", result);
        Assert.Equal(2, calls);
        Assert.Equal(["a start: attempt 1: no answer within 0.1 s (A task was canceled.)"], notes);
    }

    [Fact]
    public async Task A_start_that_always_hangs_fails_after_the_last_attempt_with_every_hang()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => RetryAsync(HangAsync));

        Assert.Equal(3, calls);
        Assert.Equal(3, notes.Count);
        Assert.StartsWith("a start hung 3 times:\nattempt 1: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("\nattempt 3: no answer within 0.1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_that_fails_is_not_made_again()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => RetryAsync(_ => throw new InvalidOperationException("refused")));

        Assert.Equal(1, calls);
        Assert.Empty(notes);
    }

    [Fact]
    public async Task A_cancellation_from_elsewhere_is_not_taken_for_a_hang()
    {
        await Assert.ThrowsAsync<OperationCanceledException>(() => RetryAsync(_ => throw new OperationCanceledException("closed")));

        Assert.Equal(1, calls);
        Assert.Empty(notes);
    }
}
