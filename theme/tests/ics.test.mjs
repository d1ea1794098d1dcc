// ics.js: the team's calendar file. The C# tests read its output for the real site back with
// Ical.Net (TeamCalendarTests); these check the text rules and the wording on a small index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeText, foldLine, icsFor, milestoneUid, phaseUid } from '../assets/js/ics.js';

const octets = (s) => new TextEncoder().encode(s).length;
const unfold = (text) => text.replaceAll('\r\n ', '');
const lines = (text) => unfold(text).split('\r\n').slice(0, -1);

const index = {
  site: 'drejebog.example',
  phases: [
    { id: 'planlaegning', number: 1, title: 'Planlægning', url: '/faser/planlaegning/', milestones: ['ejerskab', 'visioner'] },
    { id: 'indkoeb', number: 2, title: 'Indkøb', url: '/faser/indkoeb/', milestones: ['krav'] },
  ],
  milestones: [
    { id: 'ejerskab', number: '1.1', title: 'Ejerskab; ressourcer, og mere', url: '/milepaele/ejerskab/', phase: 'planlaegning' },
    { id: 'visioner', number: '1.2', title: 'Visioner', url: '/milepaele/visioner/', phase: 'planlaegning' },
    { id: 'krav', number: '2.1', title: 'Krav', url: '/milepaele/krav/', phase: 'indkoeb' },
  ],
};

const schedule = {
  own: true,
  phases: new Map([
    ['planlaegning', { start: '2026-01-05', deadline: '2026-04-30', own: true, shifted: false, text: null }],
    ['indkoeb', { start: '2026-04-30', deadline: '2026-08-14', own: false, shifted: true, text: null }],
  ]),
  milestones: new Map([
    ['ejerskab', { target: '2026-02-01', own: true, derived: false }],
    ['visioner', { target: '2026-04-30', own: false, derived: true }],
    ['krav', { target: '2026-12-31', own: false, derived: true }],
  ]),
};

const options = { siteUrl: 'https://kommune.example/', municipality: 'Ærø Kommune', updated: '2026-03-02T09:15:30.123+01:00' };

