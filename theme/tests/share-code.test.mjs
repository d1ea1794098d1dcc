// Share links (share-code.js): the round trip, what a damaged or hand-made link gives, links made
// by this version (fixed strings below, which must keep opening), and the length of the longest
// real link. DREJEBOG_CONTENT_INDEX names the real site's content index under ThemeScriptTests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { encodeShare, decodeShare, crc32, toBase64Url, MAX_LINK_LENGTH, MAX_SENDER_LENGTH } from '../assets/js/share-code.js';
import { validatePlan, planToJson } from '../assets/js/storage.js';

const SITE = 'drejebog.netlify.app';
const LINK_BASE = `https://${SITE}/del/#`;

const plan = validatePlan({
  municipality: 'Odense Kommune',
  start: '2026-01-05',
  phases: { planlaegning: '2026-04-01' },
  milestones: { 'ejerskab-og-ressourcer': '2026-01-20' },
  updated: '2026-02-01T10:00:00.000Z',
}).plan;

const items = new Map([
  ['ejerskab-programledelse-udpeget', { done: true, at: '2026-01-19T08:30:00.000Z' }],
  // An item without a time (old stored values and imports may have none).
  ['as-is-viden-beskrevet', { done: true }],
  // An id the content may not have any more: shared like any other.
  ['leverance-der-er-slettet', { done: true, at: '2025-12-01T12:00:00.000Z' }],
]);

const share = { site: SITE, sender: 'Anne Sørensen', made: '2026-02-02T09:15:00.000Z', items, plan };

/** The fragment with its JSON replaced, and the checksum made to fit (a link made by hand). */
function handMade(json, form = 'j') {
  const bytes = Buffer.from(typeof json === 'string' ? json : JSON.stringify(json), 'utf8');
  const crc = crc32(bytes).toString(16).padStart(8, '0');
  const data = form === 'z' ? zlib.deflateRawSync(bytes) : bytes;
  return `v1.${form}.${crc}.${toBase64Url(new Uint8Array(data))}`;
}

function assertSameShare(decoded, expected) {
  assert.equal(decoded.ok, true, JSON.stringify(decoded));
  assert.equal(decoded.share.site, expected.site);
  assert.equal(decoded.share.sender, expected.sender);
  assert.equal(decoded.share.made, expected.made);
  assert.deepEqual(decoded.share.items, expected.items);
  assert.deepEqual(planToJson(decoded.share.plan), planToJson(expected.plan));
}

test('the CRC is the standard CRC-32 (as zlib computes it)', () => {
  for (const text of ['', 'a', 'drejebog', JSON.stringify({ site: SITE, æøå: 'ÆØÅ' })]) {
    const bytes = Buffer.from(text, 'utf8');
    assert.equal(crc32(bytes), zlib.crc32(bytes), text);
  }
});

