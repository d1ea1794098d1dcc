// What the status report says (report-model.js), over a small index and the schedule rules of
// plan-dates.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportOf, responsibleOf, DUE_WINDOW_DAYS } from '../assets/js/report-model.js';
import { scheduleFor } from '../assets/js/plan-dates.js';
import { emptyPlan } from '../assets/js/storage.js';

const index = {
  phases: [
    { id: 'a', number: 1, title: 'A', starts: '2015-03-01', ends: '2015-03-31', ends_text: 'ca. 31. marts 2015' },
    { id: 'b', number: 2, title: 'B', starts: null, ends: '2015-05-30', ends_text: '30. maj 2015' },
  ],
  roles: [{ id: 'ejer', title: 'Ejer' }, { id: 'gør', title: 'Gør' }, { id: 'hører', title: 'Hører' }],
  milestones: [
    { id: 'a-1', phase: 'a', deliverables: ['a-1-x'], roles: { ejer: ['ansvarlig'], 'gør': ['udfører'] } },
    { id: 'a-2', phase: 'a', deliverables: ['a-2-x', 'a-2-y'], roles: { 'gør': ['udfører', 'godkender'], 'hører': ['deltager'] } },
    { id: 'a-3', phase: 'a', deliverables: ['a-3-x'], roles: { 'hører': ['deltager'] } },
    { id: 'b-1', phase: 'b', deliverables: ['b-1-x'], roles: {} },
    { id: 'b-2', phase: 'b', deliverables: ['b-2-x'], roles: { ejer: ['ansvarlig'] } },
  ],
};
const ticked = (...ids) => ({ isDone: (id) => ids.includes(id) });
const planWith = (changes) => ({ ...emptyPlan(), ...changes });
const today = '2026-03-10';

test('each phase counts its milestones once by status, and the overdue ones again', () => {
  const plan = planWith({ milestones: new Map([['a-2', '2026-03-09'], ['a-3', '2026-01-01'], ['a-1', '2026-03-01']]) });
  const report = reportOf(index, scheduleFor(index, plan), ticked('a-1-x', 'a-2-x'), today);
  const [a, b] = report.phases;
  assert.deepEqual([a.total, a.done, a.inProgress, a.notStarted, a.overdue], [3, 1, 1, 1, 2]);
  assert.equal(a.done + a.inProgress + a.notStarted, a.total);
  // Phase b keeps the playbook's 2015 dates, which never make anything overdue.
  assert.deepEqual([b.total, b.done, b.inProgress, b.notStarted, b.overdue], [2, 0, 0, 2, 0]);
  assert.deepEqual(report.totals, { milestones: 5, done: 1, deliverables: 6, ticked: 2 });
  assert.equal(report.own, true);
});

test('the next four weeks run from today to 28 days on, hold only what is not done, by date', () => {
  const plan = planWith({
    start: '2026-06-01',
    milestones: new Map([['a-1', '2026-03-12'], ['a-2', '2026-04-07'], ['a-3', '2026-03-10'], ['b-1', '2026-04-08'], ['b-2', '2026-03-11']]),
  });
  const report = reportOf(index, scheduleFor(index, plan), ticked('b-2-x'), today);
  assert.equal(DUE_WINDOW_DAYS, 28);
  assert.equal(report.until, '2026-04-07');
  assert.deepEqual(report.due.map((e) => e.milestone.id), ['a-3', 'a-1', 'a-2']);
  assert.deepEqual(report.due.map((e) => e.target), ['2026-03-10', '2026-03-12', '2026-04-07']);
  assert.deepEqual(report.overdue, []);
});

test('overdue milestones come by target, and only when the team has dates of its own', () => {
  const withPlan = planWith({ start: '2026-06-01', milestones: new Map([['b-1', '2026-03-01'], ['a-2', '2026-03-09'], ['a-1', '2026-02-01']]) });
  const report = reportOf(index, scheduleFor(index, withPlan), ticked('a-1-x'), today);
  assert.deepEqual(report.overdue.map((e) => e.milestone.id), ['b-1', 'a-2']);

  const playbook = reportOf(index, scheduleFor(index, emptyPlan()), ticked(), today);
  assert.equal(playbook.own, false);
  assert.deepEqual(playbook.overdue, []);
  assert.deepEqual(playbook.phases.map((p) => p.overdue), [0, 0]);
  assert.equal(playbook.phases[0].deadline.text, 'ca. 31. marts 2015');
});

test('the responsible roles are the owners, else those who do the work, else everyone involved', () => {
  const roles = new Map(index.roles.map((r) => [r.id, r]));
  const ids = (m) => { const r = responsibleOf(index.milestones.find((x) => x.id === m), roles); return [r.kind, r.roles.map((x) => x.id)]; };
  assert.deepEqual(ids('a-1'), ['ansvarlig', ['ejer']]);
  assert.deepEqual(ids('a-2'), ['udfører', ['gør']]);
  assert.deepEqual(ids('a-3'), [null, ['hører']]);
  assert.deepEqual(ids('b-1'), [null, []]);
});

test('a role the index does not know is left out rather than shown as an id', () => {
  const roles = new Map([['ejer', { id: 'ejer', title: 'Ejer' }]]);
  const result = responsibleOf({ roles: { ejer: ['ansvarlig'], ukendt: ['ansvarlig'], constructor: ['ansvarlig'] } }, roles);
  assert.deepEqual(result.roles.map((r) => r.id), ['ejer']);
});
