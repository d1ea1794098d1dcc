// Progress widgets: `<div data-progress="overall | phase:ID | role:ID">` shows "7 af 11 milepæle i
// planlægningsfasen" with a labelled <progress>. Milestones listed on the page
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

function build(widget, index) {
  const spec = widget.dataset.progress ?? '';
  const [scope, id] = spec.split(':');
  let milestones;
  let subject;
  if (scope === 'overall') {
    milestones = index.milestones;
    subject = 'i hele drejebogen';
  } else if (scope === 'phase') {
    const phase = index.phases.find((p) => p.id === id);
    if (!phase) return null;
    milestones = index.milestones.filter((m) => m.phase === id);
    subject = `i ${phase.title.toLowerCase()}sfasen`;
  } else if (scope === 'role') {
    const role = index.roles.find((r) => r.id === id);
    if (!role) return null;
    milestones = index.milestones.filter((m) => m.roles && Object.hasOwn(m.roles, id));
    subject = `for ${role.title}`;
  } else {
    return null;
  }

  const safe = spec.replace(/[^a-z0-9-]/g, '-');
  const text = document.createElement('p');
  text.className = 'progress-text';
  text.id = `fremskridt-${safe}-tekst`;
  text.dataset.progressText = '';
  const bar = document.createElement('progress');
  bar.className = 'progress-bar';
  bar.max = Math.max(milestones.length, 1);
  bar.setAttribute('aria-labelledby', text.id);
  const detail = document.createElement('p');
  detail.className = 'progress-detail';
  detail.dataset.progressDetail = '';
  widget.classList.add('progress-widget');
  widget.replaceChildren(text, bar, detail);

  const deliverables = milestones.flatMap((m) => m.deliverables ?? []);
  return {
    update(store) {
      const done = milestones.filter((m) => isMilestoneDone(m, store)).length;
      const ticked = deliverables.filter((d) => store.isDone(d)).length;
      text.textContent = `${done} af ${milestones.length} milepæle ${subject}`;
      bar.value = done;
      bar.textContent = `${done} af ${milestones.length}`;
      widget.dataset.done = String(done);
      widget.dataset.total = String(milestones.length);
      detail.textContent = `${ticked} af ${deliverables.length} leverancer er krydset af.`;
    },
  };
}
