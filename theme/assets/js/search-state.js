// What the search page searches for: the query and the filters, read from and written to the URL
// (/soeg/?q=kontrakt&fase=indkoeb&rolle=programleder&ansvar=godkender), so a search can be shared.
// Filter values are the ids the templates give Pagefind (docs/browser.md, "Search").
//
// The role filter defaults to the role the reader views the playbook as (storage.js). An explicit
// `rolle=` (empty) means "all roles" and wins over that default, so removing the filter here
// never changes the role chosen elsewhere.

export const PARAMS = { query: 'q', phase: 'fase', role: 'rolle', kind: 'ansvar' };

/**
 * @param {URLSearchParams} params
 * @param {{ phases: Set<string>, roles: Set<string>, kinds: Set<string> }} known
 * @param {string | null} storedRole
 * @returns {{ query: string, phase: string, role: string, kind: string, roleFromStorage: boolean }}
 */
export function readState(params, known, storedRole) {
  const phase = params.get(PARAMS.phase) ?? '';
  const roleParam = params.get(PARAMS.role);
  let role = '';
  let roleFromStorage = false;
  if (roleParam !== null && (roleParam === '' || known.roles.has(roleParam))) {
    role = roleParam;
  } else if (storedRole && known.roles.has(storedRole)) {
    role = storedRole;
    roleFromStorage = true;
  }
  const kind = params.get(PARAMS.kind) ?? '';
  return {
    query: params.get(PARAMS.query) ?? '',
    phase: known.phases.has(phase) ? phase : '',
    role,
    kind: role && known.kinds.has(kind) ? kind : '',
    roleFromStorage,
  };
}

/** The URL of the search page for a state; `storedRole` decides whether "all roles" must be said. */
export function urlFor(state, storedRole, base = window.location.href) {
  const url = new URL(base);
  for (const name of Object.values(PARAMS)) url.searchParams.delete(name);
  const query = state.query.trim();
  if (query) url.searchParams.set(PARAMS.query, query);
  if (state.phase) url.searchParams.set(PARAMS.phase, state.phase);
  if (state.role) {
    url.searchParams.set(PARAMS.role, state.role);
    if (state.kind) url.searchParams.set(PARAMS.kind, state.kind);
  } else if (storedRole) {
    // Without this the stored role would come back as the default on reload.
    url.searchParams.set(PARAMS.role, '');
  }
  return url;
}

/** Pagefind's filter object for a state: ids, and `ansvar` as "role:kind". */
export function filtersFor(state) {
  const filters = {};
  if (state.phase) filters.fase = state.phase;
  if (state.role) filters.rolle = state.role;
  if (state.role && state.kind) filters.ansvar = `${state.role}:${state.kind}`;
  return filters;
}

export function hasFilters(state) {
  return Boolean(state.phase || state.role);
}
