// Writes theme/assets/generated/: the parts of dkfds this site uses (stylesheet, fonts, icons) and
// our modules bundled. `npm run assets` writes them; `npm run assets:check` (and the test
// GeneratedAssetsTests) exits 1 naming every file that differs from what would be written now.
// Deterministic: the same sources and pinned packages give the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { themeRoot, templateFiles, scriptFiles, generatorFiles, readText } from './sources.mjs';
import { subsetFaces, fontFaceCss } from './fonts.mjs';
import { buildStylesheet } from './styles.mjs';
import { buildSprite, iconFile } from './icons.mjs';
import { bundleScripts } from './scripts.mjs';

export const generatedFolder = path.join(themeRoot, 'assets', 'generated');

/** @returns {Promise<Map<string, Buffer>>} every generated file by its path in the generated folder. */
async function generate() {
  const files = new Map();
  const scripts = scriptFiles();
  const scriptTexts = scripts.map(readText);
  const contentFiles = [...templateFiles(), ...scripts, ...generatorFiles()];
  const themeTexts = [...templateFiles(), ...scripts].map(readText);

  for (const { file, bytes } of await subsetFaces()) files.set(file, bytes);
  const { css, urls } = await buildStylesheet(await fontFaceCss(), contentFiles, scriptTexts);
  files.set('css/dkfds.css', Buffer.from(css));
  for (const url of urls) files.set(`img/${url}`, iconFile(path.basename(url)));
  files.set('img/icons.svg', Buffer.from(buildSprite(themeTexts).svg));
  for (const { file, bytes } of await bundleScripts()) files.set(file, bytes);
  return files;
}

function onDisk() {
  const files = new Map();
  if (!fs.existsSync(generatedFolder)) return files;
  for (const entry of fs.readdirSync(generatedFolder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(generatedFolder, full).split(path.sep).join('/'), fs.readFileSync(full));
    }
  }
  return files;
}

const fresh = await generate();
if (process.argv.includes('--check')) {
  const existing = onDisk();
  const problems = [];
  for (const [file, bytes] of fresh) {
    if (!existing.has(file)) problems.push(`missing: ${file}`);
    else if (!existing.get(file).equals(bytes)) problems.push(`stale: ${file}`);
  }
  for (const file of existing.keys()) if (!fresh.has(file)) problems.push(`left over: ${file}`);
  if (problems.length > 0) {
    console.error(`theme/assets/generated/ does not match the templates, modules and packages; run \`npm run assets\` in theme/ and commit the result.\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`theme/assets/generated/: ${fresh.size} files, all up to date.`);
} else {
  fs.rmSync(generatedFolder, { recursive: true, force: true });
  for (const [file, bytes] of fresh) {
    fs.mkdirSync(path.dirname(path.join(generatedFolder, file)), { recursive: true });
    fs.writeFileSync(path.join(generatedFolder, file), bytes);
  }
  const size = (prefix) => [...fresh].filter(([file]) => file.startsWith(prefix)).reduce((sum, [, bytes]) => sum + bytes.length, 0);
  console.log(`theme/assets/generated/: ${fresh.size} files (css ${size('css/')} B, fonts ${size('fonts/')} B, img ${size('img/')} B, js ${size('js/')} B).`);
}
