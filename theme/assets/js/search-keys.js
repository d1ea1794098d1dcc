// Arrow keys on the search page: from the field, ArrowDown goes to the first result; in the
// results, ArrowUp/ArrowDown move between result links (sub-results included) and the "more"
// button, Home/End jump to the ends, ArrowUp from the first and Escape go back to the field.
// Tab keeps its normal order and Enter opens a link as links always do.

const ITEMS = '[data-search-link], [data-search-more]';

export function initSearchKeys(input, results) {
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey) return;
    const first = results.querySelector(ITEMS);
    if (!first) return;
    event.preventDefault();
    first.focus();
  });

  results.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof Element)) return;
    const items = [...results.querySelectorAll(ITEMS)];
    const at = items.indexOf(event.target);
    if (at < 0) return;
    let next = null;
    switch (event.key) {
      case 'ArrowDown': next = items[Math.min(at + 1, items.length - 1)]; break;
      case 'ArrowUp': next = at === 0 ? input : items[at - 1]; break;
      case 'Home': next = items[0]; break;
      case 'End': next = items[items.length - 1]; break;
      case 'Escape': next = input; break;
      default: return;
    }
    event.preventDefault();
    next.focus();
  });
}
