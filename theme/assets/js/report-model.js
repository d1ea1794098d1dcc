// What the status report says, worked out from the content index, the team's schedule
// (plan-dates.js) and the ticks. No DOM here, so it can be checked in Node; status-report.js turns
// it into the page.
import { isMilestoneDone } from './content-index.js';
import { addDays, isOverdue } from './plan-dates.js';
import { statusOf, STATUS } from './task-list.js';

/** How far ahead "the next four weeks" reaches: today and the 28 days after it. */
export const DUE_WINDOW_DAYS = 28;

/**
 * The report for `today` ("yyyy-mm-dd"): whether the dates are the team's (`own`), totals, a row per phase with its milestones counted by
 * status, the milestones due in the next four weeks and those overdue (by target, then the
 * playbook's order). A milestone that is overdue is also counted under its status, so the
 * status columns always add up to the phase's milestones.
 */
export function reportOf(index, schedule, store, today) {
  const until = addDays(today, DUE_WINDOW_DAYS);
  const rolesById = new Map(index.roles.map((r) => [r.id, r]));
  const entries = index.milestones.map((milestone, order) => ({
    milestone,
    order,
    status: statusOf(milestone.deliverables ?? [], store),
    target: schedule.milestones.get(milestone.id)?.target ?? null,
    overdue: isOverdue(schedule, milestone, store, today),
    responsible: responsibleOf(milestone, rolesById),
  }));

  const phases = index.phases.map((phase) => {
    const mine = entries.filter((e) => e.milestone.phase === phase.id);
    return {
      phase,
      total: mine.length,
      done: mine.filter((e) => e.status === STATUS.done).length,
      inProgress: mine.filter((e) => e.status === STATUS.inProgress).length,
      notStarted: mine.filter((e) => e.status === STATUS.notStarted).length,
      overdue: mine.filter((e) => e.overdue).length,
      deadline: schedule.phases.get(phase.id) ?? null,
    };
  });

  const byDate = (a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : a.order - b.order);
  const due = entries
    .filter((e) => e.target !== null && e.target >= today && e.target <= until && !isMilestoneDone(e.milestone, store))
    .sort(byDate);
  const overdue = entries.filter((e) => e.overdue).sort(byDate);

  const deliverables = index.milestones.flatMap((m) => m.deliverables ?? []);
  return {
    own: schedule.own,
    today,
    until,
    totals: {
      milestones: entries.length,
      done: entries.filter((e) => e.status === STATUS.done).length,
      deliverables: deliverables.length,
      ticked: deliverables.filter((id) => store.isDone(id)).length,
    },
    phases,
    due,
    overdue,
  };
}

// A steering group asks who answers for a milestone, so the report names the roles that are
// "ansvarlig" (ResponsibilityKind.Responsible: owns the result even when others do the work).
// A few milestones have no such role in the source; then the roles that do the work ("udfører")
// are named instead, with their kind, so the report never suggests they carry the ownership.
const ANSWERABLE = ['ansvarlig', 'udfører'];

/** { kind: 'ansvarlig' | 'udfører' | null, roles: [role from the index] } */
export function responsibleOf(milestone, rolesById) {
  const duties = Object.entries(milestone.roles ?? {});
  for (const kind of ANSWERABLE) {
    const roles = duties.filter(([, kinds]) => Array.isArray(kinds) && kinds.includes(kind)).map(([id]) => rolesById.get(id)).filter(Boolean);
    if (roles.length > 0) return { kind, roles };
  }
  return { kind: null, roles: duties.map(([id]) => rolesById.get(id)).filter(Boolean) };
}
