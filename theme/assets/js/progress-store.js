// The progress model: which deliverables are ticked. One store per page, shared by the checklist,
// the progress widgets and the transfer controls; saving, other tabs and damaged values are
// stored-model.js's. Items are a Map keyed by deliverable id, so any id (`constructor` too) is
// plain data.
import { loadProgress, saveProgress, PROGRESS_KEY } from './storage.js';
import { createStoredModel } from './stored-model.js';

export function createProgressStore(siteId) {
  const model = createStoredModel({
    key: PROGRESS_KEY,
    load: () => {
      const loaded = loadProgress(siteId);
      return { ...loaded, value: loaded.items };
    },
    save: (items) => saveProgress(siteId, items),
    copy: (items) => new Map(items),
  });

  return model.own({
    siteId,
    isDone: (id) => model.value().get(id)?.done === true,
    /** A copy of the ticked items: Map of id → { done: true, at? }. */
    items: () => new Map(model.value()),
    count: () => model.value().size,
    /** 'ok' | 'unavailable' | 'quota' | 'held' */
    saveState: model.saveState,
    /** The damaged value set aside on this page ({ setAsideKey, raw }), or null. */
    damaged: model.damaged,
    set(id, done) {
      const next = model.fresh();
      if (done) next.set(id, { done: true, at: new Date().toISOString() });
      else next.delete(id);
      return model.commit(next, 'tick');
    },
    /** Adds incoming items (a Map); where both have an item, the later `at` wins. */
    merge(incoming) {
      const next = model.fresh();
      for (const [id, item] of incoming) {
        const mine = next.get(id);
        if (!mine || (item.at && (!mine.at || item.at > mine.at))) next.set(id, { ...item });
      }
      return model.commit(next, 'import');
    },
    replace(incoming) {
      return model.commit(new Map(incoming), 'import');
    },
    reset() {
      return model.commit(new Map(), 'reset');
    },
    subscribe: model.subscribe,
  });
}
