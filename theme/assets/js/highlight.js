// Marks the words a search result matched on the page it leads to. Result links carry them as
// ?fremhaev=word&fremhaev=word (search-engine.js); Pagefind's own highlighter (mark.js) does the
// marking, loaded only when the parameter is there. Its inline <style> is turned off (the CSP
// forbids it; site.css styles mark.pagefind-highlight), and it leaves alone what the scripts
// manage (progress, the role marks) and everything kept out of the index.

/** The URL parameter that carries the words to mark (set by search-engine.js on result links). */
export const HIGHLIGHT_PARAM = 'fremhaev';

const CLASS_NAME = 'pagefind-highlight';
const EXCLUDE = [
  '[data-pagefind-ignore]', '[data-pagefind-ignore] *',
  '[data-progress]', '[data-progress] *',
  '[data-milestone-marks]', '[data-milestone-marks] *',
  '[data-search-facets]', '[data-search-facets] *',
];

const LIMITERS = [...'.,;:!?()[]{}«»"\'“”‘’–—/'];

export async function initHighlight() {
  const words = shortestForms(new URLSearchParams(window.location.search).getAll(HIGHLIGHT_PARAM));
  if (words.length === 0) return;
  const { default: PagefindHighlight } = await import('/pagefind/pagefind-highlight.js');
  // Pagefind's highlighter reads the words from the URL itself; give it the cleaned-up list.
  const Highlighter = class extends PagefindHighlight {
    getHighlightParams() {
      return words;
    }
  };
  // The constructor does the marking.
  new Highlighter({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    // Whole words: "kontrakt" marks "kontrakten" and "kontraktindgåelsen" once, not in pieces.
    markOptions: { className: CLASS_NAME, exclude: EXCLUDE, diacritics: false, accuracy: { value: 'complementary', limiters: LIMITERS } },
  });
  const first = document.querySelector(`main mark.${CLASS_NAME}`);
  // A link to a section (#anchor) already scrolls there; otherwise bring the first hit into view
  // when it is below the fold, so the reader sees why the page was found.
  if (first && !window.location.hash && first.getBoundingClientRect().top > window.innerHeight) {
    first.scrollIntoView({ block: 'center' });
  }
}

// The words minus those that contain another one: marking whole words, "kontrakt" already
// covers "kontrakten", and two overlapping marks would split the word.
function shortestForms(words) {
  const clean = [...new Set(words.map((w) => w.trim().toLocaleLowerCase('da')).filter(Boolean))];
  return clean.filter((word) => !clean.some((other) => other !== word && word.includes(other)));
}
