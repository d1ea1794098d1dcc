namespace Drejebog.Site.Calendar;

/// <summary>One all-day event of a calendar file: a phase deadline or a milestone target.</summary>
/// <param name="Uid">Stays the same from build to build, so importing the file again updates the event.</param>
/// <param name="Date">The day the event falls on.</param>
/// <param name="Summary">The title calendars show.</param>
/// <param name="Description">Where the date comes from, and the page's address.</param>
/// <param name="Url">The absolute address of the page about it.</param>
public sealed record CalendarEvent(string Uid, DateOnly Date, string Summary, string Description, string Url);
