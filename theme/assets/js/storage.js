// The only module that touches localStorage. Every function catches what the browser throws
// (storage disabled, private mode, quota, a getter that throws) and answers with a status object,
// so callers never need try/catch. Stored values are validated on the way in. A value that cannot
// be read is set aside under a dated key instead of being deleted; when even that fails (the
// storage is full), the key is *held*: write() refuses it until the reader consents to
// discardHeld(), so an unreadable value is never overwritten behind their back.
// Everything keyed by stored or imported ids is a Map, so an id such as `constructor` is data,
// never a property of Object.prototype.

export const PROGRESS_KEY = 'drejebog:v1:fremskridt';
export const ROLE_KEY = 'drejebog:v1:rolle';
const DAMAGED_MARK = ':beskadiget:';
export const DAMAGED_PREFIX = PROGRESS_KEY + DAMAGED_MARK;
export const SCHEMA = 1;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isValidId(id) {
  return typeof id === 'string' && id.length <= 200 && ID_PATTERN.test(id);
}

/** An own property of parsed JSON, never one inherited from Object.prototype. */
export function field(object, name) {
  return object && typeof object === 'object' && Object.hasOwn(object, name) ? object[name] : undefined;
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

/** @returns {{ ok: true } | { ok: false, reason: 'unavailable' | 'quota' | 'held' }} */
export function write(key, value) {
  if (held.has(key)) return { ok: false, reason: 'held' };
  return writeRaw(key, value);
}

export function remove(key) {
  if (held.has(key)) return { ok: false, reason: 'held' };
  return removeRaw(key);
}

function writeRaw(key, value) {
  const s = store();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    s.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error?.name === 'QuotaExceededError' ? 'quota' : 'unavailable' };
  }
}

function removeRaw(key) {
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
  const result = writeRaw(key, '1');
  if (result.ok) removeRaw(key);
  return result;
}

// --- Unreadable values -------------------------------------------------------------------------

/** Keys whose unreadable value could not be set aside: key → the stored text. */
const held = new Map();
const heldListeners = new Set();

function setHeld(key, raw, consented) {
  const before = held.get(key);
  if (raw === undefined) held.delete(key);
  else held.set(key, raw);
  if (before !== raw) for (const listener of heldListeners) listener(key, { consented });
}

/** The unreadable text held under a key (nothing may overwrite it), or undefined. */
export function heldValue(key) {
  return held.get(key);
}

/** Every held key and its text, in the order they were found. */
export function heldValues() {
  return [...held];
}

/** Calls back `(key, { consented })` when a key becomes held or is released. */
export function onHeldChange(listener) {
  heldListeners.add(listener);
  return () => heldListeners.delete(listener);
}

/**
 * The reader has agreed to lose a held value: remove it (unless another tab has replaced it
 * meanwhile) and let writes to the key through again.
 * @returns {{ ok: boolean }}
 */
export function discardHeld(key) {
  const raw = held.get(key);
  if (raw === undefined) return { ok: true };
  const current = read(key);
  const removed = current.ok && current.value === raw ? removeRaw(key) : { ok: true };
  setHeld(key, undefined, true);
  return removed;
}

/**
 * Reads a key and checks it with `parse` (text → value, or undefined when unreadable).
 * @returns {{ status: 'ok', value: any } | { status: 'empty' | 'unavailable' }
 *   | { status: 'damaged', raw: string, setAsideKey: string } | { status: 'held', raw: string }}
 */
export function loadChecked(key, parse) {
  const result = read(key);
  if (!result.ok) return { status: 'unavailable' };
  if (result.value === null) {
    setHeld(key, undefined, false);
    return { status: 'empty' };
  }
  const value = parse(result.value);
  if (value !== undefined) {
    setHeld(key, undefined, false);
    return { status: 'ok', value };
  }
  return setAside(key, result.value);
}

function setAside(key, raw) {
  const setAsideKey = freeDamagedKey(key);
  // Only remove the original once its copy is there and whole, so nothing is ever lost.
  if (setAsideKey && writeRaw(setAsideKey, raw).ok) {
    if (read(setAsideKey).value === raw && removeRaw(key).ok) {
      setHeld(key, undefined, false);
      return { status: 'damaged', raw, setAsideKey };
    }
    removeRaw(setAsideKey);
  }
  setHeld(key, raw, false);
  return { status: 'held', raw };
}

/** `<key>:beskadiget:<ISO time>`, with a counter if that key is taken (two tabs, one millisecond). */
function freeDamagedKey(key) {
  const base = key + DAMAGED_MARK + new Date().toISOString();
  for (let n = 1; n <= 10; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const existing = read(candidate);
    if (!existing.ok) return null;
    if (existing.value === null) return candidate;
  }
  return null;
}

// --- Progress ----------------------------------------------------------------------------------

/**
 * Checks a map of progress items: `{ "<deliverable id>": { "done": true, "at": "<ISO>" } }`.
 * @returns {{ ok: true, items: Map<string, {done: true, at?: string}> } | { ok: false, badId: string }}
 */
export function validateItems(items) {
  if (!items || typeof items !== 'object' || Array.isArray(items)) return { ok: false, badId: '' };
  const clean = new Map();
  // Object.entries lists own keys only, `__proto__` included (JSON.parse makes it an own key).
  for (const [id, item] of Object.entries(items)) {
    const at = field(item, 'at');
    if (!isValidId(id) || !item || typeof item !== 'object' || Array.isArray(item) || field(item, 'done') !== true) {
      return { ok: false, badId: id };
    }
    if (at !== undefined && (typeof at !== 'string' || Number.isNaN(Date.parse(at)))) {
      return { ok: false, badId: id };
    }
    clean.set(id, at === undefined ? { done: true } : { done: true, at });
  }
  return { ok: true, items: clean };
}

/**
 * Reads the saved progress.
 * @returns {{ status: 'ok' | 'empty' | 'unavailable', items: Map }
 *   | { status: 'damaged', items: Map, raw: string, setAsideKey: string }
 *   | { status: 'held', items: Map, raw: string }}
 */
export function loadProgress(siteId) {
  const loaded = loadChecked(PROGRESS_KEY, (text) => parseProgress(text, siteId));
  return { ...loaded, items: loaded.status === 'ok' ? loaded.value : new Map() };
}

function parseProgress(text, siteId) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (field(data, 'schema') !== SCHEMA) return undefined;
  if (siteId && field(data, 'site') !== siteId) return undefined;
  const checked = validateItems(field(data, 'items'));
  return checked.ok ? checked.items : undefined;
}

/** The items as a JSON object (Object.fromEntries makes every id an own key, `__proto__` too). */
export function itemsToJson(items) {
  return Object.fromEntries(items);
}

/** @returns {{ ok: true } | { ok: false, reason: 'unavailable' | 'quota' | 'held' }} */
export function saveProgress(siteId, items) {
  return write(PROGRESS_KEY, JSON.stringify({ schema: SCHEMA, site: siteId, items: itemsToJson(items) }));
}

// --- Role --------------------------------------------------------------------------------------

const parseRole = (text) => (isValidId(text) ? text : undefined);

/** The remembered role id, or null; the caller checks it against the roles that exist. */
export function loadRole() {
  const loaded = loadChecked(ROLE_KEY, parseRole);
  return loaded.status === 'ok' ? loaded.value : null;
}

/** Remembers a role (null forgets it); refused while an unreadable stored value is held. */
export function saveRole(roleId) {
  // Reading first sets an unreadable value aside, or holds it, before anything is written.
  loadChecked(ROLE_KEY, parseRole);
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
