// Shared set-up for browser tests: Debian's Chromium, headless, driven by
// playwright-core; never a downloaded browser.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';

export const BASE = process.env.MARSAD_BASE_URL ?? 'http://127.0.0.1:8081';

/** Debian's Chromium, headless, with no background traffic: for every launch. */
export const CHROMIUM_OPTIONS = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_OPTIONS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    async close() { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

/** Open a page of the dashboard; page errors fail the test that reads them. */
export async function open(browser, query = '') {
  const page = await browser.context.newPage();
  page.errors = [];
  // Every CSP violation anywhere in the suite is recorded; run.mjs fails on any.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      if (window.__expectCspViolation) return; // a test provoking one on purpose
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''}`);
    });
  });
  page.on('console', (m) => {
    if (m.text().startsWith('CSP violation') && process.env.MARSAD_CSP_LOG) {
      fs.appendFileSync(process.env.MARSAD_CSP_LOG, `${page.url()}: ${m.text()}\n`);
    }
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  // Every request from the navigation on, including the head script's.
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) page.errors.push(m.text()); });
  // Name the resource, not just the status, when something is missing.
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().includes('/__test/')) page.errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${BASE}/${query}`);
  return page;
}

export async function waitForDashboard(page) {
  // #app: the app's cards, not the shell's (index.html) that precede them.
  await page.locator('#app .card-value').first().waitFor({ timeout: 20_000 });
}

/** The option ECharts holds for a chart, read back from its instance. */
export async function chartOption(page, id) {
  // A chart out of view redraws only when scrolled to: scroll to it as a
  // reader would, and let the observer's report and the redraw run.
  await page.waitForSelector(`[data-chart="${id}"] .chart-canvas`, { state: 'attached', timeout: 20_000 });
  await page.evaluate(async (id) => {
    document.querySelector(`[data-chart="${id}"]`).scrollIntoView({ block: 'center' });
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }, id);
  const handle = await page.waitForFunction((id) => {
    const el = document.querySelector(`[data-chart="${id}"] .chart-canvas`);
    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
    const option = chart && chart.getOption();
    return option && option.series ? JSON.stringify(option) : null;
  }, id, { timeout: 20_000 });
  return JSON.parse(await handle.jsonValue());
}

/** Where, in the page, the centre of item `index` of a chart's legend is drawn. */
export async function legendItemCentre(page, id, index) {
  return page.locator(`[data-chart="${id}"] .chart-canvas`).evaluate((el, index) => {
    const chart = window.echarts.getInstanceByDom(el);
    const item = chart.getViewOfComponentModel(chart.getModel().getComponent('legend', 0)).getContentGroup().childAt(index);
    const r = item.getBoundingRect();
    const [x, y] = item.transformCoordToGlobal(r.x + r.width / 2, r.y + r.height / 2);
    const box = el.getBoundingClientRect();
    return [box.x + x, box.y + y];
  }, index);
}

export function seriesValues(option, index = 0) {
  // charming leaves out an empty `data`.
  return (option.series[index]?.data ?? []).map((d) => (d && typeof d === 'object' && 'value' in d ? d.value : d));
}

export function assertNoPageErrors(page) {
  assert.deepEqual(page.errors, [], 'no page errors');
}

/** The words of the elements `locator` finds (of each one's `<bdi>` where it
 * has one) that the page lays out over two lines: a name split inside a word.
 * Words run between spaces and dashes, after which a line may break. */
export function wordsSplit(locator) {
  return locator.evaluateAll((els) => els.flatMap((el) => {
    const node = (el.querySelector('bdi') ?? el).firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) return [];
    const range = document.createRange();
    let from = 0;
    return node.textContent.split(/[\s\u2013-]+/).filter((word) => {
      const at = node.textContent.indexOf(word, from);
      from = at + word.length;
      if (!word) return false;
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
    });
  }));
}
