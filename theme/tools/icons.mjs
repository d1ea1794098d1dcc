// The icon sprite with only the symbols the theme names: an id in quotes ({% render 'icon', name:
// 'edit' %}, chevron('chevron-left') in a module) or after a '#' (…all-svg-icons.svg' | asset_url }}#warning).
import fs from 'node:fs';
import path from 'node:path';
import { dkfdsDist, readText } from './sources.mjs';

const symbolPattern = /<symbol\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/symbol>/g;

/** @returns {{ svg: string, ids: string[] }} */
export function buildSprite(themeTexts) {
  const sprite = readText(path.join(dkfdsDist, 'img', 'all-svg-icons.svg'));
  const named = (id) => themeTexts.some((text) =>
    text.includes(`'${id}'`) || text.includes(`"${id}"`) || text.includes(`#${id}"`) || text.includes(`#${id}<`));
  const kept = [...sprite.matchAll(symbolPattern)].filter((match) => named(match[1]));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg">${kept.map((match) => match[0]).join('')}</svg>\n`;
  return { svg, ids: kept.map((match) => match[1]) };
}

export const iconFile = (name) => fs.readFileSync(path.join(dkfdsDist, 'img', 'svg-icons', name));
