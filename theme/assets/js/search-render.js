// The search page's output, built with DOM methods only: Pagefind's excerpts are split on <mark>,
// so no HTML from the index is ever parsed. Every result link carries `data-search-link`, which
// the keyboard handling (search-keys.js) moves between.

const MAX_SUB_RESULTS = 3;
const OVERVIEW_URL = '/milepaele/';

/** " i fasen Indkøb for rollen Programleder som godkender": the filters in words, or "". */
function scopeText(labels) {
  let text = '';
  if (labels.phase) text += ` i fasen ${labels.phase}`;
  if (labels.role) text += ` for rollen ${labels.role}`;
  if (labels.role && labels.kind) text += ` som ${labels.kind.toLocaleLowerCase('da')}`;
  return text;
}

/** What the status line says (and screen readers announce) once a search has answered. */
export function statusText(total, query, labels) {
  const scope = scopeText(labels);
  const what = query ? ` for »${query}«` : '';
  if (total === 0) return `Ingen resultater${what}${scope}.`;
  return `${total} ${total === 1 ? 'resultat' : 'resultater'}${what}${scope}.`;
}

/** Appends result items to the container's list (making it if needed); returns the first new link. */
export function appendResults(container, pages) {
  let list = container.querySelector('ol.search-result-list');
  if (!list) {
    list = document.createElement('ol');
    list.className = 'search-result-list no-max-width';
    container.prepend(list);
  }
  let first = null;
  for (const page of pages) {
    const item = resultItem(page);
    list.append(item);
    first ??= item.querySelector('[data-search-link]');
  }
  return first;
}

