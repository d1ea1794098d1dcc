// A milestone page seen as the chosen role: the box at the top (`[data-role-here]`) says what the
// role does here or that it has no part, the role's rows in the Ansvar table are marked as "din
// rolle", and `[data-role-pager]` offers the previous and next milestone in which the role has a
// part. The duties are read from the page's own Ansvar table, the order of milestones from
// /data/drejebog.json; both through the small readers below.
import { loadContentIndex, milestonesOfRole, kindUrls } from './content-index.js';
import { onRoleChange } from './role-choice.js';

export async function initRoleView(root = document) {
  const here = root.querySelector('[data-role-here]');
  const pager = root.querySelector('[data-role-pager]');
  if (!here && !pager) return;
  const index = await loadContentIndex();
  const urls = kindUrls(index);
  onRoleChange(({ id, title }) => {
    const duties = id ? dutiesOnPage(root, id) : [];
    if (here) fillHere(here, id, title, duties, urls, index);
    markRows(root, id);
    if (pager) fillPager(pager, index, id, title);
  });
}

/** The chosen role's rows in the Ansvar table: [{ kind, label, note }]. */
export function dutiesOnPage(root, roleId) {
  return rowsOf(root, roleId).flatMap((row) => {
    const note = row.querySelector('[data-role-note]')?.textContent.trim() ?? '';
    return [...row.querySelectorAll('[data-kind]')].map((badge) => ({
      kind: badge.dataset.kind,
      label: labelOf(badge),
      note,
    }));
  });
}

function rowsOf(root, roleId) {
  return [...root.querySelectorAll('table.responsibilities tr[data-role]')].filter((row) => row.dataset.role === roleId);
}

// The badge's visible words, without the words only a screen reader gets.
function labelOf(badge) {
  const copy = badge.cloneNode(true);
  for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
  return copy.textContent.trim();
}

function fillHere(here, roleId, title, duties, urls, index) {
  if (!roleId) {
    here.hidden = true;
    here.replaceChildren();
    return;
  }
  const number = here.dataset.number ?? '';
  const lead = document.createElement('p');
  lead.className = 'role-here-lead';
  const who = document.createElement('strong');
  who.textContent = title;
  here.classList.toggle('has-no-part', duties.length === 0);
  if (duties.length === 0) {
    lead.append(who, ` har ingen opgave i milepæl ${number}. Rollen står ikke i tabellen Ansvar nedenfor.`);
    here.replaceChildren(lead, ...nearest(index, here.dataset.milestone, roleId, title));
  } else {
    lead.append('Som ', who, ` har du ${duties.length === 1 ? 'denne opgave' : 'disse opgaver'} i milepæl ${number}:`);
    const list = document.createElement('ul');
    list.className = 'role-here-duties';
    for (const duty of duties) {
      const item = document.createElement('li');
      const url = urls.get(duty.kind);
      const badge = document.createElement(url ? 'a' : 'span');
      if (url) badge.href = url;
      badge.className = 'role-badge';
      badge.dataset.kind = duty.kind;
      badge.textContent = duty.label;
      item.append(badge);
      if (duty.note) item.append(` ${duty.note}`);
      list.append(item);
    }
    here.replaceChildren(lead, list);
  }
  here.hidden = false;
}

// Where a role with no part here goes next: its nearest milestones before and after this one.
function nearest(index, milestoneId, roleId, title) {
  if (!index) return [];
  const { previous, next } = roleNeighbours(index, milestoneId, roleId);
  const lines = [];
  for (const [word, milestone] of [['Forrige', previous], ['Næste', next]]) {
    if (!milestone) continue;
    const line = document.createElement('p');
    line.className = 'role-here-nearest';
    const link = document.createElement('a');
    link.href = milestone.url;
    link.textContent = `${milestone.number} ${milestone.title}`;
    line.append(`${word} milepæl for ${title}: `, link);
    lines.push(line);
  }
  return lines;
}

// Not colour alone: the row gets the words "Din rolle" and aria-current.
function markRows(root, roleId) {
  for (const row of root.querySelectorAll('table.responsibilities tr[data-role]')) {
    const mine = Boolean(roleId) && row.dataset.role === roleId;
    row.classList.toggle('is-current-role', mine);
    row.querySelector('[data-role-mine]')?.remove();
    if (mine) {
      row.setAttribute('aria-current', 'true');
      const mark = document.createElement('span');
      mark.className = 'role-mine';
      mark.dataset.roleMine = '';
      mark.textContent = 'Din rolle';
      row.querySelector('th')?.append(' ', mark);
    } else {
      row.removeAttribute('aria-current');
    }
  }
}

/** The role's nearest milestones before and after this one, in the playbook's order. */
export function roleNeighbours(index, milestoneId, roleId) {
  const order = index.milestones.map((m) => m.id);
  const at = order.indexOf(milestoneId);
  if (at < 0) return { previous: null, next: null };
  const own = milestonesOfRole(index, roleId);
  const position = (m) => order.indexOf(m.id);
  return {
    previous: own.filter((m) => position(m) < at).at(-1) ?? null,
    next: own.find((m) => position(m) > at) ?? null,
  };
}

function fillPager(pager, index, roleId, title) {
  const { previous, next } = index && roleId ? roleNeighbours(index, pager.dataset.milestone, roleId) : {};
  if (!previous && !next) {
    pager.hidden = true;
    pager.replaceChildren();
    return;
  }
  pager.setAttribute('aria-label', `Forrige og næste milepæl for ${title}`);
  const list = document.createElement('ul');
  list.className = 'pager-list no-max-width';
  if (previous) list.append(pagerLink('pager-previous', 'prev', `Forrige for ${title}`, previous));
  if (next) list.append(pagerLink('pager-next', 'next', `Næste for ${title}`, next));
  pager.replaceChildren(list);
  pager.hidden = false;
}

function pagerLink(className, direction, label, milestone) {
  const item = document.createElement('li');
  item.className = className;
  const link = document.createElement('a');
  link.href = milestone.url;
  link.dataset.rolePagerLink = direction;
  const text = document.createElement('span');
  const tag = document.createElement('span');
  tag.className = 'pager-label';
  tag.textContent = label;
  text.append(tag, ` ${milestone.number} ${milestone.title}`);
  const icon = chevron(direction === 'prev' ? 'chevron-left' : 'chevron-right');
  if (icon && direction === 'prev') link.append(icon, text);
  else if (icon) link.append(text, icon);
  else link.append(text);
  item.append(link);
  return item;
}

// The same chevrons as the plain pager, from the icon sprite the page already uses.
function chevron(name) {
  const sprite = document.querySelector('svg.icon-svg use')?.getAttribute('href')?.split('#')[0];
  if (!sprite) return null;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'icon-svg');
  svg.setAttribute('aria-hidden', 'true');
  const use = document.createElementNS('http://www.w3.org/2000/svg', 'use');
  use.setAttribute('href', `${sprite}#${name}`);
  svg.append(use);
  return svg;
}
