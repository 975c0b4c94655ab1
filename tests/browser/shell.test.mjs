// The shell: before the wasm arrives, readers already see the title, the
// featured figures and the featured chart, in their language and formatted
// as the app will format them; the app then takes their place without
// moving anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BASE, CHROMIUM_OPTIONS, launch, waitForDashboard, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** A page whose wasm never arrives: only the HTML, CSS and shell script run. */
async function withoutWasm(query = '') {
  const page = await browser.context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${BASE}/${query}`);
  return page;
}

/** What the featured chart in `scope` shows, read from its ECharts instance; null if none. */
function featuredChart(page, scope) {
  return page.evaluate((scope) => {
    const el = document.querySelector(`${scope} .chart-canvas`);
    const chart = el && window.echarts?.getInstanceByDom(el);
    if (!chart) return null;
    const o = chart.getOption();
    return {
      labels: o.yAxis[0].data,
      bars: o.series[0].data.map((d) => [d.value, d.name]),
      series: o.series[0].name,
      side: o.yAxis[0].position,
      background: o.backgroundColor,
      drawn: el.querySelector('canvas') != null,
    };
  }, scope);
}

/** Label, value, period and scope note of each featured card, in page order. */
function cards(page, scope) {
  return page.locator(`${scope} .card`).evaluateAll((els) => els.map((el) => [
    el.querySelector('.card-label').textContent.trim(),
    el.querySelector('.card-value').textContent.trim(),
    el.querySelector('.card-coverage').textContent.trim(),
    el.querySelector('.card-scope')?.textContent.trim() ?? '',
    // The figure's other publications, each linked, in its own direction.
    [...el.querySelectorAll('.card-also a')].map((a) => `${a.textContent} ${a.href} ${a.querySelector('bdi').dir}`).join(' | '),
  ]));
}

for (const [lang, figure, dir] of [['en', '48,963', 'ltr'], ['fr', '48\u202f963', 'ltr'], ['ar', '48.963', 'rtl']]) {
  test(`the shell shows the featured figures before the wasm, as the app writes them (${lang})`, async () => {
    const shell = await withoutWasm(`?lang=${lang}`);
    const shown = shell.locator(`#marsad-shell [data-shell-lang="${lang}"]`);
    assert.ok(await shown.isVisible(), 'the reader\'s language is shown');
    assert.equal(await shell.locator('#marsad-shell > div:visible').count(), 1, 'one language only');
    assert.equal(await shell.locator('html').getAttribute('dir'), dir);
    const before = await cards(shell, `#marsad-shell [data-shell-lang="${lang}"]`);
    assert.equal(before.length, 6);
    assert.equal(before[0][1], figure);
    // Attempts are events, not people, from the first paint.
    assert.ok(before[0][3].length > 20, before[0][3]);
    // The last update written by Intl, as the app writes it (below).
    const updated = await shown.locator('.byline time').textContent();
    assert.notEqual(updated, '2026-12-06');
    // The featured chart too, drawn by index.html's script from the option
    // the app's builder wrote at build time.
    const shellChart = await featuredChart(shell, `#marsad-shell [data-shell-lang="${lang}"] [data-shell-chart="featured"]`);
    assert.ok(shellChart?.drawn, 'the shell draws the featured chart');
    assert.deepEqual(shellChart.bars.map(([value]) => value), [48963, 210, 14260, 4388, 1664, 1638]);
    assert.equal(shellChart.bars[0][1], figure);
    assert.equal(shellChart.side, dir === 'rtl' ? 'right' : 'left');
    await shell.close();

    const page = await browser.context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    // The wasm arrives late, as on a phone's network: from a warm code cache
    // it can be ready before the first paint, and then there is no shell to see.
    await page.route('**/*.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(`${BASE}/?lang=${lang}`);
    // Before the wasm: keep the shell chart's box, to ask ECharts about it after.
    await page.waitForFunction(() => {
      window.__shellCanvas = document.querySelector('#marsad-shell [data-shell-chart="featured"]:not([hidden] *) .chart-canvas');
      return window.__shellCanvas && window.echarts?.getInstanceByDom(window.__shellCanvas);
    });
    await waitForDashboard(page);
    assert.equal(await page.locator('#marsad-shell').count(), 0, 'the app took the shell\'s place');
    assert.equal(await page.locator('h1').count(), 1);
    // Same figures, same exact periods (Jan–Sep 2024 never reads as a year).
    assert.deepEqual(before, await cards(page, '#app'));
    assert.equal(await page.locator('.byline time').textContent(), updated);
    // The same chart: labels, figures as the locale writes them, title, side.
    await page.locator('#app [data-chart="featured"] .chart-canvas canvas').waitFor();
    assert.deepEqual(shellChart, await featuredChart(page, '#app [data-chart="featured"]'));
    // The shell's instance went with the shell.
    assert.equal(await page.evaluate(() => window.echarts.getInstanceByDom(window.__shellCanvas) ?? null), null);
    assertNoPageErrors(page);
  });
}

