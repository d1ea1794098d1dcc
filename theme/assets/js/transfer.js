// /fremskridt/: export the progress and the team's plan to a JSON file, import one (validated,
// then merge or replace after an in-page confirmation), reset (confirmed), and count saved items
// for deliverables that no longer exist in the content. The plan is optional in the file, so files
// exported before there was a plan still import.
import { createAlert } from './alert.js';
import { validateItems, validatePlan, planToJson, field, itemsToJson, SCHEMA } from './storage.js';
import { hasOwnDates } from './plan-store.js';
import { loadContentIndex, deliverableIds } from './content-index.js';
import { notSaved } from './not-saved.js';

export const FORMAT = 'drejebog-fremskridt';
const MAX_BYTES = 2 * 1024 * 1024;

const ticks = (n) => `${n} ${n === 1 ? 'afkrydsning' : 'afkrydsninger'}`;

export function initTransfer(store, planStore = null, root = document) {
  const exportButton = root.querySelector('[data-export]');
  const fileInput = root.querySelector('#import-file');
  const resetButton = root.querySelector('[data-reset]');
  const orphans = root.querySelector('[data-orphans]');
  if (!exportButton && !fileInput && !resetButton && !orphans) return;

  const status = root.querySelector('[data-transfer-status]');
  const error = root.querySelector('[data-import-error]');
  const say = (text) => {
    if (error) error.replaceChildren();
    if (status) status.textContent = text;
  };
  const fail = (text, code) => {
    if (status) status.textContent = '';
    if (error) error.replaceChildren(createAlert({ variant: 'error', text, data: { importReason: code } }));
  };

  exportButton?.addEventListener('click', () => {
    const items = store.items();
    const plan = planStore?.plan();
    const data = { format: FORMAT, schema: SCHEMA, site: store.siteId, exported: new Date().toISOString(), items: itemsToJson(items) };
    if (plan && (plan.municipality || hasOwnDates(plan))) data.plan = planToJson(plan);
    const blob = new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `drejebog-fremskridt-${data.exported.slice(0, 10)}.json`;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    const n = items.size;
    const withPlan = data.plan ? ' og jeres plan' : '';
    say(`Dit fremskridt${withPlan} er eksporteret til filen ${link.download} (${n} ${n === 1 ? 'afkrydset leverance' : 'afkrydsede leverancer'}).`);
  });

  if (fileInput) initImport(store, planStore, root, fileInput, say, fail);
  if (resetButton) initReset(store, root, resetButton, say);
  // Returned, so the page counts as settled only when the count is shown.
  return orphans ? initOrphans(store, orphans) : undefined;
}

function initImport(store, planStore, root, fileInput, say, fail) {
  const confirmBox = root.querySelector('[data-import-confirm]');
  const summary = root.querySelector('[data-import-summary]');
  const apply = root.querySelector('[data-import-apply]');
  const cancel = root.querySelector('[data-import-cancel]');
  let pending = null;

  const close = () => {
    pending = null;
    if (confirmBox) confirmBox.hidden = true;
  };
  const mode = () => root.querySelector('input[name="import-mode"]:checked')?.value === 'replace' ? 'replace' : 'merge';
  const describe = () => {
    if (!pending || !summary) return;
    const n = pending.items.size;
    const current = store.count();
    const what = `Filen indeholder ${n} ${n === 1 ? 'afkrydset leverance' : 'afkrydsede leverancer'}.`;
    const ticksText = mode() === 'replace'
      ? `${what} Du har nu ${ticks(current)} i denne browser. De bliver erstattet af afkrydsningerne i filen.`
      : `${what} Du har nu ${ticks(current)} i denne browser. Afkrydsningerne i filen bliver lagt til, og intet bliver fjernet.`;
    summary.textContent = pending.plan && planStore ? `${ticksText} ${planText(pending.plan, mode())}` : ticksText;
  };

  fileInput.addEventListener('change', async () => {
    close();
    const file = fileInput.files?.[0];
    if (!file) return;
    const result = await readImport(file, store.siteId);
    if (!result.ok) {
      fileInput.value = '';
      fail(result.message, result.code);
      return;
    }
    pending = result;
    say('');
    describe();
    if (confirmBox) {
      confirmBox.hidden = false;
      apply?.focus();
    }
  });

  for (const radio of root.querySelectorAll('input[name="import-mode"]')) radio.addEventListener('change', describe);

  apply?.addEventListener('click', () => {
    if (!pending) return;
    const chosen = mode();
    const { items, plan } = pending;
    const n = items.size;
    const saved = chosen === 'replace' ? store.replace(items) : store.merge(items);
    if (plan && planStore) {
      if (chosen === 'replace') planStore.replace(plan);
      else planStore.merge(plan);
    }
    close();
    fileInput.value = '';
    const withPlan = plan && planStore ? (chosen === 'replace' ? ' Jeres plan er erstattet med filens.' : ' Filens plan er flettet med jeres.') : '';
    const done = (chosen === 'replace'
      ? `Dit fremskridt er erstattet med filens ${ticks(n)}.`
      : `Filens ${ticks(n)} er lagt til dit fremskridt.`) + withPlan;
    say(saved.ok ? done : `${done} ${notSaved(saved.reason)}`);
    fileInput.focus();
  });

  cancel?.addEventListener('click', () => {
    close();
    fileInput.value = '';
    say('Importen er annulleret. Intet er ændret.');
    fileInput.focus();
  });
}

