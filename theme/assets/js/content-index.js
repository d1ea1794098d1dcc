// The content index written by the build (/data/drejebog.json): phases, roles and milestones with
// their deliverable ids, and the labels of the kinds of responsibility. Fetched at most once per page; every caller shares the same promise.
// Resolves to null when it cannot be loaded, so callers can degrade instead of failing.

let pending = null;

export function loadContentIndex() {
  pending ??= fetch('/data/drejebog.json', { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .then((data) => (data && Array.isArray(data.milestones) && Array.isArray(data.phases) && Array.isArray(data.roles) ? data : null))
    .catch(() => null);
  return pending;
}

/** Every deliverable id in the content. */
export function deliverableIds(index) {
  return new Set(index.milestones.flatMap((m) => m.deliverables ?? []));
}

/** A milestone is done when it has deliverables and all of them are ticked. */
export function isMilestoneDone(milestone, store) {
  const ids = milestone.deliverables ?? [];
  return ids.length > 0 && ids.every((id) => store.isDone(id));
}

/**
 * What each kind of responsibility is called (`udfører` → `Udfører`), as the build names them
 * (ResponsibilityKind.cs). A Map, so a kind named like an Object.prototype property is data; empty
 * without an index, and callers then show the kind's id.
 */
export function kindLabels(index) {
  const kinds = Array.isArray(index?.kinds) ? index.kinds : [];
  return new Map(kinds.filter((k) => typeof k?.id === 'string' && typeof k.label === 'string').map((k) => [k.id, k.label]));
}

/** Where each kind of responsibility is explained (`udfører` → `/organisering/#ansvar-udfoerer`). */
export function kindUrls(index) {
  const kinds = Array.isArray(index?.kinds) ? index.kinds : [];
  return new Map(kinds.filter((k) => typeof k?.id === 'string' && typeof k.url === 'string' && k.url.startsWith('/')).map((k) => [k.id, k.url]));
}

/** The milestones a role has a part in, in the playbook's order. */
export function milestonesOfRole(index, roleId) {
  return index.milestones.filter((m) => m.roles && Object.hasOwn(m.roles, roleId));
}
