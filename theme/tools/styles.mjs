// dkfds.css with only the rules whose selectors the theme can produce (PurgeCSS over the
// templates, our modules and the generator's C#), its own @font-face rules replaced by ours, and
// the fallback face put after IBM Plex Sans wherever a font-family names it.
import path from 'node:path';
import { PurgeCSS } from 'purgecss';
import esbuild from 'esbuild';
import { dkfdsDist, readText } from './sources.mjs';
import { family, fallbackFamily } from './fonts.mjs';

/**
 * Elements that Markdown (Markdig with our extensions) writes into pages without any template
 * naming them; dkfds styles several of them by element name.
 */
const markdownElements = [
  'a', 'abbr', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
];

/**
 * Class prefixes that a module completes at run time: `alert-${variant}` keeps every `alert-…`
 * rule. Found in the modules themselves, so a new one needs no list.
 */
export function dynamicClassPrefixes(scriptTexts) {
  const prefixes = new Set();
  for (const text of scriptTexts) {
    for (const match of text.matchAll(/([a-z][a-z0-9-]*-)\$\{/g)) prefixes.add(match[1]);
  }
  return [...prefixes].sort();
}

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @returns {Promise<{ css: string, urls: string[] }>} the stylesheet and the dkfds files its url(…)s name. */
export async function buildStylesheet(fontFaces, contentFiles, scriptTexts) {
  const source = readText(path.join(dkfdsDist, 'css', 'dkfds.css'))
    .replace(/@font-face\s*\{[^}]*\}/g, '');
  const [purged] = await new PurgeCSS().purge({
    content: contentFiles.map((file) => ({ raw: readText(file), extension: path.extname(file).slice(1) })),
    css: [{ raw: source }],
    keyframes: true,
    safelist: {
      standard: [...markdownElements.map((name) => new RegExp(`^${name}$`)),
        ...dynamicClassPrefixes(scriptTexts).map((prefix) => new RegExp(`^${escapeRegex(prefix)}`))],
    },
  });
  const withFallback = purged.css.replaceAll(`"${family}"`, `"${family}", "${fallbackFamily}"`);
  const { code } = await esbuild.transform(`${fontFaces}\n${withFallback}`, { loader: 'css', minify: true, legalComments: 'none' });
  const urls = [...new Set([...code.matchAll(/url\(\s*"?\.\.\/img\/([^")]+)"?\s*\)/g)].map((match) => match[1]))].sort();
  return { css: code, urls };
}
