// The search page (/soeg/): searches the Pagefind index as the reader types (and on submit),
// within the chosen phase, role and kind of responsibility, and keeps all of it in the URL.
//
// Contract for scripts that drive the page (docs/browser.md, "Search"): `#search-input` is the
// field; `#search-results` has aria-busy="true" from the moment a search is due until it has
// answered, and then `data-query` (the query as typed, trimmed) and `data-count` (the total).
import { loadRole } from './storage.js';
import { readState, urlFor, filtersFor } from './search-state.js';
import { loadPagefind, search, PAGE_SIZE } from './search-engine.js';
import { appendResults, moreButton, noResults, statusText, unavailable } from './search-render.js';
import { initSearchKeys } from './search-keys.js';

const DEBOUNCE_MS = 150;

export function initSearch(root = document) {
  const view = {
    form: root.querySelector('[data-search-form]'),
    input: root.getElementById('search-input'),
    results: root.getElementById('search-results'),
    status: root.getElementById('search-status'),
    phase: root.getElementById('search-fase'),
    role: root.getElementById('search-rolle'),
    kind: root.getElementById('search-ansvar'),
    roleNote: root.querySelector('[data-search-role-note]'),
  };
  if (!view.input || !view.results || !view.form || !view.phase || !view.role || !view.kind) return;

  const storedRole = loadRole();
  const known = { phases: optionValues(view.phase), roles: optionValues(view.role), kinds: optionValues(view.kind) };
  const state = readState(new URLSearchParams(window.location.search), known, storedRole);
  const page = new SearchPage(view, state, storedRole);
  page.showControls();
  view.input.value = state.query;

  view.input.addEventListener('input', (event) => {
    state.query = view.input.value;
    page.changed(typingGoesOn(event) ? DEBOUNCE_MS : 0);
  });
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.query = view.input.value;
    page.changed(0);
  });
  view.phase.addEventListener('change', () => {
    state.phase = view.phase.value;
    page.changed(0);
  });
  view.role.addEventListener('change', () => {
    state.role = view.role.value;
    state.roleFromStorage = false;
    if (!state.role) state.kind = '';
    page.showControls();
    page.changed(0);
  });
  view.kind.addEventListener('change', () => {
    state.kind = view.kind.value;
    page.changed(0);
  });
  view.roleNote?.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-search-clear-role]')) return;
    Object.assign(state, { role: '', kind: '', roleFromStorage: false });
    page.showControls();
    page.changed(0);
    view.role.focus();
  });
  view.results.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest('[data-search-clear-filters]')) {
      Object.assign(state, { phase: '', role: '', kind: '', roleFromStorage: false });
      page.showControls();
      page.changed(0);
      view.input.focus();
    } else if (event.target.closest('[data-search-more]')) {
      page.showMore();
    }
  });
  // Fetch Pagefind while the reader starts typing rather than after the first keystroke.
  view.input.addEventListener('focus', () => loadPagefind().catch(() => {}), { once: true });
  initSearchKeys(view.input, view.results);

  if (page.isDue()) page.changed(0, { keepUrl: true });
}

class SearchPage {
  constructor(view, state, storedRole) {
    this.view = view;
    this.state = state;
    this.storedRole = storedRole;
    this.timer = 0;
    this.generation = 0;
    this.current = null;
  }

  /** The selects and the role note as the state says. */
  showControls() {
    const { view, state } = this;
    view.phase.value = state.phase;
    view.role.value = state.role;
    view.kind.value = state.kind;
    view.kind.disabled = !state.role;
    const hint = view.kind.getAttribute('aria-describedby') && document.getElementById(view.kind.getAttribute('aria-describedby'));
    const hintText = hint?.dataset[state.role ? 'hintWithRole' : 'hintWithoutRole'];
    if (hintText) hint.textContent = hintText;
    if (!view.roleNote) return;
    view.roleNote.hidden = !state.role;
    const text = view.roleNote.querySelector('[data-search-role-note-text]');
    if (text && state.role) {
      const title = selectedText(view.role);
      text.textContent = state.role === this.storedRole
        ? `Søgningen er afgrænset til rollen ${title}, som du har valgt at se drejebogen som.`
        : `Søgningen er afgrænset til rollen ${title}.`;
    }
  }

