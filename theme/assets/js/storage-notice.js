// Fills `[data-storage-notice]` (in every page) when progress cannot be saved, or when a damaged
// stored value was set aside. Text only; the element itself is a polite status region.
import { createAlert } from './alert.js';

export function initStorageNotice(store, root = document) {
  const notice = root.querySelector('[data-storage-notice]');
  if (!notice) return;

  let shown = '';
  const render = () => {
    const parts = [];
    const damaged = store.damagedKey();
    if (damaged !== null) {
      parts.push({
        reason: 'damaged',
        heading: 'Dit gemte fremskridt kunne ikke læses',
        text: damaged
          ? `De gemte afkrydsninger var beskadigede og er lagt til side i browseren under nøglen »${damaged}«. Du starter med en tom tjekliste.`
          : 'De gemte afkrydsninger var beskadigede og kunne ikke bruges. Du starter med en tom tjekliste.',
      });
    }
    const state = store.saveState();
    if (state !== 'ok') {
      parts.push({
        reason: state,
        heading: 'Dit fremskridt kan ikke gemmes',
        text: state === 'quota'
          ? 'Browserens lager er fuldt. Du kan stadig krydse af, men afkrydsningerne forsvinder, når du forlader siden.'
          : 'Browseren tillader ikke, at siden gemmer data (fx i privat tilstand, eller fordi lokal lagring er slået fra). Du kan stadig krydse af, men afkrydsningerne forsvinder, når du forlader siden.',
      });
    }
    // Re-filling the region would make screen readers read it again on every tick.
    const key = JSON.stringify(parts);
    if (key === shown) return;
    shown = key;
    if (parts.length === 0) {
      notice.hidden = true;
      notice.replaceChildren();
      delete notice.dataset.reason;
      return;
    }
    notice.dataset.reason = parts.map((p) => p.reason).join(' ');
    notice.replaceChildren(...parts.map(({ reason, heading, text }) =>
      createAlert({ variant: 'warning', heading, text, data: { noticeReason: reason } })));
    notice.hidden = false;
  };
  render();
  store.subscribe(render);
}
