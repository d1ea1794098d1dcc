// The plan as stored, exported and shared: validatePlan and planToJson (storage.js) and how two
// plans merge (plan-store.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlan, planToJson, isPlanDate, emptyPlan } from '../assets/js/storage.js';
import { mergePlans, hasOwnDates } from '../assets/js/plan-store.js';

const full = {
  municipality: 'Odense Kommune',
  start: '2026-01-05',
  phases: { planlaegning: '2026-04-01' },
  milestones: { '1-01-ejerskab-og-ressourcer': '2026-01-20' },
  updated: '2026-02-01T10:00:00.000Z',
};

test('a valid plan survives the round trip to JSON unchanged', () => {
  const checked = validatePlan(full);
  assert.equal(checked.ok, true);
  assert.equal(checked.plan.phases.get('planlaegning'), '2026-04-01');
  assert.deepEqual(planToJson(checked.plan), full);
});

test('an empty plan is valid and has no own dates', () => {
  const checked = validatePlan({});
  assert.equal(checked.ok, true);
  assert.equal(hasOwnDates(checked.plan), false);
  assert.deepEqual(planToJson(checked.plan), {});
});

test('each kind of bad value is refused and names its field', () => {
  const cases = [
    [[], ''],
    [{ municipality: 'x'.repeat(121) }, 'municipality'],
    [{ municipality: ' Odense' }, 'municipality'],
    [{ municipality: 'Odense\nKommune' }, 'municipality'],
    [{ municipality: 7 }, 'municipality'],
    [{ start: '2026-02-30' }, 'start'],
    [{ start: '26-01-05' }, 'start'],
    [{ start: '1999-12-31' }, 'start'],
    [{ updated: 'i går' }, 'updated'],
    [{ phases: [] }, 'phases'],
    [{ phases: { 'Ikke Et Id': '2026-01-01' } }, 'phases.Ikke Et Id'],
    [{ milestones: { 'a-1': '2026-13-01' } }, 'milestones.a-1'],
  ];
  for (const [json, field] of cases) assert.deepEqual(validatePlan(json), { ok: false, field }, JSON.stringify(json));
});

test('an id like __proto__ or constructor is data, never a property of the object', () => {
  const checked = validatePlan(JSON.parse('{"milestones": {"constructor": "2026-01-01"}}'));
  assert.equal(checked.ok, true);
  assert.equal(checked.plan.milestones.get('constructor'), '2026-01-01');
  assert.equal(validatePlan(JSON.parse('{"phases": {"__proto__": "2026-01-01"}}')).ok, false);
});

test('dates must be real calendar days between 2000 and 2100', () => {
  assert.equal(isPlanDate('2028-02-29'), true);
  assert.equal(isPlanDate('2027-02-29'), false);
  assert.equal(isPlanDate('2101-01-01'), false);
  assert.equal(isPlanDate('2026-1-5'), false);
});

test('merging keeps what only one plan has and lets the later change win where both have a date', () => {
  const mine = { ...emptyPlan(), municipality: 'Odense Kommune', start: '2026-01-05', phases: new Map([['a', '2026-03-01']]), updated: '2026-02-01T00:00:00Z' };
  const theirs = { ...emptyPlan(), start: '2026-01-12', phases: new Map([['b', '2026-06-01']]), milestones: new Map([['m', '2026-01-20']]), updated: '2026-02-02T00:00:00Z' };
  const merged = mergePlans(mine, theirs);
  assert.equal(merged.municipality, 'Odense Kommune');
  assert.equal(merged.start, '2026-01-12');
  assert.deepEqual([...merged.phases], [['a', '2026-03-01'], ['b', '2026-06-01']]);
  assert.equal(merged.milestones.get('m'), '2026-01-20');
  assert.equal(merged.updated, '2026-02-02T00:00:00Z');
  assert.equal(mergePlans(theirs, mine).start, '2026-01-12');
  assert.equal(mine.phases.size, 1, 'the plans merged are not changed');
});
