// /plan/ "Jeres plan": the team's municipality and dates. Every change is checked (plan-checks.js)
// and saved at once when the whole form is valid; while any field is wrong nothing is saved, the
// message stands next to the field (dkfds form-error) and the status line says so. Each hint shows
// what the site uses when the field is empty. Reset asks first, as on /fremskridt/.
import { loadContentIndex } from './content-index.js';
import { scheduleFor, danishDate } from './plan-dates.js';
import { checkPlanForm } from './plan-checks.js';
import { notSaved } from './not-saved.js';

export async function initPlanForm(planStore, root = document) {
  const form = root.querySelector('[data-plan-form]');
  if (!form) return;
  const status = form.querySelector('[data-plan-status]');
  const say = (text, state) => {
    if (!status) return;
    status.textContent = text;
    status.dataset.state = state;
  };
  // The fields can be typed into before the content index has arrived. What was typed meanwhile
  // stays in its field (the stored plan does not replace it) and is checked and saved when the
  // index comes; a field still being typed in (no change event yet) saves as usual when it is left.
  const typedWhileLoading = new Set();
  const changedWhileLoading = new Set();
  const note = (into) => (event) => {
    const input = event.target instanceof Element ? event.target.closest('[data-plan-field]') : null;
    if (input) into.add(input.dataset.planField);
  };
  const noteTyped = note(typedWhileLoading);
  const noteChanged = note(changedWhileLoading);
  form.addEventListener('input', noteTyped);
  form.addEventListener('change', noteChanged);
  const index = await loadContentIndex();
  form.removeEventListener('input', noteTyped);
  form.removeEventListener('change', noteChanged);
  const inputs = new Map([...form.querySelectorAll('[data-plan-field]')].map((input) => [input.dataset.planField, input]));
  // The fields are empty until the plan is filled in, and a half-typed date fires no event yet.
  const inUse = [...inputs].find(([key, input]) => input === document.activeElement && !changedWhileLoading.has(key)
    && (input.value !== '' || input.validity.badInput))?.[0];
  const kept = new Set([...typedWhileLoading, ...changedWhileLoading]);
  if (inUse) kept.add(inUse);
  if (!index) {
    for (const input of inputs.values()) input.disabled = true;
    const lost = kept.size > 0 ? ' Det, I nåede at skrive, er ikke gemt.' : '';
    say(`Jeres plan kan ikke vises lige nu, fordi drejebogens indhold ikke kunne hentes. Prøv at genindlæse siden.${lost}`, 'error');
    return;
  }

  const fill = (keep = new Set()) => {
    const plan = planStore.plan();
    for (const [key, input] of inputs) if (!keep.has(key)) input.value = storedValue(plan, key);
    for (const details of form.querySelectorAll('details[data-plan-phase]')) {
      if ([...details.querySelectorAll('[data-plan-field]')].some((input) => input.value)) details.open = true;
    }
  };
  const hints = () => showHints(form, index, planStore.plan());

  form.addEventListener('change', (event) => {
    const input = event.target instanceof Element ? event.target.closest('[data-plan-field]') : null;
    if (input) save(input.dataset.planField);
  });

  const read = () => new Map([...inputs].map(([key, input]) => [key, {
    value: input.type === 'text' ? input.value.trim() : input.value,
    incomplete: input.validity.badInput,
  }]));
  // A stored plan can clash without anyone typing here (an import, a share link, another tab): say
  // so at the fields at once, since no change is saved until it is fixed.
  const recheck = () => showErrors(inputs, checkPlanForm(index, read(), null).errors);

  /** Saves the form after a change to `changed`; the status names `named` (the fields typed while loading). */
  function save(changed, named = [changed]) {
    const values = read();
    const { errors } = checkPlanForm(index, values, changed);
    showErrors(inputs, errors);
    if (errors.size > 0) {
      const first = errors.has(changed) ? changed : errors.keys().next().value;
      say(`Ændringen er ikke gemt. Ret fejlen ved »${labelOf(inputs.get(first))}«.`, 'invalid');
      return;
    }
    const changes = changesFrom(planStore.plan(), values);
    if (!changes) return;
    const saved = planStore.update(changes);
    const value = values.get(changed)?.value ?? '';
    const what = changed === 'municipality' || !value ? '' : `: ${danishDate(value)}`;
    const done = named.length > 1
      ? `Gemt: ${named.map((key) => labelOf(inputs.get(key))).join(', ')}.`
      : `Gemt. ${labelOf(inputs.get(changed))}${what}${value ? '' : ' (tomt felt, så sitet bruger standarddatoen)'}.`;
    say(saved?.ok === false ? `${done} ${notSaved(saved.reason, 'I')}` : done, 'saved');
  }

  initReset(form, planStore, say);

  fill(kept);
  recheck();
  hints();
  planStore.subscribe((api, reason) => {
    // Our own edit is already in the fields; anything else (another tab, an import, a reset) replaces them.
    if (reason !== 'edit') {
      fill();
      recheck();
    }
    hints();
  });
  const typed = [...inputs.keys()].filter((key) => kept.has(key) && key !== inUse);
  if (typed.length > 0) save(typed[0], typed);
}