function events(text) {
  const all = [];
  let current = null;
  for (const line of lines(text)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') all.push(current), (current = null);
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return all;
}

test('escapes backslash, semicolon, comma and every kind of line break, and drops control characters', () => {
  assert.equal(escapeText('a\\b;c,d'), 'a\\\\b\\;c\\,d');
  assert.equal(escapeText('en\r\nto\rtre\nfire\u2028fem'), 'en\\nto\\ntre\\nfire\\nfem');
  assert.equal(escapeText('tab\there\u0000\u0007\u001b\u007f'), 'tab\there');
  assert.equal(escapeText('æøå 🎉'), 'æøå 🎉');
});

test('a short line is left whole and ends with CRLF', () => {
  assert.equal(foldLine('SUMMARY:Kort'), 'SUMMARY:Kort\r\n');
  assert.equal(foldLine('X'.repeat(75)), `${'X'.repeat(75)}\r\n`);
});

test('folding keeps every physical line within 75 octets and unfolds to the original', () => {
  for (const filler of ['a', 'æ', 'ø', 'å', '🎉', '€']) {
    for (let length = 60; length < 200; length += 7) {
      const line = `DESCRIPTION:${filler.repeat(length)}x`;
      const folded = foldLine(line);
      assert.ok(folded.endsWith('\r\n'));
      const physical = folded.slice(0, -2).split('\r\n');
      physical.forEach((l, i) => {
        assert.ok(octets(l) <= 75, `${octets(l)} octets: ${l}`);
        assert.equal(i > 0, l.startsWith(' '));
      });
      assert.equal(unfold(folded), `${line}\r\n`);
    }
  }
});

test('a two-octet letter or a four-octet emoji at the 75th octet moves whole to the next line', () => {
  const ae = foldLine(`${'a'.repeat(74)}æ`);
  assert.equal(ae, `${'a'.repeat(74)}\r\n æ\r\n`);
  const emoji = foldLine(`${'a'.repeat(73)}🎉b`);
  assert.equal(emoji, `${'a'.repeat(73)}\r\n 🎉b\r\n`);
  // Exactly filling 75 octets keeps it on the line.
  assert.equal(foldLine(`${'a'.repeat(71)}🎉`), `${'a'.repeat(71)}🎉\r\n`);
});

test('a lone surrogate goes out as U+FFFD, so the file stays valid UTF-8', () => {
  assert.equal(foldLine('SUMMARY:a\ud800b'), 'SUMMARY:a\ufffdb\r\n');
});

test('the calendar has the required properties, CRLF only and no line over 75 octets', () => {
  const text = icsFor(index, schedule, options);
  assert.doesNotMatch(text.replaceAll('\r\n', ''), /[\r\n]/);
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  for (const line of text.slice(0, -2).split('\r\n')) {
    assert.ok(octets(line) <= 75, line);
  }
  const head = lines(text).slice(0, 7);
  assert.deepEqual(head, [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Drejebog.Site//Kalender 1//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Ærø Kommune: drejebogens frister og milepæle',
    'X-WR-TIMEZONE:Europe/Copenhagen',
  ]);
});

test('one event per milestone and phase, phase by phase, with the build\'s UIDs', () => {
  const all = events(icsFor(index, schedule, options));
  assert.deepEqual(all.map((e) => e.UID), [
    'milepael-ejerskab@drejebog.example',
    'milepael-visioner@drejebog.example',
    'fase-planlaegning@drejebog.example',
    'milepael-krav@drejebog.example',
    'fase-indkoeb@drejebog.example',
  ]);
  assert.equal(phaseUid('x', 's'), 'fase-x@s');
  assert.equal(milestoneUid('x', 's'), 'milepael-x@s');
});

test('all-day dates end the next day, across a month and a year', () => {
  const all = events(icsFor(index, schedule, options));
  const byUid = new Map(all.map((e) => [e.UID, e]));
  assert.equal(byUid.get('fase-planlaegning@drejebog.example')['DTSTART;VALUE=DATE'], '20260430');
  assert.equal(byUid.get('fase-planlaegning@drejebog.example')['DTEND;VALUE=DATE'], '20260501');
  assert.equal(byUid.get('milepael-krav@drejebog.example')['DTSTART;VALUE=DATE'], '20261231');
  assert.equal(byUid.get('milepael-krav@drejebog.example')['DTEND;VALUE=DATE'], '20270101');
  assert.ok(all.every((e) => e.SEQUENCE === '0' && e.TRANSP === 'TRANSPARENT'));
});

test('the team\'s own dates are marked "jeres dato"; the others say where they come from', () => {
  const byUid = new Map(events(icsFor(index, schedule, options)).map((e) => [e.UID, e]));
  const ownPhase = byUid.get('fase-planlaegning@drejebog.example');
  assert.equal(ownPhase.SUMMARY, 'Frist: Fase 1 Planlægning (jeres dato)');
  assert.match(ownPhase.DESCRIPTION, /^Jeres dato/);
  const shifted = byUid.get('fase-indkoeb@drejebog.example');
  assert.equal(shifted.SUMMARY, 'Frist: Fase 2 Indkøb');
  assert.match(shifted.DESCRIPTION, /startdato/);
  const own = byUid.get('milepael-ejerskab@drejebog.example');
  assert.equal(own.SUMMARY, 'Milepæl 1.1: Ejerskab\\; ressourcer\\, og mere (jeres dato)');
  assert.match(byUid.get('milepael-visioner@drejebog.example').DESCRIPTION, /beregnet ud fra jeres datoer/);
});

test('every event links back to its page on the site, in URL and description', () => {
  const byUid = new Map(events(icsFor(index, schedule, options)).map((e) => [e.UID, e]));
  const phase = byUid.get('fase-indkoeb@drejebog.example');
  assert.equal(phase.URL, 'https://kommune.example/faser/indkoeb/');
  assert.ok(phase.DESCRIPTION.endsWith('\\n\\nLæs om fasen: https://kommune.example/faser/indkoeb/'));
  assert.equal(byUid.get('milepael-krav@drejebog.example').URL, 'https://kommune.example/milepaele/krav/');
});

test('DTSTAMP is the plan\'s last change in UTC, else the latest date in the schedule', () => {
  const stamped = events(icsFor(index, schedule, options));
  assert.ok(stamped.every((e) => e.DTSTAMP === '20260302T081530Z'));
  const fallback = events(icsFor(index, schedule, { ...options, updated: 'not a time' }));
  assert.ok(fallback.every((e) => e.DTSTAMP === '20261231T000000Z'));
});

test('the same plan gives the same file; without a municipality the calendar still has a name', () => {
  assert.equal(icsFor(index, schedule, options), icsFor(index, schedule, options));
  const plain = icsFor(index, schedule, { siteUrl: 'https://kommune.example' });
  assert.ok(lines(plain).includes('X-WR-CALNAME:Jeres plan: drejebogens frister og milepæle'));
  assert.ok(lines(plain).some((l) => l.startsWith('UID:fase-planlaegning@drejebog.example')));
});

test('a phase or milestone without a date in the schedule gets no event', () => {
  const partial = { ...schedule, milestones: new Map([['krav', { target: '2026-06-01', own: true }]]), phases: new Map() };
  assert.deepEqual(events(icsFor(index, partial, options)).map((e) => e.UID), ['milepael-krav@drejebog.example']);
});

test('a municipality with a comma or semicolon is escaped in the calendar name', () => {
  const text = icsFor(index, schedule, { ...options, municipality: 'Kommune, Nord; Syd' });
  assert.ok(lines(text).includes('X-WR-CALNAME:Kommune\\, Nord\\; Syd: drejebogens frister og milepæle'));
});
