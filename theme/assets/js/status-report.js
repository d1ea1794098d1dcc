// The status report (/statusrapport/): fills `[data-status-report]` from the ticks and the team's
// plan (report-model.js says what; this module only builds the page), hides the deliverables
// that are ticked in the list of what remains, and prints on request. It renders again whenever
// the ticks or the plan change, here or in another tab.
import { loadContentIndex, kindLabels } from './content-index.js';
import { scheduleFor, todayInCopenhagen, danishDate } from './plan-dates.js';
import { reportOf } from './report-model.js';
import { STATUS } from './task-list.js';

const PLAN_PAGE = '/plan/';

export async function initStatusReport(store, planStore, root = document) {
  const report = root.querySelector('[data-status-report]');
  if (!report) return;
  root.querySelector('[data-report-print]')?.addEventListener('click', () => window.print());

  const index = await loadContentIndex();
  const loading = report.querySelector('[data-report-loading]');
  if (!index) {
    if (loading) loading.textContent = 'Rapporten kan ikke laves lige nu, fordi drejebogens indhold ikke kunne hentes. Prøv at genindlæse siden.';
    return;
  }
  const labels = kindLabels(index);

  const render = () => {
    const plan = planStore.plan();
    const model = reportOf(index, scheduleFor(index, plan), store, todayInCopenhagen());
    showFacts(report, model, plan.municipality);
    replace(report, '[data-report-phases]', phaseTable(model));
    replace(report, '[data-report-due]', model.due.length > 0
      ? milestoneTable(model.due, 'rapport-naeste', 'due', labels)
      : paragraph(`Ingen milepæle, der mangler noget, har mål fra ${danishDate(model.today)} til ${danishDate(model.until)}.`));
    replace(report, '[data-report-overdue]', model.overdue.length > 0
      ? milestoneTable(model.overdue, 'rapport-overskredet', 'overdue', labels)
      : paragraph(model.own
        ? 'Ingen milepæle er overskredet.'
        : 'Intet regnes som overskredet, fordi drejebogens egne datoer er fra 2015. Angiv jeres egne datoer under Jeres plan.'));
    showRemaining(report, store);
    if (loading) loading.hidden = true;
  };
  render();
  store.subscribe(render);
  planStore.subscribe(render);
}

function showFacts(report, model, name) {
  const facts = report.querySelector('[data-report-facts]');
  if (!facts) return;
  const municipality = facts.querySelector('[data-report-municipality]');
  if (name) {
    municipality.replaceChildren(name);
    delete municipality.dataset.missing;
  } else {
    municipality.replaceChildren('Kommunens navn er ikke sat – angiv det under ', link(PLAN_PAGE, 'Jeres plan'), '.');
    municipality.dataset.missing = '';
  }
  facts.querySelector('[data-report-date]').replaceChildren(time(model.today));

  const dates = facts.querySelector('[data-report-dates]');
  if (model.own) {
    dates.replaceChildren('Jeres egne datoer fra ', link(PLAN_PAGE, 'Jeres plan'), '.');
    dates.dataset.reportDates = 'egne';
  } else {
    dates.replaceChildren('Drejebogens datoer fra 2015. I har ikke angivet jeres egne datoer under ', link(PLAN_PAGE, 'Jeres plan'), '.');
    dates.dataset.reportDates = 'drejebogens';
  }

  const { milestones, done, deliverables, ticked } = model.totals;
  facts.querySelector('[data-report-total]').textContent =
    `${done} af ${milestones} milepæle er færdige, og ${ticked} af ${deliverables} leverancer er krydset af.`;
  facts.hidden = false;
}

function phaseTable(model) {
  const titles = ['Fase', STATUS.done.text, STATUS.inProgress.text, STATUS.notStarted.text, 'Overskredet', 'Frist'];
  const table = element('table', 'table table--compact table-sm-responsive-headers d-print-table report-table report-phases');
  table.setAttribute('aria-labelledby', 'rapport-faser');
  table.append(head(titles));
  const body = element('tbody');
  for (const row of model.phases) {
    const tr = element('tr');
    tr.dataset.reportPhase = row.phase.id;
    const name = element('th');
    name.scope = 'row';
    name.append(link(row.phase.url, `Fase ${row.phase.number}: ${row.phase.title}`));
    tr.append(name,
      count(row.done, STATUS.done.id), count(row.inProgress, STATUS.inProgress.id), count(row.notStarted, STATUS.notStarted.id),
      count(row.overdue, 'overskredet'), cell(deadline(row.deadline)));
    label(tr, titles);
    body.append(tr);
  }
  table.append(body);
  const note = paragraph(`Hver milepæl tæller med én gang under ${STATUS.done.text}, ${STATUS.inProgress.text} eller ${STATUS.notStarted.text}. En overskredet milepæl er også talt med dér.`);
  note.className = 'report-note';
  const wrap = element('div');
  wrap.append(table, note);
  return wrap;
}

