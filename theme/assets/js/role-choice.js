// The role the reader has chosen, as role-filter.js decided it (URL, storage, another tab), for
// the modules that adapt a page to it. A listener added late is called at once with the current
// choice, so start-up order does not matter.

let current;
const listeners = new Set();

/** Called by the role filter whenever the choice is made or changes; id is null for "all roles". */
export function publishRole(id, title) {
  current = { id: id ?? null, title: id ? title : '' };
  for (const listener of listeners) listener(current);
}

/** Calls listener({ id, title }) now if a choice is known, and on every change. */
export function onRoleChange(listener) {
  listeners.add(listener);
  if (current) listener(current);
}
