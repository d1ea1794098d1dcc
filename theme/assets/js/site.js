// Entry point: marks that JavaScript runs (CSS hides JS-only controls otherwise) and starts the
// feature modules that the current page needs.
import { initSearch } from './search.js';

document.documentElement.classList.add('js');

if (document.getElementById('search-results')) {
  initSearch();
}