test('the browser\'s language chooses the shell\'s when the link names none', async () => {
  // The suite's context is in English: give this page other languages.
  const page = await browser.context.newPage();
  await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'fr-MA', 'en'] }));
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${BASE}/`);
  assert.ok(await page.locator('#marsad-shell [data-shell-lang="fr"]').isVisible());
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
});

// The shell read "fr-FR" as French and the first of two ?lang=, where the
// app reads neither so: the page turned from one language to another.
test('the shell chooses the language the app will, on a language\'s page and from odd ?lang= values', async () => {
  for (const [address, expected] of [['fr.html', 'fr'], ['ar.html?lang=fr-FR', 'ar'], ['?lang=fr&lang=xx', 'fr'], ['?lang=ar&lang=fr', 'fr'], ['fr.html?lang=EN', 'fr']]) {
    const shell = await withoutWasm(address);
    assert.equal(await shell.locator('html').getAttribute('lang'), expected, `shell: ${address}`);
    assert.ok(await shell.locator(`#marsad-shell [data-shell-lang="${expected}"]`).isVisible(), address);
    await shell.close();
    const app = await browser.context.newPage();
    await app.goto(`${BASE}/${address}`);
    await waitForDashboard(app);
    assert.equal(await app.locator('html').getAttribute('lang'), expected, `app: ${address}`);
    await app.close();
  }
});

test('the shell\'s language buttons and theme menu work before the app comes, and the app keeps the choice', async () => {
  const page = await browser.context.newPage();
  // The wasm held back until the reader has chosen, as on a slow network.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${BASE}/`);
    const scope = (lang) => `#marsad-shell [data-shell-lang="${lang}"]`;
    await page.locator(`${scope('en')} [data-shell-chart="featured"] canvas`).waitFor();
    await page.locator(`${scope('en')} button.lang[data-lang="fr"]`).click();
    assert.ok(await page.locator(scope('fr')).isVisible());
    assert.ok(await page.locator(scope('en')).isHidden());
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    // The tab, history and a screen reader name the page in its language.
    assert.equal(await page.title(), 'Marsad — chiffres de la migration irrégulière au Maroc');
    assert.equal(await page.locator(`${scope('fr')} .card-value`).first().innerText(), '48\u202f963');
    assert.equal(new URL(page.url()).search, '?lang=fr');
    const french = await featuredChart(page, `${scope('fr')} [data-shell-chart="featured"]`);
    assert.ok(french?.drawn, 'the featured chart drawn again, in French');
    assert.match(french.labels[0], /^Tentatives/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('#marsad-shell canvas').length), 1, 'the English chart is gone');

    await page.locator(`${scope('fr')} select.theme`).selectOption('dark');
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    assert.equal(new URL(page.url()).search, '?lang=fr&theme=dark');
    const dark = await featuredChart(page, `${scope('fr')} [data-shell-chart="featured"]`);
    assert.notEqual(dark.background, french.background, 'drawn again in the dark theme');

    // A keyboard reader's focus on the shell's switcher passes to the app's.
    await page.locator(`${scope('fr')} button.lang[data-lang="ar"]`).focus();
    release();
    await waitForDashboard(page);
    await page.waitForFunction(() => document.activeElement.matches('#app button.lang[data-lang="ar"]'));
    assert.equal(await page.locator('#app button.lang[aria-pressed="true"]').getAttribute('data-lang'), 'fr');
    assert.equal(await page.locator('#app select.theme').inputValue(), 'dark');
    assert.equal(await page.title(), 'Marsad — chiffres de la migration irrégulière au Maroc');
    assert.equal(await page.locator('#app .card-value').first().innerText(), '48\u202f963');
    assert.deepEqual(errors, []);
  } finally {
    release();
    await page.close();
  }
});

