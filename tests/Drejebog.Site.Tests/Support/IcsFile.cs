using System.Text;
using Drejebog.Site.Calendar;
using ParsedEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// An iCalendar file under test: the RFC 5545 rules a parser forgives (Ical.Net reads LF endings,
/// long lines and a missing PRODID without complaint) checked on the bytes, then the file read
/// back with Ical.Net.
/// </summary>
internal static class IcsFile
{
    public static readonly string[] RequiredEventProperties = ["UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY", "DESCRIPTION", "URL", "SEQUENCE"];

    /// <summary>Asserts the rules of RFC 5545 on the bytes, and returns the events Ical.Net reads.</summary>
    public static IReadOnlyList<ParsedEvent> Read(byte[] bytes)
    {
        AssertFollowsRfc5545(bytes);
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(bytes));
        Assert.NotNull(calendar);
        return calendar.Events.ToList();
    }

    public static void AssertFollowsRfc5545(byte[] bytes)
    {
        // UTF-8 (section 3.1.4) without a BOM, which some calendar apps show as a stray character.
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the file starts with a byte order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

        // Every line ends with CRLF, and no CR or LF stands alone (section 3.1).
        Assert.EndsWith(IcsText.LineBreak, text, StringComparison.Ordinal);
        var physical = text[..^2].Split(IcsText.LineBreak);
        Assert.All(physical, line => Assert.DoesNotContain('\n', line));
        Assert.All(physical, line => Assert.DoesNotContain('\r', line));
        // No physical line is longer than 75 octets, and none is empty.
        Assert.All(physical, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, IcsText.MaxLineOctets));

        var lines = Unfold(text);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        // The calendar's required properties (section 3.6), once each, before the first component.
        var head = lines.TakeWhile(l => l != "BEGIN:VEVENT").ToList();
        Assert.Single(head, l => l == "VERSION:2.0");
        Assert.Single(head, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Single(head, l => l == "CALSCALE:GREGORIAN");
        Assert.Single(head, l => l == "METHOD:PUBLISH");
        Assert.Single(head, l => l.StartsWith("X-WR-CALNAME:", StringComparison.Ordinal));
        Assert.Single(head, l => l == "X-WR-TIMEZONE:Europe/Copenhagen");

        // Each event has its required properties once (section 3.6.1; METHOD makes DTSTART required).
        var events = Events(lines);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.All(RequiredEventProperties, name => Assert.Single(e, l => l.StartsWith(name + ":", StringComparison.Ordinal))));
    }

    /// <summary>The logical lines: folds undone, line ends removed.</summary>
    public static IReadOnlyList<string> Unfold(string text) =>
        text.Replace("\r\n ", "", StringComparison.Ordinal).Split(IcsText.LineBreak, StringSplitOptions.RemoveEmptyEntries);

    private static List<List<string>> Events(IReadOnlyList<string> lines)
    {
        var events = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }
        Assert.Null(current);
        return events;
    }
}
