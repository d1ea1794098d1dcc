namespace Drejebog.Site.Tests.Support;

/// <summary>Waits for a condition that another thread makes true, polling, with a deadline: no fixed sleeps.</summary>
internal static class Eventually
{
    public static async Task<T> Get<T>(Func<T?> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
            await Task.Delay(10);
        }
    }
}