test('the shell draws its chart in the reader\'s theme, and none where the link asks for another chart', async () => {
  const page = await withoutWasm('?theme=dark');
  const violations = [];
  await page.exposeFunction('__violation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
  const dark = await featuredChart(page, '#marsad-shell [data-shell-lang="en"] [data-shell-chart="featured"]');
  assert.ok(dark?.drawn);
  const light = await withoutWasm('?theme=light');
  assert.notEqual((await featuredChart(light, '#marsad-shell [data-shell-lang="en"] [data-shell-chart="featured"]')).background, dark.background);
  // Hovering the first bar shows its tooltip, with no CSP violation.
  const canvas = page.locator('#marsad-shell [data-shell-lang="en"] [data-shell-chart="featured"] .chart-canvas');
  // Below the cards: scrolled to, as a reader would.
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.move(box.x + box.width / 2 + 4, box.y + 42);
  await page.waitForFunction(() => [...document.querySelectorAll('#marsad-shell .chart-canvas > div')].some((d) => d.textContent.includes('48,963')));
  assert.deepEqual(violations, []);
  // A filter, the table or a chart option in the link: the shell's figures, but no chart.
  for (const query of ['?cat=returns', '?view=table', '?log=1', '?pat=1&lang=fr']) {
    const other = await withoutWasm(query);
    assert.ok(await other.locator('#marsad-shell > div:not([hidden]) .card').first().isVisible(), query);
    assert.equal(await featuredChart(other, '#marsad-shell [data-shell-chart="featured"]:not([hidden] *)'), null, query);
    assert.equal(await other.locator('#marsad-shell canvas').count(), 0, query);
    await other.close();
  }
  await page.close();
  await light.close();
});

for (const [query, waits] of [['', true], ['?lang=ar', true], ['?cat=returns', false], ['?embed=1', false]]) {
  test(`the wasm is fetched once, ${waits ? 'after the ECharts bundle when the shell draws the chart' : 'at once where the shell draws none'}: ${query || '/'}`, async () => {
    const page = await browser.context.newPage();
    // ECharts arrives late, as on a slow network, so that "at once" and "after" differ.
    await page.route('**/echarts.marsad.min.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`${BASE}/${query}`);
    // The app's chart (an embed has no cards to wait for).
    await page.locator('#app [data-chart] .chart-canvas canvas').first().waitFor({ timeout: 20_000 });
    const [wasm, echarts] = await page.evaluate(() => [/\.wasm$/, /echarts\.marsad\.min\.js$/]
      .map((re) => performance.getEntriesByType('resource').filter((e) => re.test(e.name)).map((e) => ({ start: e.startTime, end: e.responseEnd }))));
    assert.equal(wasm.length, 1, JSON.stringify(wasm));
    assert.equal(echarts.length, 1);
    if (waits) assert.ok(wasm[0].start >= echarts[0].end, `wasm from ${wasm[0].start} ms, ECharts until ${echarts[0].end} ms`);
    else assert.ok(wasm[0].start < echarts[0].end, `wasm from ${wasm[0].start} ms, ECharts until ${echarts[0].end} ms`);
    await page.close();
  });
}

for (const query of ['', '?lang=ar', '?embed=1']) {
  test(`the page loads without a console warning or error: ${query || '/'}`, async () => {
    const page = await browser.context.newPage();
    const said = [];
    page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') said.push(`${m.type()}: ${m.text()}`); });
    await page.goto(`${BASE}/${query}`);
    await page.locator('#app [data-chart] .chart-canvas canvas').first().waitFor({ timeout: 20_000 });
    // A preload's ignored `integrity` was warned about on every page.
    assert.deepEqual(said, []);
    await page.close();
  });
}

for (const query of ['?embed=1', '?data=/__test/slow']) {
  test(`no shell where it would describe the wrong page: ${query}`, async () => {
    const page = await withoutWasm(query);
    assert.equal(await page.locator('#marsad-shell').count(), 0);
    assert.equal(await page.locator('h1:visible').count(), 0);
  });
}

// An embed's frame stood blank in its article for as long as the wasm took
// (without end on a network that held it back): with no shell to show, the
// page says that the figures are coming, in the language the app will use,
// until the app comes with its own line.
for (const [query, lang, words] of [['fr.html?embed=1&lang=fr', 'fr', 'Chargement des chiffres…'], ['?data=/__test/slow&lang=ar', 'ar', 'جارٍ تحميل الأرقام…']]) {
  test(`with no shell, the page says the figures are loading until the app comes: ${query}`, async () => {
    const page = await browser.context.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`${BASE}/${query}`);
    const line = page.locator('#marsad-loading p:visible');
    assert.deepEqual(await line.evaluateAll((ps) => ps.map((p) => [p.lang, p.dir, p.textContent])), [[lang, lang === 'ar' ? 'rtl' : 'ltr', words]]);
    release();
    await page.locator('#app').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('#marsad-loading').count(), 0, 'the app\'s line takes its place');
    await page.close();
  });
}

