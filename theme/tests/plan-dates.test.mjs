// The team's schedule (plan-dates.js). DREJEBOG_CONTENT_INDEX names the real site's content index
// when ThemeScriptTests runs this; the small index below covers the rules on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scheduleFor, isOverdue, danishDate, todayInCopenhagen, addDays, daysBetween, spread } from '../assets/js/plan-dates.js';
import { emptyPlan } from '../assets/js/storage.js';

const index = {
  phases: [
    { id: 'a', starts: '2015-03-01', ends: '2015-03-31', ends_text: 'ca. 31. marts 2015' },
    { id: 'b', starts: null, ends: '2015-05-30', ends_text: '30. maj 2015' },
  ],
  milestones: [
    { id: 'a-1', phase: 'a', deliverables: ['a-1-x'] },
    { id: 'a-2', phase: 'a', deliverables: ['a-2-x', 'a-2-y'] },
    { id: 'b-1', phase: 'b', deliverables: ['b-1-x'] },
  ],
};
const planWith = (changes) => ({ ...emptyPlan(), ...changes });
const ticked = (...ids) => ({ isDone: (id) => ids.includes(id) });

test('without a plan the playbook dates hold, spread evenly, and nothing is the team\'s own', () => {
  const schedule = scheduleFor(index, emptyPlan());
  assert.equal(schedule.own, false);
  assert.deepEqual(schedule.phases.get('a'), { start: '2015-03-01', deadline: '2015-03-31', own: false, shifted: false, text: 'ca. 31. marts 2015' });
  assert.equal(schedule.phases.get('b').start, '2015-03-31');
  assert.equal(schedule.milestones.get('a-1').target, '2015-03-16');
  assert.equal(schedule.milestones.get('a-2').target, '2015-03-31');
  assert.equal(schedule.milestones.get('b-1').target, '2015-05-30');
  assert.equal(schedule.milestones.get('a-1').derived, false);
});

test('an own start moves every deadline the team has not set by the same number of days', () => {
  const schedule = scheduleFor(index, planWith({ start: '2026-01-01' }));
  const days = daysBetween('2015-03-01', '2026-01-01');
  assert.equal(schedule.phases.get('a').deadline, addDays('2015-03-31', days));
  assert.equal(schedule.phases.get('b').deadline, addDays('2015-05-30', days));
  assert.equal(schedule.phases.get('a').shifted, true);
  assert.equal(schedule.phases.get('a').text, null);
  assert.equal(schedule.milestones.get('a-1').derived, true);
  assert.equal(schedule.start.own, true);
});

test('own deadlines and targets win, and the milestones after them follow', () => {
  const plan = planWith({ start: '2026-01-01', phases: new Map([['a', '2026-02-10']]), milestones: new Map([['a-1', '2026-01-05']]) });
  const schedule = scheduleFor(index, plan);
  assert.equal(schedule.phases.get('a').deadline, '2026-02-10');
  assert.equal(schedule.phases.get('a').own, true);
  assert.equal(schedule.phases.get('b').start, '2026-02-10');
  assert.deepEqual(schedule.milestones.get('a-1'), { target: '2026-01-05', own: true, derived: false });
  assert.equal(schedule.milestones.get('a-2').target, '2026-02-10');
});

test('an own deadline for a later phase alone moves the start of the phase after it', () => {
  const three = { ...index, phases: [...index.phases, { id: 'c', starts: null, ends: '2015-07-01', ends_text: null }] };
  const schedule = scheduleFor(three, planWith({ phases: new Map([['b', '2015-06-15']]) }));
  assert.equal(schedule.phases.get('a').text, 'ca. 31. marts 2015');
  assert.equal(schedule.phases.get('c').start, '2015-06-15');
  assert.equal(schedule.phases.get('c').text, null);
});

test('overdue needs the team\'s own plan, a passed target and an unfinished milestone', () => {
  const a1 = index.milestones[0];
  const playbook = scheduleFor(index, emptyPlan());
  assert.equal(isOverdue(playbook, a1, ticked(), '2026-12-01'), false);
  const own = scheduleFor(index, planWith({ start: '2026-01-01' }));
  const target = own.milestones.get('a-1').target;
  assert.equal(isOverdue(own, a1, ticked(), addDays(target, 1)), true);
  assert.equal(isOverdue(own, a1, ticked(), target), false);
  assert.equal(isOverdue(own, a1, ticked('a-1-x'), addDays(target, 1)), false);
});

test('dates are written the Danish way and counted in whole calendar days', () => {
  assert.equal(danishDate('2026-03-14'), '14. marts 2026');
  assert.equal(danishDate('2026-12-01'), '1. december 2026');
  assert.equal(addDays('2026-03-28', 2), '2026-03-30');
  assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
  assert.equal(spread('2026-01-01', '2026-01-11', 1, 4), '2026-01-04');
});

test('today is the date in Copenhagen, not on the device\'s clock zone', () => {
  assert.equal(todayInCopenhagen(new Date('2026-06-30T22:30:00Z')), '2026-07-01');
  assert.equal(todayInCopenhagen(new Date('2026-12-31T22:59:00Z')), '2026-12-31');
});

test('over the real content, the spread agrees with the build\'s default targets', { skip: !process.env.DREJEBOG_CONTENT_INDEX && 'only under ThemeScriptTests' }, () => {
  const real = JSON.parse(readFileSync(process.env.DREJEBOG_CONTENT_INDEX, 'utf8'));
  const schedule = scheduleFor(real, emptyPlan());
  assert.ok(real.milestones.length >= 30);
  for (const m of real.milestones) assert.equal(schedule.milestones.get(m.id).target, m.target, m.id);
});
