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
export const PLAN_KEY = 'drejebog:v1:plan';
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
  const items = field(parseEnvelope(text, siteId), 'items');
  if (items === undefined) return undefined;
  const checked = validateItems(items);
  return checked.ok ? checked.items : undefined;
}

/** The stored object of our schema and this site (`{ schema, site, … }`), or undefined. */
function parseEnvelope(text, siteId) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (field(data, 'schema') !== SCHEMA) return undefined;
  if (siteId && field(data, 'site') !== siteId) return undefined;
  return data;
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

// --- Plan --------------------------------------------------------------------------------------

const MUNICIPALITY_MAX = 120;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIRST_DATE = '2000-01-01';
const LAST_DATE = '2100-12-31';
// Control characters (C0, DEL, C1) and the line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A real calendar date written `yyyy-mm-dd`, in the years a programme plan can use. */
export function isPlanDate(text) {
  const match = typeof text === 'string' ? DATE_PATTERN.exec(text) : null;
  if (!match || text < FIRST_DATE || text > LAST_DATE) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A municipality's name as the reader may type it: trimmed, not too long, no control characters. */
export function isMunicipality(text) {
  return typeof text === 'string' && text.trim() === text && text.length <= MUNICIPALITY_MAX && !CONTROL.test(text);
}

export const EMPTY_PLAN = Object.freeze({ municipality: '', start: null, phases: new Map(), milestones: new Map(), updated: null });

/** A fresh, empty plan (EMPTY_PLAN's Maps must never be filled). */
export function emptyPlan() {
  return { municipality: '', start: null, phases: new Map(), milestones: new Map(), updated: null };
}

function validateDates(object, name) {
  if (object === undefined) return { ok: true, dates: new Map() };
  if (!object || typeof object !== 'object' || Array.isArray(object)) return { ok: false, field: name };
  const dates = new Map();
  for (const [id, date] of Object.entries(object)) {
    if (!isValidId(id) || !isPlanDate(date)) return { ok: false, field: `${name}.${id}` };
    dates.set(id, date);
  }
  return { ok: true, dates };
}

/**
 * Checks a plan as stored, exported or shared:
 * `{ municipality?, start?, phases?: { id: date }, milestones?: { id: date }, updated? }`.
 * @returns {{ ok: true, plan: { municipality: string, start: string | null, phases: Map<string, string>,
 *   milestones: Map<string, string>, updated: string | null } } | { ok: false, field: string }}
 */
export function validatePlan(json) {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, field: '' };
  const municipality = field(json, 'municipality') ?? '';
  if (!isMunicipality(municipality)) return { ok: false, field: 'municipality' };
  const start = field(json, 'start') ?? null;
  if (start !== null && !isPlanDate(start)) return { ok: false, field: 'start' };
  const updated = field(json, 'updated') ?? null;
  if (updated !== null && (typeof updated !== 'string' || updated.length > 40 || Number.isNaN(Date.parse(updated)))) {
    return { ok: false, field: 'updated' };
  }
  const phases = validateDates(field(json, 'phases'), 'phases');
  if (!phases.ok) return phases;
  const milestones = validateDates(field(json, 'milestones'), 'milestones');
  if (!milestones.ok) return milestones;
  return { ok: true, plan: { municipality, start, phases: phases.dates, milestones: milestones.dates, updated } };
}

/** The plan as JSON, without its empty fields (Object.fromEntries keeps every id an own key). */
export function planToJson(plan) {
  const json = {};
  if (plan.municipality) json.municipality = plan.municipality;
  if (plan.start) json.start = plan.start;
  if (plan.phases.size > 0) json.phases = Object.fromEntries(plan.phases);
  if (plan.milestones.size > 0) json.milestones = Object.fromEntries(plan.milestones);
  if (plan.updated) json.updated = plan.updated;
  return json;
}

/**
 * Reads the team's plan; the statuses are loadProgress's.
 * @returns {{ status: string, plan: object, raw?: string, setAsideKey?: string }}
 */
export function loadPlan(siteId) {
  const loaded = loadChecked(PLAN_KEY, (text) => parsePlan(text, siteId));
  return { ...loaded, plan: loaded.status === 'ok' ? loaded.value : emptyPlan() };
}

function parsePlan(text, siteId) {
  const data = parseEnvelope(text, siteId);
  if (data === undefined) return undefined;
  const checked = validatePlan(field(data, 'plan'));
  return checked.ok ? checked.plan : undefined;
}

/** @returns {{ ok: true } | { ok: false, reason: 'unavailable' | 'quota' | 'held' }} */
export function savePlan(siteId, plan) {
  return write(PLAN_KEY, JSON.stringify({ schema: SCHEMA, site: siteId, plan: planToJson(plan) }));
}

const OUR_KEYS = new Set([PROGRESS_KEY, ROLE_KEY, PLAN_KEY]);

/** Calls back when another tab changes one of our keys (or clears storage). */
export function onExternalChange(callback) {
  window.addEventListener('storage', (event) => {
    if (event.key === null || OUR_KEYS.has(event.key)) {
      callback(event.key);
    }
  });
}