test('the dashboard, which shows its shell, says nothing of loading before the app', async () => {
  const page = await withoutWasm('?lang=fr');
  await page.locator('#marsad-shell [data-shell-lang="fr"]').waitFor();
  assert.equal(await page.locator('#marsad-loading p:visible').count(), 0);
  await page.close();
});

// On a touch screen too, where the controls are taller (`pointer: coarse`).
for (const [lang, width, touch] of [['en', 412, false], ['ar', 412, false], ['fr', 1280, false], ['fr', 412, true]]) {
  test(`the app takes the shell's place without a shift or a larger paint (${lang}, ${width} px${touch ? ', touch' : ''})`, async (t) => {
    let context = browser.context;
    if (touch) {
      const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_OPTIONS, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      t.after(async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); });
    }
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 823 });
    if (touch) assert.ok(await page.evaluate(() => matchMedia('(pointer: coarse)').matches));
    await page.addInitScript(() => {
      window.__shift = 0;
      window.__lcp = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__lcp.push(e.element?.closest('#marsad-shell') ? 'shell' : String(e.element?.className));
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    // The wasm arrives late, as on a phone's network: from a warm code cache
    // it can be ready before the first paint, and then there is no shell to see.
    await page.route('**/*.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(`${BASE}/?lang=${lang}`);
    await waitForDashboard(page);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__shift), 0);
    // The largest paint stays the shell's: the app's title and figures land in
    // the same boxes, so LCP does not wait for the wasm.
    const lcp = await page.evaluate(() => window.__lcp);
    assert.ok(lcp.length > 0 && lcp.every((e) => e === 'shell'), JSON.stringify(lcp));
  });
}

test('if the app\'s wasm cannot arrive, the page says so above the shell\'s figures, in the reader\'s language', async () => {
  const page = await browser.context.newPage();
  // A network that blocks wasm files.
  await page.route('**/*_bg.wasm', (route) => route.abort());
  try {
    await page.goto(`${BASE}/?lang=ar`);
    const line = page.locator('#marsad-unloaded [data-unloaded-lang="ar"]');
    await line.waitFor({ timeout: 20_000 });
    assert.equal(await line.innerText(), 'تعذّر تحميل لوحة المعلومات التفاعلية هنا.');
    assert.equal(await line.getAttribute('dir'), 'rtl');
    assert.equal(await line.locator('a').count(), 0, 'no link to the page it is on');
    assert.ok(await page.locator('#marsad-shell [data-shell-lang="ar"] .card-value').first().isVisible(), "the shell's figures stay");
    // The shell's language buttons still work, and the message follows them.
    await page.locator('#marsad-shell [data-shell-lang="ar"] button.lang[data-lang="fr"]').click();
    assert.deepEqual(await page.locator('#marsad-unloaded p:not([hidden])').evaluateAll((ps) => ps.map((p) => p.lang)), ['fr']);
    assert.match(await page.locator('#marsad-unloaded p:not([hidden])').innerText(), /^Le tableau de bord interactif n'a pas pu se charger ici\.$/);
  } finally {
    await page.close();
  }
});
