// Progress widgets: `<div data-progress="overall | phase:ID | role:ID">` shows "7 af 11 milepæle i
// planlægningsfasen" with a labelled <progress>; the numbers are filled in here. Milestones listed on the page
// (`data-milestone-item`) get a "Nået" mark when all their deliverables are ticked.
import { loadContentIndex, isMilestoneDone } from './content-index.js';
import { marksFor } from './milestone-marks.js';

export async function initProgress(store, root = document) {
  const widgets = [...root.querySelectorAll('[data-progress]')];
  const items = [...root.querySelectorAll('[data-milestone-item]')];
  if (widgets.length === 0 && items.length === 0) return;

  const index = await loadContentIndex();
  if (!index) {
    for (const widget of widgets) {
      const message = document.createElement('p');
      message.textContent = 'Fremskridtet kan ikke vises lige nu, fordi drejebogens indhold ikke kunne hentes.';
      widget.replaceChildren(message);
      widget.removeAttribute('aria-busy');
    }
    return;
  }

  const byId = new Map(index.milestones.map((m) => [m.id, m]));
  const views = widgets.map((widget) => build(widget, index)).filter(Boolean);

  const render = () => {
    for (const view of views) view.update(store);
    for (const item of items) {
      // A task list says "Færdig" itself (task-list.js).
      if (item.closest('[data-task-list]')) continue;
      const milestone = byId.get(item.dataset.milestoneItem);
      const done = milestone ? isMilestoneDone(milestone, store) : false;
      item.classList.toggle('is-complete', done);
      const existing = item.querySelector('[data-milestone-done]');
      if (done && !existing) {
        const mark = document.createElement('span');
        mark.className = 'milestone-done';
        mark.dataset.milestoneDone = '';
        mark.textContent = 'Nået';
        marksFor(item).append(mark);
      } else if (!done && existing) {
        existing.remove();
      }
    }
  };
  render();
  store.subscribe(render);
}

/**
 * The template draws each widget whole (partials/progress-widget.liquid): the wording, the totals
 * (`[data-progress-total]`, `[data-progress-deliverables]`) and a `<progress>` without a value,
 * with `[data-progress-done]` and `[data-progress-ticked]` showing "–" and the widget
 * `aria-busy` until the reader's numbers are counted here. The totals are set again from the
 * index, so a page from an older deploy never shows numbers that disagree.
 */
function build(widget, index) {
  const [scope, id] = (widget.dataset.progress ?? '').split(':');
  const part = (name) => widget.querySelector(`[data-progress-${name}]`);
  const [doneText, totalText, tickedText, deliverablesText] = ['done', 'total', 'ticked', 'deliverables'].map(part);
  const bar = widget.querySelector('progress');
  if (!doneText || !totalText || !tickedText || !deliverablesText || !bar) {
    console.warn(`progress: the widget ${widget.dataset.progress} lacks the markup of partials/progress-widget.liquid`);
    return null;
  }
  let milestones;
  if (scope === 'overall') milestones = index.milestones;
  else if (scope === 'phase') milestones = index.milestones.filter((m) => m.phase === id);
  else if (scope === 'role') milestones = index.milestones.filter((m) => m.roles && Object.hasOwn(m.roles, id));
  else return null;

  const deliverables = milestones.flatMap((m) => m.deliverables ?? []);
  return {
    update(store) {
      const done = milestones.filter((m) => isMilestoneDone(m, store)).length;
      const ticked = deliverables.filter((d) => store.isDone(d)).length;
      doneText.textContent = String(done);
      totalText.textContent = String(milestones.length);
      tickedText.textContent = String(ticked);
      deliverablesText.textContent = String(deliverables.length);
      bar.max = Math.max(milestones.length, 1);
      bar.value = done;
      bar.textContent = `${done} af ${milestones.length}`;
      widget.dataset.done = String(done);
      widget.dataset.total = String(milestones.length);
      widget.removeAttribute('aria-busy');
    },
  };
}
