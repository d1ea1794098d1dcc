// The share link's fragment: progress (and the team's plan) packed into `#v1.<form>.<crc>.<data>`.
// Pure (no DOM, no storage), so Node tests it too. The fragment never reaches a server: browsers
// do not send it. Format (docs/share-link.md):
//   v1    the link format's version; a link made by this version must open in every later one
//   form  `z` = the JSON deflated (deflate-raw), `j` = the JSON as it is; both base64url
//   crc   CRC-32 of the JSON's UTF-8 bytes, 8 hex digits: a truncated or changed link is refused
//         (a checksum, not a signature: a link made by hand passes it, so the content is
//         validated like an import file, and nothing is stored without the reader's confirmation)
// Decoding never throws; it answers { ok: true, share } or { ok: false, code }.
import { validateItems, validatePlan, planToJson, isValidId, field } from './storage.js';

export const VERSION = 1;
/** Longest link we make: chat tools, mail and older browsers cut long URLs (docs/share-link.md). */
export const MAX_LINK_LENGTH = 8000;
export const MAX_SENDER_LENGTH = 80;
// An unpacked payload beyond this is not ours (and a deflate bomb stops here).
const MAX_JSON_BYTES = 256 * 1024;

const FRAGMENT = /^v([0-9]{1,4})\.(.*)$/s;
const BODY = /^([a-z])\.([0-9a-f]{8})\.([A-Za-z0-9_-]+)$/;

// --- Encoding ------------------------------------------------------------------------------------

/**
 * The fragment (without `#`) for a share.
 * @param {{ site: string, sender?: string, made: string, items: Map<string, {done: true, at?: string}>, plan?: object }} share
 *   plan: the normalized plan (validatePlan); its municipality is the one the link shows
 * @param {{ compress?: boolean }} options compress: false makes the plain form (tests, old browsers)
 * @returns {Promise<string>}
 */
export async function encodeShare(share, { compress = canCompress() } = {}) {
  const bytes = new TextEncoder().encode(JSON.stringify(payloadOf(share)));
  const crc = crc32(bytes).toString(16).padStart(8, '0');
  const plain = `v${VERSION}.j.${crc}.${toBase64Url(bytes)}`;
  if (!compress) return plain;
  let deflated = null;
  try {
    deflated = await transform(bytes, new CompressionStream('deflate-raw'));
  } catch {
    // The plain form below is always readable.
  }
  const packed = deflated ? `v${VERSION}.z.${crc}.${toBase64Url(deflated)}` : plain;
  return packed.length < plain.length ? packed : plain;
}

function payloadOf({ site, sender, made, items, plan }) {
  const payload = { site, made };
  const name = cleanSender(sender);
  if (name) payload.sender = name;
  // id → time ticked ("" when the stored item has none): the ids spelled out, so a link still
  // means the same deliverables after the content changes order or adds some.
  payload.ticks = Object.fromEntries([...items].map(([id, item]) => [id, item.at ?? '']));
  const planJson = plan ? planToJson(plan) : {};
  if (Object.keys(planJson).length > 0) payload.plan = planJson;
  return payload;
}

/** The sender's name as it is put in a link: trimmed, no control characters, at most 80 characters. */
export function cleanSender(name) {
  // eslint-disable-next-line no-control-regex
  const text = typeof name === 'string' ? name.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim() : '';
  return [...text].slice(0, MAX_SENDER_LENGTH).join('');
}

