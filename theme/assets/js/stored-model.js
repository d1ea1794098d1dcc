// What the progress store and the plan store share: a value kept in memory and saved under one
// storage key. It keeps working in memory when storage does not, re-reads the stored value before
// each write so another tab's change is not overwritten, follows changes from other tabs, and
// remembers a damaged value that was set aside. Each store adds its own operations on top.
import { onExternalChange, onHeldChange, canWrite } from './storage.js';

/**
 * @param {{ key: string, load: () => { status: string, value: any, raw?: string, setAsideKey?: string },
 *   save: (value: any) => { ok: boolean, reason?: string }, copy: (value: any) => any }} options
 *   `load` answers with loadChecked's statuses and the value read (an empty one unless 'ok').
 */
export function createStoredModel({ key, load, save, copy }) {
  const listeners = new Set();
  let owner = null;
  const first = load();
  let value = copy(first.value);
  // 'ok' | 'unavailable' | 'quota' | 'held' (an unreadable stored value waits for the reader's
  // decision; nothing is saved until then).
  let saveState = first.status === 'unavailable' || first.status === 'held' ? first.status : 'ok';
  if (saveState === 'ok') {
    const probe = canWrite();
    if (!probe.ok) saveState = probe.reason;
  }
  // A damaged value that was set aside on this page: { setAsideKey, raw }, or null.
  let damaged = first.status === 'damaged' ? { setAsideKey: first.setAsideKey, raw: first.raw } : null;

  const notify = (reason) => {
    for (const listener of listeners) listener(owner, reason);
  };

  const commit = (next, reason) => {
    value = next;
    const saved = save(value);
    saveState = saved.ok ? 'ok' : saved.reason;
    notify(reason);
    return saved;
  };

  const model = {
    /** The value in memory; callers copy before handing it out. */
    value: () => value,
    /** A copy of the stored value as it is now (another tab may have changed it), to change and commit. */
    fresh() {
      if (saveState !== 'ok') return copy(value);
      const current = load();
      if (current.status === 'damaged') damaged = { setAsideKey: current.setAsideKey, raw: current.raw };
      return current.status === 'unavailable' || current.status === 'held' ? copy(value) : copy(current.value);
    },
    commit,
    saveState: () => saveState,
    damaged: () => damaged,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Names the store's API, which listeners receive; returns it. */
    own(api) {
      owner = api;
      return api;
    },
  };

  // The reader chose to discard the unreadable value: save what was changed on the page meanwhile.
  onHeldChange((changed, { consented }) => {
    if (changed === key && consented && saveState === 'held') commit(copy(value), 'fresh');
  });

  onExternalChange((changed) => {
    if (changed !== null && changed !== key) return;
    const current = load();
    if (current.status === 'unavailable') return;
    if (current.status === 'held') {
      saveState = 'held';
    } else {
      if (current.status === 'damaged') damaged = { setAsideKey: current.setAsideKey, raw: current.raw };
      if (saveState === 'held') saveState = 'ok';
      value = copy(current.value);
    }
    notify('external');
  });

  return model;
}