  /**
   * Whether there is anything to search: a query, or a filter the reader chose (the role that
   * only came from storage does not list pages on its own).
   */
  isDue() {
    const { state } = this;
    return state.query.trim() !== '' || state.phase !== '' || (state.role !== '' && !state.roleFromStorage);
  }

  /** The query or a filter changed: update the URL and search after `delay` ms. */
  changed(delay, { keepUrl = false } = {}) {
    if (!keepUrl) {
      const url = urlFor(this.state, this.storedRole);
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
    }
    window.clearTimeout(this.timer);
    // Anything still running is now out of date.
    this.generation++;
    if (!this.isDue()) {
      this.clear();
      return;
    }
    this.view.results.setAttribute('aria-busy', 'true');
    this.timer = window.setTimeout(() => this.run(), delay);
  }

  async run() {
    const generation = ++this.generation;
    const { view, state } = this;
    const query = state.query.trim();
    const labels = this.labels();
    let answer;
    let pages;
    try {
      answer = await search(query, filtersFor(state));
      pages = await answer.more(PAGE_SIZE);
    } catch (error) {
      if (generation !== this.generation) return;
      console.warn('Søgningen fejlede:', error);
      this.current = null;
      view.results.replaceChildren(unavailable());
      view.status.textContent = 'Søgningen virker ikke lige nu.';
      this.finish(query, 0);
      return;
    }
    if (generation !== this.generation) return;

    this.current = answer;
    view.results.replaceChildren();
    if (answer.total === 0) {
      const filtered = Object.keys(filtersFor(state)).length > 0;
      view.results.append(noResults(query, answer.unfiltered, filtered));
    } else {
      appendResults(view.results, pages);
      this.appendMoreButton();
    }
    view.status.textContent = statusText(answer.total, query, labels);
    this.finish(query, answer.total);
  }

  async showMore() {
    const answer = this.current;
    if (!answer || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const generation = this.generation;
      const pages = await answer.more(PAGE_SIZE);
      if (generation !== this.generation || answer !== this.current) return;
      const first = appendResults(this.view.results, pages);
      this.view.results.querySelector('[data-search-more]')?.remove();
      this.appendMoreButton();
      // The button is gone; the first new result is where reading goes on.
      first?.focus();
      const shown = answer.total - answer.remaining();
      this.view.status.textContent = `Viser ${shown} af ${answer.total} resultater.`;
    } finally {
      this.loadingMore = false;
    }
  }

  appendMoreButton() {
    const button = moreButton(this.current.remaining(), PAGE_SIZE);
    if (button) this.view.results.append(button);
  }

  finish(query, count) {
    const { results } = this.view;
    results.dataset.query = query;
    results.dataset.count = String(count);
    results.removeAttribute('aria-busy');
  }

  clear() {
    const { results, status } = this.view;
    this.current = null;
    results.replaceChildren();
    delete results.dataset.query;
    delete results.dataset.count;
    results.removeAttribute('aria-busy');
    status.textContent = '';
  }

  labels() {
    const { view, state } = this;
    return {
      phase: state.phase ? (view.phase.selectedOptions[0]?.dataset.title ?? selectedText(view.phase)) : '',
      role: state.role ? selectedText(view.role) : '',
      kind: state.role && state.kind ? selectedText(view.kind) : '',
    };
  }
}

// A key that adds or removes one character is typing that may go on, so the search waits for a
// pause; a paste, a drop, an autocompleted or dictated word puts a whole query in at once.
function typingGoesOn(event) {
  if (!(event instanceof InputEvent)) return true;
  if (['insertFromPaste', 'insertFromDrop', 'insertReplacementText', 'insertFromYank'].includes(event.inputType)) return false;
  return !(event.inputType === 'insertText' && (event.data?.length ?? 0) > 1);
}

function optionValues(select) {
  return new Set([...select.options].map((option) => option.value).filter(Boolean));
}

function selectedText(select) {
  return select.selectedOptions[0]?.textContent.trim() ?? '';
}
