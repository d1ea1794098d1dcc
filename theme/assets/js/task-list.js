// Progress as a task list (the GOV.UK and DKFDS pattern): every milestone in a `[data-task-list]`
// shows its status in words – Ikke startet, I gang or Færdig – from its ticked deliverables, and
// `[data-remaining="ID"]` entries (the progress page's "what remains") hide once ticked. A phase's
// `[data-remaining-count]` says how many of the shown milestones' deliverables remain.
import { loadContentIndex } from './content-index.js';
import { marksFor } from './milestone-marks.js';
import { onRoleChange } from './role-choice.js';

export const STATUS = {
  notStarted: { id: 'ikke-startet', text: 'Ikke startet' },
  inProgress: { id: 'i-gang', text: 'I gang' },
  done: { id: 'faerdig', text: 'Færdig' },
};

export async function initTaskList(store, root = document) {
  const lists = [...root.querySelectorAll('[data-task-list]')];
  if (lists.length === 0) return;
  const index = await loadContentIndex();
  if (!index) return;
  const deliverables = new Map(index.milestones.map((m) => [m.id, m.deliverables ?? []]));
  const items = lists.flatMap((list) => [...list.querySelectorAll('[data-milestone-item]')]);

  const render = () => {
    for (const item of items) {
      const status = statusOf(deliverables.get(item.dataset.milestoneItem) ?? [], store);
      showStatus(item, status);
      for (const entry of item.querySelectorAll('[data-remaining]')) entry.hidden = store.isDone(entry.dataset.remaining);
      const rest = item.querySelector('[data-remaining-list]');
      if (rest) rest.hidden = status === STATUS.done;
    }
    for (const list of lists) countRemaining(list, store);
  };
  render();
  store.subscribe(render);
  // The role filter hides the milestones the chosen role has no part in; the counts follow.
  onRoleChange(() => { for (const list of lists) countRemaining(list, store); });
}

/** Ikke startet with nothing ticked, Færdig with everything ticked, I gang in between. */
export function statusOf(ids, store) {
  const ticked = ids.filter((id) => store.isDone(id)).length;
  if (ids.length > 0 && ticked === ids.length) return STATUS.done;
  return ticked === 0 ? STATUS.notStarted : STATUS.inProgress;
}

function showStatus(item, status) {
  let tag = item.querySelector('[data-task-status]');
  if (!tag) {
    tag = document.createElement('strong');
    tag.className = 'task-status';
    marksFor(item).append(tag);
  }
  if (tag.dataset.taskStatus === status.id) return;
  tag.dataset.taskStatus = status.id;
  tag.textContent = status.text;
  item.dataset.status = status.id;
}

function countRemaining(list, store) {
  const out = list.parentElement?.querySelector(`[data-remaining-count="${list.dataset.taskList}"]`);
  if (!out) return;
  const shown = [...list.querySelectorAll('[data-milestone-item]')].filter((item) => !item.hidden);
  const left = shown.flatMap((item) => [...item.querySelectorAll('[data-remaining]')]).filter((e) => !store.isDone(e.dataset.remaining)).length;
  const text = shown.length === 0 ? '' : left === 0 ? 'Alle leverancer her er krydset af.' : `${left} ${left === 1 ? 'leverance mangler' : 'leverancer mangler'}.`;
  if (out.textContent !== text) out.textContent = text;
}
