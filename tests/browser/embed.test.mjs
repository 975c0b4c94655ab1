// Embedding: a host page on another origin, self-sizing, host control with
// forged messages refused, the embed-code generator, downloads, and no-JS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { BASE, CHROMIUM_OPTIONS, launch, open, waitForDashboard, chartOption, seriesValues, assertNoPageErrors } from './harness.mjs';
import { startHostServer } from './server.mjs';

let browser, host, other;
before(async () => {
  browser = await launch();
  [host, other] = await Promise.all([startHostServer(BASE), startHostServer(BASE)]);
});
after(async () => { await browser.close(); host.close(); other.close(); });

const origin = (server) => `http://127.0.0.1:${server.address().port}`;

async function openHost(server, q = '', allow = origin(server)) {
  const page = await browser.context.newPage();
  await page.goto(`${origin(server)}/?q=${encodeURIComponent(q)}&allow=${encodeURIComponent(allow)}`);
  const frame = page.frameLocator('#marsad');
  await frame.locator('[data-chart] .chart-canvas canvas').first().waitFor({ timeout: 20_000 });
  const marsad = page.frames().find((f) => f.url().startsWith(BASE));
  return { page, marsad };
}

const frameOption = (frame, id) => frame.evaluate((id) => {
  const el = document.querySelector(`[data-chart="${id}"] .chart-canvas`);
  const o = window.echarts.getInstanceByDom(el).getOption();
  return o.series[0].data ? o.series[0].data.map((d) => (typeof d === 'object' ? d.value : d)) : [];
}, id);

test('the embed posts its height and the host script sizes the iframe to fit', async () => {
  const { page, marsad } = await openHost(host);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'marsad:height' && m.id === 'story')
    && window.received.some((m) => m.sentinel === 'amp' && m.type === 'embed-size'));
  await page.waitForFunction(() => document.getElementById('marsad').style.height !== '640px');
  const [frameHeight, content] = await Promise.all([
    page.evaluate(() => document.getElementById('marsad').getBoundingClientRect().height),
    marsad.evaluate(() => document.body.getBoundingClientRect().height),
  ]);
  assert.ok(Math.abs(frameHeight - content) <= 2, `iframe ${frameHeight}px, content ${content}px`);
  // Minimal chrome: title, charts, source line, link to the dashboard; no cards or filters.
  assert.equal(await marsad.locator('.card').count(), 0);
  assert.equal(await marsad.locator('.filter-bar').count(), 0);
  assert.match(await marsad.locator('.embed-source').innerText(), /Sources: .*Marsad/);
  // The link to the full dashboard keeps the host's dataset, and leaves embed mode.
  assert.match(await marsad.locator('.embed-source a').getAttribute('href'), /^http:\/\/127\.0\.0\.1:\d+\/\?data=\/__test\/embed-data%3F[^&]*$/);
});

// Print lays a host's page out with the frame as high as on screen: an
// embed that grew on paper (its chart's data table, a legend listed whole,
// the sources' addresses) printed cut after its first rows, without its
// sources line.
test('printed in an article, an embed stays as high as its frame, its sources line in it', async () => {
  const { page, marsad } = await openHost(host, '&chart=trend');
  await page.waitForFunction(() => document.getElementById('marsad').style.height !== '640px');
  const frameHeight = await page.evaluate(() => document.getElementById('marsad').getBoundingClientRect().height);
  const trendHeight = () => marsad.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('[data-chart="trend"] .chart-canvas')).getHeight());
  const onScreen = await trendHeight();
  await marsad.evaluate(() => { document.querySelector('details.embed-links').open = true; });
  await page.waitForFunction((before) => document.getElementById('marsad').getBoundingClientRect().height > before, frameHeight);
  const opened = await page.evaluate(() => document.getElementById('marsad').getBoundingClientRect().height);
  await page.emulateMedia({ media: 'print' });
  await marsad.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await marsad.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const printed = await marsad.evaluate(() => ({
    body: document.body.getBoundingClientRect().height,
    source: document.querySelector('.embed-source').getBoundingClientRect().bottom,
    tables: document.querySelectorAll('.chart-data[open]').length,
    addresses: getComputedStyle(document.querySelector('.embed-links a'), '::after').content,
  }));
  assert.ok(frameHeight > 300 && opened > frameHeight, `the frame: ${frameHeight}px, ${opened}px with the sources open`);
  assert.ok(printed.body <= opened + 1, `printed ${printed.body}px in a frame of ${opened}px`);
  assert.ok(printed.source <= opened, `the sources line ends at ${printed.source}px of ${opened}`);
  assert.equal(printed.tables, 0, 'no data table opened in the frame');
  assert.equal(printed.addresses, 'none', 'no address added after a source');
  assert.equal(await trendHeight(), onScreen, 'the chart as high as on screen');
  await marsad.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.close();
});

// The frame follows its content down as well as up: the root's scroll
// height, once measured, kept a frame as tall as it had ever been.
test('the iframe shrinks back when its content does, and a short chart gets a short frame', async () => {
  const { page, marsad } = await openHost(host, '&chart=composition');
  const frameHeight = () => page.evaluate(() => Math.round(document.getElementById('marsad').getBoundingClientRect().height));
  const content = () => marsad.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await page.waitForFunction(() => document.getElementById('marsad').style.height !== '640px');
  const closed = await frameHeight();
  assert.ok(Math.abs(closed - await content()) <= 1, `${closed} for ${await content()}`);
  assert.ok(closed < 640, `a single small chart: ${closed}px`);
  await marsad.locator('[data-chart="composition"] summary').first().click();
  await page.waitForFunction((closed) => document.getElementById('marsad').getBoundingClientRect().height > closed + 40, closed);
  await marsad.locator('[data-chart="composition"] summary').first().click();
  await page.waitForFunction((closed) => Math.abs(document.getElementById('marsad').getBoundingClientRect().height - closed) <= 1, closed);
  assert.equal(await marsad.evaluate(() => document.documentElement.scrollHeight > innerHeight), false, 'no scroll bar inside');
});

test('an allowed host changes the chart with marsad:set and hears marsad:state', async () => {
  const { page, marsad } = await openHost(host);
  assert.deepEqual(await frameOption(marsad, 'featured'), [48963, 210, 14260, 4388, 1664, 1638]);
  const historyBefore = await page.evaluate(() => history.length);
  await page.evaluate(() => document.getElementById('marsad').contentWindow.postMessage(
    { type: 'marsad:set', cat: ['rescue_at_sea'], lang: 'fr' }, '*'));
  await marsad.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.deepEqual(await frameOption(marsad, 'featured'), [14260]);
  // The source line names the publishers of the figures now drawn, each
  // once, in the order of their first figure, as the links under it list
  // them, and as French names them (the French word is the same; French
  // sets its colon after a no-break space).
  const publishers = [...new Set(await marsad.locator('.embed-links li > bdi').allTextContents())];
  // Four are named, and how many more there are.
  assert.ok(publishers.length > 4, `${publishers}`);
  assert.equal(await marsad.locator('.embed-source bdi').innerText(),
    `Sources\u00a0: ${publishers.slice(0, 4).join(', ')} (+${publishers.length - 4}) · Marsad`);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'marsad:state' && m.query === 'cat=rescue_at_sea&lang=fr'));
  // Back in the host must stay the host's: the embed replaces, never pushes.
  assert.equal(await page.evaluate(() => history.length), historyBefore);
});

test('an embed without controls leaves out a chart its filters leave empty; with them, or with every chart empty, it says so', async () => {
  const visible = (page) => page.locator('section.chart').evaluateAll((cs) => cs.filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.dataset.chart));
  const mounted = async (page) => {
    await page.locator('section.chart[data-chart="discrepancy"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(100);
  };
  // Years to date of attempts foiled: no voluntary return, nothing of Europe.
  const fixed = await open(browser, '?embed=1&ind=attempts_foiled&cov=ytd');
  await mounted(fixed);
  const shown = await visible(fixed);
  assert.ok(shown.includes('trend'), shown.join());
  assert.ok(!shown.includes('composition') && !shown.includes('europe'), `its reader could not change the filters: ${shown}`);
  // With the filter bar, the reader sees why a chart is empty, and can change it.
  const controlled = await open(browser, '?embed=1&controls=1&ind=attempts_foiled&cov=ytd');
  await mounted(controlled);
  assert.ok((await visible(controlled)).includes('europe'));
  assert.equal(await controlled.locator('[data-chart="europe"].empty').count(), 1);
  // Every chart empty: they stay, each saying so, rather than a blank embed.
  const nothing = await open(browser, '?embed=1&geo=spain&cat=returns');
  await mounted(nothing);
  const all = await nothing.locator('section.chart').evaluateAll((cs) => cs.map((c) => [c.classList.contains('empty'), getComputedStyle(c).display !== 'none']));
  assert.ok(all.length > 0 && all.every(([empty, seen]) => empty && seen), JSON.stringify(all));
  // Decided on load: a reader's pick that empties a chart leaves it in place.
  const picked = await open(browser, '?embed=1');
  await mounted(picked);
  const before = await visible(picked);
  await picked.locator('[data-chart="featured"]').focus();
  await picked.keyboard.press('ArrowDown');
  await picked.keyboard.press('Enter');
  await picked.waitForFunction(() => location.search.includes('ind='));
  await picked.waitForFunction(() => document.querySelector('[data-chart="composition"]').classList.contains('empty'));
  assert.deepEqual(await visible(picked), before);
  for (const p of [fixed, controlled, nothing, picked]) assertNoPageErrors(p);
});

