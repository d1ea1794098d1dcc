// A team's plan as an iCalendar file (RFC 5545), made in the browser: one all-day event per phase
// deadline and per milestone target, by the same rules as the playbook's own file that the build
// writes (src/Drejebog.Site.Core/Calendar/). The UIDs are the same as there, so a calendar that
// imported /kalender/drejebog.ics updates those events when the team's file is imported, instead
// of showing both. Pure: no DOM, no clock; the caller turns the text into a download.

const PRODUCT_ID = '-//Drejebog.Site//Kalender 1//DA';
const TIME_ZONE = 'Europe/Copenhagen';
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/** The UID of a phase's deadline, as in the build's PlaybookCalendar.cs. */
export function phaseUid(phaseId, siteId) {
  return `fase-${phaseId}@${siteId}`;
}

/** The UID of a milestone's target, as in the build's PlaybookCalendar.cs. */
export function milestoneUid(milestoneId, siteId) {
  return `milepael-${milestoneId}@${siteId}`;
}

/**
 * A TEXT value: backslash, semicolon and comma escaped, every line break as `\n`, and other
 * control characters dropped, since TEXT may hold none but tab.
 */
export function escapeText(text) {
  return String(text)
    .replace(/\r\n|[\r\n\f\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * One content line, folded at 75 octets of UTF-8 (a continuation starts with a space, which
 * counts) and ended by CRLF. It breaks only between code points, so no æ, ø, å or emoji is cut.
 */
export function foldLine(line) {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0);
    // A lone surrogate cannot be UTF-8; it goes out as U+FFFD, as TextEncoder would send it.
    const isLone = code >= 0xd800 && code <= 0xdfff;
    const size = isLone ? 3 : code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > MAX_LINE_OCTETS) {
      folded += `${CRLF} `;
      octets = 1;
    }
    folded += isLone ? '\ufffd' : char;
    octets += size;
  }
  return folded + CRLF;
}

/** "2026-03-14" → "20260314" */
function basicDate(iso) {
  return iso.replaceAll('-', '');
}

/** The day after an ISO date, for the exclusive DTEND of an all-day event. */
function nextDay(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * DTSTAMP: when the plan last changed, so a file exported after a change is newer than the one
 * before it, and always newer than the playbook's file (stamped with its latest date, 2015). Without
 * that time, the latest date in the schedule, the rule the build uses: never the clock, so the
 * same plan gives the same file.
 */
function stamp(updated, dates) {
  const time = typeof updated === 'string' ? Date.parse(updated) : NaN;
  const iso = Number.isFinite(time)
    ? new Date(time).toISOString()
    : `${dates.reduce((latest, d) => (d > latest ? d : latest), '0001-01-01')}T00:00:00.000Z`;
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function absolute(siteUrl, path) {
  const base = String(siteUrl ?? '').replace(/\/+$/, '');
  return base + (typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : '/');
}

function phaseEvent(phase, entry, siteId, url) {
  const own = entry.own === true;
  const origin = own
    ? `Jeres dato: fristen for fase ${phase.number} er sat i jeres plan.`
    : entry.shifted
      ? `Drejebogens frist for fase ${phase.number}, flyttet lige så mange dage som jeres startdato er flyttet.`
      : `Drejebogens frist for fase ${phase.number}${entry.text ? `: ${entry.text}` : ''}.`;
  return {
    uid: phaseUid(phase.id, siteId),
    date: entry.deadline,
    summary: `Frist: Fase ${phase.number} ${phase.title}${own ? ' (jeres dato)' : ''}`,
    description: `${origin}\n\nLæs om fasen: ${url}`,
    url,
  };
}

function milestoneEvent(milestone, phase, entry, siteId, url) {
  const own = entry.own === true;
  const origin = own
    ? 'Jeres dato: måldatoen er sat i jeres plan.'
    : entry.derived
      ? `Måldatoen er beregnet ud fra jeres datoer: milepælene i fase ${phase.number} er fordelt jævnt over fasen.`
      : `Måldatoen er sitets forslag, ikke drejebogens: drejebogen sætter kun datoer på faserne, så milepælene i fase ${phase.number} er fordelt jævnt over fasen.`;
  return {
    uid: milestoneUid(milestone.id, siteId),
    date: entry.target,
    summary: `Milepæl ${milestone.number}: ${milestone.title}${own ? ' (jeres dato)' : ''}`,
    description: `${origin}\n\nLæs om milepælen: ${url}`,
    url,
  };
}

/** Phase by phase, as the build writes them: the phase's milestones, then its deadline. Entries without a date are left out. */
function eventsFor(index, schedule, siteUrl, siteId) {
  const milestones = new Map(index.milestones.map((m) => [m.id, m]));
  const events = [];
  for (const phase of index.phases) {
    for (const id of phase.milestones ?? []) {
      const milestone = milestones.get(id);
      const entry = schedule.milestones.get(id);
      if (milestone && ISO_DATE.test(entry?.target ?? '')) {
        events.push(milestoneEvent(milestone, phase, entry, siteId, absolute(siteUrl, milestone.url)));
      }
    }
    const entry = schedule.phases.get(phase.id);
    if (ISO_DATE.test(entry?.deadline ?? '')) {
      events.push(phaseEvent(phase, entry, siteId, absolute(siteUrl, phase.url)));
    }
  }
  return events;
}

/**
 * The calendar file's text, with CRLF line ends, for a schedule (plan-dates.js scheduleFor).
 * options: siteUrl (the site's address, for links back), siteId (defaults to the index's site),
 * municipality (names the calendar), updated (the plan's last change, ISO, for DTSTAMP).
 */
export function icsFor(index, schedule, { siteUrl, siteId = index.site, municipality = '', updated = null } = {}) {
  const events = eventsFor(index, schedule, siteUrl, siteId);
  const dtstamp = stamp(updated, events.map((e) => e.date));
  const name = municipality ? `${municipality}: drejebogens frister og milepæle` : 'Jeres plan: drejebogens frister og milepæle';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      // Floating all-day dates: the whole calendar day, wherever the reader is, which is what a
      // deadline in Copenhagen means. DTEND is exclusive, so it is the next day.
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `URL:${e.url}`,
      'SEQUENCE:0',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}
