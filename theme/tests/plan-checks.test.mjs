// What /plan/ refuses before saving (plan-checks.js): dates out of range or half typed, a name
// storage would not keep, and phase deadlines that do not come after the start or the phase before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlanForm, RANGE_MESSAGE, INCOMPLETE_MESSAGE, NAME_MESSAGE } from '../assets/js/plan-checks.js';

const index = {
  phases: [
    { id: 'a', number: 1, starts: '2015-03-01', ends: '2015-06-15', ends_text: 'ca. 15. juni 2015' },
    { id: 'b', number: 2, starts: null, ends: '2015-10-01', ends_text: 'ca. 1. oktober 2015' },
  ],
  milestones: [
    { id: 'a-1', phase: 'a', deliverables: ['x'] },
    { id: 'b-1', phase: 'b', deliverables: ['y'] },
  ],
};

/** The form's fields as plan-form.js reads them; every field empty unless given. */
function form(values = {}, incomplete = []) {
  const keys = ['municipality', 'start', 'phase:a', 'phase:b', 'milestone:a-1', 'milestone:b-1'];
  return new Map(keys.map((key) => [key, { value: values[key] ?? '', incomplete: incomplete.includes(key) }]));
}

test('an empty form and a consistent plan pass', () => {
  assert.equal(checkPlanForm(index, form(), 'start').errors.size, 0);
  const { errors, json } = checkPlanForm(index, form({ municipality: 'Odense Kommune', start: '2026-01-05', 'phase:a': '2026-05-01', 'milestone:b-1': '2026-08-01' }), 'phase:a');
  assert.equal(errors.size, 0);
  assert.deepEqual(json, { municipality: 'Odense Kommune', start: '2026-01-05', phases: { a: '2026-05-01' }, milestones: { 'b-1': '2026-08-01' } });
});

test('dates outside 2000–2100, impossible dates and half-typed dates are refused at their field', () => {
  for (const value of ['1999-12-31', '2101-01-01', '2026-02-30']) {
    const { errors } = checkPlanForm(index, form({ 'milestone:a-1': value }), 'milestone:a-1');
    assert.deepEqual([...errors], [['milestone:a-1', RANGE_MESSAGE]], value);
  }
  const { errors } = checkPlanForm(index, form({}, ['start']), 'start');
  assert.deepEqual([...errors], [['start', INCOMPLETE_MESSAGE]]);
});

test('a name with control characters or over 120 characters is refused', () => {
  assert.deepEqual([...checkPlanForm(index, form({ municipality: 'Odense\u0007' }), 'municipality').errors], [['municipality', NAME_MESSAGE]]);
  assert.deepEqual([...checkPlanForm(index, form({ municipality: 'x'.repeat(121) }), 'municipality').errors], [['municipality', NAME_MESSAGE]]);
  assert.equal(checkPlanForm(index, form({ municipality: 'x'.repeat(120) }), 'municipality').errors.size, 0);
});

test('a first deadline not after the start is blamed on the field just changed', () => {
  const values = form({ start: '2026-01-05', 'phase:a': '2026-01-05' });
  assert.deepEqual([...checkPlanForm(index, values, 'phase:a').errors],
    [['phase:a', 'Fristen for fase 1 skal ligge efter startdatoen (5. januar 2026).']]);
  assert.deepEqual([...checkPlanForm(index, values, 'start').errors],
    [['start', 'Startdatoen skal ligge før fristen for fase 1 (5. januar 2026).']]);
});

test('a deadline before the previous phase\'s is refused, naming where the other date comes from', () => {
  const { errors } = checkPlanForm(index, form({ start: '2026-01-05', 'phase:a': '2026-06-01', 'phase:b': '2026-05-01' }), 'phase:b');
  assert.deepEqual([...errors], [['phase:b', 'Fristen for fase 2 skal ligge efter fristen for fase 1 (1. juni 2026).']]);

  // Only phase 1 moved, without a start: phase 2 keeps the playbook's 2015 deadline.
  const alone = checkPlanForm(index, form({ 'phase:a': '2026-06-01' }), 'phase:a');
  assert.deepEqual([...alone.errors], [['phase:a',
    'Fristen for fase 1 skal ligge før fristen for fase 2 (1. oktober 2015, drejebogens frist). Skriv en startdato først, så flytter alle frister med den.']]);
});

test('a deadline before the playbook\'s start is refused when the team has no start of its own', () => {
  const { errors } = checkPlanForm(index, form({ 'phase:a': '2015-02-01' }), 'phase:a');
  assert.deepEqual([...errors], [['phase:a', 'Fristen for fase 1 skal ligge efter startdatoen (1. marts 2015, drejebogens dato).']]);
});
