// /del/: shows the status in the link's fragment, read-only, by the current content (so renamed
// milestones and deliverables show their new wording), and merges it into the reader's own
// progress and plan after the same kind of confirmation as an import. A link that cannot be
// read gets its own message, and nothing stored changes.
import { createAlert } from './alert.js';
import { decodeShare } from './share-code.js';
import { loadContentIndex } from './content-index.js';
import { mergePlans } from './plan-store.js';
import { danishDate } from './plan-dates.js';
import { notSaved } from './not-saved.js';

const ticks = (n) => `${n} ${n === 1 ? 'afkrydsning' : 'afkrydsninger'}`;
const unchanged = 'Intet er ændret i dit fremskridt.';

/** Why a link cannot be shown, in the reader's words; one message per code of decodeShare. */
function problem(result, siteId) {
  switch (result.code) {
    case 'not-link':
      return 'Adressen indeholder ikke et delt link fra drejebogen. Et delt link har en lang tekst efter tegnet #, som begynder med »v1.«. Tjek, at du har fået hele linket med.';
    case 'newer-version':
      return `Linket er lavet af en nyere udgave af drejebogen (linkformat ${result.version}), som denne side ikke kan læse. Genindlæs siden for at få den nyeste udgave; hjælper det ikke, så bed afsenderen om en eksporteret fil i stedet.`;
    case 'unknown-version':
      return `Linket har et format (${result.version}), som drejebogen ikke kender. Bed afsenderen om at lave et nyt link under »Del status« på siden Dit fremskridt.`;
    case 'unsupported':
      return 'Din browser kan ikke pakke linket ud, fordi den er for gammel. Åbn linket i en nyere browser, eller bed afsenderen om en eksporteret fil.';
    case 'damaged':
      return 'Linket er beskadiget eller ændret: indholdet passer ikke med linkets kontrolsum. Det sker typisk, når et langt link bliver afkortet eller delt over flere linjer i en mail. Bed afsenderen om at sende linket igen, eller om en eksporteret fil.';
    case 'invalid':
      return 'Linket er helt, men det indeholder ikke en gyldig status fra drejebogen. Bed afsenderen om at lave et nyt link under »Del status« på siden Dit fremskridt.';
    case 'site':
      return `Linket er lavet på et andet site (»${result.from}«), ikke på dette (»${siteId}«). Åbn det på det site, det er lavet på.`;
    default:
      return 'Linket kunne ikke læses.';
  }
}

export async function initShareView(store, planStore, root = document) {
  const view = root.querySelector('[data-share-view]');
  if (!view) return;
  const index = await loadContentIndex();
  // The share on show; the merge buttons act on it (a new link in the address replaces it).
  let current = null;
  initMerge(view, store, planStore, () => current);
  const show = async () => {
    current = null;
    current = await render(view, store, index);
  };
  window.addEventListener('hashchange', () => { show(); });
  await show();
}

/** Shows the link in the address; returns its share, or null when it cannot be read. */
async function render(view, store, index) {
  const error = view.querySelector('[data-share-error]');
  const status = view.querySelector('[data-share-status]');
  const shown = view.querySelector('[data-share-shown]');
  const confirmBox = view.querySelector('[data-share-confirm]');
  shown.hidden = true;
  if (confirmBox) confirmBox.hidden = true;
  error.replaceChildren();
  status.textContent = '';

  const result = await decodeShare(window.location.hash, store.siteId);
  view.dataset.shareState = result.ok ? 'shown' : result.code;
  if (!result.ok) {
    if (result.code === 'empty') {
      status.textContent = 'Adressen har ikke noget delt link. Her vises status, når du åbner et link, som en kollega har lavet under »Del status« på siden Dit fremskridt.';
    } else {
      error.replaceChildren(createAlert({ variant: 'error', heading: 'Linket kan ikke vises', text: `${problem(result, store.siteId)} ${unchanged}`, data: { shareReason: result.code } }));
    }
    return null;
  }

  const { share } = result;
  const known = index ? knownContent(index) : null;
  fill(view, '[data-share-sender]', share.sender || 'Ikke angivet');
  fill(view, '[data-share-made]', madeText(share.made));
  fill(view, '[data-share-municipality]', share.plan.municipality || 'Ikke angivet');
  fill(view, '[data-share-start]', share.plan.start ? danishDate(share.plan.start) : 'Ikke angivet i planen');
  if (known) {
    renderPhases(view, index, share);
    renderMilestones(view, index, share);
    renderOrphans(view, known, share);
  } else {
    status.textContent = 'Drejebogens indhold kunne ikke hentes, så afkrydsningerne kan ikke vises pr. milepæl lige nu. Du kan stadig flette dem ind.';
  }
  shown.hidden = false;
  return share;
}

