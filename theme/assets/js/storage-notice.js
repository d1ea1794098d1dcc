// Fills `[data-storage-notice]` (in every page): a stored value that could not be read (set
// aside, or held until the reader decides: progress, role or plan), and progress that cannot be
// saved (the plan lives in the same storage, so one warning covers both). The element is a
// polite status region, so it is only refilled when what it says changes.
import { createAlert } from './alert.js';
import { heldValues, onHeldChange, discardHeld, PROGRESS_KEY, PLAN_KEY } from './storage.js';
import { heldAlert, setAsideAlert, discardedAlert } from './damaged-notice.js';

const NOT_SAVED = new Map([
  ['quota', 'Browserens lager er fuldt. Du kan stadig krydse af, men afkrydsningerne forsvinder, når du forlader siden.'],
  ['unavailable', 'Browseren tillader ikke, at siden gemmer data (fx i privat tilstand, eller fordi lokal lagring er slået fra). Du kan stadig krydse af, men afkrydsningerne forsvinder, når du forlader siden.'],
]);

export function initStorageNotice(store, planStore = null, root = document) {
  const notice = root.querySelector('[data-storage-notice]');
  if (!notice) return;

  // Alerts by id, kept while shown so their object URLs and focus survive re-renders.
  const built = new Map();
  let discarded = null;
  let shown = '';

  const alert = (id, raw, make) => {
    const hit = built.get(id);
    if (hit && hit.raw === raw) return hit;
    hit?.dispose();
    const entry = { raw, version: (hit?.version ?? 0) + 1, ...make() };
    built.set(id, entry);
    return entry;
  };

  const discard = (key) => {
    discardHeld(key);
    discarded = alert('discarded', key, () => ({ element: discardedAlert(key, key !== PROGRESS_KEY || store.saveState() === 'ok'), dispose() {} }));
    render();
    discarded.element.focus();
  };

  const render = () => {
    const parts = [];
    for (const [key, raw] of heldValues()) {
      parts.push(['held ' + key, alert('held ' + key, raw, () => heldAlert(key, raw, () => discard(key)))]);
    }
    for (const [key, source] of [[PROGRESS_KEY, store], [PLAN_KEY, planStore]]) {
      const damaged = source?.damaged();
      if (damaged) {
        parts.push(['set-aside ' + key, alert('set-aside ' + key, damaged.setAsideKey, () => setAsideAlert(key, damaged.setAsideKey, damaged.raw))]);
      }
    }
    const text = NOT_SAVED.get(store.saveState());
    if (text) {
      parts.push(['state', alert('state', store.saveState(), () => ({
        element: createAlert({ variant: 'warning', heading: 'Dit fremskridt kan ikke gemmes', text, data: { noticeReason: store.saveState() } }),
        dispose() {},
      }))]);
    }
    if (discarded) parts.push(['discarded', discarded]);

    const signature = parts.map(([id, entry]) => `${id}#${entry.version}`).join('|');
    if (signature === shown) return;
    shown = signature;
    for (const [id, entry] of built) {
      if (!parts.some(([shownId]) => shownId === id)) {
        entry.dispose();
        built.delete(id);
      }
    }
    const elements = parts.map(([, entry]) => entry.element);
    notice.replaceChildren(...elements);
    notice.hidden = elements.length === 0;
    if (elements.length === 0) delete notice.dataset.reason;
    else notice.dataset.reason = elements.map((element) => element.dataset.noticeReason).join(' ');
  };
  render();
  store.subscribe(render);
  planStore?.subscribe(render);
  onHeldChange(render);
}
