// IBM Plex Sans, the dkfds typeface, as WOFF2 cut down to the characters a Danish text uses, plus a
// fallback face (a local Arial, Helvetica or Liberation Sans) stretched to IBM Plex Sans' metrics,
// so text takes the same room before and after the web font arrives.
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { fromBuffer } from '@capsizecss/unpack';
import arial from '@capsizecss/metrics/arial';
import { dkfdsDist } from './sources.mjs';

/**
 * The characters kept, as CSS unicode-range: Basic Latin; Latin-1 (æ ø å é ü « » § £ · and
 * no-break space); the dashes, quotes, bullet and ellipsis of U+2010–2027; ‹ › and the euro sign;
 * arrows (→). A character outside it is drawn in the fallback font; RealSite's
 * FontRangeTests fails when the content uses one.
 */
export const unicodeRange = ['U+0020-007E', 'U+00A0-00FF', 'U+2010-2027', 'U+2039-203A', 'U+20AC', 'U+2190-2193'];

/**
 * The faces the stylesheets ask for; base.liquid preloads each. 500 (dkfds' medium, a few labels)
 * is drawn with the semibold file; italic is slanted by the browser (only two JS-only notes use it).
 */
export const faces = [
  { file: 'IBMPlexSans-Regular', weight: '400' },
  { file: 'IBMPlexSans-SemiBold', weight: '500 600' },
  { file: 'IBMPlexSans-Bold', weight: '700' },
];

export const family = 'IBM Plex Sans';
export const fallbackFamily = 'IBM Plex Sans Fallback';

const fontsFolder = path.join(dkfdsDist, 'fonts', 'IBMPlexSans', 'complete');

function codePoints() {
  let text = '';
  for (const part of unicodeRange) {
    const [from, to = from] = part.slice(2).split('-').map((hex) => parseInt(hex, 16));
    for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
  }
  return text;
}

/** @returns {Promise<{ file: string, bytes: Buffer }[]>} each face's WOFF2, named `fonts/<file>.woff2`. */
export async function subsetFaces() {
  const text = codePoints();
  const result = [];
  for (const face of faces) {
    const source = fs.readFileSync(path.join(fontsFolder, 'woff2', `${face.file}.woff2`));
    // Hinting is for low-resolution Windows rendering and is most of a Latin font's bytes; kerning,
    // ligatures and mark positioning stay.
    const bytes = await subsetFont(source, text, {
      targetFormat: 'woff2', noHinting: true, keepFeatures: ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk'],
    });
    result.push({ file: `fonts/${face.file}.woff2`, bytes: Buffer.from(bytes) });
  }
  return result;
}

const percent = (value) => `${(value * 100).toFixed(2)}%`;

/**
 * The fallback's overrides, from IBM Plex Sans' own TrueType file and Arial's published metrics
 * (Liberation Sans and Helvetica share Arial's widths): scale Arial so its average Latin letter is
 * as wide as Plex's, then give it Plex's ascent, descent and line gap at that scale.
 */
export async function fallbackMetrics() {
  const plex = await fromBuffer(fs.readFileSync(path.join(fontsFolder, 'ttf', 'IBMPlexSans-Regular.ttf')));
  const sizeAdjust = (plex.xWidthAvg / plex.unitsPerEm) / (arial.xWidthAvg / arial.unitsPerEm);
  const scaled = (value) => Math.abs(value) / (plex.unitsPerEm * sizeAdjust);
  return {
    sizeAdjust: percent(sizeAdjust),
    ascentOverride: percent(scaled(plex.ascent)),
    descentOverride: percent(scaled(plex.descent)),
    lineGapOverride: percent(scaled(plex.lineGap)),
  };
}

/** The @font-face rules; `url(../fonts/…)` is relative to the generated stylesheet in css/. */
export async function fontFaceCss() {
  const metrics = await fallbackMetrics();
  const range = unicodeRange.join(', ');
  // optional: a face that is not there within the first moment is not swapped in later, so text
  // never moves; the preloaded faces are there in time on all but the slowest first visit.
  const rules = faces.map((face) => `@font-face {
  font-family: "${family}";
  font-style: normal;
  font-weight: ${face.weight};
  font-display: optional;
  src: url("../fonts/${face.file}.woff2") format("woff2");
  unicode-range: ${range};
}`);
  rules.push(`@font-face {
  font-family: "${fallbackFamily}";
  src: local("Arial"), local("ArialMT"), local("Helvetica"), local("Liberation Sans");
  size-adjust: ${metrics.sizeAdjust};
  ascent-override: ${metrics.ascentOverride};
  descent-override: ${metrics.descentOverride};
  line-gap-override: ${metrics.lineGapOverride};
}`);
  return rules.join('\n');
}
