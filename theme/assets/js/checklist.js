// Turns every `<li data-deliverable="ID">text</li>` into a labelled checkbox. The same deliverable
// may be listed more than once on a page (a role page lists a milestone per kind of duty); every
// copy shows the same state because they all follow the store.

export function initChecklist(store, root = document) {
  const entries = [...root.querySelectorAll('li[data-deliverable]')];
  if (entries.length === 0) return;
  const used = new Map();

  for (const li of entries) {
    const id = li.dataset.deliverable;
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    const inputId = n === 1 ? `afkryds-${id}` : `afkryds-${id}-${n}`;

    const input = document.createElement('input');
    input.type = 'checkbox';
    input.className = 'form-checkbox';
    input.id = inputId;
    input.dataset.deliverable = id;
    input.checked = store.isDone(id);
    input.addEventListener('change', () => store.set(id, input.checked));

    const label = document.createElement('label');
    label.className = 'form-label';
    label.htmlFor = inputId;
    // Keep whatever the template put in the item (text, links) as the label's content.
    label.append(...li.childNodes);

    const group = document.createElement('div');
    group.className = 'form-group-checkbox';
    group.append(input, label);
    li.append(group);
    li.classList.add('is-checkable');
    li.classList.toggle('is-done', input.checked);
  }

  const render = () => {
    for (const input of root.querySelectorAll('input[type="checkbox"][data-deliverable]')) {
      const done = store.isDone(input.dataset.deliverable);
      if (input.checked !== done) input.checked = done;
      input.closest('li')?.classList.toggle('is-done', done);
    }
  };
  store.subscribe(render);
}
