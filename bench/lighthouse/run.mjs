// Benchmark: the built site served as Netlify serves it (netlify-server.mjs), measured in Chromium.
//   1. First load of each page type with an empty cache: requests and response bodies as the
//      server sent them (brotli), counted at the server so Pagefind's worker is seen too;
//      Pagefind's own files counted apart.
//   2. Lighthouse 12 (desktop and mobile presets) on five pages: the four category scores and
//      CLS, LCP and TBT.
// Usage (from the repository root, after a build into output/):
//   node bench/lighthouse/run.mjs [--site output] [--weights-only]
// Chromium: CHROME_PATH, else /usr/bin/chromium.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serve } from './netlify-server.mjs';

const repository = path.resolve(import.meta.dirname, '..', '..');
const option = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const site = path.resolve(option('--site') ?? path.join(repository, 'output'));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu'];
if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`${site} has no index.html: build the site first (dotnet run --project src/Drejebog.Site -c Release -- build).`);
  process.exit(2);
}

/** The first folder (sorted) under `folder` of the built site, as a page URL. */
const first = (folder) => `/${folder}/${fs.readdirSync(path.join(site, folder), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()[0]}/`;
const milestone = fs.existsSync(path.join(site, 'milepaele', 'kontrakt-indgaaet')) ? '/milepaele/kontrakt-indgaaet/' : first('milepaele');
const pageTypes = [
  ['front page', '/'], ['phase', first('faser')], ['milestone', milestone], ['role', first('roller')],
  ['organisering', '/organisering/'], ['ansvar (matrix)', '/ansvar/'], ['fremskridt', '/fremskridt/'],
  ['search with a query', '/soeg/?q=kontrakt'], ['404', '/findes-ikke/'],
];
const lighthousePages = ['front page', 'phase', 'milestone', 'role', 'search with a query'];

let served = [];
const server = await serve(site, fs.readFileSync(path.join(repository, 'netlify.toml'), 'utf8'), 0, (urlPath, bytes) => served.push({ urlPath, bytes }));
const origin = `http://127.0.0.1:${server.address().port}`;
const pad = (text, width) => String(text).padEnd(width);
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** What the server sent for one page opened in a fresh browser context (empty cache, nothing stored). */
async function weight(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  served = [];
  await page.goto(origin + url, { waitUntil: 'networkidle0' });
  // Search results come from Pagefind's worker, which networkidle does not watch.
  if (url.startsWith('/soeg/')) await page.waitForSelector('#search-results li', { timeout: 30000 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await context.close();
  const pagefind = served.filter((r) => r.urlPath.startsWith('/pagefind/'));
  const own = served.filter((r) => !pagefind.includes(r));
  const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
  return { count: own.length, bytes: sum(own), pagefindCount: pagefind.length, pagefindBytes: sum(pagefind) };
}

const browser = await puppeteer.launch({ executablePath: chromePath, args: ['--no-sandbox'], headless: true });
console.log('First load, empty cache: requests and KB (1024 bytes) of response bodies as sent, brotli-compressed (HTTP headers not counted)\n');
console.log(`| page type | URL | requests | KB | Pagefind requests | Pagefind KB |\n|---|---|---:|---:|---:|---:|`);
for (const [name, url] of pageTypes) {
  const w = await weight(browser, url);
  console.log(`| ${name} | \`${url}\` | ${w.count} | ${kb(w.bytes)} | ${w.pagefindCount} | ${kb(w.pagefindBytes)} |`);
}
await browser.close();

if (!process.argv.includes('--weights-only')) {
  console.log('\nLighthouse 12 (performance, accessibility, best practices, SEO; CLS; LCP and TBT in ms)\n');
  console.log('| page | preset | perf | a11y | best pr. | SEO | CLS | LCP | TBT |\n|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const name of lighthousePages) {
    const url = origin + pageTypes.find(([n]) => n === name)[1];
    for (const [preset, config] of [['desktop', desktopConfig], ['mobile', undefined]]) {
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
      try {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        console.log(`| ${name} | ${preset} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${audit('cumulative-layout-shift').toFixed(3)} | ${Math.round(audit('largest-contentful-paint'))} | ${Math.round(audit('total-blocking-time'))} |`);
        for (const [id, result] of Object.entries(lhr.audits)) {
          if (result.score !== null && result.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(result.scoreDisplayMode) && process.argv.includes('--why')) {
            console.log(`    ${id}: ${result.score} ${result.displayValue ?? ''}`);
          }
        }
      } finally {
        await chrome.kill();
      }
    }
  }
}
server.close();
