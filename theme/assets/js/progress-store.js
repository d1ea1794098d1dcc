// The progress model: which deliverables are ticked. One store per page, shared by the checklist,
// the progress widgets and the transfer controls. It keeps working in memory when storage does
// not, and tells its subscribers whether the last save succeeded.
import { loadProgress, saveProgress, onExternalChange, canWrite, PROGRESS_KEY } from './storage.js';

export function createProgressStore(siteId) {
  const listeners = new Set();
  const first = loadProgress(siteId);
  let items = { ...first.items };
  // 'ok' | 'unavailable' | 'quota'; starts as 'unavailable' when storage could not even be read.
  let saveState = first.status === 'unavailable' ? 'unavailable' : 'ok';
  if (saveState === 'ok') {
    const probe = canWrite();
    if (!probe.ok) saveState = probe.reason;
  }
  let damagedKey = first.status === 'damaged' ? first.setAsideKey ?? '' : null;

  function notify(reason) {
    for (const listener of listeners) listener(api, reason);
  }

  // Re-read before each write so a change made meanwhile in another tab is not overwritten.
  function freshItems() {
    if (saveState !== 'ok') return { ...items };
    const current = loadProgress(siteId);
    if (current.status === 'damaged') damagedKey = current.setAsideKey ?? '';
    return current.status === 'unavailable' ? { ...items } : { ...current.items };
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
    isDone: (id) => items[id]?.done === true,
    items: () => ({ ...items }),
    count: () => Object.keys(items).length,
    /** 'ok' | 'unavailable' | 'quota' */
    saveState: () => saveState,
    /** The key a damaged value was set aside under ('' if it could not be copied), or null. */
    damagedKey: () => damagedKey,
    set(id, done) {
      const next = freshItems();
      if (done) next[id] = { done: true, at: new Date().toISOString() };
      else delete next[id];
      return commit(next, 'tick');
    },
    merge(incoming) {
      const next = freshItems();
      for (const [id, item] of Object.entries(incoming)) {
        if (!next[id] || (item.at && (!next[id].at || item.at > next[id].at))) next[id] = { ...item };
      }
      return commit(next, 'import');
    },
    replace(incoming) {
      return commit({ ...incoming }, 'import');
    },
    reset() {
      return commit({}, 'reset');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  onExternalChange((key) => {
    if (key !== null && key !== PROGRESS_KEY) return;
    const current = loadProgress(siteId);
    if (current.status === 'unavailable') return;
    if (current.status === 'damaged') damagedKey = current.setAsideKey ?? '';
    items = { ...current.items };
    notify('external');
  });

  return api;
}