function storedValue(plan, key) {
  if (key === 'municipality') return plan.municipality ?? '';
  if (key === 'start') return plan.start ?? '';
  const [kind, id] = key.split(/:(.*)/s);
  const dates = kind === 'phase' ? plan.phases : plan.milestones;
  return dates.get(id) ?? '';
}

/** What differs between the stored plan and the (valid) form, as planStore.update() takes it; null when nothing does. */
function changesFrom(plan, values) {
  const changes = {};
  const phases = new Map();
  const milestones = new Map();
  for (const [key, { value }] of values) {
    if (storedValue(plan, key) === value) continue;
    const [kind, id] = key.split(/:(.*)/s);
    if (key === 'municipality') changes.municipality = value;
    else if (key === 'start') changes.start = value || null;
    else (kind === 'phase' ? phases : milestones).set(id, value || null);
  }
  if (phases.size > 0) changes.phases = phases;
  if (milestones.size > 0) changes.milestones = milestones;
  return Object.keys(changes).length > 0 ? changes : null;
}

/** Shows each error next to its field (dkfds form-error) and removes the ones that are fixed. */
function showErrors(inputs, errors) {
  for (const [key, input] of inputs) {
    const group = input.closest('.form-group');
    const message = errors.get(key);
    let box = group?.querySelector('[data-plan-error]');
    const hint = input.getAttribute('aria-describedby')?.split(' ').filter((id) => !id.endsWith('-fejl')) ?? [];
    if (!message) {
      box?.remove();
      group?.classList.remove('form-error');
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', hint.join(' '));
      continue;
    }
    if (!box) {
      box = document.createElement('span');
      box.className = 'form-error-message';
      box.id = `${input.id}-fejl`;
      box.dataset.planError = '';
      input.before(box);
    }
    const prefix = document.createElement('span');
    prefix.className = 'sr-only';
    prefix.textContent = 'Fejl: ';
    box.replaceChildren(prefix, message);
    group?.classList.add('form-error');
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [...hint, box.id].join(' '));
    input.closest('details')?.setAttribute('open', '');
  }
}

/** The hints say which date the site uses when a field is left empty. */
function showHints(form, index, plan) {
  // Defaults: without the team's phase deadlines (each phase then keeps the playbook's, moved with
  // an own start), and without milestone targets (each milestone then gets the even spread).
  const phaseDefaults = scheduleFor(index, { ...plan, phases: new Map(), milestones: new Map() });
  const milestoneDefaults = scheduleFor(index, { ...plan, milestones: new Map() });
  for (const hint of form.querySelectorAll('[data-plan-hint]')) {
    const [kind, id] = hint.dataset.planHint.split(/:(.*)/s);
    let text = hint.textContent;
    if (kind === 'phase') {
      const dates = phaseDefaults.phases.get(id);
      if (!dates) continue;
      text = dates.shifted
        ? `Uden jeres egen frist: ${danishDate(dates.deadline)} (drejebogens frist flyttet med jeres startdato).`
        : `Uden jeres egen frist: drejebogens frist, ${dates.text ?? danishDate(dates.deadline)}.`;
    } else if (kind === 'milestone') {
      const dates = milestoneDefaults.milestones.get(id);
      if (!dates) continue;
      text = `Uden jeres egen dato: ${danishDate(dates.target)} (fordelt jævnt i fasen ud fra ${dates.derived ? 'jeres' : 'drejebogens'} datoer).`;
    }
    if (hint.textContent !== text) hint.textContent = text;
  }
}

function labelOf(input) {
  const label = input ? input.labels?.[0] : null;
  return (label?.textContent ?? '').replace(/\s+/g, ' ').trim();
}


function initReset(form, planStore, say) {
  const button = form.querySelector('[data-plan-reset]');
  const confirmBox = form.querySelector('[data-plan-reset-confirm]');
  const question = form.querySelector('[data-plan-reset-question]');
  const apply = form.querySelector('[data-plan-reset-apply]');
  const cancel = form.querySelector('[data-plan-reset-cancel]');
  if (!button) return;
  button.addEventListener('click', () => {
    const plan = planStore.plan();
    const n = (plan.start ? 1 : 0) + plan.phases.size + plan.milestones.size;
    const parts = [plan.municipality ? 'kommunens navn' : '', n > 0 ? (n === 1 ? 'jeres ene dato' : `alle jeres ${n} datoer`) : ''].filter(Boolean);
    if (question) {
      question.textContent = parts.length === 0
        ? 'Der er ingen plan i denne browser. Vil I alligevel nulstille?'
        : `Vil I slette ${parts.join(' og ')} i denne browser? Det kan ikke fortrydes, medmindre I har eksporteret planen på »Dit fremskridt«.`;
    }
    if (confirmBox) confirmBox.hidden = false;
    apply?.focus();
  });
  apply?.addEventListener('click', () => {
    const saved = planStore.reset();
    if (confirmBox) confirmBox.hidden = true;
    const done = 'Planen er nulstillet, og sitet viser igen drejebogens datoer.';
    say(saved?.ok === false ? `${done} ${notSaved(saved.reason, 'I')}` : done, 'reset');
    button.focus();
  });
  cancel?.addEventListener('click', () => {
    if (confirmBox) confirmBox.hidden = true;
    say('Nulstillingen er annulleret. Intet er ændret.', 'cancelled');
    button.focus();
  });
}
