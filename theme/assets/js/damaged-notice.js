// The alerts about a stored value that could not be read: set aside (nothing lost), or held
// (it could not even be copied, so nothing may overwrite it until the reader decides). Both offer
// the value as a file; only the held one asks whether to delete it and start fresh.
import { createAlert } from './alert.js';
import { damagedFileLink } from './damaged-file.js';
import { PROGRESS_KEY, ROLE_KEY, PLAN_KEY } from './storage.js';

const KINDS = new Map([
  [PROGRESS_KEY, {
    file: 'drejebog-fremskridt-beskadiget',
    heading: 'Dit gemte fremskridt kunne ikke læses',
    meanwhile: 'bliver dine afkrydsninger ikke gemt, og de forsvinder, når du forlader siden',
    afterwards: 'Det, du har krydset af på denne side, er gemt, og dine afkrydsninger bliver gemt igen.',
    setAside: 'De gemte afkrydsninger var beskadigede og er lagt til side i browseren under nøglen »{key}«. Du starter med en tom tjekliste.',
  }],
  [PLAN_KEY, {
    file: 'drejebog-plan-beskadiget',
    heading: 'Jeres gemte plan kunne ikke læses',
    meanwhile: 'bliver ændringer i jeres plan ikke gemt, og siderne viser drejebogens egne datoer',
    afterwards: 'Ændringer i jeres plan bliver gemt igen.',
    setAside: 'Den gemte plan (kommunens navn og jeres datoer) var beskadiget og er lagt til side i browseren under nøglen »{key}«. Siderne viser drejebogens egne datoer, indtil I udfylder planen igen.',
  }],
  [ROLE_KEY, {
    file: 'drejebog-rolle-beskadiget',
    heading: 'Din gemte rolle kunne ikke læses',
    meanwhile: 'bliver dit valg af rolle ikke husket',
    afterwards: 'Dit valg af rolle bliver husket igen.',
  }],
]);
const OTHER = { file: 'drejebog-beskadiget', heading: 'Gemte data kunne ikke læses', meanwhile: 'bliver intet gemt', afterwards: '' };

/**
 * A held value: says so, offers the file, and calls `onDiscard` only after "Slet … og start
 * forfra" and then "Ja, slet og start forfra".
 * @returns {{ element: HTMLElement, dispose: () => void }}
 */
export function heldAlert(key, raw, onDiscard) {
  const kind = KINDS.get(key) ?? OTHER;
  const { link, dispose } = damagedFileLink(raw, kind.file, 'Hent de gemte data som fil');
  const start = button('Slet dem og start forfra', 'button-secondary', 'damagedStart');
  const yes = button('Ja, slet og start forfra', 'button-primary', 'damagedDiscard');
  const no = button('Annullér', 'button-secondary', 'damagedCancel');
  const confirm = block('div', 'confirm-box', [
    block('p', 'confirm-text', ['Vil du slette de gemte data og starte forfra? Det kan ikke fortrydes, medmindre du har hentet dem som fil.']),
    block('div', 'confirm-actions', [yes, no]),
  ]);
  confirm.hidden = true;
  start.addEventListener('click', () => {
    confirm.hidden = false;
    yes.focus();
  });
  no.addEventListener('click', () => {
    confirm.hidden = true;
    start.focus();
  });
  yes.addEventListener('click', () => onDiscard());

  const element = createAlert({
    variant: 'warning',
    heading: kind.heading,
    text: `Det, der er gemt i denne browser, er beskadiget, og det kunne ikke lægges til side (browserens lager er måske fuldt). Det er ikke ændret. Indtil du har valgt, hvad der skal ske, ${kind.meanwhile}.`,
    data: { noticeReason: 'held' },
    content: [
      block('p', 'alert-text', ['Du kan hente de gemte data som en fil og gemme den, fx for at få hjælp til at redde dem. Vælger du at starte forfra, bliver de slettet fra browseren.']),
      block('div', 'confirm-actions', [link, start]),
      confirm,
    ],
  });
  return { element, dispose };
}

/** A value set aside under a dated key: nothing is lost; the file is offered all the same. */
export function setAsideAlert(key, setAsideKey, raw) {
  const kind = KINDS.get(key) ?? KINDS.get(PROGRESS_KEY);
  const { link, dispose } = damagedFileLink(raw, kind.file, 'Hent de beskadigede data som fil');
  const element = createAlert({
    variant: 'warning',
    heading: kind.heading,
    text: kind.setAside.replace('{key}', setAsideKey),
    data: { noticeReason: 'damaged' },
    content: [block('div', 'confirm-actions', [link])],
  });
  return { element, dispose };
}

/**
 * After the reader discarded a held value; focusable, so focus has somewhere to go.
 * `savingWorks`: whether the key could be written again (else the "cannot be saved" alert says why).
 */
export function discardedAlert(key, savingWorks) {
  const kind = KINDS.get(key) ?? OTHER;
  const element = createAlert({
    variant: 'success',
    text: `De gemte data er slettet, og du starter forfra.${savingWorks && kind.afterwards ? ` ${kind.afterwards}` : ''}`,
    data: { noticeReason: 'discarded' },
  });
  element.tabIndex = -1;
  return element;
}

function button(text, variant, hook) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = `button ${variant}`;
  element.dataset[hook] = '';
  element.textContent = text;
  return element;
}

function block(tag, className, children) {
  const element = document.createElement(tag);
  element.className = className;
  element.append(...children);
  return element;
}
