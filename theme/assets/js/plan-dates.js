// The dates a team works to: its own where it has set them, the playbook's otherwise. Pure
// functions over the content index and a plan (plan-store.js), so Node can test them. Dates are
// `yyyy-mm-dd` strings throughout: calendar days, compared as text, counted in UTC so no clock
// change shifts a day.
import { isMilestoneDone } from './content-index.js';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const DAY_MS = 24 * 60 * 60 * 1000;

const toDays = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const fromDays = (days) => new Date(days * DAY_MS).toISOString().slice(0, 10);

export function addDays(iso, n) {
  return fromDays(toDays(iso) + n);
}

/** Days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a, b) {
  return toDays(b) - toDays(a);
}

/** `2026-03-14` → `14. marts 2026`. */
export function danishDate(iso) {
  return `${Number(iso.slice(8, 10))}. ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** Today's date in Denmark, where the programme's deadlines fall, whatever the device's zone. */
export function todayInCopenhagen(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The k-th of n dates spread evenly after `start`, the n-th on `end`: the rule the build uses for
 * the playbook's own targets (MilestoneSchedule.cs), here applied to the team's dates.
 */
export function spread(start, end, k, n) {
  return addDays(start, Math.round((k * daysBetween(start, end)) / n));
}

/**
 * Every phase's start and deadline and every milestone's target under a plan.
 * An own phase deadline wins; without one, an own start moves the playbook's deadline by as many
 * days as it moves the start, so the phases keep their lengths. An own milestone target wins;
 * otherwise the milestones are spread evenly in their phase (`derived` when the phase's dates are
 * not the playbook's; over the playbook's dates this gives the index's `target`).
 */
export function scheduleFor(index, plan) {
  const phasesIn = index.phases;
  const playbookStart = phasesIn[0]?.starts ?? phasesIn[0]?.ends ?? null;
  const shift = plan.start && playbookStart ? daysBetween(playbookStart, plan.start) : 0;
  const byPhase = new Map();
  for (const m of index.milestones) {
    if (!byPhase.has(m.phase)) byPhase.set(m.phase, []);
    byPhase.get(m.phase).push(m);
  }

  const phases = new Map();
  const milestones = new Map();
  let previous = plan.start ?? playbookStart;
  let playbookPrevious = playbookStart;
  for (const phase of phasesIn) {
    const ownDeadline = plan.phases.get(phase.id);
    const deadline = ownDeadline ?? addDays(phase.ends, shift);
    const start = previous;
    // The playbook's own dates for this phase, or dates that follow from the team's.
    const playbookDates = start === playbookPrevious && deadline === phase.ends;
    phases.set(phase.id, { start, deadline, own: Boolean(ownDeadline), shifted: !ownDeadline && shift !== 0, text: playbookDates ? phase.ends_text ?? null : null });
    const list = byPhase.get(phase.id) ?? [];
    list.forEach((m, i) => {
      const ownTarget = plan.milestones.get(m.id);
      milestones.set(m.id, { target: ownTarget ?? spread(start, deadline, i + 1, list.length), own: Boolean(ownTarget), derived: !ownTarget && !playbookDates });
    });
    previous = deadline;
    playbookPrevious = phase.ends;
  }
  const own = Boolean(plan.start) || plan.phases.size > 0 || plan.milestones.size > 0;
  return {
    own,
    start: { date: plan.start ?? playbookStart, own: Boolean(plan.start) },
    end: { date: previous, own: own && phasesIn.length > 0 && (plan.phases.has(phasesIn.at(-1).id) || Boolean(plan.start)) },
    phases,
    milestones,
  };
}

/**
 * A milestone is overdue when the team has its own plan, its target has passed and not all its
 * deliverables are ticked. The playbook's 2015 dates never make anything overdue: a team that has
 * not planned has no deadlines to miss.
 */
export function isOverdue(schedule, milestone, store, today) {
  if (!schedule.own) return false;
  const target = schedule.milestones.get(milestone.id)?.target;
  return Boolean(target) && target < today && !isMilestoneDone(milestone, store);
}