test("an embed links each source of the figures it shows, folded, in the reader's language", async () => {
  const page = await open(browser, '?embed=1&cat=rescue_at_sea&lang=fr');
  const links = page.locator('details.embed-links');
  await links.locator('summary').waitFor();
  // Each source of the figures its charts draw once, chart by chart, in the
  // order of its first figure: what an embed of each chart alone links. A
  // publisher can stand for several.
  const expected = [];
  for (const chart of ['featured', 'trend', 'composition', 'europe', 'discrepancy']) {
    const alone = await open(browser, `?embed=1&cat=rescue_at_sea&lang=fr&chart=${chart}`);
    await alone.locator('.embed-source bdi').waitFor();
    await alone.waitForTimeout(100);
    for (const href of await alone.locator('.embed-links li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      if (!expected.includes(href)) expected.push(href);
    }
    await alone.close();
  }
  assert.ok(expected.length > 4, `${expected}`);
  assert.equal(await links.locator('summary').innerText(), `Liens vers les sources (${expected.length})`);
  // Folded, so the article does not grow until a reader asks.
  assert.equal(await links.locator('ol').isVisible(), false);
  await links.locator('summary').click();
  await links.locator('ol').waitFor();
  assert.deepEqual(await links.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), expected);
  assert.ok(await links.locator('li a').evaluateAll((as) => as.every((a) => a.target === '_blank' && a.rel.includes('noopener'))));
  // The titles in French, as the dataset gives them.
  const firstTitle = await page.evaluate(async (url) => {
    const ds = await (await fetch('data/morocco.json')).json();
    return ds.sources.find((s) => s.url === url).title.fr;
  }, expected[0]);
  assert.equal(await links.locator('li a').first().innerText(), firstTitle);

  // One chart alone: the sources of its own figures, each publisher of its
  // source line linked, and nobody else's.
  const one = await open(browser, '?embed=1&chart=featured&lang=ar');
  const summary = one.locator('details.embed-links summary');
  await summary.waitFor();
  await summary.click();
  const line = await one.locator('.embed-source bdi').innerText();
  const linked = await one.locator('.embed-links li > bdi').allInnerTexts();
  assert.match(await summary.innerText(), new RegExp(`^روابط المصادر \\(${linked.length}\\)$`));
  assert.ok(linked.length >= 1, line);
  for (const publisher of new Set(linked)) assert.ok(line.includes(publisher), `${publisher} is not in ${line}`);
  assert.doesNotMatch(linked.join(' '), /Le360/);
  // Each name of an Arabic list is isolated (U+2068 … U+2069).
  const named = line.replace(/ · [^·]+$/, '').split(/[:،,]\s*/).slice(1).map((p) => p.replace(/[\u2068\u2069]/g, '').trim()).filter(Boolean);
  assert.ok(named.length >= 1, line);
  for (const publisher of named) assert.ok(linked.includes(publisher), `${publisher}, named, has no link: ${linked}`);
  assertNoPageErrors(page);
  assertNoPageErrors(one);
});

test('the same message from another origin, or another window, is ignored', async () => {
  // The embed's own console, as a host's developer sees it: it posted its
  // state to every allowed origin, and the browser warned of each but the
  // parent's, on every change.
  const warnings = [];
  const onConsole = (m) => { if (/postMessage/.test(m.text())) warnings.push(m.text()); };
  browser.context.on('console', onConsole);
  // Another origin, not in the allow-list (which names the real host).
  const forged = await openHost(other, '', origin(host));
  await forged.page.evaluate(() => document.getElementById('marsad').contentWindow.postMessage({ type: 'marsad:set', cat: ['rescue_at_sea'] }, '*'));
  // The right origin, but a sibling frame rather than the parent window.
  const real = await openHost(host);
  await real.page.frame({ url: /sibling\.html/ }).evaluate(() =>
    parent.document.getElementById('marsad').contentWindow.postMessage({ type: 'marsad:set', cat: ['rescue_at_sea'] }, '*'));
  // Malformed messages from the real parent do nothing either.
  await real.page.evaluate(() => {
    const w = document.getElementById('marsad').contentWindow;
    // Ids the dataset does not know (a host's typo, "rescue" for "rescue_at_sea")
    // emptied the article's chart: a link's are dropped with a notice, a message's
    // whole message is.
    for (const m of ['marsad:set', { type: 'marsad:set', lang: '<script>' }, { type: 'marsad:set', data: 'https://evil.example/x.json' }, null, 42,
      { type: 'marsad:set', cat: ['rescue'] }, { type: 'marsad:set', ind: ['attempts_foiled', 'nonsense'] }, { type: 'marsad:set', src: ['nowhere'] }, { type: 'marsad:set', yr: [2030, 2040] }]) w.postMessage(m, '*');
  });
  await real.page.waitForTimeout(800);
  assert.deepEqual(await frameOption(forged.marsad, 'featured'), [48963, 210, 14260, 4388, 1664, 1638]);
  assert.deepEqual(await frameOption(real.marsad, 'featured'), [48963, 210, 14260, 4388, 1664, 1638]);
  assert.equal(await real.marsad.evaluate(() => document.documentElement.lang), 'en');
  // And the other origin never hears our state, nor sees a word of it.
  assert.ok(!(await forged.page.evaluate(() => window.received.some((m) => m.type === 'marsad:state'))));
  browser.context.off('console', onConsole);
  assert.deepEqual(warnings, []);
});

test('chart= embeds one chart with the dashboard filters; controls=1 brings the filter bar', async () => {
  const { marsad } = await openHost(host, '&chart=trend&cat=rescue_at_sea&yr=2018~2024&cov=full&controls=1');
  assert.equal(await marsad.locator('[data-chart]').count(), 1);
  assert.deepEqual(await frameOption(marsad, 'trend'), [29715, 19554, '-', 14236, 12478, 16818, 18645]);
  assert.equal(await marsad.locator('.filter-bar').count(), 1);
  // Its count line counts the chart's figures, as its description does:
  // it had said "97 figures match the filters" above a chart of fewer.
  const counted = async () => {
    const [line, described] = await Promise.all([marsad.locator('.match-count').textContent(), marsad.locator('.chart-description').textContent()]);
    assert.match(line, /^\d+ figures? shown$/);
    assert.ok(described.startsWith(`${line}.`), `«${line}» beside «${described}»`);
    return line;
  };
  assert.equal(await counted(), '6 figures shown');
  await marsad.locator('.chip[data-category="returns"]').click();
  await marsad.locator('.match-count', { hasText: /^(?!6 figures)/ }).waitFor();
  assert.notEqual(await counted(), '6 figures shown', 'a filter in the embed counts again');
  // An embed of every chart counts what the filters let through.
  const every = await openHost(host, '&cat=rescue_at_sea&controls=1');
  await every.marsad.locator('.match-count', { hasText: /match/ }).waitFor();
});

/** The dashboard at `query` with its embed code shown, and that code; the clipboard allowed. */
async function withEmbedCode(query) {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  const page = await open(browser, query);
  await waitForDashboard(page);
  await page.locator('button.embed-code').click();
  return { page, code: await page.locator('textarea.embed-snippet').inputValue() };
}

test('the embed code reflects the filters and language, and copies', async () => {
  const { page, code } = await withEmbedCode('?cat=returns&lang=fr');
  // The French page, beside which the host script is.
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/fr\.html\?embed=1&amp;cat=returns&amp;lang=fr&amp;theme=light" title="[^"]+" loading="lazy" data-marsad style="width:100%;height:640px;border:0"><\/iframe>\n<script async src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>$/);
  await page.locator('button.copy-embed').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await page.locator('.embed-script input').uncheck();
  assert.doesNotMatch(await page.locator('textarea.embed-snippet').inputValue(), /<script/);
  assert.ok(fs.statSync(new URL('../../public/embed.js', import.meta.url)).size < 2048, 'embed.js under 2 KB');
  // An English page's address names no language: its code does, or an
  // English article's embed followed each reader's browser language.
  const { page: english, code: inEnglish } = await withEmbedCode('?cat=returns');
  assert.match(inEnglish, /\?embed=1&amp;cat=returns&amp;lang=en&amp;theme=light" /);
  // French chosen by the browser, on index.html: the French page's code.
  const french = await browser.context.newPage();
  await french.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['fr-FR'] }));
  await french.goto(`${BASE}/?cat=returns`);
  await waitForDashboard(french);
  await french.locator('button.embed-code').click();
  assert.match(await french.locator('textarea.embed-snippet').inputValue(), /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/fr\.html\?embed=1&amp;cat=returns&amp;lang=fr&amp;theme=light" /);
  await french.close();
  for (const p of [page, english]) assertNoPageErrors(p);
});