for (const compress of [true, false]) {
  test(`a share survives the round trip (${compress ? 'deflated' : 'plain'})`, async () => {
    const fragment = await encodeShare(share, { compress });

    assert.match(fragment, compress ? /^v1\.z\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/ : /^v1\.j\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    assertSameShare(await decodeShare(fragment, SITE), share);
    assertSameShare(await decodeShare(`#${fragment}`, SITE), share);
  });
}

test('deflating makes a typical link shorter', async () => {
  assert.ok((await encodeShare(share, { compress: true })).length < (await encodeShare(share, { compress: false })).length);
});

test('no sender, no ticks and no plan is a valid share, and an empty plan is left out of the link', async () => {
  const empty = { site: SITE, sender: '', made: '2026-02-02T09:15:00.000Z', items: new Map(), plan: validatePlan({}).plan };
  const fragment = await encodeShare(empty, { compress: false });

  assert.deepEqual(JSON.parse(Buffer.from(fragment.split('.')[3], 'base64url').toString('utf8')), { site: SITE, made: empty.made, ticks: {} });
  assertSameShare(await decodeShare(fragment, SITE), empty);
});

test('the sender is trimmed, loses control characters and is cut at 80 characters', async () => {
  const long = { ...share, sender: `  Anne\u0000Sørensen\n${'x'.repeat(200)}  ` };
  const decoded = await decodeShare(await encodeShare(long), SITE);

  assert.equal(decoded.ok, true);
  assert.equal([...decoded.share.sender].length, MAX_SENDER_LENGTH);
  assert.ok(decoded.share.sender.startsWith('Anne Sørensen xxx'));
});

test('a link made on another site says which site', async () => {
  const decoded = await decodeShare(await encodeShare({ ...share, site: 'et-andet-site.example' }), SITE);

  assert.deepEqual(decoded, { ok: false, code: 'site', from: 'et-andet-site.example' });
});

test('changing any one character of a link is caught', async () => {
  for (const compress of [true, false]) {
    const fragment = await encodeShare(share, { compress });
    const dataStart = fragment.lastIndexOf('.') + 1;
    for (let i = 'v1.'.length; i < fragment.length; i++) {
      if (fragment[i] === '.') continue;
      const other = i < dataStart && i > 4 ? (fragment[i] === '0' ? '1' : '0') : fragment[i] === 'A' ? 'B' : 'A';
      const tampered = fragment.slice(0, i) + other + fragment.slice(i + 1);
      const decoded = await decodeShare(tampered, SITE);
      assert.equal(decoded.ok, false, `position ${i} of ${compress ? 'deflated' : 'plain'} link`);
      assert.ok(['damaged', 'unknown-version'].includes(decoded.code), `position ${i}: ${decoded.code}`);
    }
  }
});

test('every cut-off link is refused, never shown in part', async () => {
  for (const compress of [true, false]) {
    const fragment = await encodeShare(share, { compress });
    for (let length = 0; length < fragment.length; length++) {
      const decoded = await decodeShare(fragment.slice(0, length), SITE);
      assert.equal(decoded.ok, false, `${length} characters`);
      assert.ok(['empty', 'not-link', 'damaged'].includes(decoded.code), `${length} characters: ${decoded.code}`);
    }
  }
});

test('versions: a newer one says so, an unknown one and a non-link are told apart', async () => {
  const body = (await encodeShare(share)).slice('v1.'.length);

  assert.deepEqual(await decodeShare(`v2.${body}`, SITE), { ok: false, code: 'newer-version', version: 2 });
  assert.deepEqual(await decodeShare(`#v17.x.whatever`, SITE), { ok: false, code: 'newer-version', version: 17 });
  assert.deepEqual(await decodeShare(`v0.${body}`, SITE), { ok: false, code: 'unknown-version', version: 0 });
  assert.deepEqual(await decodeShare(`v1.q.${body.slice(2)}`, SITE), { ok: false, code: 'unknown-version', version: 1 });
  assert.deepEqual(await decodeShare('', SITE), { ok: false, code: 'empty' });
  assert.deepEqual(await decodeShare('#', SITE), { ok: false, code: 'empty' });
  assert.deepEqual(await decodeShare('#afsnit-2', SITE), { ok: false, code: 'not-link' });
});

test('a link broken over lines or percent-encoded by a mail program still opens', async () => {
  const fragment = await encodeShare(share);
  const broken = `${fragment.slice(0, 40)}\n ${fragment.slice(40, 90)}%20${fragment.slice(90)}`;

  assertSameShare(await decodeShare(broken, SITE), share);
});

test('a hand-made link with a fitting checksum is still checked like an import', async () => {
  const good = { site: SITE, made: '2026-02-02T09:15:00.000Z', ticks: { 'as-is-viden-beskrevet': '' } };
  assert.equal((await decodeShare(handMade(good), SITE)).ok, true);
  assert.equal((await decodeShare(handMade(good, 'z'), SITE)).ok, true);

  const bad = [
    [],
    'not json',
    { ...good, site: '' },
    { ...good, site: 'x'.repeat(254) },
    { ...good, made: 'i går' },
    { ...good, made: undefined },
    { ...good, sender: 7 },
    { ...good, sender: ' Anne' },
    { ...good, sender: 'x'.repeat(81) },
    { ...good, ticks: undefined },
    { ...good, ticks: ['as-is-viden-beskrevet'] },
    { ...good, ticks: { '<img src=x>': '' } },
    { ...good, ticks: { 'as-is-viden-beskrevet': true } },
    { ...good, ticks: { 'as-is-viden-beskrevet': 'ikke en tid' } },
    `{"site":"${SITE}","made":"2026-02-02T09:15:00.000Z","ticks":{"__proto__":""}}`,
    { ...good, plan: [] },
    { ...good, plan: { start: '2026-02-30' } },
    { ...good, plan: { municipality: 'Odense\nKommune' } },
    { ...good, plan: { milestones: { constructor: 'i morgen' } } },
  ];
  for (const json of bad) {
    const decoded = await decodeShare(handMade(json), SITE);
    assert.equal(decoded.ok, false, JSON.stringify(json));
    assert.ok(['invalid', 'damaged'].includes(decoded.code), `${JSON.stringify(json)}: ${decoded.code}`);
  }
});

test('ids named like Object.prototype properties are plain data', async () => {
  const odd = { ...share, items: new Map([['constructor', { done: true }], ['tostring', { done: true, at: '2026-01-01T00:00:00.000Z' }]]) };

  const decoded = await decodeShare(await encodeShare(odd), SITE);

  assert.deepEqual(decoded.share.items, odd.items);
});

test('a link that unpacks to far more than a share is refused', async () => {
  const huge = { site: SITE, made: '2026-02-02T09:15:00.000Z', ticks: Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`leverance-${i}`, ''])) };

  assert.deepEqual(await decodeShare(handMade(huge, 'z'), SITE), { ok: false, code: 'damaged' });
});

test('decoding never throws, whatever the address holds', async () => {
  for (const input of [undefined, null, 42, {}, '%E0%A4%A', 'v1', 'v1.', 'v1.z', 'v1.z.', 'v1.z.zzzzzzzz.AAAA', 'v1.z.00000000.A', 'v1.j.00000000.////', '\u{1F600}', 'v99999999.z.0.0', 'v1.z.00000000.' + 'A'.repeat(100000)]) {
    const decoded = await decodeShare(input, SITE);
    assert.equal(decoded.ok, false, String(input));
  }
});

