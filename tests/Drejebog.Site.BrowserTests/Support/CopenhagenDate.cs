using System.Globalization;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// Today as the pages reckon it (plan-dates.js: the calendar day in Europe/Copenhagen), so tests
/// can give dates relative to the day they run on.
/// </summary>
internal static class CopenhagenDate
{
    public static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Copenhagen"));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
