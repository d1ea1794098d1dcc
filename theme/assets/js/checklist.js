// Turns every `<li data-deliverable="ID">text</li>` into a labelled checkbox, keyed by the
// deliverable's id. Templates list each deliverable once per page (a role page has one row per
// milestone, however many kinds the role holds there); should one appear twice, every copy shows
// the same state because they all follow the store. While ticks cannot be saved, a
// note under each list says so, and the checkboxes point to it (aria-describedby).

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

  const notes = unsavedNotes(entries);
  const render = () => {
    const unsaved = store.saveState() !== 'ok';
    for (const [note, inputs] of notes) {
      note.hidden = !unsaved;
      for (const input of inputs) {
        if (unsaved) input.setAttribute('aria-describedby', note.id);
        else input.removeAttribute('aria-describedby');
      }
    }
    for (const input of root.querySelectorAll('input[type="checkbox"][data-deliverable]')) {
      const done = store.isDone(input.dataset.deliverable);
      if (input.checked !== done) input.checked = done;
      input.closest('li')?.classList.toggle('is-done', done);
    }
  };
  render();
  store.subscribe(render);
}

/** One hidden note after each list of deliverables: note → the list's checkboxes. */
function unsavedNotes(entries) {
  const notes = new Map();
  const byList = new Map();
  for (const li of entries) {
    const list = li.parentElement;
    if (!byList.has(list)) byList.set(list, []);
    byList.get(list).push(li.querySelector('input[type="checkbox"]'));
  }
  let n = 0;
  for (const [list, inputs] of byList) {
    const note = document.createElement('p');
    note.className = 'deliverables-unsaved';
    note.id = `afkrydsninger-gemmes-ikke-${++n}`;
    note.dataset.unsavedNote = '';
    note.textContent = 'Afkrydsningerne her bliver ikke gemt lige nu. Læs hvorfor i beskeden øverst på siden.';
    note.hidden = true;
    list.after(note);
    notes.set(note, inputs);
  }
  return notes;
}
