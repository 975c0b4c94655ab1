// A static server for the release build (dist/) on 127.0.0.1, plus the
// malformed corpus under /corpus/ and a few routes that fail on purpose.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../bench/generate.mjs';

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
// How each keyed `huge` response ended: closed by the browser before it was
// sent whole, or sent whole.
const hugeBodies = new Map();

/** Hostile payloads by name: [where it goes, the string]. */
export const HOSTILE = {
  script: ['text', '<script>window.__pwned=1</script>'],
  img: ['text', '<img src=x onerror="window.__pwned=1">'],
  svg: ['text', '<svg onload="window.__pwned=1"></svg>{a}{b}{c}'],
  bidi: ['text', 'evil \u202Egnp.exe\u202C and \u2067isolate\u2069'],
  long: ['text', 'L'.repeat(10_000)],
  emoji: ['text', 'Maroc 🇲🇦 👩‍👩‍👧 🚀'],
  nul: ['text', 'nul\u0000byte'],
  jsurl: ['url', 'javascript:window.__pwned=1'],
  dataurl: ['url', 'data:text/html,<script>window.__pwned=1</script>'],
  nested: ['nested', null],
};

function hostilePayload(name) {
  const [kind, payload] = HOSTILE[name] ?? HOSTILE.script;
  if (kind === 'nested') {
    let v = 'deep';
    for (let i = 0; i < 1000; i++) v = [v];
    return [kind, v];
  }
  return [kind, payload];
}

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
      const key = new URL(req.url, 'http://x').searchParams.get('key');
      if (!key) {
        for (let i = 0; i < 21; i++) res.write(chunk);
        return res.end();
      }
      // Keyed: paced, as a slow network would send it, and how it ended kept.
      let sent = 0;
      const pace = setInterval(() => { res.write(chunk); if (++sent === 21) { clearInterval(pace); res.end(); } }, 50);
      res.on('close', () => { clearInterval(pace); hugeBodies.set(key, { closed: true, finished: res.writableFinished }); });
      return;
    }
    case 'bom': {
      // The default dataset behind a UTF-8 byte-order mark, as some editors save it.
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), dataset()]));
    }
    case 'latin1': {
      // The default dataset with its English title starting with a Latin-1
      // byte (0xC9, "É"), which is not UTF-8.
      const text = dataset().toString('utf8').replace('"en": "Marsad', '"en": "\u0001Marsad');
      const body = Buffer.from(text, 'utf8');
      body[body.indexOf(1)] = 0xc9;
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(body);
    }
    case 'huge-unsized': {
      // 21 MB without a Content-Length (as a compressed or chunked body is).
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const more = () => { while (sent < 21) { sent++; if (!res.write(chunk)) return res.once('drain', more); } res.end(); };
      return more();
    }
    case 'hostile': {
      // The default dataset with a hostile payload in every text field (or URL).
      const [kind, payload] = hostilePayload(new URL(req.url, 'http://x').searchParams.get('p') ?? '');
      const ds = JSON.parse(dataset());
      const text = (t) => (typeof t === 'string' ? payload : { ...t, en: payload, fr: payload, ar: payload });
      if (kind === 'url') {
        ds.sources.forEach((s) => { s.url = payload; });
      } else if (kind === 'nested') {
        ds.metadata.title = payload; // a deeply nested array where text belongs
      } else {
        for (const k of ['title', 'description', 'publisher']) ds.metadata[k] = text(ds.metadata[k]);
        ds.categories.forEach((c) => { c.label = text(c.label); });
        ds.indicators.forEach((i) => { i.label = text(i.label); i.definition = text(i.definition); if (i.scope_note) i.scope_note = text(i.scope_note); });
        ds.sources.forEach((s) => { s.publisher = text(s.publisher); s.title = text(s.title); });
        ds.observations.forEach((o) => { o.note = text(o.note ?? ''); });
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ds));
    }
    case 'english-titles': {
      // The default dataset with its sources' titles given in English only.
      const ds = JSON.parse(dataset());
      ds.sources.forEach((s) => { s.title = { en: s.title.en }; });
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ds));
    }
    case 'newsroom': {
      // The default dataset as a newsroom's own: another publisher.
      const ds = JSON.parse(dataset());
      ds.metadata.publisher = { en: 'Testland Gazette', fr: 'La Gazette de Testland' };
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ds));
    }
    case 'english-texts': {
      // The default dataset with the texts a page shows alone given in
      // English only: its title and description, the featured report's title,
      // the attempts' label and scope note, a category, and a figure's note.
      const ds = JSON.parse(dataset());
      const english = (t) => ({ en: t.en });
      for (const m of [ds.metadata, ds.metadata.featured]) for (const k of ['title', 'description']) if (m[k]) m[k] = english(m[k]);
      const attempts = ds.indicators.find((i) => i.id === 'attempts_foiled');
      attempts.label = english(attempts.label);
      attempts.scope_note = { en: 'Events, not people.' };
      ds.categories[0].label = english(ds.categories[0].label);
      const noted = ds.observations.find((o) => o.indicator === 'attempts_foiled' && o.note);
      noted.note = english(noted.note);
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ds));
    }
    case 'qualified-report': {
      // The default dataset with the report's largest figure qualified, as
      // another dataset's may be: "at least 59,000".
      const ds = JSON.parse(dataset());
      const attempts = ds.observations.find((o) => o.value === 48963);
      Object.assign(attempts, { value: 59000, qualifier: 'at_least' });
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ds));
    }
    case 'without-europe': {
      // The default dataset without its European figures: the category,
      // its indicators, Spain and the EU border, and their sources, listed
      // with no figure.
      const ds = JSON.parse(dataset());
      const european = new Set(ds.indicators.filter((i) => i.category === 'europe').map((i) => i.id));
      ds.observations = ds.observations.filter((o) => !european.has(o.indicator));
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ds));
    }
    case 'with-zero': {
      // The default dataset with Le360's 2017 count of networks dismantled at 0.
      const ds = JSON.parse(dataset());
      ds.observations.find((o) => o.indicator === 'networks_dismantled' && o.source === 'le360-2017').value = 0;
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ds));
    }
    case 'europe-twice': {
      // The default dataset with a second publisher's (Le360's) full-year 2023 figure
      // for the Canary Islands route, offered after Infobae's.
      const ds = JSON.parse(dataset());
      const infobae = ds.observations.find((o) => o.indicator === 'spain_arrivals_canaries' && o.start === '2023-01-01');
      ds.observations.push({ ...infobae, value: 39000, source: 'le360-2017', also_reported_by: [] });
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ds));
    }
    case 'embed-data': {
      // The default dataset, allowing one host origin to control embeds.
      const ds = JSON.parse(dataset());
      ds.metadata.embed_origins = [new URL(req.url, 'http://x').searchParams.get('origin')];
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ds));
    }
    case 'generated': {
      // A valid dataset of n observations (tests/bench/generate.mjs).
      const n = Number(new URL(req.url, 'http://x').searchParams.get('n') ?? 1000);
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(generate(n));
    }
    case 'axe.min.js': return sendFile(res, path.join(root, 'node_modules/axe-core/axe.min.js'));
    case 'hang': return; // never answers: the app's 10 s timeout must fire
    case 'reset': return req.socket.destroy();
    case 'slow': setTimeout(() => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(dataset()); }, 1500); return;
    case 'huge-state': {
      const key = new URL(req.url, 'http://x').searchParams.get('key') ?? '';
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(hugeBodies.get(key) ?? { closed: false }));
    }
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

