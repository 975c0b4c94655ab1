// `./dev bench`: measures the release build in dist/ in headless Debian
// Chromium (playwright-core + CDP) and writes BENCHMARKS.md. Not a test: it
// asserts nothing and only reports medians of repeated runs.
//
//   a. navigation → first chart painted, Marsad and a plain-JS baseline, 1× and 4× CPU
//   b. a category chip click → featured chart option changed / painted, 200 clicks
//   c. LCP and CLS under 150 ms RTT, 1.6 Mbps down, 4× CPU
//   d. scale: generated datasets of 1k, 10k, 100k and 1M observations
//
// Options: --quick (few repetitions, for trying the bench itself),
// --out FILE (default BENCHMARKS.md at the repository root).
// Everything below the line NOTES_MARK in the existing file is kept as is:
// hand-written analysis that the numbers above it are regenerated under.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { generated, forget, startServer } from './serve.mjs';
import { INIT } from './in_page.mjs';
import { quantile, median, ms, mb, kb, machine } from './stats.mjs';
import { report } from './report.mjs';
import { CHROMIUM_OPTIONS } from '../browser/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.join(root, 'dist');
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const OUT = argv.includes('--out') ? path.resolve(argv[argv.indexOf('--out') + 1]) : path.join(root, 'BENCHMARKS.md');
// --only a,b: run some parts only (for working on the bench; writes nothing).
const ONLY = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;
const part = (p) => !ONLY || ONLY.includes(p);
const NOTES_MARK = '<!-- Below this line: hand-written notes, kept by ./dev bench. -->';

const REPS = QUICK
  ? { first: 2, clicks: 20, lcp: 1, scale: { 1000: 1, 10000: 1, 100000: 1, 1000000: 1 }, scaleClicks: 5 }
  : { first: 15, clicks: 200, lcp: 5, scale: { 1000: 5, 10000: 5, 100000: 3, 1000000: 1 }, scaleClicks: 20 };
const SIZES = [1000, 10000, 100000, 1000000];
// Lighthouse's mobile preset: 150 ms RTT, 1.6 Mbps down, 750 kbps up, 4× CPU.
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: build first (./dev bench does).');
  process.exit(1);
}
const t0 = Date.now();
const log = (...a) => console.error(`[bench ${String(Math.round((Date.now() - t0) / 1000)).padStart(4)} s]`, ...a);

// --------------------------------------------------------------- browser ---
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_OPTIONS, viewport: { width: 1280, height: 900 } });
for (const p of context.pages()) await p.close().catch(() => {});
const server = await startServer();
const BASE = `http://127.0.0.1:${server.address().port}`;

async function openPage({ cpu = 1, network = null, reducedMotion = 'reduce', viewport = null } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  // The app (and the baseline) turn animation off under reduced motion, so
  // `finished` is the first paint and not the end of a one-second animation.
  await page.emulateMedia({ reducedMotion });
  await page.addInitScript(INIT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return { page, cdp };
}

/** Waits for the first chart; throws with the page's error panel if one shows. */
async function waitFirstChart(page, timeout = 120_000) {
  const handle = await page.waitForFunction(() => {
    if (window.__bench?.firstChart != null) return { ok: window.__bench.firstChart };
    const error = document.querySelector('.load-error, .marsad-crashed');
    return error ? { error: error.innerText.replace(/\s+/g, ' ').trim().slice(0, 300) } : null;
  }, null, { timeout, polling: 100 });
  const result = await handle.jsonValue();
  if (result.error) throw new Error(`the page shows an error: ${result.error}`);
  return result.ok;
}

/** The first chart's time, and when the wasm, the app and the data got there. */
async function firstChart(url, cpu) {
  const { page } = await openPage({ cpu });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const first = await waitFirstChart(page);
    await page.waitForFunction(() => window.__bench.appChart != null, null, { timeout: 120_000, polling: 50 });
    return await page.evaluate((first) => {
      const end = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.responseEnd ?? null;
      const start = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.startTime ?? null;
      return { first, appChart: window.__bench.appChart, wasm: end(/\.wasm$/), echarts: end(/echarts[^/]*\.js$/), app: window.__bench.appStarted, dataStart: start(/\.json$/), data: end(/\.json$/) };
    }, first);
  } finally {
    await page.close();
  }
}

