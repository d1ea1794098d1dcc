using System.Text;
using Drejebog.Site.Calendar;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Calendar;

/// <summary>The writer's files, checked against RFC 5545 and read back with Ical.Net.</summary>
public sealed class IcsWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2015, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly CalendarEvent[] Sample =
    [
        new("fase-a@site.example", new DateOnly(2015, 6, 15), "Frist: Fase 1 Planlægning",
            "Første linje; med komma, semikolon og \\ skråstreg.\nAnden linje med æøå og 🎉, og den er lang nok til at blive foldet over flere linjer i filen.",
            "https://site.example/faser/a/"),
        new("milepael-b@site.example", new DateOnly(2015, 12, 31), "Milepæl 1.2: Nytår", "Kort.", "https://site.example/milepaele/b/"),
    ];

    private static byte[] Write() => IcsWriter.Write("Kalender, med komma", Stamp, Sample);

    [Fact]
    public void The_file_follows_rfc_5545_and_ical_net_reads_every_value_back()
    {
        var events = IcsFile.Read(Write());

        Assert.Equal(Sample.Select(e => e.Uid), events.Select(e => e.Uid));
        foreach (var (expected, actual) in Sample.Zip(events))
        {
            Assert.Equal(expected.Summary, actual.Summary);
            Assert.Equal(expected.Description, actual.Description);
            Assert.Equal(new Uri(expected.Url), actual.Url);
            Assert.Equal(0, actual.Sequence);
            Assert.False(actual.DtStart!.HasTime);
            Assert.Equal(expected.Date, actual.DtStart.Date);
            Assert.Equal(expected.Date.AddDays(1), actual.DtEnd!.Date);
            Assert.Equal(new DateTime(2015, 12, 1, 0, 0, 0, DateTimeKind.Utc), actual.DtStamp!.AsUtc);
        }
    }

    [Fact]
    public void All_day_dates_are_floating_dates_and_the_calendar_names_copenhagen()
    {
        var lines = IcsFile.Unfold(Encoding.UTF8.GetString(Write()));

        Assert.Contains("DTSTART;VALUE=DATE:20151231", lines);
        Assert.Contains("DTEND;VALUE=DATE:20160101", lines);
        Assert.Contains("DTSTAMP:20151201T000000Z", lines);
        Assert.Contains(@"X-WR-CALNAME:Kalender\, med komma", lines);
        Assert.Contains("X-WR-TIMEZONE:Europe/Copenhagen", lines);
        Assert.DoesNotContain(lines, l => l.Contains("TZID", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_events_give_the_same_bytes() =>
        Assert.Equal(Write(), Write());

    [Fact]
    public void The_rfc_check_catches_what_ical_net_forgives()
    {
        var good = Encoding.UTF8.GetString(Write());

        Assert.ThrowsAny<Exception>(() => IcsFile.AssertFollowsRfc5545(Encoding.UTF8.GetBytes(good.Replace("\r\n", "\n", StringComparison.Ordinal))));
        Assert.ThrowsAny<Exception>(() => IcsFile.AssertFollowsRfc5545(Encoding.UTF8.GetBytes(good.Replace("\r\n ", "", StringComparison.Ordinal))));
        Assert.ThrowsAny<Exception>(() => IcsFile.AssertFollowsRfc5545(Encoding.UTF8.GetBytes(good.Replace("PRODID:", "X-PRODID:", StringComparison.Ordinal))));
        Assert.ThrowsAny<Exception>(() => IcsFile.AssertFollowsRfc5545([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(good)]));
        Assert.ThrowsAny<Exception>(() => IcsFile.AssertFollowsRfc5545(Encoding.UTF8.GetBytes(good.Replace("SEQUENCE:0\r\n", "", StringComparison.Ordinal))));
        // …all of which Ical.Net reads without complaint.
        Assert.NotNull(Ical.Net.Calendar.Load(good.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal)));
    }
}