function milestoneTable(entries, headingId, which, labels) {
  const titles = ['Mål', 'Milepæl', 'Status', 'Ansvarlig'];
  const table = element('table', 'table table--compact table-sm-responsive-headers d-print-table report-table report-milestones');
  table.setAttribute('aria-labelledby', headingId);
  table.append(head(titles));
  const body = element('tbody');
  for (const entry of entries) {
    const tr = element('tr');
    tr.dataset[which === 'due' ? 'reportDue' : 'reportOverdue'] = entry.milestone.id;
    const name = element('th');
    name.scope = 'row';
    name.append(link(entry.milestone.url, `${entry.milestone.number} ${entry.milestone.title}`));
    tr.append(cell(time(entry.target)), name, cell(entry.status.text), cell(...responsible(entry.responsible, labels)));
    tr.children[0].className = 'report-nowrap';
    tr.children[2].className = 'report-nowrap';
    label(tr, titles);
    body.append(tr);
  }
  table.append(body);
  return table;
}

function responsible({ kind, roles }, labels) {
  if (roles.length === 0) return ['Ingen rolle angivet'];
  // Not the owners: first say what the named roles do, in the kind's own label.
  const parts = kind === 'ansvarlig' ? [] : [`${labels.get(kind ?? '') ?? 'Involveret'}: `];
  roles.forEach((role, i) => {
    if (i > 0) parts.push(', ');
    parts.push(link(role.url, role.title));
  });
  return parts;
}

function deadline(phaseDates) {
  if (!phaseDates) return '';
  if (phaseDates.text) return phaseDates.text;
  const shown = time(phaseDates.deadline);
  if (phaseDates.own) return [shown, ' (jeres dato)'];
  if (phaseDates.shifted) return [shown, ' (flyttet efter jeres startdato)'];
  return shown;
}

// The list of what remains is the page's own (this build's wording); only what shows changes.
function showRemaining(report, store) {
  let left = 0;
  let milestonesLeft = 0;
  for (const phase of report.querySelectorAll('[data-report-remaining-phase]')) {
    let phaseLeft = 0;
    for (const milestone of phase.querySelectorAll('[data-report-milestone]')) {
      const items = [...milestone.querySelectorAll('[data-report-deliverable]')];
      let mine = 0;
      for (const item of items) {
        item.hidden = store.isDone(item.dataset.reportDeliverable);
        if (!item.hidden) mine += 1;
      }
      milestone.hidden = mine === 0;
      showStarted(milestone, mine > 0 && mine < items.length);
      phaseLeft += mine;
      if (mine > 0) milestonesLeft += 1;
    }
    phase.hidden = phaseLeft === 0;
    left += phaseLeft;
  }
  const out = report.querySelector('[data-report-remaining-count]');
  if (out) {
    out.textContent = left === 0
      ? 'Alle leverancer er krydset af.'
      : `${left} ${left === 1 ? 'leverance mangler' : 'leverancer mangler'} i ${milestonesLeft} ${milestonesLeft === 1 ? 'milepæl' : 'milepæle'}.`;
  }
}

function showStarted(milestone, started) {
  let mark = milestone.querySelector('[data-report-started]');
  if (started && !mark) {
    mark = element('span', 'report-started');
    mark.dataset.reportStarted = '';
    mark.textContent = ` – ${STATUS.inProgress.text}`;
    milestone.querySelector('.report-milestone-title')?.after(mark);
  } else if (!started && mark) {
    mark.remove();
  }
}

function replace(report, selector, content) {
  report.querySelector(selector)?.replaceChildren(content);
}

function head(titles) {
  const thead = element('thead');
  const tr = element('tr');
  for (const title of titles) {
    const th = element('th');
    th.scope = 'col';
    th.textContent = title;
    tr.append(th);
  }
  thead.append(tr);
  return thead;
}

// On a phone dkfds stacks the cells; each shows its column's title (data-title) above it. On
// paper (d-print-table) the table stays a table, however narrow the page.
function label(tr, titles) {
  [...tr.children].forEach((child, i) => { child.dataset.title = titles[i]; });
}

function count(value, status) {
  const td = cell(String(value));
  td.dataset.count = status;
  return td;
}

function cell(...content) {
  const td = element('td');
  td.append(...content.flat());
  return td;
}

function time(iso) {
  const node = element('time');
  node.dateTime = iso;
  node.textContent = danishDate(iso);
  return node;
}

// Every address here comes from our own index; anything but a path on this site stays text.
function link(href, text) {
  if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return text;
  const a = element('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function paragraph(text) {
  const p = element('p');
  p.textContent = text;
  return p;
}

function element(tag, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
