using System.Globalization;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// Starts a browser again when a start hangs. WebKitWebDriver answers a new session in about 0.3 s,
/// yet in one CI run of hundreds it never answered; the flows are about the site, not about that
/// hang. Only a start past its limit is tried again, each time after its partial start is torn
/// down; a refusal or crash fails at once, and the last hang fails with every attempt's account.
/// </summary>
internal static class HungStart
{
    public static async Task<T> RetryAsync<T>(string what, int attempts, TimeSpan limit, Func<CancellationToken, Task<T>> start, Action<string> note)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var hangs = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            using var timer = new CancellationTokenSource(limit);
            try
            {
                return await start(timer.Token);
            }
            catch (OperationCanceledException error) when (timer.IsCancellationRequested)
            {
                hangs.Add($"attempt {attempt}: no answer within {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s ({error.Message})");
                note($"{what}: {hangs[^1]}");
                if (attempt == attempts)
                {
                    throw new TimeoutException($"{what} hung {attempts} times:\n{string.Join('\n', hangs)}", error);
                }
            }
        }
    }
}
