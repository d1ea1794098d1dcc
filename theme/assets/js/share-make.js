// /fremskridt/ "Del status": makes a link to /del/ whose fragment carries the ticks and the plan
// (share-code.js), shows it with its length and copies it. A link over MAX_LINK_LENGTH is not
// made: the reader is sent to the export file instead.
import { createAlert } from './alert.js';
import { encodeShare, MAX_LINK_LENGTH } from './share-code.js';

const number = new Intl.NumberFormat('da-DK');

export function initShareMaker(store, planStore, root = document) {
  const section = root.querySelector('[data-share-maker]');
  if (!section) return;
  const makeButton = section.querySelector('[data-share-make]');
  const senderInput = section.querySelector('#share-sender');
  const result = section.querySelector('[data-share-result]');
  const linkInput = section.querySelector('#share-link');
  const length = section.querySelector('[data-share-length]');
  const copyButton = section.querySelector('[data-share-copy]');
  const error = section.querySelector('[data-share-make-error]');
  const status = section.querySelector('[data-share-make-status]');
  const limit = section.querySelector('[data-share-limit]');
  if (limit) limit.textContent = number.format(MAX_LINK_LENGTH);

  const say = (text) => {
    error?.replaceChildren();
    if (status) status.textContent = text;
  };

  makeButton?.addEventListener('click', async () => {
    const fragment = await encodeShare({
      site: store.siteId,
      sender: senderInput?.value ?? '',
      made: new Date().toISOString(),
      items: store.items(),
      plan: planStore.plan(),
    });
    const link = new URL(`${section.dataset.sharePage ?? '/del/'}#${fragment}`, window.location.href).href;
    section.dataset.shareLinkLength = String(link.length);
    if (link.length > MAX_LINK_LENGTH) {
      if (result) result.hidden = true;
      if (status) status.textContent = '';
      error?.replaceChildren(createAlert({
        variant: 'error',
        data: { shareReason: 'too-long' },
        text: `Linket blev ikke lavet: det ville blive ${number.format(link.length)} tegn langt, og et link må højst være ${number.format(MAX_LINK_LENGTH)} tegn. Eksportér i stedet dit fremskridt til en fil (under »Eksportér« ovenfor), og send filen.`,
      }));
      return;
    }
    if (linkInput) linkInput.value = link;
    if (length) length.textContent = `Linket er ${number.format(link.length)} tegn langt (højst ${number.format(MAX_LINK_LENGTH)}).`;
    if (result) result.hidden = false;
    const n = store.count();
    say(`Linket er lavet med ${n} ${n === 1 ? 'afkrydsning' : 'afkrydsninger'}${planStore.hasOwnDates() ? ' og jeres plan' : ''}. Kopiér det, og send det til din kollega.`);
    linkInput?.focus();
    linkInput?.select();
  });

  copyButton?.addEventListener('click', async () => {
    if (!linkInput?.value) return;
    try {
      await navigator.clipboard.writeText(linkInput.value);
      say('Linket er kopieret. Sæt det ind i en mail eller en chat.');
    } catch {
      // No clipboard (an insecure page, or the browser refused): the reader copies it themselves.
      linkInput.focus();
      linkInput.select();
      say('Linket kunne ikke kopieres automatisk. Det er markeret, så du kan kopiere det med Ctrl+C (Cmd+C på Mac).');
    }
  });
}