/** Reads and checks an export file. Never throws. */
export async function readImport(file, siteId) {
  if (file.size > MAX_BYTES) return reject('Filen er for stor til at være en eksport af fremskridt fra drejebogen.', 'size');
  let text;
  try {
    text = await file.text();
  } catch {
    return reject('Filen kunne ikke læses.', 'read');
  }
  return checkImport(text, siteId);
}

export function checkImport(text, siteId) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return reject('Filen er ikke gyldig JSON, så den kan ikke være en eksport af fremskridt fra drejebogen.', 'json');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || field(data, 'format') !== FORMAT) {
    return reject(`Filen er ikke en eksport af fremskridt fra drejebogen (feltet »format« skal være »${FORMAT}«).`, 'format');
  }
  const schema = field(data, 'schema');
  const site = field(data, 'site');
  if (!Number.isInteger(schema) || schema < 1) {
    return reject('Filen mangler et gyldigt skemanummer (feltet »schema«).', 'schema');
  }
  if (schema > SCHEMA) {
    return reject(`Filen er lavet af en nyere udgave af drejebogen (skema ${schema}), som denne side ikke kan læse. Siden kender skema ${SCHEMA}.`, 'newer-schema');
  }
  if (site !== siteId) {
    const from = typeof site === 'string' && site ? `fra »${site}«` : 'uden angivelse af site';
    return reject(`Filen er eksporteret ${from}, ikke fra dette site (»${siteId}«).`, 'site');
  }
  const checked = validateItems(field(data, 'items'));
  if (!checked.ok) {
    const which = checked.badId ? ` (fx »${checked.badId}«)` : '';
    return reject(`Filen indeholder afkrydsninger, der ikke er gyldige${which}. Hver leverance skal have et gyldigt id og værdien { "done": true }.`, 'items');
  }
  const planJson = field(data, 'plan');
  if (planJson === undefined) return { ok: true, items: checked.items, plan: null };
  const plan = validatePlan(planJson);
  if (!plan.ok) {
    const which = plan.field ? ` (feltet »plan.${plan.field}«)` : '';
    return reject(`Filens plan er ikke gyldig${which}. Datoer skal skrives som åååå-mm-dd, og kommunens navn må højst være 120 tegn.`, 'plan');
  }
  return { ok: true, items: checked.items, plan: plan.plan };
}

/** What importing the file's plan does, for the confirmation. */
function planText(plan, mode) {
  const dates = (plan.start ? 1 : 0) + plan.phases.size + plan.milestones.size;
  const what = `Filen har også en plan${plan.municipality ? ` for ${plan.municipality}` : ''} med ${dates} ${dates === 1 ? 'dato' : 'datoer'}.`;
  return mode === 'replace'
    ? `${what} Den erstatter jeres plan i denne browser.`
    : `${what} Den bliver flettet med jeres plan: hvor begge har en dato, vinder den plan, der er ændret senest.`;
}


function reject(reason, code) {
  return { ok: false, code, message: `Filen blev ikke importeret: ${reason} Dit fremskridt er ikke ændret.` };
}

function initReset(store, root, resetButton, say) {
  const confirmBox = root.querySelector('[data-reset-confirm]');
  const question = root.querySelector('[data-reset-question]');
  const apply = root.querySelector('[data-reset-apply]');
  const cancel = root.querySelector('[data-reset-cancel]');
  resetButton.addEventListener('click', () => {
    const n = store.count();
    if (question) {
      question.textContent = n === 0
        ? 'Du har ingen afkrydsninger i denne browser. Vil du alligevel nulstille?'
        : `Vil du slette ${n === 1 ? 'din ene afkrydsning' : `alle dine ${n} afkrydsninger`} i denne browser? Det kan ikke fortrydes, medmindre du har eksporteret dit fremskridt.`;
    }
    if (confirmBox) confirmBox.hidden = false;
    apply?.focus();
  });
  apply?.addEventListener('click', () => {
    const saved = store.reset();
    if (confirmBox) confirmBox.hidden = true;
    say(saved.ok ? 'Dit fremskridt er nulstillet.' : `Afkrydsningerne er fjernet fra siden. ${notSaved(saved.reason)}`);
    resetButton.focus();
  });
  cancel?.addEventListener('click', () => {
    if (confirmBox) confirmBox.hidden = true;
    say('Nulstillingen er annulleret. Intet er ændret.');
    resetButton.focus();
  });
}

async function initOrphans(store, element) {
  const index = await loadContentIndex();
  if (!index) {
    element.textContent = 'Det kan ikke tjekkes lige nu, om alle gemte afkrydsninger hører til leverancer i drejebogen.';
    return;
  }
  const known = deliverableIds(index);
  const render = () => {
    const n = [...store.items().keys()].filter((id) => !known.has(id)).length;
    element.dataset.count = String(n);
    element.textContent = n === 0
      ? 'Alle dine gemte afkrydsninger hører til leverancer, der findes i drejebogen.'
      : `${n} ${n === 1 ? 'gemt afkrydsning hører' : 'gemte afkrydsninger hører'} til leverancer, der ikke længere findes i drejebogen. De bliver gemt og tæller med i eksporten, men ikke i dit fremskridt.`;
  };
  render();
  store.subscribe(render);
}
