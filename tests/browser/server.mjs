// A static server for the release build (dist/) on 127.0.0.1, plus the
// malformed corpus under /corpus/ and a few routes that fail on purpose.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const corpus = path.join(root, 'tests/corpus');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function sendFile(res, file) {
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
}

const flaky = new Map();

// Routes that fail in each way a dataset can fail to arrive.
function testRoute(name, req, res) {
  const dataset = () => fs.readFileSync(path.join(dist, 'data/morocco.json'));
  switch (name) {
    case '500': res.writeHead(500, { 'content-type': 'text/plain' }); return res.end('boom');
    case 'html': res.writeHead(200, { 'content-type': 'text/html' }); return res.end('<html><body>Sorry</body></html>');
    case 'truncated': {
      const body = dataset();
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(body.subarray(0, Math.floor(body.length / 2)));
    }
    case 'huge': {
      // Says and sends 21 MB, more than the 20 MB limit.
      const size = 21 * 1024 * 1024;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': size });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 21; i++) res.write(chunk);
      return res.end();
    }
    case 'hang': return; // never answers: the app's 10 s timeout must fire
    case 'reset': return req.socket.destroy();
    case 'slow': setTimeout(() => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(dataset()); }, 1500); return;
    case 'flaky': {
      // Fails the first time for each key, then serves the dataset.
      const key = new URL(req.url, 'http://x').searchParams.get('key') ?? '';
      const seen = flaky.get(key) ?? 0;
      flaky.set(key, seen + 1);
      if (seen === 0) { res.writeHead(503, { 'content-type': 'text/plain' }); return res.end('try again'); }
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(dataset());
    }
    default: res.writeHead(404); return res.end();
  }
}

export function startServer(port = 0) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const p = decodeURIComponent(url.pathname);
    if (p.startsWith('/__test/')) return testRoute(p.slice('/__test/'.length), req, res);
    const [base, rel] = p.startsWith('/corpus/') ? [corpus, p.slice('/corpus/'.length)] : [dist, p.slice(1) || 'index.html'];
    const file = path.normalize(path.join(base, rel));
    if (!file.startsWith(base)) { res.writeHead(403); return res.end(); }
    sendFile(res, file);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer(Number(process.argv[2] ?? 8081));
  console.log(`serving dist/ on http://127.0.0.1:${server.address().port}`);
}