// An article most often wants one chart; its code had to be written by hand
// from the README's `chart=`.
// The article's theme, not the producer's screen's: a dashboard set dark
// had put theme=dark in the code, a dark block in every reader's article.
test('the embed code is in the light theme unless the box says otherwise, whatever the dashboard theme', async () => {
  const { page, code } = await withEmbedCode('?cat=returns&theme=dark');
  assert.match(code, /\?embed=1&amp;cat=returns&amp;lang=en&amp;theme=light" /);
  assert.equal(await page.locator('select.embed-theme').inputValue(), 'light');
  await page.selectOption('select.embed-theme', 'dark');
  assert.match(await page.locator('textarea.embed-snippet').inputValue(), /&amp;lang=en&amp;theme=dark" /);
  // Each reader's device decides: no theme in the address.
  await page.selectOption('select.embed-theme', 'auto');
  assert.match(await page.locator('textarea.embed-snippet').inputValue(), /\?embed=1&amp;cat=returns&amp;lang=en" /);
  // Closed and opened again, the box starts over, as its chart menu does.
  await page.locator('button.embed-code').click();
  await page.locator('button.embed-code').click();
  assert.equal(await page.locator('select.embed-theme').inputValue(), 'light');
  assert.match(await page.locator('textarea.embed-snippet').inputValue(), /&amp;theme=light" /);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the dashboard stays dark');
  assertNoPageErrors(page);
});

test('the embed code embeds one chart when one is picked, under that chart\'s title, and offers only charts with figures', async () => {
  const { page, code } = await withEmbedCode('?cat=returns&lang=fr');
  const menu = page.locator('select.embed-chart');
  assert.deepEqual(await menu.locator('option').evaluateAll((os) => os.map((o) => o.value)), ['', 'featured', 'trend', 'composition', 'europe', 'discrepancy']);
  await menu.selectOption('trend');
  const one = await page.locator('textarea.embed-snippet').inputValue();
  assert.notEqual(one, code);
  const [, src, title] = one.match(/^<iframe src="([^"]+)" title="([^"]+)"/);
  assert.match(src, /\?embed=1&amp;chart=trend&amp;cat=returns&amp;lang=fr&amp;theme=light$/);
  assert.ok(title.startsWith('Évolution par année — '), title);
  // The code shows that chart, and it alone.
  const embed = await open(browser, src.replaceAll('&amp;', '&').replace(/^http:\/\/[^/]+\//, ''));
  await embed.locator('[data-chart="trend"] .chart-canvas').waitFor();
  assert.deepEqual(await embed.locator('[data-chart]').evaluateAll((cs) => cs.map((c) => c.dataset.chart)), ['trend']);
  // Back to every chart.
  await menu.selectOption('');
  assert.equal(await page.locator('textarea.embed-snippet').inputValue(), code);
  // Closed and opened again, the box shows every chart's code, as its menu says.
  await menu.selectOption('composition');
  await page.locator('button.embed-code').click();
  await page.locator('button.embed-code').click();
  assert.equal(await menu.inputValue(), '');
  assert.equal(await page.locator('textarea.embed-snippet').inputValue(), code);
  // A dataset without Europe's figures offers no chart of them.
  const { page: other } = await withEmbedCode('?data=/__test/without-europe');
  assert.ok(!(await other.locator('select.embed-chart option').evaluateAll((os) => os.map((o) => o.value))).includes('europe'));
  for (const p of [page, embed, other]) assertNoPageErrors(p);
});

// Its embed would show nothing but "No figures".
test('the embed code\'s chart menu disables a chart the filters leave empty, unless it is picked', async () => {
  const { page } = await withEmbedCode('?cat=enforcement');
  await page.locator('[data-chart="discrepancy"]').waitFor();
  const menu = page.locator('select.embed-chart');
  const options = async () => menu.locator('option:not([value=""])').evaluateAll((os) => os.map((o) => [o.value, o.disabled]));
  const empty = async () => page.locator('section.chart').evaluateAll((cs) => Object.fromEntries(cs.map((c) => [c.dataset.chart, c.classList.contains('empty')])));
  const shown = await empty();
  assert.deepEqual(await options(), Object.entries(shown), 'disabled where the dashboard\'s own chart says "No figures"');
  assert.ok(Object.values(shown).some(Boolean) && !Object.values(shown).every(Boolean), JSON.stringify(shown));
  // Picked with figures, then emptied by a filter: it stays, and so does its code.
  await page.locator('.chip[data-category="enforcement"]').click();
  await page.waitForFunction(() => [...document.querySelectorAll('select.embed-chart option')].every((o) => !o.disabled));
  await menu.selectOption('europe');
  await page.locator('.chip[data-category="enforcement"]').click();
  await page.waitForFunction(() => document.querySelector('[data-chart="europe"]').classList.contains('empty'));
  assert.deepEqual((await options()).find(([v]) => v === 'europe'), ['europe', false]);
  assert.equal(await menu.inputValue(), 'europe');
  assert.match(await page.locator('textarea.embed-snippet').inputValue(), /chart=europe&amp;cat=enforcement/);
  assertNoPageErrors(page);
});

test('a ?data= dashboard keeps its dataset in the embed code, the citation and the copied link', async () => {
  const { page, code } = await withEmbedCode('?data=data%2Fmorocco.json&cat=returns');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?data=data\/morocco\.json&amp;embed=1&amp;cat=returns&amp;lang=en&amp;theme=light" /);
  assert.ok((await page.locator('.cite-long').textContent()).includes(page.url()), 'the citation gives the address with data=');
  await page.locator('button.copy-link').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assertNoPageErrors(page);
});

// A mistyped switch had put the whole dashboard in an article, with nothing
// to say why.
test('a link whose embed= is neither 1 nor 0 says so above the dashboard it shows', async () => {
  const page = await open(browser, '?embed=true&chart=trend');
  await waitForDashboard(page);
  assert.deepEqual(await page.locator('.notices li').allInnerTexts(), ['Ignored the link parameter \u201cembed=true\u201d.']);
  assertNoPageErrors(page);
});

// Not its theme, which is the article's: a light embed's link had opened
// the dashboard light for a reader whose device is dark.
test("an embed's link to the full dashboard opens the same dataset and filters, in the reader's theme", async () => {
  const page = await open(browser, '?embed=1&data=data%2Fmorocco.json&cat=returns&chart=trend&theme=light');
  await page.locator('.embed-source a').waitFor();
  assert.match(await page.locator('.embed-source a').getAttribute('href'), /^http:\/\/127\.0\.0\.1:\d+\/\?data=data\/morocco\.json&cat=returns$/);
  assertNoPageErrors(page);
});

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** From now on, every text the page's canvases draw, in window.__drawn. */
async function recordText(page) {
  await page.evaluate(() => {
    const drawn = (window.__drawn = []);
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) { drawn.push(String(text)); return fillText.call(this, text, ...rest); };
  });
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

// "Copied." of the link stayed under a later CSV download, and read as its outcome.
test('a download clears what was said of an earlier copy', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await page.locator('button.copy-link').click();
  await page.waitForFunction(() => document.querySelector('.share-status').textContent !== '');
  await download(page, 'button.download-csv-shown');
  assert.equal(await page.locator('.share-status').textContent(), '');
  assert.ok(await page.locator('textarea.copy-manual').isHidden());
  assertNoPageErrors(page);
});

// The clipboard answers when it will: a copy it finished after a download
// had said "Copied." as that download's outcome.
test('a copy the clipboard finishes after a download says nothing', async () => {
  const page = await browser.context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.addInitScript(() => {
    Clipboard.prototype.writeText = () => new Promise((resolve) => { window.__finishCopy = resolve; });
  });
  await page.goto(`${BASE}/`);
  await waitForDashboard(page);
  await page.locator('button.copy-link').click();
  await page.waitForFunction(() => typeof window.__finishCopy === 'function');
  await download(page, 'button.download-csv-shown');
  await page.evaluate(() => window.__finishCopy());
  // The copy's answer is handled in a microtask; a frame later it would show.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  assert.equal(await page.locator('.share-status').textContent(), '');

  // A copy alone still says so.
  await page.locator('button.copy-link').click();
  await page.evaluate(() => window.__finishCopy());
  await page.locator('.share-status', { hasText: 'Copied' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('CSV downloads of the shown rows and of all data parse back', async () => {
  const page = await open(browser, '?cat=rescue_at_sea');
  await waitForDashboard(page);
  const shown = await download(page, 'button.download-csv-shown');
  // Named for its rows, in the link's words: two files of other rows had come
  // as "marsad-filtered-en.csv" and "(1)".
  assert.equal(shown.name, 'marsad-filtered-cat-rescue_at_sea-en.csv');
  assert.deepEqual([...shown.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const rows = parseCsv(shown.bytes.subarray(3).toString('utf8'));
  assert.deepEqual(rows[0].slice(0, 3), ['indicator', 'indicator_label', 'category']);
  const count = Number((await page.locator('.match-count').innerText()).split(' ')[0]);
  assert.equal(rows.length - 1, count);
  assert.ok(rows.slice(1).every((r) => r[2] === 'rescue_at_sea'));
  const seed = rows.find((r) => r[0] === 'rescued_at_sea' && r[5] === '2024-01-01' && r[6] === '2024-09-30');
  assert.deepEqual([seed[7], seed[9], seed[10]], ['year_to_date', '14260', 'exact']);
  assert.match(seed[13], /^https:\/\//);

  const all = await download(page, 'button.download-csv-all');
  assert.equal(all.name, 'marsad-all-en.csv');
  const allRows = parseCsv(all.bytes.subarray(3).toString('utf8'));
  assert.equal(allRows.length - 1, 97);
  // Each figure keeps its indicator's scope, last: attempts are events.
  assert.equal(allRows[0][15], 'scope_note');
  const attempts = allRows.find((r) => r[0] === 'attempts_foiled' && r[6] === '2024-09-30');
  assert.equal(attempts[15], 'Attempts are events, not people: one person can be counted several times.');
  assert.equal(seed[15], '');
  // And last, the other publications of the figure (the report's second).
  assert.equal(allRows[0][16], 'also_source_urls');
  assert.equal(attempts[16], 'https://www.arabkhabar.com/a/3538697');
  assert.equal(seed[16], 'https://www.arabkhabar.com/a/3538697');
  // The dataset as published, byte for byte: counts stay whole ("value": 73, not 73.0).
  const json = await download(page, 'a.download-json');
  assert.equal(json.name, 'marsad-dataset.json');
  assert.equal(JSON.parse(json.bytes.toString('utf8')).observations.length, 97);
  assert.ok(json.bytes.equals(fs.readFileSync(new URL('../../dist/data/morocco.json', import.meta.url))), 'the published file');

  // The rows shown come in the table's order, as the reader sorted it.
  const sorted = await open(browser, '?cat=rescue_at_sea&view=table&sort=-value');
  await sorted.locator('table.observations').waitFor();
  const table = await sorted.locator('table.observations td.num').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
  const sortedFile = await download(sorted, 'button.download-csv-shown');
  assert.equal(sortedFile.name, 'marsad-filtered-cat-rescue_at_sea-en.csv', 'the order and view are no rows');
  const csv = parseCsv(sortedFile.bytes.subarray(3).toString('utf8'));
  const values = csv.slice(1).map((r) => Number(r[9]));
  assert.deepEqual(values, table);
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  assertNoPageErrors(sorted);

  // In Arabic, its labels are Arabic and its name says so.
  const arabic = await open(browser, '?cat=rescue_at_sea&lang=ar');
  await waitForDashboard(arabic);
  const inArabic = await download(arabic, 'button.download-csv-shown');
  assert.equal(inArabic.name, 'marsad-filtered-cat-rescue_at_sea-ar.csv');
  assert.match(parseCsv(inArabic.bytes.subarray(3).toString('utf8'))[1][1], /[\u0600-\u06FF]/);
  assertNoPageErrors(arabic);
});

test('a chart downloads as a PNG with its title, coverage and source around it', async () => {
  // People rescued at sea alone: a figure with no scope note under it.
  const page = await open(browser, '?ind=rescued_at_sea');
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  assert.ok(await page.locator('[data-chart="featured"] .chart-scope').isHidden());
  const box = await page.locator('[data-chart="featured"] .chart-canvas').boundingBox();
  const png = await download(page, '[data-chart="featured"] button.download-png');
  assert.equal(png.name, 'marsad-featured-en.png', 'in the page\'s language, as the CSVs');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
  // All at pixel ratio 2, the chart's: 24 px margins and the caption's
  // lines, their words the size of the page's (drawn at 1, they were half).
  assert.equal(width, (Math.round(box.width) + 48) * 2);
  assert.equal(height, (Math.round(box.height) + 132) * 2);
});

// "Attempts foiled" are events, not people. The cards said so; a chart
// embedded alone, or saved as a PNG, showed 48,963 attempts with nothing to
// say it, and its bars read as 48,963 people.
const ATTEMPTS = {
  en: 'Irregular migration attempts foiled: Attempts are events, not people: one person can be counted several times.',
  fr: 'Tentatives d\'émigration irrégulière avortées\u00a0: Les tentatives sont des événements, pas des personnes\u00a0: une même personne peut être comptée plusieurs fois.',
};
for (const lang of ['en', 'fr']) {
  test(`${lang}: a chart embedded alone says what its figures count, under it`, async () => {
    const page = await open(browser, `?embed=1&chart=featured&lang=${lang}`);
    const scope = page.locator('[data-chart="featured"] .chart-scope');
    await scope.waitFor();
    const lines = (await scope.innerText()).split('\n');
    // Attempts, the ministry's voluntary returns and the state's refugees:
    // the three of the report's six indicators with a note, in bar order.
    assert.equal(lines.length, 3, lines.join(' | '));
    assert.equal(lines[0], ATTEMPTS[lang]);
    assert.ok(await scope.isVisible());
    // Below the chart, where a footnote is read.
    const [canvas, note] = await Promise.all([page.locator('[data-chart="featured"] .chart-canvas').boundingBox(), scope.boundingBox()]);
    assert.ok(note.y >= canvas.y + canvas.height, `${note.y} < ${canvas.y + canvas.height}`);
    assertNoPageErrors(page);
  });
}

test('each chart says the scope of the figures it draws, and nothing where they need none', async () => {
  const page = await open(browser, '?ind=rescued_at_sea~dgsn_arrests~dgsn_networks');
  await waitForDashboard(page);
  const trend = page.locator('[data-chart="trend"]');
  await trend.scrollIntoViewIfNeeded();
  await chartOption(page, 'trend');
  // The national police's two counts share one note, said once.
  const text = await trend.locator('.chart-scope').innerText();
  const [note, ...rest] = text.split('\n');
  assert.match(note, /^[^:]+, [^:]+: National police operations only: a separate, smaller count than the Interior Ministry's totals\.$/);
  // Then the one figure that was not given exactly, rescues' "about 12,000",
  // and the months of the striped bars.
  assert.deepEqual(rest, [
    'Approximate or minimum figures, as published: People rescued at sea — Jan – Aug 2022: about 12,000 · The New Arab (Anadolu)',
    'Striped bars cover: Jan – Aug 2022, Jan – Sep 2023, Jan – Sep 2024, Jan – Aug 2025',
  ], text);
  // Rescues need no note: a chart of their full years alone has none.
  const rescued = await open(browser, '?ind=rescued_at_sea&cov=full');
  await waitForDashboard(rescued);
  await chartOption(rescued, 'trend');
  assert.ok(await rescued.locator('[data-chart="trend"] .chart-scope').isHidden());
  assert.equal(await rescued.locator('.chart-scope:visible').count(), 0);
  assertNoPageErrors(page);
  assertNoPageErrors(rescued);
});

test('a chart\'s PNG carries its scope notes under its sources, each on lines of its own', async () => {
  const page = await open(browser);
  // A phone's width, where a note takes more than one line of the image.
  await page.setViewportSize({ width: 400, height: 800 });
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  const expected = (await page.locator('[data-chart="featured"] .chart-scope').innerText()).split('\n');
  const box = await page.locator('[data-chart="featured"] .chart-canvas').boundingBox();
  await page.evaluate(() => {
    const drawn = (window.__drawn = []);
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) { drawn.push({ text: String(text), y: rest[1], font: this.font, canvas: [this.canvas.width, this.canvas.height] }); return fillText.call(this, text, ...rest); };
  });
  const png = await download(page, '[data-chart="featured"] button.download-png');
  const size = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
  // What is drawn on the PNG's canvas, not on the charts that draw on.
  const drawn = (await page.evaluate(() => window.__drawn)).filter((d) => d.canvas.join() === size.join());
  const source = drawn.findIndex((d) => /^Sources?: /.test(d.text));
  assert.ok(source > 0, JSON.stringify(drawn));
  // The source line wraps too, rather than press its letters together.
  const first = drawn.findIndex((d, i) => i > source && expected[0].startsWith(d.text));
  const sourceLines = first - source;
  assert.ok(sourceLines >= 1, JSON.stringify(drawn));
  const notes = drawn.slice(first);
  // Wrapped at spaces to the chart's width: the lines join back to the notes.
  assert.ok(notes.length > expected.length, `${notes.length} lines`);
  assert.equal(notes.map((d) => d.text).join(' '), expected.join(' '));
  assert.ok(notes.every((d, i) => i === 0 || d.y > notes[i - 1].y), 'one under another');
  const widths = await page.evaluate((lines) => {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = '14px system-ui, sans-serif';
    return lines.map((l) => ctx.measureText(l).width);
  }, notes.map((d) => d.text));
  assert.ok(widths.every((w) => w <= size[0] / 2 - 48), `${widths} in ${size[0] / 2}`);
  // The image grows by the notes (12 px above them and 20 px a line), and
  // the title's lines (28 px), the coverage's and the source's (20 px)
  // past their first,
  // at pixel ratio 2.
  const titleLines = drawn.filter((d) => d.font.startsWith('bold')).length;
  const coverageLines = source - titleLines;
  assert.ok(titleLines >= 1 && coverageLines >= 1, JSON.stringify(drawn));
  assert.equal(size[1], (Math.round(box.height) + 132 + 12 + 20 * notes.length + 28 * (titleLines - 1) + 20 * (coverageLines - 1) + 20 * (sourceLines - 1)) * 2);
  assertNoPageErrors(page);
});

// A dashed bar in an image passed on had no tooltip to say its months:
// "striped bars: part of a year only" left 50,000 for 2017 reading as a year.
// The words drawn into the PNG of chart `id` that the page downloads, in
// the order drawn: only those on a canvas of the PNG's size, not the chart's.
async function pngWords(page, id) {
  await page.evaluate(() => {
    const drawn = (window.__drawn = []);
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) { drawn.push({ text: String(text), canvas: [this.canvas.width, this.canvas.height] }); return fillText.call(this, text, ...rest); };
  });
  const png = await download(page, `[data-chart="${id}"] button.download-png`);
  const size = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
  return (await page.evaluate(() => window.__drawn)).filter((d) => d.canvas.join() === size.join()).map((d) => d.text);
}

test('a trend PNG names the months of its dashed bars', async () => {
  const page = await open(browser, '?yr=2017~2018&ind=attempts_foiled&lang=fr');
  await waitForDashboard(page);
  await chartOption(page, 'trend');
  const drawn = await pngWords(page, 'trend');
  // Their first months: each runs to a report's date, whose month the
  // publisher may not have given.
  const periods = await page.evaluate(() => ['2017-01-01', '2018-01-01'].map((day) =>
    new Intl.DateTimeFormat('fr', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))));
  // The last of the notes, wrapped to the chart's width: its lines joined.
  const line = drawn.slice(drawn.findIndex((t) => t.startsWith('Les barres hachurées couvrent'))).join(' ');
  // Each as the table says it.
  assert.equal(line, `Les barres hachurées couvrent\u00a0: ${periods.map((p) => `${p} – date du rapport`).join(', ')}`, JSON.stringify(drawn));
  assertNoPageErrors(page);
});

// The featured chart's six figures come from a handful of publishers; its
// caption credited every publisher of every row the filters let through.
test('a chart\'s PNG and an embed of it alone credit the publishers of its own figures', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const publishers = [...new Set((await page.locator('.card-source').allInnerTexts()).map((t) => t.replace(/^Source:\s*/, '').trim()))];
  assert.ok(publishers.length >= 1 && publishers.length < 6, publishers.join(' | '));
  // One publisher is one "Source".
  const credit = `${publishers.length === 1 ? 'Source' : 'Sources'}: ${publishers.slice(0, 4).join(', ')}${publishers.length > 4 ? ` (+${publishers.length - 4})` : ''} · Marsad`;
  await recordText(page);
  await chartOption(page, 'featured');
  await download(page, '[data-chart="featured"] button.download-png');
  const drawn = await page.evaluate(() => window.__drawn);
  assert.ok(drawn.includes(credit), `the PNG's caption: ${JSON.stringify(drawn.filter((t) => t.startsWith('Source')))}, not ${credit}`);
  const embed = await open(browser, '?embed=1&chart=featured');
  await embed.locator('.embed-source bdi').waitFor();
  assert.equal(await embed.locator('.embed-source bdi').innerText(), credit);
  assert.doesNotMatch(credit, /Le360/);
  // Every chart shown: the publishers of every chart's figures, more than
  // the featured chart's.
  const all = await open(browser, '?embed=1');
  await all.locator('.embed-source bdi').waitFor();
  const more = (await all.locator('.embed-source bdi').innerText()).match(/^Sources: [^(]+.* \(\+(\d+)\) · Marsad$/);
  assert.ok(more && 4 + Number(more[1]) > publishers.length, JSON.stringify(more));
  assertNoPageErrors(page);
  assertNoPageErrors(embed);
});

test('a chart\'s PNG names every publisher of its figures, where the page folds them ("+12")', async () => {
  // The trend's publishers, as its embed links them.
  const embed = await open(browser, '?embed=1&chart=trend');
  await embed.locator('.embed-source bdi').waitFor();
  assert.match(await embed.locator('.embed-source bdi').innerText(), /\(\+\d+\) · Marsad$/, 'folded on the page');
  const publishers = [...new Set(await embed.locator('.embed-links .source-list li > bdi:first-child').allTextContents())];
  assert.ok(publishers.length > 8, publishers.join(' | '));
  const page = await open(browser);
  await waitForDashboard(page);
  await page.locator('[data-chart="trend"]').scrollIntoViewIfNeeded();
  await chartOption(page, 'trend');
  const drawn = await pngWords(page, 'trend');
  // The source line, wrapped to the chart's width: its lines joined.
  const start = drawn.findIndex((t) => t.startsWith('Sources: '));
  const end = drawn.findIndex((t, i) => i >= start && t.endsWith('Marsad'));
  const line = drawn.slice(start, end + 1).join(' ');
  assert.doesNotMatch(line, /\(\+\d+\)/, line);
  for (const publisher of publishers) assert.ok(line.includes(publisher), `${publisher} in ${line}`);
  assertNoPageErrors(page);
  assertNoPageErrors(embed);
});

test('the disagreements\' PNG says whose figure each dot is, a line a row, as their table does on paper', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await page.locator('[data-chart="discrepancy"]').scrollIntoViewIfNeeded();
  await chartOption(page, 'discrepancy');
  const caption = (await pngWords(page, 'discrepancy')).join(' ');
  for (const figure of ['Le360: at least 50,000; North Africa Post: 50,000', 'Le360: 73; North Africa Post: 80']) {
    assert.ok(caption.includes(figure), `${figure} in ${caption}`);
  }
  assertNoPageErrors(page);
});

// Frontex's January–August 2025 figure is a dashed bar at "2025": with
// nothing to say so, it read as the whole of 2025, a fall by three quarters.
// A disagreement is between publishers: a reader, or an article's embed,
// that chose one publisher still sees the other's figure for its months.
test('a source filter keeps the other publishers of its disagreements: their dots, and a line under the embedded trend', async () => {
  const page = await open(browser, '?src=le360-2017');
  await waitForDashboard(page);
  const option = await chartOption(page, 'discrepancy');
  assert.deepEqual(option.series[0].data.map((d) => d.name), ['Le360: at least 50,000', 'North Africa Post: 50,000 (Jan 2017 – report date)', 'Le360: 73', 'North Africa Post: 80 (Jan 2017 – report date)']);
  const embed = await open(browser, '?embed=1&chart=trend&src=le360-2017');
  await chartOption(embed, 'trend');
  const footnote = await embed.locator('[data-chart="trend"] .chart-scope').innerText();
  assert.match(footnote, /\nOther sources give figures for the same periods, left out by the source filter: Irregular migration attempts foiled: Jan 2017 – report date: 50,000 · North Africa Post; Smuggling networks dismantled: Jan 2017 – report date: 80 · North Africa Post\.\nStriped bars cover: Jan – Nov 2017$/);
  // Its bars too short to see are said so, without the Log scale it has no control for.
  assert.equal(await embed.locator('[data-chart="trend"] .chart-note').innerText(), 'A striped bar covers only part of its year, the months up to a report: not the whole year. Some bars are under 1% of the tallest, too short to see.');
  // Both publishers chosen: nothing is left out, nothing to say.
  const both = await open(browser, '?embed=1&chart=trend&src=le360-2017,northafricapost-2017');
  await chartOption(both, 'trend');
  assert.doesNotMatch(await both.locator('[data-chart="trend"] .chart-scope').innerText(), /Other sources give/);
  // With its controls, the Log scale is there to turn on.
  const controls = await open(browser, '?embed=1&controls=1&chart=trend');
  await chartOption(controls, 'trend');
  assert.match(await controls.locator('[data-chart="trend"] .chart-note').innerText(), /too short to see: Log scale shows them\.$/);
  assert.equal(await controls.locator('input[type=checkbox]').count() > 0, true);
  for (const p of [page, embed, both, controls]) assertNoPageErrors(p);
});

test('a chart by year that draws part of a year says what its dashed bars are, on screen and in its PNG', async () => {
  const note = 'A striped bar covers only part of its year, the months up to a report: not the whole year.';
  const page = await open(browser);
  await waitForDashboard(page);
  const europe = page.locator('[data-chart="europe"]');
  await europe.scrollIntoViewIfNeeded();
  await chartOption(page, 'europe');
  assert.equal(await europe.locator('.chart-note').innerText(), note);
  // The trend's note goes on to say that some of its bars are too short to see.
  assert.ok((await page.locator('[data-chart="trend"] .chart-note').innerText()).startsWith(`${note} `));
  // Its footnote names a figure above that of a longer period including its
  // own, then the months of its dashed bars.
  const footnote = await page.locator('[data-chart="trend"] .chart-scope').innerText();
  assert.match(footnote, /\nSome figures are above those of a longer period including theirs \(sources may count differently\): Voluntary returns \(Interior Ministry\): Jan – Aug 2021: 8,890 · El Faro de Ceuta \(EFE\), against 2021: about 3,500 · CGTN \(Xinhua\)\.\nStriped bars cover: [^\n]*$/);
  await recordText(page);
  await download(page, '[data-chart="europe"] button.download-png');
  assert.ok((await page.evaluate(() => window.__drawn)).includes('Years 2022–2025 · striped bars: part of a year only'));
  // The trend's PNG keeps its footnote: a picture quoted alone.
  await page.evaluate(() => { window.__drawn.length = 0; });
  await download(page, '[data-chart="trend"] button.download-png');
  const drawn = (await page.evaluate(() => window.__drawn)).join(' ');
  assert.match(drawn, /Some figures are above those of a longer period/);
  assert.match(drawn, /CGTN \(Xinhua\)\./);
  // Full years only: no dashed bar, nothing to say.
  const full = await open(browser, '?yr=2022~2024&cov=full');
  await waitForDashboard(full);
  await full.locator('[data-chart="europe"]').scrollIntoViewIfNeeded();
  await chartOption(full, 'europe');
  assert.equal(await full.locator('[data-chart="europe"] .chart-note').count(), 0);
  // The trend's note says only that some bars are too short to see.
  assert.doesNotMatch(await full.locator('[data-chart="trend"] .chart-note').innerText(), /striped/i);
  assert.doesNotMatch(await full.locator('[data-chart="trend"] .chart-scope').innerText(), /striped/i);
  assertNoPageErrors(page);
  assertNoPageErrors(full);
});

// The featured report's figures cover January to September: a chart of them
// that said nothing of it read as a year's, in an embed with no cards above.
for (const [lang, report] of [['en', 'Interior Ministry report, January–September 2024'], ['fr', 'Rapport du ministère de l\'Intérieur, janvier–septembre 2024'], ['ar', 'تقرير وزارة الداخلية، يناير–شتنبر 2024']]) {
  test(`${lang}: the featured report's charts say the period their figures cover, also embedded alone`, async () => {
    const page = await open(browser, `?lang=${lang}`);
    await waitForDashboard(page);
    await chartOption(page, 'composition');
    for (const id of ['featured', 'composition']) {
      assert.equal(await page.locator(`[data-chart="${id}"] .chart-note`).innerText(), report);
    }
    const embed = await open(browser, `?embed=1&chart=featured&lang=${lang}`);
    const note = embed.locator('[data-chart="featured"] .chart-note');
    await note.waitFor();
    assert.equal(await note.innerText(), report);
    assert.ok(await note.isVisible());
    assertNoPageErrors(page);
    assertNoPageErrors(embed);
  });
}

test('on a phone, a chart lists every name of its legend on screen and in its PNG, over rows', async () => {
  const page = await open(browser, '?lang=fr');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.addInitScript(() => {
    const drawn = (window.__drawn = []);
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      drawn.push(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
  await page.reload();
  const option = await chartOption(page, 'trend');
  const names = option.series.map((s) => s.name);
  assert.ok(names.length > 3, names.join(' | '));
  // A page of the legend would hold one name ("1/9"): listed whole, over
  // rows, the element grown by them.
  assert.equal(option.legend[0].type, 'plain');
  const before = await page.locator('[data-chart="trend"] .chart-canvas').evaluate((el) => el.clientHeight);
  assert.ok(before > 340 + 100, `the element grew by the legend's rows: ${before} px`);
  // The legend as the PNG is taken, and what is drawn from then on.
  await page.evaluate(() => {
    const chart = echarts.getInstanceByDom(document.querySelector('[data-chart="trend"] .chart-canvas'));
    const take = chart.getDataURL.bind(chart);
    window.__legendAtPng = [];
    chart.getDataURL = (opts) => {
      window.__legendAtPng.push(chart.getOption().legend[0].type);
      // Each legend name's drawn width: a name wider than the chart wraps.
      const view = chart.getViewOfComponentModel(chart.getModel().getComponent('legend', 0));
      window.__legendWidths = [];
      view.group.traverse((el) => { if (el.type === 'text' && el.style?.text) window.__legendWidths.push([el.style.text, Math.ceil(el.getBoundingRect().width)]); });
      window.__chartWidth = chart.getWidth();
      // Where its rows end, and the plot begins.
      const box = view.group.getBoundingRect();
      window.__legendEnd = [view.group.y + box.y + box.height, chart.getModel().getComponent('grid').coordinateSystem.getRect().y];
      window.__drawn.length = 0;
      const url = take(opts);
      window.__pngDrawn = [...window.__drawn];
      return url;
    };
  });
  const png = await download(page, '[data-chart="trend"] button.download-png');
  assert.equal(png.name, 'marsad-trend-fr.png');
  assert.deepEqual(await page.evaluate(() => window.__legendAtPng), ['plain']);
  const [widths, chartWidth] = await page.evaluate(() => [window.__legendWidths, window.__chartWidth]);
  assert.ok(widths.some(([, width]) => width > chartWidth / 2), 'some names are long');
  for (const [text, width] of widths) assert.ok(width <= chartWidth - 30, `${text}: ${width} px in a chart ${chartWidth} px wide`);
  const [legendBottom, plotTop] = await page.evaluate(() => window.__legendEnd);
  assert.ok(legendBottom <= plotTop, `the PNG's legend ends at ${legendBottom} px, into the plot at ${plotTop}`);
  // And no blank band between them: the rows are counted as ECharts breaks
  // the names (24 px is the gap a one-row legend leaves; a line to spare per
  // wrapped name had left 136).
  assert.ok(plotTop - legendBottom <= 30, `the PNG's legend ends at ${legendBottom} px, ${plotTop - legendBottom} px above the plot`);
  // Every name whole in it (a long one over lines), and no pager ("1/9").
  const drawn = await page.evaluate(() => window.__pngDrawn);
  const joined = drawn.join('').replace(/\s+/g, '');
  for (const name of names) assert.ok(joined.includes(name.replace(/\s+/g, '')), `${name} not drawn whole: ${JSON.stringify(drawn)}`);
  assert.ok(!drawn.some((t) => /^\d+\/\d+$/.test(t)), `no pager: ${JSON.stringify(drawn)}`);
  const after = await page.evaluate(() => {
    const chart = echarts.getInstanceByDom(document.querySelector('[data-chart="trend"] .chart-canvas'));
    return [chart.getOption().legend[0].type, chart.getHeight(), document.querySelector('[data-chart="trend"] .chart-canvas').clientHeight];
  });
  assert.deepEqual(after, ['plain', before, before], 'the screen\'s legend and height as before');
  assertNoPageErrors(page);
});

test('an Arabic source line is written as Arabic writes it: its commas, the count of more, and مرصد', async () => {
  const page = await open(browser, '?lang=ar&embed=1&cat=rescue_at_sea');
  await page.locator('.embed-source bdi').waitFor();
  const line = await page.locator('.embed-source bdi').innerText();
  assert.match(line, /^المصادر: [^,]+، [^,]+، [^,]+، [^,]+ \(\u200e\+\d+\) · مرصد$/, line);
  // Right to left, the mark keeps the sign before its number: "(+8)", not "(8+)".
  const box = await page.locator('.embed-source bdi').evaluate((el) => {
    const text = el.firstChild;
    const at = (s) => { const i = text.textContent.indexOf(s); const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + s.length); return r.getBoundingClientRect().left; };
    const count = text.textContent.match(/\u200e\+(\d+)/);
    return { plus: at('+'), digits: at(count[1]) };
  });
  assert.ok(box.plus < box.digits, JSON.stringify(box));
  // Read from the right, the publishers come in the order listed: Latin
  // names that only an Arabic comma parted ran together left to right.
  const order = await page.locator('.embed-source bdi').evaluate((el) => {
    const text = el.firstChild;
    const names = text.textContent.replace(/^[^:]+: /, '').split('، ').slice(0, 3).map((n) => n.replace(/[\u2068\u2069]/g, '').replace(/ \(\u200e.*$/, ''));
    return names.map((name) => {
      const i = text.textContent.indexOf(name);
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + name.length);
      return [name, Math.round(r.getBoundingClientRect().right)];
    });
  });
  assert.equal(order.length, 3, JSON.stringify(order));
  for (let i = 1; i < order.length; i++) assert.ok(order[i][1] < order[i - 1][1], JSON.stringify(order));
  assertNoPageErrors(page);
});

test('an Arabic chart\'s PNG draws its words right to left: the legend, the title and the sources', async () => {
  const page = await open(browser, '?lang=ar&cat=returns');
  // Every text drawn on a canvas, with the direction it is drawn in: a
  // canvas's "inherit" is the page's inside the page, left to right out of it.
  await page.addInitScript(() => {
    const drawn = (window.__drawn = []);
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      const inherit = this.canvas.isConnected ? getComputedStyle(this.canvas).direction : 'ltr';
      drawn.push({ text: String(text), direction: this.direction === 'inherit' ? inherit : this.direction });
      return fillText.call(this, text, ...rest);
    };
  });
  await page.reload();
  await chartOption(page, 'composition');
  await page.evaluate(() => { window.__drawn.length = 0; });
  const png = await download(page, '[data-chart="composition"] button.download-png');
  assert.equal(png.name, 'marsad-composition-ar.png');
  const drawn = await page.evaluate(() => window.__drawn);
  const arabic = drawn.filter((d) => /[\u0600-\u06ff]/.test(d.text));
  // The legend's figure with its name, the title, and the sources line.
  assert.ok(arabic.some((d) => d.text.includes('1.664')), JSON.stringify(drawn));
  assert.ok(arabic.some((d) => d.text.startsWith('العودة الطوعية')), JSON.stringify(drawn));
  // The sources of the chart's own two figures, one Latin-named publisher.
  assert.ok(arabic.some((d) => d.text === 'المصدر: migrantaffairs.info · مرصد'), JSON.stringify(drawn));
  assert.deepEqual(arabic.filter((d) => d.direction !== 'rtl'), []);
  // The canvases drawn in the page for it are gone with it.
  assert.equal(await page.locator('.canvas-host').count(), 0);
  assertNoPageErrors(page);
});

test('with JavaScript off, the featured figures and their sources are in the page', async () => {
  const plain = await chromium.launch(CHROMIUM_OPTIONS);
  try {
    const context = await plain.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    const text = await page.locator('body').innerText();
    for (const figure of ['48,963', '210', '14,260', '4,388', '1,664', '1,638']) assert.ok(text.includes(figure), figure);
    assert.match(text, /2024-01-01 to 2024-09-30/);
    // What a snippet quotes of attempts says they are events, after both publishers of the report.
    assert.match(text, /Irregular migration attempts foiled: 48,963 \(2024-01-01 to 2024-09-30\)\. Source: migrantaffairs\.info\. Also in: Alyaoum24 via ArabKhabar\. Attempts are events, not people/);
    // BRA's count is a stock on the report's date, not a span from that day to itself.
    assert.match(text, /Refugees recognised by the state \(BRA\): 1,638 \(on 2024-09 \(as of the report\)\)/);
    // The figures can still be taken away.
    const data = page.locator('.static-summary a[download]');
    assert.equal(await data.getAttribute('href'), 'data/morocco.json');
    assert.equal((await page.request.get(new URL(await data.getAttribute('href'), page.url()).href)).status(), 200);
    assert.match(await page.locator('.static-summary a').first().getAttribute('href'), /^https:\/\//);
    assert.ok((await page.locator('meta[property="og:title"]').getAttribute('content')).length > 0);
    assert.ok((await page.locator('meta[name="description"]').getAttribute('content')).length > 0);
  } finally {
    await plain.close();
  }
});

test('in an iframe sandboxed without allow-same-origin the embed says it cannot load, and links to the dashboard; with it, it loads', async () => {
  // The sandbox makes the frame's origin opaque: our own files are then
  // cross-origin, and a server that sends no CORS header refuses them.
  const hostPage = (sandbox) => `${origin(host)}/?q=${encodeURIComponent('&lang=fr')}&sandbox=${encodeURIComponent(sandbox)}`;
  const page = await browser.context.newPage();
  await page.goto(hostPage('allow-scripts allow-popups'));
  const frame = page.frameLocator('#marsad');
  const line = frame.locator('#marsad-unloaded [data-unloaded-lang="fr"]');
  await line.waitFor({ timeout: 20_000 });
  assert.match(await line.innerText(), /Le tableau de bord interactif n'a pas pu se charger ici\. Ouvrir le tableau de bord complet/);
  assert.equal(await frame.locator('#marsad-unloaded p:not([hidden])').count(), 1, 'in one language');
  const link = new URL(await line.locator('a').getAttribute('href'));
  assert.equal(`${link.origin}${link.pathname}`, `${BASE}/`);
  assert.equal(await line.locator('a').getAttribute('target'), '_blank');
  for (const gone of ['embed', 'id']) assert.equal(link.searchParams.get(gone), null, gone);
  assert.equal(link.searchParams.get('lang'), 'fr');
  assert.match(link.searchParams.get('data'), /embed-data/, 'the same dataset');
  // The frame takes the message's height: the snippet's 640 px stood blank
  // under one line.
  await page.waitForFunction(() => /^\d+px$/.test(document.getElementById('marsad').style.height) && document.getElementById('marsad').style.height !== '640px');
  const [frameHeight, contentBottom] = await Promise.all([
    page.evaluate(() => document.getElementById('marsad').getBoundingClientRect().height),
    frame.locator('#marsad-unloaded').evaluate((b) => b.getBoundingClientRect().bottom),
  ]);
  assert.ok(frameHeight < 300 && frameHeight >= contentBottom, `frame ${frameHeight} px, its message to ${contentBottom} px`);
  await page.close();

  const allowed = await browser.context.newPage();
  await allowed.goto(hostPage('allow-scripts allow-same-origin allow-popups'));
  const app = allowed.frameLocator('#marsad');
  await app.locator('[data-chart] .chart-canvas canvas').first().waitFor({ timeout: 20_000 });
  assert.ok(await app.locator('#marsad-unloaded').isHidden());
  await allowed.close();
});

test('the embed code reads left to right on an Arabic page, and says nothing of a copy it did not make', async () => {
  const page = await open(browser, '?lang=ar');
  await waitForDashboard(page);
  await page.locator('button.copy-link').click();
  await page.locator('.share-status').filter({ hasText: /./ }).waitFor();
  await page.locator('button.embed-code').click();
  const snippet = page.locator('#embed-snippet');
  await snippet.waitFor();
  // "iframe>" first and its attributes out of order, right to left.
  assert.equal(await snippet.evaluate((el) => getComputedStyle(el).direction), 'ltr');
  assert.equal(await page.locator('textarea.copy-manual').evaluate((el) => getComputedStyle(el).direction), 'ltr');
  // The link's "Copied." no longer stands under the box's own Copy.
  assert.equal(await page.locator('.share-status').innerText(), '');
  assertNoPageErrors(page);
});


test('a PNG of one year\'s figures says "Year 2017", not a range of one year', async () => {
  const page = await open(browser, '?cat=enforcement~returns');
  await waitForDashboard(page);
  await page.locator('[data-chart="discrepancy"]').scrollIntoViewIfNeeded();
  await chartOption(page, 'discrepancy');
  await recordText(page);
  await download(page, '[data-chart="discrepancy"] button.download-png');
  const drawn = (await page.evaluate(() => window.__drawn)).join('\n');
  assert.match(drawn, /^Year 2017\b/m);
  assert.doesNotMatch(drawn, /2017–2017/);
  assertNoPageErrors(page);
});

// Bars carry no figure: the tooltip and data table that say "about" are
// neither in a PNG nor on paper, where Frontex's "at least 40,000" read as
// exact. The featured chart's bars carry theirs, qualifier and all.
test('a chart whose bars carry no figure names those not given exactly, under it and in its PNG', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const europe = page.locator('[data-chart="europe"]');
  await europe.scrollIntoViewIfNeeded();
  await chartOption(page, 'europe');
  const line = (await europe.locator('.chart-scope').innerText()).split('\n').find((l) => l.startsWith('Approximate or minimum figures, as published: '));
  assert.ok(line, await europe.locator('.chart-scope').innerText());
  assert.match(line, /— 2023: at least 40,000 · /);
  assert.match(line, /— 2024: about 47,000 · /);
  assert.doesNotMatch(line, /63,970/, 'an exact figure is not named');
  assert.doesNotMatch(await page.locator('[data-chart="featured"]').innerText(), /Approximate or minimum figures/);
  await recordText(page);
  await download(page, '[data-chart="europe"] button.download-png');
  const drawn = (await page.evaluate(() => window.__drawn)).join(' ');
  assert.match(drawn, /Approximate or minimum figures, as published/);
  assert.match(drawn, /at least 40,000/);
  assertNoPageErrors(page);
});

// The trend's PNG credited The New Arab, L'Information and LeBrief, whose
// figures only its tooltips gave: The New Arab's "at least 56,000" by August
// 2022, above the 40,589 drawn for the year to November, was nowhere in it.
// Nor did it say why the networks' bars were flat lines.
test('a trend PNG lists what only its tooltips say: the other figures of a bar\'s year, whose publishers it credits', async () => {
  const page = await open(browser, '?cat=enforcement&yr=2022~2024&cov=ytd');
  await waitForDashboard(page);
  const trend = page.locator('[data-chart="trend"]');
  await trend.scrollIntoViewIfNeeded();
  await chartOption(page, 'trend');
  await recordText(page);
  await download(page, '[data-chart="trend"] button.download-png');
  const drawn = (await page.evaluate(() => window.__drawn)).join(' ').replace(/\s+/g, ' ');
  assert.match(drawn, /Sources: .*The New Arab/);
  assert.match(drawn, /Other figures for this year: Jan – Aug 2022: at least 56,000 · The New Arab \(Anadolu\)/);
  assert.match(drawn, /Jan – May 2023: 25,519 · L'Information \(ministry\)/);
  assert.match(drawn, /Some bars are under 1% of the tallest, too short to see\./);
  assert.doesNotMatch(drawn, /Log scale shows them/, 'no control in a picture');
  assertNoPageErrors(page);
});

// The ring's legend read "[other]: 2,724 (62.1%)", and a PNG of it kept no
// tooltip to say that no publisher printed 2,724: Marsad worked it out.
test('a figure Marsad worked out is said so, with its sum, under its chart and in its PNG, in each language', async () => {
  for (const [lang, ring, europe] of [
    ['en', 'Worked out by Marsad, as no publisher printed it: Voluntary returns (Interior Ministry) [other] — Jan – Sep 2024: 4,388 − 1,664 = 2,724 · migrantaffairs.info',
      /^Worked out by Marsad, as no publisher printed it: Irregular arrivals in Spain \(other\) — 2022: 31,219 − 15,682 − 12,995 = 2,542 · /],
    ['fr', /^Calculé par Marsad, aucun éditeur ne l'ayant publié : .+ — janv\.? ?– ?sept\.? 2024 : 4\u202f388 − 1\u202f664 = 2\u202f724 · migrantaffairs\.info$/, /^Calculé par Marsad/],
    ['ar', /^حسبه مرصد، إذ لم ينشره أي ناشر: .+ — .+: \u2066?4\.388 − 1\.664 = 2\.724\u2069? · migrantaffairs\.info$/, /^حسبه مرصد/],
  ]) {
    const page = await open(browser, `?lang=${lang}`);
    await waitForDashboard(page);
    const lines = async (id) => {
      const panel = page.locator(`[data-chart="${id}"]`);
      await panel.scrollIntoViewIfNeeded();
      await chartOption(page, id);
      // No-break spaces as spaces: "−\u00a01,664", "publié\u00a0:".
      return (await panel.locator('.chart-scope').innerText()).split('\n').map((l) => l.replace(/\u00a0/g, ' '));
    };
    const ringLine = (await lines('composition')).at(-1);
    if (typeof ring === 'string') assert.equal(ringLine, ring);
    else assert.match(ringLine, ring);
    // Before the months of its striped bar, the last line.
    assert.match((await lines('europe')).at(-2), europe);
    if (lang === 'en') {
      await recordText(page);
      await download(page, '[data-chart="composition"] button.download-png');
      const drawn = (await page.evaluate(() => window.__drawn)).join(' ').replace(/\u00a0/g, ' ');
      assert.match(drawn, /Worked out by Marsad, as no publisher printed it/);
      assert.match(drawn, /4,388 − 1,664 = 2,724/);
    }
    assertNoPageErrors(page);
    await page.close();
  }
});

// A host's strict policy (style-src without 'unsafe-inline') dropped the
// snippet's style attribute: the frame was the browser's 300 px wide, with
// a border, in a 680 px column.
test('under a host policy that forbids style attributes, embed.js gives the frame the snippet\'s width and border', async () => {
  const page = await browser.context.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|style-src/.test(m.text())) violations.push(m.text()); });
  await page.goto(`${origin(host)}/?csp=1&q=${encodeURIComponent('&chart=trend')}`);
  await page.frameLocator('#marsad').locator('[data-chart] .chart-canvas canvas').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => /^\d+px$/.test(document.getElementById('marsad').style.height) && document.getElementById('marsad').style.height !== '640px');
  const [frame, column, border] = await page.evaluate(() => {
    const f = document.getElementById('marsad');
    return [f.getBoundingClientRect().width, document.body.clientWidth, getComputedStyle(f).borderTopWidth];
  });
  assert.ok(violations.length > 0, 'the host\'s policy did refuse the attribute');
  assert.equal(Math.round(frame), Math.round(column));
  assert.equal(border, '0px');
  await page.close();
});

// A lazy frame loads as the reader scrolls back up past it and grows to its
// content: the browser kept the frame in place, and the text the reader was
// on moved down by as much as the frame grew (600 px, 3,000 on a phone).
test('a frame that grows while the reader is below it leaves their place in the article where it was', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${origin(host)}/?long=1`);
  // Lazy: it loads once scrolled to.
  await page.evaluate(() => document.getElementById('marsad').scrollIntoView());
  await page.waitForFunction(() => /^\d+px$/.test(document.getElementById('marsad').style.height) && document.getElementById('marsad').style.height !== '640px', null, { timeout: 20_000 });
  // The frame's foot near the top of the window, the article's text under it.
  await page.evaluate(() => scrollBy(0, document.getElementById('marsad').getBoundingClientRect().bottom - 100));
  const top = () => page.evaluate(() => document.getElementById('after').getBoundingClientRect().top);
  const before = await top();
  const marsad = page.frames().find((f) => f.url().startsWith(BASE));
  const grown = await page.evaluate(() => document.getElementById('marsad').getBoundingClientRect().height + 600);
  await marsad.evaluate((height) => parent.postMessage({ type: 'marsad:height', id: 'story', height }, '*'), grown);
  await page.waitForFunction((grown) => Math.round(document.getElementById('marsad').getBoundingClientRect().height) === Math.round(grown), grown);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.ok(Math.abs(await top() - before) <= 2, `the text under the frame moved from ${before} to ${await top()}`);
  await page.close();
});

// A reader on the frame while it loads (its blank box fills the window):
// the article under it was what the browser kept in place, so the frame's
// top went up the page by as much as it grew, and the reader, past the
// charts, saw the sources line and the next paragraph.
test('a frame that grows while the reader is on it keeps its top where it was', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${origin(host)}/?long=1`);
  await page.evaluate(() => document.getElementById('marsad').scrollIntoView());
  await page.waitForFunction(() => /^\d+px$/.test(document.getElementById('marsad').style.height) && document.getElementById('marsad').style.height !== '640px', null, { timeout: 20_000 });
  // Back to the snippet's 640 px, as before it loaded, and its top 200 px
  // above the window: it holds the window's middle, the article under it.
  const marsad = page.frames().find((f) => f.url().startsWith(BASE));
  await marsad.evaluate(() => parent.postMessage({ type: 'marsad:height', id: 'story', height: 640 }, '*'));
  await page.waitForFunction(() => document.getElementById('marsad').style.height === '640px');
  await page.evaluate(() => scrollBy(0, document.getElementById('marsad').getBoundingClientRect().top + 200));
  const top = () => page.evaluate(() => document.getElementById('marsad').getBoundingClientRect().top);
  const before = await top();
  assert.ok(Math.abs(before + 200) <= 2, `set up: the frame's top at ${before}`);
  const grown = 1400;
  await marsad.evaluate((height) => parent.postMessage({ type: 'marsad:height', id: 'story', height }, '*'), grown);
  await page.waitForFunction((grown) => Math.round(document.getElementById('marsad').getBoundingClientRect().height) === Math.round(grown), grown);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.ok(Math.abs(await top() - before) <= 2, `the frame's top moved from ${before} to ${await top()}`);
  await page.close();
});
