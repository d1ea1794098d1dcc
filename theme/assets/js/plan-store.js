// The team's plan: its municipality's name, start date, phase deadlines and milestone targets.
// One store per page, shared by the plan form, the date marks, the report and the share link.
// Saving, other tabs and an unreadable stored plan (set aside or held, never silently replaced)
// are stored-model.js's, as for the progress.
import { loadPlan, savePlan, emptyPlan, PLAN_KEY } from './storage.js';
import { createStoredModel } from './stored-model.js';

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
  const model = createStoredModel({
    key: PLAN_KEY,
    load: () => {
      const loaded = loadPlan(siteId);
      return { ...loaded, value: loaded.plan };
    },
    save: (plan) => savePlan(siteId, plan),
    copy: copyPlan,
  });

  return model.own({
    siteId,
    /** A copy of the plan: { municipality, start, phases: Map, milestones: Map, updated }. */
    plan: () => copyPlan(model.value()),
    hasOwnDates: () => hasOwnDates(model.value()),
    /** 'ok' | 'unavailable' | 'quota' | 'held' */
    saveState: model.saveState,
    /** The damaged plan set aside on this page ({ setAsideKey, raw }), or null. */
    damaged: model.damaged,
    /**
     * Changes some fields: `{ municipality?, start?, phases?: Map, milestones?: Map }`; a start or
     * a date that is null or '' is removed. The caller has validated the values.
     */
    update(changes) {
      const next = model.fresh();
      if (changes.municipality !== undefined) next.municipality = changes.municipality ?? '';
      if (changes.start !== undefined) next.start = changes.start || null;
      for (const name of DATE_FIELDS) {
        for (const [id, date] of changes[name] ?? []) {
          if (date) next[name].set(id, date);
          else next[name].delete(id);
        }
      }
      next.updated = new Date().toISOString();
      return model.commit(next, 'edit');
    },
    /** Takes in an imported or shared plan (see mergePlans). */
    merge(incoming) {
      return model.commit(mergePlans(model.fresh(), incoming), 'import');
    },
    replace(incoming) {
      return model.commit(copyPlan(incoming), 'import');
    },
    reset() {
      return model.commit(emptyPlan(), 'reset');
    },
    subscribe: model.subscribe,
  });
}
