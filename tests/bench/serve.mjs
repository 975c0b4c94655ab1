// The bench's static server: the release build and the bench pages, with
// generated datasets served from memory.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');

// ---------------------------------------------------------------- server ---
// dist/ at /, tests/bench/ at /bench/, generated datasets at /bench/data/.
// Compressed like a real host (gzip, cached), never cached by the browser.
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
};
export const generated = new Map(); // name → Buffer
const gzCache = new Map();
/** Drop a generated dataset and its compressed copy (they take memory). */
export function forget(name) {
  generated.delete(name);
  gzCache.delete(name);
}
function gzipped(key, body, level) {
  if (!gzCache.has(key)) gzCache.set(key, zlib.gzipSync(body, { level }));
  return gzCache.get(key);
}
export function startServer() {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let body;
    let file;
    const m = /^\/bench\/data\/([\w-]+\.json)$/.exec(p);
    if (m && generated.has(m[1])) {
      body = generated.get(m[1]);
      file = m[1];
    } else {
      const [base, rel] = p.startsWith('/bench/') ? [here, p.slice('/bench/'.length)] : [dist, p.slice(1) || 'index.html'];
      file = path.normalize(path.join(base, rel));
      if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
      }
      body = fs.readFileSync(file);
    }
    const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      // gzip -9 as the size budget counts; level 6 for the big generated data.
      body = gzipped(file, body, m ? 6 : 9);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
