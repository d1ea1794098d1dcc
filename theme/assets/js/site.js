// Entry point: marks that JavaScript runs (CSS hides JS-only controls otherwise) and starts the
// feature modules that the current page has hooks for. Each feature is started on its own, so
// one that fails leaves the others (and the page) working. When every feature has finished its
// first render (some wait for the content index), <html> gets `data-settled`: the page stops
// moving then, which tests and printing wait for.
import { initSearch } from './search.js';
import { initHighlight } from './highlight.js';
import { initHeaderMenu } from './header-menu.js';
import { createProgressStore } from './progress-store.js';
import { createPlanStore } from './plan-store.js';
import { initStorageNotice } from './storage-notice.js';
import { initChecklist } from './checklist.js';
import { initProgress } from './progress.js';
import { initRoleFilter } from './role-filter.js';
import { initRoleView } from './role-view.js';
import { initTaskList } from './task-list.js';
import { initTransfer } from './transfer.js';
import { initPlanForm } from './plan-form.js';
import { initPlanMarks } from './plan-marks.js';
import { initPlanCalendar } from './plan-calendar.js';
import { initStatusReport } from './status-report.js';
import { initShareMaker } from './share-make.js';
import { initShareView } from './share-view.js';

document.documentElement.classList.add('js');

const started = [];

function start(name, run) {
  try {
    started.push(Promise.resolve(run()).catch((error) => console.error(`${name}:`, error)));
  } catch (error) {
    console.error(`${name}:`, error);
  }
}

if (document.getElementById('search-results')) {
  start('search', () => initSearch());
}

start('header-menu', () => initHeaderMenu());

const siteId = document.documentElement.dataset.siteId ?? '';
const store = createProgressStore(siteId);
const planStore = createPlanStore(siteId);
start('storage-notice', () => initStorageNotice(store, planStore));
start('checklist', () => initChecklist(store));
start('role-filter', () => initRoleFilter());
start('role-view', () => initRoleView());
start('task-list', () => initTaskList(store));
start('progress', () => initProgress(store));
start('transfer', () => initTransfer(store, planStore));
// The team's plan: the form on /plan/, its dates and overdue marks on the pages, its calendar file.
start('plan-form', () => initPlanForm(planStore));
start('plan-marks', () => initPlanMarks(store, planStore));
start('plan-calendar', () => initPlanCalendar(planStore));
start('status-report', () => initStatusReport(store, planStore));
// Share links: "Del status" on /fremskridt/, the shared status on /del/.
start('share-make', () => initShareMaker(store, planStore));
start('share-view', () => initShareView(store, planStore));
// Last, so the search hits are marked in the checklists' labels as they are now.
start('highlight', () => initHighlight());

Promise.allSettled(started).then(() => { document.documentElement.dataset.settled = ''; });