/** The first category chip whose click changes the featured chart. */
async function pickChip(page) {
  const categories = await page.$$eval('.chip[data-category]', (els) => els.map((e) => e.dataset.category));
  for (const c of categories) {
    const selector = `.chip[data-category="${c}"]`;
    const r = await page.evaluate((s) => window.__benchClick(s, 3000), selector);
    await settle(page);
    if (r.option != null) {
      await page.evaluate((s) => window.__benchClick(s, 3000), selector); // back to no filter
      await settle(page);
      return selector;
    }
  }
  throw new Error(`no category chip changes the featured chart (${categories.join(', ')})`);
}

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

async function clicks(page, selector, count) {
  const option = [];
  const painted = [];
  // Even clicks press the chip (fewer rows shown), odd ones release it (all
  // rows again): their costs differ, so they are kept apart.
  const settled = [];
  const settledOn = [];
  const settledOff = [];
  let missed = 0;
  // The chip at the top of the window, as a reader who clicks it sees it,
  // with the charts under the filter bar in view: at the top of the page
  // the charts' redraws were counted or not by how far down a line above
  // them (a notice, "No chart shows…") had pushed them.
  await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'start' }), selector);
  await settle(page);
  for (let i = 0; i < count; i++) {
    const r = await page.evaluate((s) => window.__benchClick(s), selector);
    if (r.option == null) missed++;
    else option.push(r.option);
    if (r.painted != null) painted.push(r.painted);
    if (r.settled != null && r.painted != null) {
      const t = Math.max(r.settled, r.painted);
      settled.push(t);
      (i % 2 ? settledOff : settledOn).push(t);
    }
    await settle(page);
  }
  return { option, painted, settled, settledOn, settledOff, missed };
}

