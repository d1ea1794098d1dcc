// Search page: runs the query from ?q= against the Pagefind index that the build writes to /pagefind/.
// Results are built with DOM methods only; Pagefind's excerpts are split on <mark> so no HTML is injected.

const MAX_RESULTS = 20;

export async function initSearch(root = document) {
  const results = root.getElementById('search-results');
  const input = root.getElementById('search-input');
  if (!results || !input) return;

  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;

  let pagefind;
  try {
    pagefind = await import('/pagefind/pagefind.js');
  } catch {
    showMessage(results, 'Søgningen er ikke tilgængelig lige nu. Prøv oversigten over milepæle i stedet.');
    return;
  }

  const search = await pagefind.search(query);
  const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  render(results, query, search.results.length, found);
}

function render(container, query, total, found) {
  container.replaceChildren();
  const summary = document.createElement('p');
  summary.className = 'search-summary';
  summary.textContent = total === 0
    ? `Ingen resultater for »${query}«.`
    : `${total} ${total === 1 ? 'resultat' : 'resultater'} for »${query}«${total > found.length ? ` (viser de første ${found.length})` : ''}.`;
  container.append(summary);
  if (found.length === 0) return;

  const list = document.createElement('ol');
  list.className = 'search-results no-max-width';
  for (const item of found) {
    const entry = document.createElement('li');
    const heading = document.createElement('h2');
    heading.className = 'h4';
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta?.title ?? item.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, item.excerpt ?? '');
    entry.append(heading, excerpt);
    list.append(entry);
  }
  container.append(list);
}

// Pagefind marks hits as <mark>word</mark> in an otherwise plain-text excerpt.
export function appendExcerpt(target, excerpt) {
  const parts = excerpt.split(/<mark>|<\/mark>/);
  parts.forEach((part, index) => {
    const text = document.createTextNode(decodeEntities(part));
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.append(text);
      target.append(mark);
    } else {
      target.append(text);
    }
  });
}

function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]);
}

function showMessage(container, text) {
  const message = document.createElement('p');
  message.textContent = text;
  container.replaceChildren(message);
}
