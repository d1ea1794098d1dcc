// Pagefind, loaded from /pagefind/pagefind.js the first time it is needed (the search page also
// asks for it when the search field gets focus), and the one search call the page makes.
import { HIGHLIGHT_PARAM } from './highlight.js';

export const PAGE_SIZE = 10;
const MAX_HIGHLIGHT_WORDS = 6;

let loading = null;

/** Resolves to Pagefind's API, or rejects when the bundle cannot be loaded. */
export function loadPagefind() {
  loading ??= import('/pagefind/pagefind.js').then(async (pagefind) => {
    await pagefind.options({ excerptLength: 26, excerptEllipsis: '…' });
    await pagefind.init();
    return pagefind;
  });
  // A failed load may be a network blip: let the next search try again.
  loading.catch(() => { loading = null; });
  return loading;
}

/**
 * Runs one search. An empty query with filters lists every page the filters match, in the
 * playbook's order (the `orden` sort key); otherwise Pagefind ranks by relevance.
 * `more()` loads the next page of results (with `link` and `subResults` added); `remaining()`
 * says how many are left.
 * @returns {Promise<{ total: number, unfiltered: number, more: (count?: number) => Promise<object[]>, remaining: () => number }>}
 */
export async function search(query, filters) {
  const pagefind = await loadPagefind();
  const browsing = query === '';
  const response = await pagefind.search(browsing ? null : query, browsing ? { filters, sort: { orden: 'asc' } } : { filters });
  const results = response?.results ?? [];
  let shown = 0;
  const more = async (count = PAGE_SIZE) => {
    const slice = results.slice(shown, shown + count);
    shown += slice.length;
    return Promise.all(slice.map(async (result) => withHighlight(await result.data())));
  };
  return {
    total: results.length,
    unfiltered: response?.unfilteredResultCount ?? results.length,
    more,
    remaining: () => results.length - shown,
  };
}

// Pagefind finds "kontrakten" for the query "kontrakt" (stemming), so the words to mark on the
// page are the forms that matched there, not the query as typed: the page's words at the
// positions Pagefind reports. Links carry them as ?fremhaev=…&fremhaev=… (see highlight.js).
function withHighlight(data) {
  const words = matchedWords(data);
  data.link = addWords(data.url, words);
  data.subResults = (data.sub_results ?? []).map((sub) => ({ ...sub, link: addWords(sub.url, words) }));
  return data;
}

function matchedWords(data) {
  const text = data.raw_content ?? data.content ?? '';
  const all = text.includes('\u200B') ? text.split('\u200B') : text.split(/[^\S\uFEFF]+/);
  const counts = new Map();
  for (const location of data.locations ?? []) {
    const word = all[location]?.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/u)?.[0]?.toLocaleLowerCase('da');
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_HIGHLIGHT_WORDS).map(([word]) => word);
}

function addWords(url, words) {
  const target = new URL(url, window.location.origin);
  for (const word of words) target.searchParams.append(HIGHLIGHT_PARAM, word);
  return target.origin === window.location.origin ? target.pathname + target.search + target.hash : target.href;
}
