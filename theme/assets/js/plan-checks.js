// Checks what the team has typed on /plan/ before anything is saved: each field on its own (a real
// date in range, a name storage accepts) and then the order of the dates the plan would give (every
// phase ends after it starts). Pure, so it runs in Node too; the messages are the ones the form shows.
import { validatePlan } from './storage.js';
import { scheduleFor, danishDate } from './plan-dates.js';

export const RANGE_MESSAGE = 'Skriv en gyldig dato mellem 1. januar 2000 og 31. december 2100.';
export const INCOMPLETE_MESSAGE = 'Datoen er ikke skrevet helt. Skriv dag, måned og år, eller tøm feltet.';
export const NAME_MESSAGE = 'Navnet må højst have 120 tegn og ingen usynlige kontroltegn.';

/**
 * @param index the content index
 * @param values Map of field key (`municipality`, `start`, `phase:<id>`, `milestone:<id>`) →
 *   `{ value: string, incomplete?: boolean }`; '' means no own value
 * @param changed the key of the field the reader just changed (blamed first when two dates clash)
 * @returns {{ errors: Map<string, string>, json: object }} json: the form as plan JSON (for validatePlan)
 */
export function checkPlanForm(index, values, changed) {
  const errors = new Map();
  const json = { phases: {}, milestones: {} };
  for (const [key, { value, incomplete }] of values) {
    if (key === 'municipality') {
      if (value && !validatePlan({ municipality: value }).ok) errors.set(key, NAME_MESSAGE);
      else json.municipality = value;
      continue;
    }
    if (incomplete) {
      errors.set(key, INCOMPLETE_MESSAGE);
      continue;
    }
    if (!value) continue;
    if (!validatePlan({ start: value }).ok) {
      errors.set(key, RANGE_MESSAGE);
      continue;
    }
    const [kind, id] = key.split(/:(.*)/s);
    if (key === 'start') json.start = value;
    else if (kind === 'phase') json.phases[id] = value;
    else if (kind === 'milestone') json.milestones[id] = value;
  }
  if (errors.size > 0) return { errors, json };

  // Every field passed on its own, so the whole passes too; checked again to get the plan's own shape.
  const checked = validatePlan(json);
  if (!checked.ok) {
    errors.set(changed, RANGE_MESSAGE);
    return { errors, json };
  }
  for (const [key, message] of orderErrors(index, checked.plan, changed)) errors.set(key, message);
  return { errors, json };
}

/** Every phase must end after it starts: after the start date, and after the phase before it. */
function orderErrors(index, plan, changed) {
  const errors = new Map();
  const schedule = scheduleFor(index, plan);
  let before = {
    date: schedule.start.date,
    key: schedule.start.own ? 'start' : null,
    name: 'startdatoen',
    source: schedule.start.own ? '' : ', drejebogens dato',
  };
  for (const phase of index.phases) {
    const dates = schedule.phases.get(phase.id);
    if (!dates) continue;
    const here = {
      date: dates.deadline,
      key: dates.own ? `phase:${phase.id}` : null,
      name: `fristen for fase ${phase.number}`,
      source: dates.own ? '' : dates.shifted ? ', drejebogens frist flyttet med jeres startdato' : ', drejebogens frist',
    };
    if (dates.deadline <= before.date) {
      const blamed = [before.key, here.key].includes(changed) ? changed : here.key ?? before.key;
      if (blamed && !errors.has(blamed)) {
        errors.set(blamed, blamed === here.key
          ? `${capital(here.name)} skal ligge efter ${before.name} (${danishDate(before.date)}${before.source}).`
          : `${capital(before.name)} skal ligge før ${here.name} (${danishDate(here.date)}${here.source}).${here.key || schedule.start.own ? '' : ' Skriv en startdato først, så flytter alle frister med den.'}`);
      }
    }
    before = here;
  }
  return errors;
}

const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
