// Builds the comparison (cargo, wasm-bindgen) and times it in headless
// Chromium on generated datasets of 10,000 and 100,000 observations.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generate } from '../generate.mjs';
import { CHROMIUM_OPTIONS } from '../../browser/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, 'target');
execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--target-dir', target], { cwd: here, stdio: 'inherit' });
execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', path.join(target, 'pkg'),
  path.join(target, 'wasm32-unknown-unknown/release/marsad_parse_bench.wasm')], { stdio: 'inherit' });
const data = new Map([10000, 100000].map((n) => [`/obs-${n}.json`, generate(n)]));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  const url = req.url === '/' ? '/index.html' : req.url;
  const body = data.get(url) ?? [path.join(here, url), path.join(target, url)].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f))[0];
  if (body == null) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': types[path.extname(url)] ?? 'application/octet-stream' });
  res.end(body);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.on('listening', resolve));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-parse-'));
const context = await chromium.launchPersistentContext(profile, CHROMIUM_OPTIONS);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1].toFixed(1); };
for (const [n, reps] of [[10000, 15], [100000, 7]]) {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.ready);
  const r = await page.evaluate(([file, reps]) => window.run(file, reps), [`/obs-${n}.json`, reps]);
  if (Object.values(r.counts).some((c) => c !== n)) throw new Error(`not every way read ${n} observations: ${JSON.stringify(r.counts)}`);
  console.log(`${n} observations, ${reps} runs: serde_json from the text ${median(r.text)} ms; JSON.parse ${median(r.parse)} ms + serde-wasm-bindgen ${median(r.value)} ms; the app's validation ${median(r.validated)} ms`);
  await page.close();
}
await context.close();
fs.rmSync(profile, { recursive: true, force: true });
server.close();
