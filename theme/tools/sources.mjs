// The theme's own files that decide what the generated assets keep: the templates, our modules and
// the generator's C# (which writes a few classes into pages itself). Read afresh on every run, so
// a class or icon added anywhere in them is kept without being listed by hand.
import fs from 'node:fs';
import path from 'node:path';

export const themeRoot = path.resolve(import.meta.dirname, '..');
export const repositoryRoot = path.resolve(themeRoot, '..');
export const dkfdsDist = path.join(themeRoot, 'node_modules', 'dkfds', 'dist');

/** Every file below `folder` whose name ends in one of `extensions`, sorted, as absolute paths. */
export function filesIn(folder, extensions) {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export const templateFiles = () => [
  ...filesIn(path.join(themeRoot, 'layouts'), ['.liquid']),
  ...filesIn(path.join(themeRoot, 'partials'), ['.liquid']),
];

export const scriptFiles = () => filesIn(path.join(themeRoot, 'assets', 'js'), ['.js']);

/**
 * The generator's own HTML: headings' anchors, the table of contents, redirect pages. Not bin/ or
 * obj/, whose generated files exist only after a build and would make the result depend on one.
 */
export const generatorFiles = () => {
  const source = path.join(repositoryRoot, 'src', 'Drejebog.Site.Core');
  return filesIn(source, ['.cs']).filter((file) => !/^(bin|obj)$/.test(path.relative(source, file).split(path.sep)[0]));
};

export const readText = (file) => fs.readFileSync(file, 'utf8');