// -------------------------------------------------------------------- run ---
const started = Date.now();
const results = { machine: machine(), date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC' };
try {
  // a. first chart, Marsad and baseline, alternating so drift hits both alike.
  results.first = {};
  for (const cpu of part('a') ? [1, 4] : []) {
    const marsad = [];
    const baseline = [];
    for (let i = 0; i < REPS.first; i++) {
      marsad.push(await firstChart(`${BASE}/`, cpu));
      baseline.push(await firstChart(`${BASE}/bench/baseline.html`, cpu));
    }
    results.first[cpu] = { marsad, baseline };
    log(`first chart ${cpu}×: Marsad ${ms(median(marsad.map((r) => r.first)))}, baseline ${ms(median(baseline.map((r) => r.first)))}`);
  }

  // b. filter clicks at 1×, and fewer at 4×.
  results.clicks = {};
  for (const [cpu, count] of part('b') ? [[1, REPS.clicks], [4, Math.max(10, REPS.clicks / 4)]] : []) {
    const { page } = await openPage({ cpu });
    await page.goto(`${BASE}/`, { waitUntil: 'commit' });
    await waitFirstChart(page);
    const chip = await pickChip(page);
    results.clicks[cpu] = { chip, ...(await clicks(page, chip, count)) };
    if (page.errors.length) throw new Error(`page errors while clicking: ${page.errors.join('; ')}`);
    await page.close();
    const c = results.clicks[cpu];
    log(`clicks ${cpu}×: option ${ms(median(c.option))} (p95 ${ms(quantile(c.option, 0.95))}), drawn ${ms(median(c.painted))} (p95 ${ms(quantile(c.painted, 0.95))}), all effects ${ms(median(c.settledOn))} / ${ms(median(c.settledOff))}, ${c.missed} missed`);
  }

  // c. LCP and CLS on a phone-sized viewport under Lighthouse's mobile conditions.
  results.lcp = [];
  for (let i = 0; i < (part('c') ? REPS.lcp : 0); i++) {
    const { page } = await openPage({ cpu: 4, network: SLOW_NETWORK, reducedMotion: 'no-preference', viewport: { width: 412, height: 823 } });
    await page.goto(`${BASE}/`, { waitUntil: 'commit' });
    const first = await waitFirstChart(page, 180_000);
    // Shifts and a later, larger paint: the app taking the shell's place included.
    await page.waitForFunction(() => window.__bench.appChart != null, null, { timeout: 180_000, polling: 100 });
    await page.waitForTimeout(2000);
    const r = await page.evaluate(() => {
      const transferred = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
        .filter((e) => e.responseEnd <= window.__bench.appChart)
        .reduce((sum, e) => sum + e.transferSize, 0);
      return { lcp: window.__bench.lcp, lcpElement: window.__bench.lcpElement, cls: window.__bench.cls, transferred, appChart: window.__bench.appChart };
    });
    results.lcp.push({ ...r, first });
    await page.close();
    log(`LCP ${ms(r.lcp)} (${r.lcpElement}), CLS ${r.cls.toFixed(4)}, first chart ${ms(first)}, ${kb(r.transferred)} transferred before the app's chart`);
  }

  log('scale');
  // d. scale.
  results.scale = [];
  for (const n of part('d') ? SIZES : []) {
    const name = `obs-${n}.json`;
    const t = Date.now();
    generated.set(name, Buffer.from(generate(n)));
    log(`generated ${name}: ${mb(generated.get(name).length)} in ${Date.now() - t} ms`);
    const runs = [];
    for (let i = 0; i < REPS.scale[n]; i++) {
      const { page, cdp } = await openPage({ cpu: 1 });
      let peak = 0;
      let polling = true;
      const poll = (async () => {
        while (polling) {
          try { peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize); } catch { /* page closing */ }
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      const run = { n };
      try {
        await page.goto(`${BASE}/?data=/bench/data/${name}`, { waitUntil: 'commit' });
        run.first = await waitFirstChart(page, 300_000);
        run.fetched = await page.evaluate((name) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(name))?.responseEnd ?? null, name);
        const chip = await pickChip(page);
        const c = await clicks(page, chip, n >= 1e6 ? 5 : REPS.scaleClicks);
        run.clicks = c.painted;
        run.options = c.option;
        run.settled = c.settled;
        run.settledOn = c.settledOn;
        run.settledOff = c.settledOff;
        run.painted = c.painted;
        run.missed = c.missed;
      } catch (e) {
        run.error = String(e.message ?? e).split('\n')[0].slice(0, 240);
      }
      polling = false;
      await poll;
      run.heap = peak;
      run.wasm = await page.evaluate(() => window.__bench?.wasmMemory?.buffer.byteLength ?? null).catch(() => null);
      await page.close();
      runs.push(run);
      log(`${n}: ${run.error ?? `first chart ${ms(run.first)}, filter drawn ${ms(median(run.clicks))}, all effects ${ms(median(run.settledOn))} / ${ms(median(run.settledOff))}`}, heap ${mb(run.heap)}, wasm ${mb(run.wasm)}`);
      if (run.error) break; // the same failure again would add nothing
    }
    results.scale.push({ n, bytes: generated.get(name).length, runs });
    forget(name);
  }
} finally {
  await context.close();
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
results.seconds = Math.round((Date.now() - started) / 1000);
if (ONLY) {
  console.log(JSON.stringify(results, null, 1));
  process.exit(0);
}

// ---------------------------------------------------------------- report ---
const lines = report(results, { quick: QUICK, reps: REPS, scaleSizes: SIZES, dist });
const previous = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
const notes = previous.includes(NOTES_MARK) ? previous.slice(previous.indexOf(NOTES_MARK)) : `${NOTES_MARK}\n`;
fs.writeFileSync(OUT, `${lines.join('\n')}\n${notes}`);
fs.writeFileSync(path.join(os.tmpdir(), 'marsad-bench.json'), JSON.stringify(results, null, 1));
log(`wrote ${path.relative(process.cwd(), OUT) || OUT} in ${results.seconds} s (raw numbers: ${path.join(os.tmpdir(), 'marsad-bench.json')})`);
