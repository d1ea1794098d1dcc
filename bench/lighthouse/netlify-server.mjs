// A small static server that answers as Netlify does for this site: the [[headers]] of
// netlify.toml on every matching path, /x/ served from /x/index.html, 404.html with status 404
// for anything missing, and text compressed with brotli (or gzip) when the browser accepts it.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.png': 'image/png',
};
const compressible = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/;

/** The [[headers]] rules of netlify.toml: `for` and the `[headers.values]` below it, in file order. */
export function readHeaderRules(tomlText) {
  const rules = [];
  let section = null;
  for (const raw of tomlText.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      if (line === '[[headers]]') rules.push({ for: '', values: {} });
      section = line === '[[headers]]' ? 'rule' : line === '[headers.values]' && section !== null ? 'values' : null;
      continue;
    }
    const match = /^([A-Za-z0-9-]+)\s*=\s*"(.*)"$/.exec(line);
    if (!match || section === null) continue;
    const rule = rules[rules.length - 1];
    if (section === 'values') rule.values[match[1]] = match[2].replace(/\\"/g, '"');
    else if (match[1] === 'for') rule.for = match[2];
  }
  return rules;
}

const matches = (pattern, urlPath) =>
  pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;

/**
 * Starts serving `folder` on 127.0.0.1:`port` (0: any free port); resolves to the server.
 * `onResponse(path, bytes)` hears of every answer and its body's size as sent (compressed): the
 * server sees what a browser's per-page view misses, such as Pagefind's worker fetching its index.
 */
export function serve(folder, tomlText, port = 0, onResponse = () => {}) {
  const rules = readHeaderRules(tomlText);
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = path.join(folder, urlPath);
    if (!file.startsWith(folder)) { response.writeHead(400).end(); return; }
    if (urlPath.endsWith('/')) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) { file = path.join(folder, '404.html'); status = 404; }
    let body = fs.readFileSync(file);
    const headers = { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=0, must-revalidate' };
    for (const rule of rules) if (matches(rule.for, urlPath)) Object.assign(headers, rule.values);
    const accepts = request.headers['accept-encoding'] ?? '';
    if (compressible.test(headers['Content-Type'])) {
      headers.Vary = 'Accept-Encoding';
      if (/\bbr\b/.test(accepts)) { body = zlib.brotliCompressSync(body); headers['Content-Encoding'] = 'br'; }
      else if (/\bgzip\b/.test(accepts)) { body = zlib.gzipSync(body); headers['Content-Encoding'] = 'gzip'; }
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    onResponse(urlPath, body.length);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
