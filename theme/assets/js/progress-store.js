// The progress model: which deliverables are ticked. One store per page, shared by the checklist,
// the progress widgets and the transfer controls. It keeps working in memory when storage does
// not, and tells its subscribers whether the last save succeeded. Items are a Map keyed by
// deliverable id, so any id (`constructor` too) is plain data.
import { loadProgress, saveProgress, onExternalChange, onHeldChange, canWrite, PROGRESS_KEY } from './storage.js';

export function createProgressStore(siteId) {
  const listeners = new Set();
  const first = loadProgress(siteId);
  let items = new Map(first.items);
  // 'ok' | 'unavailable' | 'quota' | 'held' (an unreadable stored value waits for the reader's
  // decision; nothing is saved until then).
  let saveState = first.status === 'unavailable' || first.status === 'held' ? first.status : 'ok';
  if (saveState === 'ok') {
    const probe = canWrite();
    if (!probe.ok) saveState = probe.reason;
  }
  // A damaged value that was set aside on this page: { setAsideKey, raw }, or null.
  let damaged = first.status === 'damaged' ? { setAsideKey: first.setAsideKey, raw: first.raw } : null;

  function notify(reason) {
    for (const listener of listeners) listener(api, reason);
  }

  // Re-read before each write so a change made meanwhile in another tab is not overwritten.
  function freshItems() {
    if (saveState !== 'ok') return new Map(items);
    const current = loadProgress(siteId);
    if (current.status === 'damaged') damaged = { setAsideKey: current.setAsideKey, raw: current.raw };
    return current.status === 'unavailable' || current.status === 'held' ? new Map(items) : new Map(current.items);
  }

  function commit(next, reason) {
    items = next;
    const saved = saveProgress(siteId, items);
    saveState = saved.ok ? 'ok' : saved.reason;
    notify(reason);
    return saved;
  }

  const api = {
    siteId,
    isDone: (id) => items.get(id)?.done === true,
    /** A copy of the ticked items: Map of id → { done: true, at? }. */
    items: () => new Map(items),
    count: () => items.size,
    /** 'ok' | 'unavailable' | 'quota' | 'held' */
    saveState: () => saveState,
    /** The damaged value set aside on this page ({ setAsideKey, raw }), or null. */
    damaged: () => damaged,
    set(id, done) {
      const next = freshItems();
      if (done) next.set(id, { done: true, at: new Date().toISOString() });
      else next.delete(id);
      return commit(next, 'tick');
    },
    /** Adds incoming items (a Map); where both have an item, the later `at` wins. */
    merge(incoming) {
      const next = freshItems();
      for (const [id, item] of incoming) {
        const mine = next.get(id);
        if (!mine || (item.at && (!mine.at || item.at > mine.at))) next.set(id, { ...item });
      }
      return commit(next, 'import');
    },
    replace(incoming) {
      return commit(new Map(incoming), 'import');
    },
    reset() {
      return commit(new Map(), 'reset');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  // The reader chose to discard the unreadable value: save what they ticked meanwhile.
  onHeldChange((key, { consented }) => {
    if (key === PROGRESS_KEY && consented && saveState === 'held') commit(new Map(items), 'fresh');
  });

  onExternalChange((key) => {
    if (key !== null && key !== PROGRESS_KEY) return;
    const current = loadProgress(siteId);
    if (current.status === 'unavailable') return;
    if (current.status === 'held') {
      saveState = 'held';
    } else {
      if (current.status === 'damaged') damaged = { setAsideKey: current.setAsideKey, raw: current.raw };
      if (saveState === 'held') saveState = 'ok';
      items = new Map(current.items);
    }
    notify('external');
  });

  return api;
}