// Made by this version on 2 December 2026 (encodeShare with `share` above). These must open in
// every later version of the site: change the decoder, never these strings.
const FIXED_DEFLATED =
  'v1.z.8a6d6f9d.VZAxbgIxEEWvgqbeQeNNiII76hQpslU6s_7ZGLxey_YiIcS90udikZEgUM_8N2_-ibIrIE02YYftNCwDindfx6WJkRoaja3TVtoXlpal7WSt1UqLLEXkkxrKCBaJNG1CwOLj9ychZARqqLh-n0mfCDukvDdbjmkakhk9LHwGzzZiQLnxFat1J6_6Se74JrPLfHAWgbfI-4TDJUINeRyQTOjBFomROHuUcgWuWLUsqlOtln_guaHoTaha4xxc76LxrhxJ07ut4ou3aRzngPpZMeleTlbUUPw2GZevKsYbDMGF4bb1zKLqjdF55DIFPBYwDZyQ8zSn_tLZFd1KDc3RmgJ737fqlDzon_8A';
const FIXED_PLAIN =
  'v1.j.8a6d6f9d.eyJzaXRlIjoiZHJlamVib2cubmV0bGlmeS5hcHAiLCJtYWRlIjoiMjAyNi0wMi0wMlQwOToxNTowMC4wMDBaIiwic2VuZGVyIjoiQW5uZSBTw7hyZW5zZW4iLCJ0aWNrcyI6eyJlamVyc2thYi1wcm9ncmFtbGVkZWxzZS11ZHBlZ2V0IjoiMjAyNi0wMS0xOVQwODozMDowMC4wMDBaIiwiYXMtaXMtdmlkZW4tYmVza3JldmV0IjoiIiwibGV2ZXJhbmNlLWRlci1lci1zbGV0dGV0IjoiMjAyNS0xMi0wMVQxMjowMDowMC4wMDBaIn0sInBsYW4iOnsibXVuaWNpcGFsaXR5IjoiT2RlbnNlIEtvbW11bmUiLCJzdGFydCI6IjIwMjYtMDEtMDUiLCJwaGFzZXMiOnsicGxhbmxhZWduaW5nIjoiMjAyNi0wNC0wMSJ9LCJtaWxlc3RvbmVzIjp7ImVqZXJza2FiLW9nLXJlc3NvdXJjZXIiOiIyMDI2LTAxLTIwIn0sInVwZGF0ZWQiOiIyMDI2LTAyLTAxVDEwOjAwOjAwLjAwMFoifX0';

test('links made by version 1 still open with the same content', async () => {
  assertSameShare(await decodeShare(FIXED_DEFLATED, SITE), share);
  assertSameShare(await decodeShare(FIXED_PLAIN, SITE), share);
});

test('the longest real link, everything ticked and every date set, is within the limit', { skip: !process.env.DREJEBOG_CONTENT_INDEX && 'only under ThemeScriptTests' }, async (t) => {
  const index = JSON.parse(readFileSync(process.env.DREJEBOG_CONTENT_INDEX, 'utf8'));
  const ids = index.milestones.flatMap((m) => m.deliverables);
  assert.ok(ids.length >= 30, `${ids.length} deliverables`);
  // Every tick at its own millisecond, so the times compress no better than real ones.
  const all = new Map(ids.map((id, i) => [id, { done: true, at: new Date(Date.UTC(2026, 0, 5) + i * 2_345_678_901 % 31_536_000_000).toISOString() }]));
  const day = (i) => new Date(Date.UTC(2026, 0, 5) + i * 9 * 86_400_000).toISOString().slice(0, 10);
  const fullPlan = validatePlan({
    municipality: 'Ringkøbing-Skjern Kommune, Social- og Sundhedsforvaltningen, Afdeling for digitalisering',
    start: '2026-01-05',
    phases: Object.fromEntries(index.phases.map((p, i) => [p.id, day(40 + 40 * i)])),
    milestones: Object.fromEntries(index.milestones.map((m, i) => [m.id, day(i)])),
    updated: '2026-02-01T10:00:00.000Z',
  });
  assert.equal(fullPlan.ok, true);
  const full = { site: index.site, sender: 'x'.repeat(MAX_SENDER_LENGTH), made: '2026-12-02T09:15:00.000Z', items: all, plan: fullPlan.plan };

  const deflated = LINK_BASE + await encodeShare(full);
  const plain = LINK_BASE + await encodeShare(full, { compress: false });

  t.diagnostic(`full playbook link: ${deflated.length} characters deflated, ${plain.length} plain (limit ${MAX_LINK_LENGTH})`);
  assert.ok(deflated.length <= MAX_LINK_LENGTH, `${deflated.length} characters`);
  assert.ok(plain.length <= MAX_LINK_LENGTH, `the plain form, for browsers that cannot deflate: ${plain.length} characters`);
  assertSameShare(await decodeShare(deflated.slice(LINK_BASE.length - 1), index.site), full);
});
