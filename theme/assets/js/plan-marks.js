// The team's own dates on the pages (issue 15). The templates write the playbook's dates in
// <time> elements with hooks; once the team has a plan (/plan/), each date is replaced by the one
// the plan gives, with words saying where it comes from ("jeres dato"), never colour alone. A
// milestone whose target has passed while deliverables are still unticked is marked "Overskredet".
// The phase plan's drawing keeps the playbook's proportions, so with own dates its date labels are
// hidden and its text alternative is rewritten with the team's dates; the list below it has them.
import { loadContentIndex } from './content-index.js';
import { scheduleFor, isOverdue, todayInCopenhagen, danishDate } from './plan-dates.js';
import { marksFor } from './milestone-marks.js';

const SOURCE = {
  own: 'jeres dato',
  shifted: 'flyttet med jeres startdato',
  derived: 'fordelt ud fra jeres datoer',
};

export async function initPlanMarks(store, planStore, root = document) {
  const times = [...root.querySelectorAll('time[data-plan-date], time[data-plan-target]')];
  const items = [...root.querySelectorAll('[data-milestone-item]')];
  const figures = [...root.querySelectorAll('figure.phase-plan')];
  if (times.length === 0 && items.length === 0 && figures.length === 0) return;
  const index = await loadContentIndex();
  if (!index) return;

  const byId = new Map(index.milestones.map((m) => [m.id, m]));
  // The playbook's wording ("ca. 15. juni 2015 (årstal antaget)"), shown again after a reset.
  const original = new Map(times.map((time) => [time, { text: time.textContent, datetime: time.dateTime }]));
  const figureText = new Map(figures.map((figure) => [figure, textAlternative(figure)]));

  const render = () => {
    const schedule = scheduleFor(index, planStore.plan());
    const today = todayInCopenhagen();
    const overdue = (id) => byId.has(id) && isOverdue(schedule, byId.get(id), store, today);
    for (const time of times) {
      const spec = time.dataset.planTarget !== undefined ? { kind: 'target', id: time.dataset.planTarget } : parseSpec(time.dataset.planDate);
      const dates = dateOf(index, schedule, spec);
      if (!dates) continue;
      const changed = dates.own || dates.shifted || dates.derived;
      const { text, datetime } = changed ? { text: danishDate(dates.date), datetime: dates.date } : original.get(time);
      if (time.textContent !== text) time.textContent = text;
      if (time.dateTime !== datetime) time.dateTime = datetime;
      const line = time.closest('[data-plan-target-line]');
      if (line) showSource(line, dates);
      const late = spec.kind === 'target' && overdue(spec.id);
      // On a milestone page the line says where the date comes from itself; the mark follows those words.
      const anchor = line?.querySelector('[data-plan-source]') ?? time;
      showMarks(anchor, line ? null : changed ? SOURCE[dates.own ? 'own' : dates.shifted ? 'shifted' : 'derived'] : null, late);
      const holder = line ?? time.closest('li');
      if (spec.kind === 'target' && holder) toggle(holder, late);
    }
    for (const item of items) {
      const late = overdue(item.dataset.milestoneItem);
      toggle(item, late);
      const mark = item.querySelector(':scope [data-milestone-marks] [data-overdue-mark]');
      if (late && !mark) marksFor(item).append(overdueMark());
      else if (!late) mark?.remove();
    }
    for (const figure of figures) showFigure(figure, index, schedule, figureText.get(figure));
  };
  render();
  planStore.subscribe(render);
  store.subscribe(render);
}

function parseSpec(value = '') {
  const [kind, id] = value.split(/:(.*)/s);
  return { kind, id };
}

/** The date a hook stands for, and where it comes from: { date, own, shifted, derived }, or null. */
function dateOf(index, schedule, { kind, id }) {
  const phases = index.phases;
  if (kind === 'start') return { date: schedule.start.date, own: schedule.start.own };
  if (kind === 'end') return phaseEnd(schedule, phases.at(-1)?.id);
  if (kind === 'phase-end') return phaseEnd(schedule, id);
  if (kind === 'phase-start') {
    const at = phases.findIndex((p) => p.id === id);
    if (at < 0) return null;
    return at === 0 ? { date: schedule.start.date, own: schedule.start.own } : phaseEnd(schedule, phases[at - 1].id);
  }
  if (kind === 'target') {
    const m = schedule.milestones.get(id);
    return m ? { date: m.target, own: m.own, derived: m.derived } : null;
  }
  return null;
}

