using System.Globalization;
using System.Text;

namespace Drejebog.Site.Calendar;

/// <summary>
/// Writes a calendar of all-day events as an iCalendar file (RFC 5545) in UTF-8 without BOM.
/// Small and our own, because the site needs only this much of the format; the tests read the
/// result back with Ical.Net.
/// </summary>
public static class IcsWriter
{
    /// <summary>Who made the file, in RFC 5545's formal public identifier style; the browser's ics.js writes the same.</summary>
    public const string ProductId = "-//Drejebog.Site//Kalender 1//DA";

    /// <summary>The time zone the playbook's dates are meant in. Calendars that read X-WR-TIMEZONE use it for the whole file.</summary>
    public const string TimeZone = "Europe/Copenhagen";

    /// <param name="name">X-WR-CALNAME: what a calendar app calls the imported calendar.</param>
    /// <param name="stamp">
    /// DTSTAMP of every event. Given rather than taken from the clock, so the same content gives
    /// the same bytes (see <see cref="PlaybookCalendar.Stamp"/>).
    /// </param>
    /// <param name="events">The events, in the order they are written.</param>
    public static byte[] Write(string name, DateTimeOffset stamp, IEnumerable<CalendarEvent> events)
    {
        var file = new StringBuilder();
        void Line(string property, string value) => file.Append(IcsText.Fold(property + ":" + value));

        Line("BEGIN", "VCALENDAR");
        Line("VERSION", "2.0");
        Line("PRODID", ProductId);
        Line("CALSCALE", "GREGORIAN");
        Line("METHOD", "PUBLISH");
        Line("X-WR-CALNAME", IcsText.Escape(name));
        Line("X-WR-TIMEZONE", TimeZone);
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line("BEGIN", "VEVENT");
            Line("UID", e.Uid);
            Line("DTSTAMP", dtstamp);
            // All-day events are DATE values without a time zone: "floating", the same calendar day
            // wherever the reader is. A deadline on 15 June in Copenhagen is the whole of 15 June,
            // not a moment, so this is what the date means; a VTIMEZONE would only matter for times.
            // DTEND is exclusive (RFC 5545 3.6.1), so a one-day event ends the next day.
            Line("DTSTART;VALUE=DATE", Date(e.Date));
            Line("DTEND;VALUE=DATE", Date(e.Date.AddDays(1)));
            Line("SUMMARY", IcsText.Escape(e.Summary));
            Line("DESCRIPTION", IcsText.Escape(e.Description));
            Line("URL", e.Url);
            Line("SEQUENCE", "0");
            // A deadline does not make anyone busy for the day.
            Line("TRANSP", "TRANSPARENT");
            Line("END", "VEVENT");
        }
        Line("END", "VCALENDAR");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(file.ToString());
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