export function canCompress() {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

// --- Decoding ------------------------------------------------------------------------------------

/**
 * Reads a fragment (with or without `#`). Codes: `empty` (no fragment), `not-link`,
 * `unknown-version`, `newer-version` (with `version`), `unsupported` (this browser cannot unpack
 * it), `damaged` (checksum, base64, deflate or JSON fails), `invalid` (whole, but not a share),
 * `site` (made on another site, with `from`).
 * @returns {Promise<{ ok: true, share: { site: string, sender: string, made: string, items: Map, plan: object } }
 *   | { ok: false, code: string, version?: number, from?: string }>}
 */
export async function decodeShare(fragment, siteId) {
  try {
    return await decode(fragment, siteId);
  } catch {
    return { ok: false, code: 'damaged' };
  }
}

async function decode(fragment, siteId) {
  let text = typeof fragment === 'string' ? fragment.replace(/^#/, '') : '';
  // Some mail and chat tools percent-encode or break long links; neither changes our characters.
  try {
    text = decodeURIComponent(text);
  } catch {
    return { ok: false, code: 'damaged' };
  }
  text = text.replace(/\s+/g, '');
  if (text === '') return { ok: false, code: 'empty' };
  const versioned = FRAGMENT.exec(text);
  if (!versioned) return { ok: false, code: 'not-link' };
  const version = Number(versioned[1]);
  if (version > VERSION) return { ok: false, code: 'newer-version', version };
  if (version !== VERSION) return { ok: false, code: 'unknown-version', version };
  const body = BODY.exec(versioned[2]);
  if (!body) return { ok: false, code: 'damaged' };
  const [, form, crc, data] = body;
  if (form !== 'z' && form !== 'j') return { ok: false, code: 'unknown-version', version };
  if (form === 'z' && !canCompress()) return { ok: false, code: 'unsupported' };

  const raw = fromBase64Url(data);
  if (!raw) return { ok: false, code: 'damaged' };
  const bytes = form === 'z' ? await transform(raw, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES) : raw;
  if (!bytes || bytes.length > MAX_JSON_BYTES || crc32(bytes).toString(16).padStart(8, '0') !== crc) {
    return { ok: false, code: 'damaged' };
  }
  let json;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, code: 'damaged' };
  }
  return checkPayload(json, siteId);
}

function checkPayload(json, siteId) {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, code: 'invalid' };
  const site = field(json, 'site');
  // A site id is a host name; anything longer is not one (and would not fit in the message).
  if (typeof site !== 'string' || site === '' || site.length > 253) return { ok: false, code: 'invalid' };
  if (siteId && site !== siteId) return { ok: false, code: 'site', from: site };
  const made = field(json, 'made');
  if (typeof made !== 'string' || Number.isNaN(Date.parse(made))) return { ok: false, code: 'invalid' };
  const sender = field(json, 'sender') ?? '';
  if (typeof sender !== 'string' || sender !== cleanSender(sender)) return { ok: false, code: 'invalid' };
  const ticks = field(json, 'ticks');
  if (!ticks || typeof ticks !== 'object' || Array.isArray(ticks)) return { ok: false, code: 'invalid' };
  const items = {};
  for (const [id, at] of Object.entries(ticks)) {
    if (!isValidId(id) || typeof at !== 'string') return { ok: false, code: 'invalid' };
    // Assigned with defineProperty, so even an id like `__proto__` would be data (isValidId refuses it anyway).
    Object.defineProperty(items, id, { value: at === '' ? { done: true } : { done: true, at }, enumerable: true });
  }
  const checked = validateItems(items);
  if (!checked.ok) return { ok: false, code: 'invalid' };
  // A link without a plan shares none: an empty plan, which merges as nothing.
  const plan = validatePlan(field(json, 'plan') ?? {});
  if (!plan.ok) return { ok: false, code: 'invalid' };
  return { ok: true, share: { site, sender, made, items: checked.items, plan: plan.plan } };
}

// --- Bytes ---------------------------------------------------------------------------------------

/** Runs bytes through a (de)compression stream; null when it fails or grows past `limit`. */
async function transform(bytes, stream, limit = Infinity) {
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const chunks = [];
  let length = 0;
  try {
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > limit) {
        reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes, or null when the text is not base64url as toBase64Url writes it (a cut link can leave
 * an impossible length; a changed last character can differ only in bits that decoding ignores).
 */
export function fromBase64Url(text) {
  if (text.length % 4 === 1) return null;
  let bytes;
  try {
    bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
  return toBase64Url(bytes) === text ? bytes : null;
}

let crcTable = null;

/** CRC-32 (IEEE, as in zip and PNG) of bytes, as an unsigned number. */
export function crc32(bytes) {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
