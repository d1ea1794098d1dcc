// The only module that touches localStorage. Every function catches what the browser throws
// (storage disabled, private mode, quota, a getter that throws) and answers with a status object,
// so callers never need try/catch. Stored progress is validated on the way in; a value that
// cannot be read is set aside under a dated key instead of being deleted.

export const PROGRESS_KEY = 'drejebog:v1:fremskridt';
export const ROLE_KEY = 'drejebog:v1:rolle';
export const DAMAGED_PREFIX = 'drejebog:v1:fremskridt:beskadiget:';
export const SCHEMA = 1;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isValidId(id) {
  return typeof id === 'string' && id.length <= 200 && ID_PATTERN.test(id);
}

function store() {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** @returns {{ ok: true, value: string | null } | { ok: false, reason: 'unavailable' }} */
export function read(key) {
  const s = store();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    return { ok: true, value: s.getItem(key) };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

/** @returns {{ ok: true } | { ok: false, reason: 'unavailable' | 'quota' }} */
export function write(key, value) {
  const s = store();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    s.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error?.name === 'QuotaExceededError' ? 'quota' : 'unavailable' };
  }
}

export function remove(key) {
  const s = store();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    s.removeItem(key);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

/** Whether a write would succeed right now (some browsers allow reading but not writing). */
export function canWrite() {
  const key = 'drejebog:v1:proeve';
  const result = write(key, '1');
  if (result.ok) remove(key);
  return result;
}

/**
 * Checks a map of progress items: `{ "<deliverable id>": { "done": true, "at": "<ISO>" } }`.
 * @returns {{ ok: true, items: Record<string, {done: true, at?: string}> } | { ok: false, badId: string }}
 */
export function validateItems(items) {
  if (!items || typeof items !== 'object' || Array.isArray(items)) return { ok: false, badId: '' };
  const clean = {};
  for (const [id, item] of Object.entries(items)) {
    if (!isValidId(id) || !item || typeof item !== 'object' || Array.isArray(item) || item.done !== true) {
      return { ok: false, badId: id };
    }
    if (item.at !== undefined && (typeof item.at !== 'string' || Number.isNaN(Date.parse(item.at)))) {
      return { ok: false, badId: id };
    }
    clean[id] = item.at === undefined ? { done: true } : { done: true, at: item.at };
  }
  return { ok: true, items: clean };
}

/**
 * Reads the saved progress.
 * @returns {{ status: 'ok' | 'empty', items: object }
 *   | { status: 'unavailable', items: {} }
 *   | { status: 'damaged', items: {}, setAsideKey: string | null }}
 */
export function loadProgress(siteId) {
  const result = read(PROGRESS_KEY);
  if (!result.ok) return { status: 'unavailable', items: {} };
  if (result.value === null) return { status: 'empty', items: {} };
  const parsed = parseProgress(result.value, siteId);
  if (parsed) return { status: 'ok', items: parsed };
  const setAsideKey = DAMAGED_PREFIX + new Date().toISOString();
  const saved = write(setAsideKey, result.value);
  // Only remove the original once its copy exists, so nothing is ever lost.
  if (saved.ok) remove(PROGRESS_KEY);
  return { status: 'damaged', items: {}, setAsideKey: saved.ok ? setAsideKey : null };
}

function parseProgress(text, siteId) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  if (data.schema !== SCHEMA) return null;
  if (siteId && data.site !== siteId) return null;
  const checked = validateItems(data.items);
  return checked.ok ? checked.items : null;
}

/** @returns {{ ok: true } | { ok: false, reason: 'unavailable' | 'quota' }} */
export function saveProgress(siteId, items) {
  return write(PROGRESS_KEY, JSON.stringify({ schema: SCHEMA, site: siteId, items }));
}

/** The remembered role id, or null; the caller checks it against the roles that exist. */
export function loadRole() {
  const result = read(ROLE_KEY);
  return result.ok && typeof result.value === 'string' && isValidId(result.value) ? result.value : null;
}

export function saveRole(roleId) {
  return roleId ? write(ROLE_KEY, roleId) : remove(ROLE_KEY);
}

/** Calls back when another tab changes one of our keys (or clears storage). */
export function onExternalChange(callback) {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === PROGRESS_KEY || event.key === ROLE_KEY) {
      callback(event.key);
    }
  });
}
