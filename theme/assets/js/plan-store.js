// The team's plan: its municipality's name, start date, phase deadlines and milestone targets.
// One store per page, shared by the plan form, the date marks, the report and the share link.
// It works as the progress store does: in memory when storage does not, re-read before each
// write so another tab's change is not overwritten, and an unreadable stored plan is set aside
// or held (storage.js), never silently replaced.
import { loadPlan, savePlan, onExternalChange, onHeldChange, canWrite, emptyPlan, PLAN_KEY } from './storage.js';

const DATE_FIELDS = ['phases', 'milestones'];

function copyPlan(plan) {
  return { ...plan, phases: new Map(plan.phases), milestones: new Map(plan.milestones) };
}

/** Whether a plan sets any date of its own. */
export function hasOwnDates(plan) {
  return Boolean(plan.start) || plan.phases.size > 0 || plan.milestones.size > 0;
}

/**
 * Two plans made into one: where both set a field or a date, the plan changed last (`updated`)
 * wins; a field set in only one is kept. Neither plan is changed.
 */
export function mergePlans(mine, incoming) {
  const incomingWins = Boolean(incoming.updated) && (!mine.updated || incoming.updated > mine.updated);
  const [under, over] = incomingWins ? [mine, incoming] : [incoming, mine];
  const merged = copyPlan(under);
  if (over.municipality) merged.municipality = over.municipality;
  if (over.start) merged.start = over.start;
  for (const name of DATE_FIELDS) for (const [id, date] of over[name]) merged[name].set(id, date);
  merged.updated = [mine.updated, incoming.updated].filter(Boolean).sort().at(-1) ?? null;
  return merged;
}

export function createPlanStore(siteId) {
  const listeners = new Set();
  const first = loadPlan(siteId);
  let plan = copyPlan(first.plan);
  let saveState = first.status === 'unavailable' || first.status === 'held' ? first.status : 'ok';
  if (saveState === 'ok') {
    const probe = canWrite();
    if (!probe.ok) saveState = probe.reason;
  }
  let damaged = first.status === 'damaged' ? { setAsideKey: first.setAsideKey, raw: first.raw } : null;

  function notify(reason) {
    for (const listener of listeners) listener(api, reason);
  }

  function freshPlan() {
    if (saveState !== 'ok') return copyPlan(plan);
    const current = loadPlan(siteId);
    if (current.status === 'damaged') damaged = { setAsideKey: current.setAsideKey, raw: current.raw };
    return current.status === 'unavailable' || current.status === 'held' ? copyPlan(plan) : copyPlan(current.plan);
  }

  function commit(next, reason) {
    plan = next;
    const saved = savePlan(siteId, plan);
    saveState = saved.ok ? 'ok' : saved.reason;
    notify(reason);
    return saved;
  }

  const api = {
    siteId,
    /** A copy of the plan: { municipality, start, phases: Map, milestones: Map, updated }. */
    plan: () => copyPlan(plan),
    hasOwnDates: () => hasOwnDates(plan),
    /** 'ok' | 'unavailable' | 'quota' | 'held' */
    saveState: () => saveState,
    /** The damaged plan set aside on this page ({ setAsideKey, raw }), or null. */
    damaged: () => damaged,
    /**
     * Changes some fields: `{ municipality?, start?, phases?: Map, milestones?: Map }`; a start or
     * a date that is null or '' is removed. The caller has validated the values.
     */
    update(changes) {
      const next = freshPlan();
      if (changes.municipality !== undefined) next.municipality = changes.municipality ?? '';
      if (changes.start !== undefined) next.start = changes.start || null;
      for (const name of DATE_FIELDS) {
        for (const [id, date] of changes[name] ?? []) {
          if (date) next[name].set(id, date);
          else next[name].delete(id);
        }
      }
      next.updated = new Date().toISOString();
      return commit(next, 'edit');
    },
    /** Takes in an imported or shared plan (see mergePlans). */
    merge(incoming) {
      return commit(mergePlans(freshPlan(), incoming), 'import');
    },
    replace(incoming) {
      return commit(copyPlan(incoming), 'import');
    },
    reset() {
      return commit(emptyPlan(), 'reset');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  onHeldChange((key, { consented }) => {
    if (key === PLAN_KEY && consented && saveState === 'held') commit(copyPlan(plan), 'fresh');
  });

  onExternalChange((key) => {
    if (key !== null && key !== PLAN_KEY) return;
    const current = loadPlan(siteId);
    if (current.status === 'unavailable') return;
    if (current.status === 'held') {
      saveState = 'held';
    } else {
      if (current.status === 'damaged') damaged = { setAsideKey: current.setAsideKey, raw: current.raw };
      if (saveState === 'held') saveState = 'ok';
      plan = copyPlan(current.plan);
    }
    notify('external');
  });

  return api;
}