function fill(view, selector, text) {
  const element = view.querySelector(selector);
  if (element) element.textContent = text;
}

/** When the link was made, as Danish time: "2. december 2026 kl. 14.05". */
function madeText(iso) {
  return new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

function knownContent(index) {
  return {
    deliverables: new Set(index.milestones.flatMap((m) => m.deliverables ?? [])),
    phases: new Set(index.phases.map((p) => p.id)),
    milestones: new Set(index.milestones.map((m) => m.id)),
  };
}

const isDone = (milestone, items) => (milestone.deliverables ?? []).length > 0 && milestone.deliverables.every((id) => items.has(id));

function renderPhases(view, index, share) {
  for (const phase of index.phases) {
    const row = view.querySelector(`[data-share-phase="${CSS.escape(phase.id)}"]`);
    if (!row) continue;
    const milestones = index.milestones.filter((m) => m.phase === phase.id);
    const deliverables = milestones.flatMap((m) => m.deliverables ?? []);
    const done = milestones.filter((m) => isDone(m, share.items)).length;
    const ticked = deliverables.filter((id) => share.items.has(id)).length;
    const deadline = share.plan.phases.get(phase.id);
    row.querySelector('[data-share-cell="milestones"]').textContent = `${done} af ${milestones.length}`;
    row.querySelector('[data-share-cell="deliverables"]').textContent = `${ticked} af ${deliverables.length}`;
    row.querySelector('[data-share-cell="deadline"]').textContent = deadline ? danishDate(deadline) : 'Ingen egen frist';
  }
}

/** Each milestone the link says something about: its ticks and its own target date, if any. */
function renderMilestones(view, index, share) {
  const list = view.querySelector('[data-share-milestones]');
  const texts = index.deliverable_texts && typeof index.deliverable_texts === 'object' ? index.deliverable_texts : {};
  const entries = [];
  for (const milestone of index.milestones) {
    const ids = milestone.deliverables ?? [];
    const ticked = ids.filter((id) => share.items.has(id));
    const target = share.plan.milestones.get(milestone.id);
    if (ticked.length === 0 && !target) continue;
    const entry = document.createElement('section');
    entry.className = 'share-milestone';
    entry.dataset.shareMilestone = milestone.id;
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = milestone.url;
    link.textContent = `${milestone.number} ${milestone.title}`;
    heading.append(link);
    const summary = document.createElement('p');
    summary.className = 'share-milestone-summary';
    summary.textContent = `${ticked.length} af ${ids.length} leverancer krydset af${isDone(milestone, share.items) ? ' – milepælen er nået' : ''}.${target ? ` Mål i planen: ${danishDate(target)}.` : ''}`;
    entry.append(heading, summary);
    if (ticked.length > 0) {
      const items = document.createElement('ul');
      items.className = 'share-ticked';
      for (const id of ticked) {
        const item = document.createElement('li');
        item.dataset.shareTicked = id;
        // The deliverable's current wording; its id if the index has none.
        item.textContent = Object.hasOwn(texts, id) && typeof texts[id] === 'string' ? texts[id] : id;
        items.append(item);
      }
      entry.append(items);
    }
    entries.push(entry);
  }
  if (entries.length === 0) {
    const none = document.createElement('p');
    none.textContent = 'Linket har ingen afkrydsninger og ingen måldatoer for drejebogens milepæle.';
    entries.push(none);
  }
  list.replaceChildren(...entries);
}

/** Ticks and dates for content that no longer exists: counted and explained, and merged like the rest. */
function renderOrphans(view, known, share) {
  const element = view.querySelector('[data-share-orphans]');
  const ticksGone = [...share.items.keys()].filter((id) => !known.deliverables.has(id)).length;
  const datesGone = [...share.plan.phases.keys()].filter((id) => !known.phases.has(id)).length
    + [...share.plan.milestones.keys()].filter((id) => !known.milestones.has(id)).length;
  element.dataset.count = String(ticksGone + datesGone);
  element.hidden = ticksGone + datesGone === 0;
  const parts = [];
  if (ticksGone > 0) parts.push(`${ticks(ticksGone)} hører til leverancer`);
  if (datesGone > 0) parts.push(`${datesGone} ${datesGone === 1 ? 'dato' : 'datoer'} i planen hører til faser eller milepæle`);
  element.textContent = ticksGone + datesGone === 0 ? '' : `I linket ${parts.join(', og ')}, der ikke findes i drejebogen længere (de kan være fjernet eller have fået et nyt id). De bliver ikke vist ovenfor, men flettes ind sammen med resten, så intet går tabt.`;
}

/** Dates that merging would add or change in the reader's plan. */
function planChanges(mine, merged) {
  let n = 0;
  if (merged.municipality !== mine.municipality) n++;
  if (merged.start !== mine.start) n++;
  for (const name of ['phases', 'milestones']) {
    for (const [id, date] of merged[name]) if (mine[name].get(id) !== date) n++;
  }
  return n;
}

function initMerge(view, store, planStore, shown) {
  const mergeButton = view.querySelector('[data-share-merge]');
  const confirmBox = view.querySelector('[data-share-confirm]');
  const summary = view.querySelector('[data-share-summary]');
  const apply = view.querySelector('[data-share-apply]');
  const cancel = view.querySelector('[data-share-cancel]');
  const status = view.querySelector('[data-share-status]');

  mergeButton.addEventListener('click', () => {
    const current = shown();
    if (!current) return;
    const mine = store.items();
    const added = [...current.items.keys()].filter((id) => !mine.has(id)).length;
    const changed = planChanges(planStore.plan(), mergePlans(planStore.plan(), current.plan));
    const parts = [`Linket har ${ticks(current.items.size)}.`];
    parts.push(added === 0 ? 'Du har dem alle i forvejen.' : `${added === current.items.size ? 'Ingen' : current.items.size - added} af dem har du i forvejen; ${added} bliver lagt til dit fremskridt.`);
    parts.push(changed === 0
      ? 'Jeres plan bliver ikke ændret.'
      : `I jeres plan bliver ${changed} ${changed === 1 ? 'oplysning' : 'oplysninger'} (kommune, start eller datoer) tilføjet eller ændret. Hvor begge planer har en dato, vinder den plan, der er ændret senest.`);
    parts.push('Intet bliver fjernet.');
    summary.textContent = parts.join(' ');
    confirmBox.hidden = false;
    apply.focus();
  });

  apply.addEventListener('click', () => {
    const current = shown();
    if (!current) return;
    const before = store.items();
    const added = [...current.items.keys()].filter((id) => !before.has(id)).length;
    const savedItems = store.merge(current.items);
    const savedPlan = planStore.merge(current.plan);
    confirmBox.hidden = true;
    const done = `Status fra linket er flettet ind: ${ticks(added)} lagt til dit fremskridt.`;
    const failed = [savedItems, savedPlan].find((saved) => !saved.ok);
    status.textContent = failed ? `${done} ${notSaved(failed.reason)}` : done;
    mergeButton.focus();
  });

  cancel.addEventListener('click', () => {
    confirmBox.hidden = true;
    status.textContent = `Fletningen er annulleret. ${unchanged}`;
    mergeButton.focus();
  });
}