function phaseEnd(schedule, id) {
  const p = schedule.phases.get(id);
  return p ? { date: p.deadline, own: p.own, shifted: p.shifted } : null;
}

/** After a date (or the words about it): where it comes from, when not the playbook's, and "Overskredet". */
function showMarks(anchor, source, late) {
  let marks = anchor.nextElementSibling?.matches('[data-plan-marks]') ? anchor.nextElementSibling : null;
  if (!source && !late) {
    marks?.remove();
    return;
  }
  if (!marks) {
    marks = document.createElement('span');
    marks.className = 'plan-marks';
    marks.dataset.planMarks = '';
    anchor.after(marks);
  }
  const parts = [];
  if (source) {
    const own = document.createElement('span');
    own.className = 'plan-own';
    own.dataset.planOwn = '';
    own.textContent = ` (${source})`;
    parts.push(own);
  }
  if (late) parts.push(document.createTextNode(' '), overdueMark());
  const signature = `${source}|${late}`;
  if (marks.dataset.signature !== signature) {
    marks.dataset.signature = signature;
    marks.replaceChildren(...parts);
  }
}

function showSource(line, dates) {
  const source = line.querySelector('[data-plan-source]');
  if (!source) return;
  const text = dates.own ? '(jeres dato)' : `(fordelt jævnt i fasen ud fra ${dates.derived ? 'jeres' : 'drejebogens'} datoer)`;
  if (source.textContent !== text) source.textContent = text;
}

function overdueMark() {
  const mark = document.createElement('strong');
  mark.className = 'plan-overdue';
  mark.dataset.overdueMark = '';
  mark.textContent = 'Overskredet';
  return mark;
}

function toggle(element, late) {
  if (late) element.dataset.overdue = '';
  else delete element.dataset.overdue;
}

// --- The phase plan's drawing ------------------------------------------------------------------

function textAlternative(figure) {
  const title = figure.querySelector('svg title');
  const desc = figure.querySelector('svg desc');
  return { title: title?.textContent ?? '', desc: desc?.textContent ?? '' };
}

function showFigure(figure, index, schedule, playbook) {
  const own = schedule.start.own || [...schedule.phases.values()].some((p) => p.own || p.shifted);
  figure.classList.toggle('has-own-dates', own);
  const note = figure.querySelector('[data-plan-figure-note]');
  if (note) note.hidden = !own;
  const title = figure.querySelector('svg title');
  const desc = figure.querySelector('svg desc');
  const text = own ? ownTextAlternative(figure, index, schedule) : playbook;
  if (title && title.textContent !== text.title) title.textContent = text.title;
  if (desc && desc.textContent !== text.desc) desc.textContent = text.desc;
}

function ownTextAlternative(figure, index, schedule) {
  const current = figure.querySelector('.phase-plan-item.is-current a')?.getAttribute('href');
  const start = danishDate(schedule.start.date);
  const last = schedule.phases.get(index.phases.at(-1)?.id);
  const end = last ? danishDate(last.deadline) : '';
  const parts = index.phases.map((phase) => {
    const dates = schedule.phases.get(phase.id);
    const ids = phase.milestones ?? [];
    const numbers = ids.map((id) => index.milestones.find((m) => m.id === id)?.number).filter(Boolean);
    const here = phase.url && phase.url === current ? ' (denne fase)' : '';
    const span = dates ? `: fra ${danishDate(dates.start)} til ${danishDate(dates.deadline)}` : '';
    const marks = numbers.length > 0 ? `, milepæl ${numbers[0]} til ${numbers.at(-1)}, afsluttes med milepæl ${numbers.at(-1)}` : '';
    return `Fase ${phase.number}, ${phase.title}${here}${span}${marks}.`;
  });
  return {
    title: `Faseplan med jeres datoer fra ${start} til ${end}`,
    desc: `${parts.join(' ')} Fristen er ${end}. Tegningens længder følger drejebogens datoer.`,
  };
}
