// Role view: the picker (`[data-role-picker]` with `#role-select`) shows only the milestones
// (`[data-milestone-item]`) whose `data-roles="role:kind …"` involve the chosen role and marks the
// kind of duty. The choice lives in the URL (`?rolle=ID`, which wins), in storage, and in the
// banner (`[data-role-banner]`) on every page, which also clears it.
import { loadRole, saveRole, onExternalChange, onHeldChange, ROLE_KEY } from './storage.js';
import { loadContentIndex, kindLabels, kindUrls } from './content-index.js';
import { publishRole } from './role-choice.js';
import { marksFor } from './milestone-marks.js';

const PARAM = 'rolle';

export async function initRoleFilter(root = document) {
  const picker = root.querySelector('[data-role-picker]');
  const select = picker?.querySelector('#role-select') ?? null;
  const count = picker?.querySelector('[data-role-count]') ?? null;
  const banner = root.querySelector('[data-role-banner]');
  const items = [...root.querySelectorAll('[data-milestone-item]')];
  if (!select && !banner && items.length === 0) return;
  // The picker works before the content index has arrived: a choice made meanwhile (a role or
  // "all roles") wins over the stored one below.
  let pickedWhileLoading = false;
  const notePick = () => {
    pickedWhileLoading = true;
  };
  select?.addEventListener('change', notePick);

  const roles = await knownRoles(select);
  const index = roles.size === 0 ? null : await loadContentIndex();
  select?.removeEventListener('change', notePick);
  if (roles.size === 0) return;
  const labels = kindLabels(index);
  const urls = kindUrls(index);

  const fromUrl = new URLSearchParams(window.location.search).get(PARAM);
  let chosen = null;
  if (pickedWhileLoading) {
    chosen = roles.has(select.value) ? select.value : null;
    saveRole(chosen);
  } else if (fromUrl && roles.has(fromUrl)) {
    chosen = fromUrl;
    saveRole(chosen);
  } else {
    const stored = loadRole();
    chosen = stored && roles.has(stored) ? stored : null;
  }

  const view = { roles, labels, urls, select, count, banner, items, empties: new Map(), chosen: null };
  apply(view, chosen, pickedWhileLoading);

  select?.addEventListener('change', () => {
    const next = roles.has(select.value) ? select.value : null;
    saveRole(next);
    apply(view, next, true);
  });

  banner?.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-role-clear]')) return;
    saveRole(null);
    apply(view, null, true);
    (select ?? focusTarget()).focus();
  });

  // The reader chose to discard an unreadable stored role: remember the one on the page now.
  onHeldChange((key, { consented }) => {
    if (key === ROLE_KEY && consented) saveRole(view.chosen);
  });

  onExternalChange((key) => {
    if (key !== ROLE_KEY && key !== null) return;
    const stored = loadRole();
    apply(view, stored && roles.has(stored) ? stored : null, true);
  });
}

async function knownRoles(select) {
  const roles = new Map();
  if (select) {
    for (const option of select.options) if (option.value) roles.set(option.value, option.textContent.trim());
    return roles;
  }
  const index = await loadContentIndex();
  for (const role of index?.roles ?? []) roles.set(role.id, role.title);
  return roles;
}

function apply(view, roleId, announce) {
  const { roles, labels, urls, select, count, banner, items } = view;
  view.chosen = roleId;
  const title = roleId ? roles.get(roleId) : '';
  if (select) select.value = roleId ?? '';

  let shown = 0;
  for (const item of items) {
    const kinds = kindsOf(item.dataset.roles ?? '', roleId);
    const visible = !roleId || kinds.length > 0;
    item.hidden = !visible;
    if (visible) shown++;
    item.querySelector('[data-role-kinds]')?.remove();
    if (roleId && visible) marksFor(item).prepend(badges(title, kinds, labels, urls));
  }
  updateEmptyNotes(view, roleId, title);

  if (count) {
    const text = roleId
      ? `${shown} af ${items.length} milepæle involverer ${title}.`
      : `Viser alle ${items.length} milepæle.`;
    // Only speak when the user changed something; on load the page itself is the news.
    if (announce || roleId) count.textContent = text;
    count.dataset.shown = String(shown);
    count.dataset.total = String(items.length);
  }
  if (banner) fillBanner(banner, roleId, title);
  reflectInUrl(roleId);
  document.documentElement.dataset.rolle = roleId ?? '';
  publishRole(roleId, title);
}

function kindsOf(value, roleId) {
  if (!roleId) return [];
  const kinds = [];
  for (const pair of value.split(/\s+/)) {
    const at = pair.indexOf(':');
    if (at > 0 && pair.slice(0, at) === roleId && !kinds.includes(pair.slice(at + 1))) kinds.push(pair.slice(at + 1));
  }
  return kinds;
}

// Each badge links to the explanation of its kind (when the index says where that is).
function badges(title, kinds, labels, urls) {
  const wrap = document.createElement('span');
  wrap.className = 'role-kinds';
  wrap.dataset.roleKinds = '';
  const lead = document.createElement('span');
  lead.className = 'sr-only';
  lead.textContent = `${title}: `;
  wrap.append(lead);
  kinds.forEach((kind, i) => {
    if (i > 0) {
      const sep = document.createElement('span');
      sep.className = 'sr-only';
      sep.textContent = ', ';
      wrap.append(sep);
    }
    const url = urls.get(kind);
    const badge = document.createElement(url ? 'a' : 'span');
    if (url) badge.href = url;
    badge.className = 'role-badge';
    badge.dataset.roleBadge = kind;
    badge.dataset.kind = kind;
    badge.textContent = labels.get(kind) ?? kind;
    wrap.append(badge);
  });
  return wrap;
}

// When the role has nothing in one list (a phase on the front page, a table on the overview),
// say so instead of leaving an empty heading.
function updateEmptyNotes(view, roleId, title) {
  const groups = new Map();
  for (const item of view.items) {
    const group = item.closest('table') ?? item.parentElement;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(item);
  }
  for (const [group, members] of groups) {
    let note = view.empties.get(group);
    const empty = Boolean(roleId) && members.every((m) => m.hidden);
    if (!note && !empty) continue;
    if (!note) {
      note = document.createElement('p');
      note.className = 'role-empty';
      note.dataset.roleEmpty = '';
      group.after(note);
      view.empties.set(group, note);
    }
    note.hidden = !empty;
    note.textContent = empty ? `${title} har ingen milepæle her.` : '';
  }
}

function fillBanner(banner, roleId, title) {
  if (!roleId) {
    banner.hidden = true;
    banner.replaceChildren();
    return;
  }
  const text = document.createElement('p');
  text.className = 'role-banner-text';
  const strong = document.createElement('strong');
  strong.dataset.roleBannerTitle = roleId;
  strong.textContent = title;
  const link = document.createElement('a');
  link.href = `/roller/${roleId}/`;
  link.textContent = `Se alt om rollen ${title}`;
  text.append('Du ser drejebogen som ', strong, '. ', link);
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'button button-secondary button-small role-banner-clear';
  clear.dataset.roleClear = '';
  clear.textContent = 'Vis for alle roller';
  banner.replaceChildren(text, clear);
  banner.hidden = false;
}

function reflectInUrl(roleId) {
  const url = new URL(window.location.href);
  if (roleId) url.searchParams.set(PARAM, roleId);
  else url.searchParams.delete(PARAM);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

function focusTarget() {
  const main = document.getElementById('main');
  if (main && !main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
  return main ?? document.body;
}