function resultItem(page) {
  const title = page.meta?.title ?? page.url;
  const item = document.createElement('li');
  item.className = 'search-result';

  const heading = document.createElement('h2');
  heading.className = 'h4 search-result-title';
  heading.append(link(page.link, title));
  item.append(heading);

  const meta = metaText(page.meta ?? {});
  if (meta) {
    const line = document.createElement('p');
    line.className = 'search-result-meta';
    line.textContent = meta;
    item.append(line);
  }

  // Without a query there are no hits to show around; the page's own summary says more.
  const browsing = !page.excerpt?.includes('<mark>');
  const summary = browsing ? page.meta?.resume : null;
  if (summary || page.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    if (summary) excerpt.textContent = summary;
    else appendExcerpt(excerpt, page.excerpt);
    item.append(excerpt);
  }

  const subs = browsing ? [] : bestSubResults(page);
  if (subs.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-subresults';
    for (const sub of subs) {
      const entry = document.createElement('li');
      const anchor = link(sub.link, sub.title);
      // Out of the list's context a link called "Ansvar" says little; name the page too.
      const context = document.createElement('span');
      context.className = 'sr-only';
      context.textContent = ` (${title})`;
      anchor.append(context);
      entry.append(anchor);
      // Often the page's best passage lies in this section: do not show it twice.
      if (sub.excerpt && !repeats(sub.plain_excerpt, page.plain_excerpt)) {
        const excerpt = document.createElement('p');
        excerpt.className = 'search-subresult-excerpt';
        appendExcerpt(excerpt, sub.excerpt);
        entry.append(excerpt);
      }
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

// Whether an excerpt mostly repeats another: half of its runs of four words are in the other.
function repeats(excerpt = '', shown = '') {
  const own = runs(excerpt);
  const seen = new Set(runs(shown));
  return own.length > 0 && own.filter((run) => seen.has(run)).length / own.length >= 0.5;
}

function runs(text) {
  const words = text.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 4) return words.length > 0 ? [words.join(' ')] : [];
  return words.slice(3).map((_, i) => words.slice(i, i + 4).join(' '));
}

function link(href, text) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.dataset.searchLink = '';
  anchor.textContent = text;
  return anchor;
}

// "Milepæl · Fase 2: Indkøb", "Rolle", "Side"; a draft page adds its status in the words the
// page gave it (partials/draft-label.liquid), "… · Udkast – kilden mangler".
function metaText(meta) {
  const parts = [meta.type ?? 'Side'];
  if (meta.fase) parts.push(meta.fasenummer ? `Fase ${meta.fasenummer}: ${meta.fase}` : meta.fase);
  if (meta.status) parts.push(meta.status);
  return parts.join(' · ');
}

// The sections of the page with the most hits, in page order; not the part before the first
// heading, which the result itself already shows.
function bestSubResults(page) {
  const base = page.url.split('#')[0];
  const candidates = (page.subResults ?? [])
    .map((sub, index) => ({ sub, index, hits: sub.locations?.length ?? 0 }))
    .filter(({ sub }) => sub.url.includes('#') && sub.url.split('#')[0] === base && sub.title);
  return candidates
    .sort((a, b) => b.hits - a.hits || a.index - b.index)
    .slice(0, MAX_SUB_RESULTS)
    .sort((a, b) => a.index - b.index)
    .map(({ sub }) => sub);
}

/** The button that loads the next page of results; null when everything is shown. */
export function moreButton(remaining, pageSize) {
  if (remaining <= 0) return null;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button-secondary search-more';
  button.dataset.searchMore = '';
  button.textContent = `Vis ${Math.min(remaining, pageSize)} flere resultater`;
  return button;
}

/**
 * When nothing matches: what to try instead. With filters on, says how many pages match
 * without them and offers a button (`data-search-clear-filters`) that removes them.
 */
export function noResults(query, unfiltered, filtered) {
  // The status line above already says that nothing matched, and for what.
  const box = document.createElement('div');
  box.className = 'search-empty';
  const intro = document.createElement('p');
  intro.textContent = 'Prøv at:';
  const tips = document.createElement('ul');
  if (query) tips.append(tip('tjekke stavningen eller bruge et andet eller mere almindeligt ord, fx »kontrakt« eller »business case«'));
  if (filtered) {
    const item = tip(unfiltered > 0
      ? `søge uden filtre – så er der ${unfiltered} ${unfiltered === 1 ? 'resultat' : 'resultater'}.`
      : 'søge uden filtre.');
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'button button-secondary search-clear-filters';
    clear.dataset.searchClearFilters = '';
    clear.textContent = 'Fjern filtrene';
    item.append(clear);
    tips.append(item);
  }
  const overview = tip('finde milepælen i ');
  const anchor = document.createElement('a');
  anchor.href = OVERVIEW_URL;
  anchor.textContent = 'oversigten over alle milepæle';
  overview.append(anchor, '.');
  tips.append(overview);
  box.append(intro, tips);
  return box;
}

function tip(text) {
  const item = document.createElement('li');
  item.append(text);
  return item;
}

/** When Pagefind cannot be loaded: say so and point to the overview. */
export function unavailable() {
  const message = document.createElement('p');
  message.className = 'search-unavailable';
  const anchor = document.createElement('a');
  anchor.href = OVERVIEW_URL;
  anchor.textContent = 'oversigten over milepæle';
  message.append('Søgningen virker ikke lige nu. Prøv igen om lidt, eller find milepælen i ', anchor, '.');
  return message;
}

// Pagefind marks hits as <mark>word</mark> in an otherwise plain-text excerpt. Its words carry
// their punctuation ("kontrakten,"), which stays outside the mark here.
export function appendExcerpt(target, excerpt) {
  const parts = excerpt.split(/<mark>|<\/mark>/);
  parts.forEach((part, index) => {
    const text = decodeEntities(part);
    if (index % 2 === 0) {
      target.append(text);
      return;
    }
    const [, before, word, after] = text.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su);
    const mark = document.createElement('mark');
    mark.textContent = word;
    target.append(before, ...(word ? [mark] : []), after);
  });
}

function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]);
}