/** A news article on another origin that embeds Marsad with the snippet. */
export function startHostServer(marsadBase) {
  const server = http.createServer((req, res) => {
    const host = `http://127.0.0.1:${server.address().port}`;
    const url = new URL(req.url, host);
    if (url.pathname === '/sibling.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!doctype html><title>sibling</title><p>another frame of the host</p>');
    }
    // The dataset allows `allow` (default: this host) to control the embed.
    const allow = url.searchParams.get('allow') ?? host;
    const data = encodeURIComponent(`/__test/embed-data?origin=${encodeURIComponent(allow)}`);
    const query = url.searchParams.get('q') ?? '';
    // A CMS's sandboxed iframe, when asked: `sandbox=allow-scripts allow-popups`.
    const sandbox = url.searchParams.has('sandbox') ? ` sandbox="${url.searchParams.get('sandbox')}"` : '';
    // A host whose policy forbids style attributes, as a strict one does.
    const headers = { 'content-type': 'text/html' };
    if (url.searchParams.has('csp')) headers['content-security-policy'] = `default-src 'self'; script-src 'self' 'unsafe-inline' ${marsadBase}; frame-src ${marsadBase} 'self'; style-src 'self'`;
    // A long article: the embed between screens of text.
    const screens = url.searchParams.has('long') ? '<p>Text of the article.</p>'.repeat(60) : '';
    res.writeHead(200, headers);
    res.end(`<!doctype html><html lang="en"><head><title>An article</title></head><body>
<h1>An article</h1><p>Text before the chart.</p>${screens}
<iframe id="marsad" src="${marsadBase}/?embed=1&id=story&data=${data}${query}" title="Marsad" loading="lazy"${sandbox} data-marsad style="width:100%;height:640px;border:0"></iframe>
<script async src="${marsadBase}/embed.js"></script>
<p id="after">Text after the chart.</p>${screens}<h2 id="below">Further down</h2>${screens}
<iframe id="sibling" src="/sibling.html" title="sibling"></iframe>
<script>
  window.received = [];
  addEventListener('message', (e) => { if (e.data && typeof e.data === 'object') window.received.push(e.data); });
</script>
</body></html>`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
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
