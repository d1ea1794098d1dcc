// /plan/: "Hent jeres datoer som kalenderfil (.ics)" writes the phases and milestones with the
// team's dates (ics.js, the same UIDs as the build's /kalender/drejebog.ics, so importing this file
// after that one updates the events) and downloads it from a Blob, with no server involved.
import { loadContentIndex } from './content-index.js';
import { scheduleFor } from './plan-dates.js';
import { icsFor } from './ics.js';

export const ICS_NAME = 'drejebog-plan.ics';

export function initPlanCalendar(planStore, root = document) {
  const button = root.querySelector('[data-plan-ics]');
  if (!button) return;
  const status = root.querySelector('[data-plan-status]');
  button.addEventListener('click', async () => {
    const index = await loadContentIndex();
    if (!index) {
      if (status) status.textContent = 'Kalenderfilen kan ikke laves lige nu, fordi drejebogens indhold ikke kunne hentes.';
      return;
    }
    const plan = planStore.plan();
    const text = icsFor(index, scheduleFor(index, plan), { siteUrl: window.location.origin, municipality: plan.municipality ?? '', updated: plan.updated });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = ICS_NAME;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    if (status) {
      status.textContent = `Kalenderfilen ${ICS_NAME} er hentet med ${planStore.hasOwnDates() ? 'jeres' : 'drejebogens'} datoer.`;
      status.dataset.state = 'calendar';
    }
  });
}
