// The dashboard's interactions, as a reader uses them: chips, Back,
// shared links, clicking a bar, the table, "Clear all", a phone screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, waitForDashboard, chartOption, seriesValues, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const query = (page) => new URL(page.url()).search;

test('a chip click changes the chart and the URL, and Back restores both', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await page.locator('.chip[data-category="rescue_at_sea"]').click();
  await page.waitForFunction(() => location.search === '?cat=rescue_at_sea');
  assert.deepEqual(seriesValues(await chartOption(page, 'featured')), [14260]);
  await page.locator('.chip[data-category="returns"]').click();
  await page.waitForFunction(() => location.search === '?cat=rescue_at_sea~returns');
  assert.deepEqual(seriesValues(await chartOption(page, 'featured')), [14260, 4388, 1664]);

  await page.goBack();
  await page.waitForFunction(() => location.search === '?cat=rescue_at_sea');
  await page.waitForFunction(() => document.querySelector('.chip[data-category="returns"]').getAttribute('aria-pressed') === 'false');
  assert.deepEqual(seriesValues(await chartOption(page, 'featured')), [14260]);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.deepEqual(seriesValues(await chartOption(page, 'featured')), [48963, 210, 14260, 4388, 1664, 1638]);
  await page.goForward();
  await page.waitForFunction(() => location.search === '?cat=rescue_at_sea');
  assert.deepEqual(seriesValues(await chartOption(page, 'featured')), [14260]);
  assertNoPageErrors(page);
});

test('"Show only rescue at sea, 2018–2024, full years" from a shared URL', async () => {
  const page = await open(browser, '?cat=rescue_at_sea&yr=2018~2024&cov=full');
  await waitForDashboard(page);
  const trend = await chartOption(page, 'trend');
  assert.equal(trend.series.length, 1);
  assert.match(trend.series[0].name, /rescued at sea.*full year/i);
  assert.deepEqual(trend.xAxis[0].data, ['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  assert.deepEqual(seriesValues(trend), [29715, 19554, '-', 14236, 12478, 16818, 18645]);
  assert.equal(await page.locator('select.coverage-kind').inputValue(), 'full');
  assert.equal(await page.locator('select.year-from').inputValue(), '2018');
  assert.equal(await page.locator('select.year-to').inputValue(), '2024');
  assert.equal(await page.locator('.chip[data-category="rescue_at_sea"]').getAttribute('aria-pressed'), 'true');
  assert.equal(query(page), '?cat=rescue_at_sea&yr=2018~2024&cov=full', 'the URL is kept as shared');
  assertNoPageErrors(page);
});

test('"Which sources disagree about 2017?"', async () => {
  const page = await open(browser, '?yr=2017~2017');
  await waitForDashboard(page);
  const option = await chartOption(page, 'discrepancy');
  const names = option.series[0].data.map((d) => d.name);
  assert.ok(names.some((n) => n.startsWith('Le360: 73')), names.join(' | '));
  assert.ok(names.some((n) => n.startsWith('North Africa Post: 80')), names.join(' | '));
  assert.ok(option.yAxis[0].data.every((row) => row.includes('2017')), option.yAxis[0].data.join(' | '));
});

test('on a phone, two sources\' different figures for one row are drawn apart, whatever the row\'s size', async () => {
  const page = await open(browser);
  await page.setViewportSize({ width: 360, height: 800 });
  await waitForDashboard(page);
  const option = await chartOption(page, 'discrepancy');
  const dots = await page.locator('[data-chart="discrepancy"] .chart-canvas').evaluate((el, data) => {
    const chart = window.echarts.getInstanceByDom(el);
    return data.map((d) => ({ name: d.name, row: d.value[1], figure: d.value[2], x: chart.convertToPixel({ seriesIndex: 0 }, d.value)[0] }));
  }, option.series[0].data);
  const pairs = dots.flatMap((a, i) => dots.slice(i + 1).filter((b) => b.row === a.row && b.figure !== a.figure).map((b) => [a, b]));
  // 73 and 80 networks, 27,332 and 27,643 applications, 17,916 and 18,694 approved.
  assert.ok(pairs.length >= 3, JSON.stringify(dots));
  for (const [a, b] of pairs) assert.ok(Math.abs(a.x - b.x) >= 12, `${a.name} at ${a.x} px, ${b.name} at ${b.x} px`);
  assert.equal(await page.locator('[data-chart="discrepancy"] .chart-note').innerText(),
    'Each dot is one source\'s figure, placed as a percentage of the highest figure in its row.');
  assertNoPageErrors(page);
});

test('clicking a bar filters to its indicator, shown as a removable chip', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  const canvas = page.locator('[data-chart="featured"] .chart-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  // Where ECharts drew the middle of the third bar (14,260 rescued).
  const [x, y] = await canvas.evaluate((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    return chart.convertToPixel({ seriesIndex: 0 }, [7130, 2]);
  });
  await page.mouse.click(box.x + x, box.y + y);
  await page.waitForFunction(() => location.search === '?ind=rescued_at_sea');
  assert.deepEqual(seriesValues(await chartOption(page, 'featured')), [14260]);
  const chip = page.locator('.active-filter[data-filter="ind:rescued_at_sea"]');
  assert.match(await chip.innerText(), /rescued/i);
  await chip.click();
  await page.waitForFunction(() => location.search === '');
  assert.equal(seriesValues(await chartOption(page, 'featured')).length, 6);
});

test('the table lists the matching observations and sorts by each column', async () => {
  const page = await open(browser, '?cat=rescue_at_sea&view=table');
  await page.locator('table.observations tbody tr').first().waitFor();
  const count = await page.locator('table.observations tbody tr').count();
  assert.match(await page.locator('.match-count').innerText(), new RegExp(`^${count} `));
  const values = () => page.locator('table.observations td.num').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
  await page.locator('button[data-sort="value"]').click();
  const ascending = await values();
  assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
  assert.equal(await page.locator('th:has(button[data-sort="value"])').getAttribute('aria-sort'), 'ascending');
  await page.locator('button[data-sort="value"]').click();
  const descending = await values();
  assert.deepEqual(descending, [...ascending].reverse());
  assert.equal(descending[0], 29715);
  const sourceLink = page.locator('table.observations tbody tr').first().locator('a');
  assert.match(await sourceLink.getAttribute('href'), /^https?:\/\//);
  assert.equal(await sourceLink.getAttribute('rel'), 'noopener noreferrer');
});

test('the table names each figure\'s qualifier and note in the reader\'s language, and sorts by the qualifier', async () => {
  const page = await open(browser, '?lang=fr&view=table');
  await page.locator('table.observations tbody tr').first().waitFor();
  // The dataset's notes too: "exact cut-off not published" qualifies a figure.
  const notes = (p) => p.locator('table.observations tbody tr').evaluateAll((trs) => trs.map((tr) => tr.cells[5].textContent).filter(Boolean));
  const french = await notes(page);
  assert.equal(french.length, 31);
  assert.ok(french.includes('Publié en novembre 2017 comme le chiffre à cette date\u202f; date d\'arrêt exacte non publiée.'), french.join(' | '));
  assert.ok(!french.some((n) => /cut-off|campaign|Report to|Returns|countries/.test(n)), french.join(' | '));
  const arabic = await open(browser, '?lang=ar&view=table');
  await arabic.locator('table.observations tbody tr').first().waitFor();
  const arabicNotes = await notes(arabic);
  assert.equal(arabicNotes.filter((n) => n.includes('تاريخ الحصر الدقيق غير منشور')).length, 10, arabicNotes.join(' | '));
  assert.ok(!arabicNotes.some((n) => /[a-z]{3}/i.test(n)), arabicNotes.join(' | '));
  await arabic.close();
  const qualifiers = () => page.locator('table.observations tbody tr').evaluateAll((trs) => trs.map((tr) => tr.cells[3].textContent));
  const words = new Set(await qualifiers());
  assert.ok(words.has('au moins') && words.has('exact'), [...words].join(', '));
  assert.ok(![...words].some((w) => w.includes('_')), 'no dataset code such as at_least');
  await page.locator('button[data-sort="qualifier"]').click();
  const sorted = await qualifiers();
  const order = ['environ', 'au moins', 'exact'].filter((w) => sorted.includes(w));
  assert.deepEqual([...new Set(sorted)], order, 'grouped in the codes\' order: approx, at_least, exact');
  assertNoPageErrors(page);
});

test('the table draws 100 rows a page, and a new sort or filter goes back to the first', async () => {
  const page = await open(browser, `?data=${encodeURIComponent('/__test/generated?n=1000')}&view=table`);
  const rows = page.locator('table.observations tbody tr');
  const status = page.locator('.page-status');
  const [prev, next] = [page.locator('button.page-prev'), page.locator('button.page-next')];
  const showing = (text) => page.locator('.page-status', { hasText: text }).waitFor();
  const values = () => page.locator('table.observations td.num').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
  await status.waitFor({ timeout: 20_000 });
  assert.equal(await status.innerText(), 'Rows 1–100 of 1,000');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.equal(await rows.count(), 100);
  assert.ok(await prev.isDisabled(), 'no page before the first');
  assert.ok(await next.isEnabled());
  const first = await rows.first().innerText();

  await next.click();
  await showing('Rows 101–200 of 1,000');
  assert.equal(await rows.count(), 100);
  assert.notEqual(await rows.first().innerText(), first);
  assert.ok(await prev.isEnabled());
  // The language changes the words and the numbers' form, not the page.
  const intl = (lang, ...ns) => page.evaluate(([lang, ns]) => ns.map((n) => new Intl.NumberFormat(lang).format(n)), [lang, ns]);
  await page.locator('button.lang[data-lang="fr"]').click();
  const [a, b, total] = await intl('fr', 101, 200, 1000);
  assert.match(total, /^1\s000$/u, 'French groups thousands with a space');
  await showing(`Lignes ${a}–${b} sur ${total}`);
  assert.equal(await prev.innerText(), 'Précédent');
  await page.locator('button.lang[data-lang="ar"]').click();
  const ar = await intl('ar-MA', 101, 200, 1000);
  await showing(`الصفوف ${ar[0]}–${ar[1]} من ${ar[2]}`);
  assert.equal(await next.innerText(), 'التالي');
  await page.locator('button.lang[data-lang="en"]').click();
  await showing('Rows 101–200 of 1,000');

  for (let i = 2; i < 10; i++) await next.click();
  await showing('Rows 901–1,000 of 1,000');
  assert.equal(await rows.count(), 100);
  assert.ok(await next.isDisabled(), 'no page after the last');
  await prev.click();
  await showing('Rows 801–900 of 1,000');

  // Sorting covers every row, not the page shown, and starts again at page 1.
  await page.locator('button[data-sort="value"]').click();
  await showing('Rows 1–100 of 1,000');
  assert.ok(await prev.isDisabled());
  const page1 = await values();
  assert.deepEqual(page1, [...page1].sort((x, y) => x - y));
  await next.click();
  await showing('Rows 101–200 of 1,000');
  const page2 = await values();
  assert.ok(page2[0] >= page1.at(-1), `${page2[0]} follows ${page1.at(-1)}`);
  await page.locator('button[data-sort="value"]').click();
  await showing('Rows 1–100 of 1,000');
  assert.ok((await values())[0] >= page2.at(-1), 'descending starts at the largest value');

  // So does a filter: years from 2000 leave fewer rows, from their first.
  await next.click();
  await showing('Rows 101–200 of 1,000');
  await page.locator('select.year-from').selectOption('2000');
  await page.waitForFunction(() => /yr=2000/.test(location.search));
  const matching = Number((await page.locator('.match-count').innerText()).split(' ')[0]);
  assert.ok(matching > 100 && matching < 1000, `${matching} rows from 2000`);
  assert.equal(await status.innerText(), `Rows 1–100 of ${matching.toLocaleString('en')}`);
  assert.ok(await prev.isDisabled());
  assert.ok(await next.isEnabled());
  assertNoPageErrors(page);
});

test('the default dataset fits on one page: all 97 rows and no pager', async () => {
  const page = await open(browser, '?view=table');
  await page.locator('table.observations tbody tr').first().waitFor();
  assert.equal(await page.locator('table.observations tbody tr').count(), 97);
  assert.equal(await page.locator('.pager, .page-status, .page-next').count(), 0);
  assertNoPageErrors(page);
});

test('"Clear all" resets every filter at once', async () => {
  const page = await open(browser, '?cat=returns~europe&yr=2019~2023&cov=ytd&log=1');
  await waitForDashboard(page);
  await page.locator('button.clear-all').click();
  await page.waitForFunction(() => location.search === '');
  assert.equal(await page.locator('.chip[aria-pressed="true"]').count(), 0);
  assert.equal(await page.locator('select.coverage-kind').inputValue(), 'all');
  assert.equal((await chartOption(page, 'featured')).xAxis[0].type, 'value');
  assert.ok(await page.locator('button.clear-all').isDisabled());
});

test('unknown and invalid link parameters are ignored with a notice', async () => {
  const page = await open(browser, '?foo=bar&cov=weekly&cat=nonexistent&lang=%3Cscript%3E');
  await waitForDashboard(page);
  // The address is cleaned in place: Back does not return to the bad link.
  await page.waitForFunction(() => location.search === '');
  assert.equal(await page.evaluate(() => history.length), 2, 'about:blank and this page, nothing pushed');
  const notice = await page.locator('.notices').innerText();
  assert.match(notice, /foo=bar/);
  assert.match(notice, /cov=weekly/);
  assert.match(notice, /unknown category “nonexistent”/);
  assert.match(notice, /lang=<script>/);
  assert.equal(seriesValues(await chartOption(page, 'featured')).length, 6);
  assertNoPageErrors(page);
});

test('the notice of what a link asked for in vain is in the reader\'s language, and follows a switch', async () => {
  const page = await open(browser, '?lang=fr&foo=bar&cat=nonexistent');
  await waitForDashboard(page);
  const items = () => page.locator('.notices li').allInnerTexts();
  assert.deepEqual(await items(), [
    'Paramètre du lien ignoré\u00a0: «\u00a0foo=bar\u00a0».',
    'Catégorie inconnue ignorée\u00a0: «\u00a0nonexistent\u00a0».',
  ]);
  await page.locator('button.lang[data-lang="ar"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  assert.deepEqual(await items(), ['تم تجاهل معامل الرابط «\u2068foo=bar\u2069».', 'تم تجاهل فئة غير معروفة «\u2068nonexistent\u2069».']);
  assertNoPageErrors(page);
});

test('at 320 px wide there is no horizontal scroll', async () => {
  const page = await open(browser);
  await page.setViewportSize({ width: 320, height: 800 });
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  for (const view of ['', '?view=table']) {
    if (view) { await page.goto(page.url().split('?')[0] + view); await page.locator('table.observations').waitFor(); }
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(widths[0] <= widths[1], `scrollWidth ${widths[0]} > clientWidth ${widths[1]} (${view || 'charts'})`);
  }
});

test('indicator, source and geography filters, each in the URL', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await page.locator('select.add-indicator').selectOption('rescued_at_sea');
  await page.waitForFunction(() => location.search === '?ind=rescued_at_sea');
  assert.equal(await page.locator('select.add-indicator').inputValue(), '', 'the picker goes back to its prompt');
  await page.locator('.active-filter[data-filter="ind:rescued_at_sea"]').click();
  await page.waitForFunction(() => location.search === '');

  await page.locator('.chip.geo[data-geography="spain"]').click();
  await page.waitForFunction(() => location.search === '?geo=spain');
  assert.deepEqual(seriesValues(await chartOption(page, 'featured')), [], 'no Moroccan figure passes a Spain filter');
  const europe = await chartOption(page, 'europe');
  assert.deepEqual(europe.series.map((s) => s.stack), ['spain', 'spain']);

  await page.locator('button.clear-all').click();
  await page.waitForFunction(() => location.search === '');
  const source = await page.locator('select.add-source option').nth(1).getAttribute('value');
  await page.locator('select.add-source').selectOption(source);
  await page.waitForFunction((s) => location.search === `?src=${s}`, source);
  const rows = await page.locator('.match-count').innerText();
  assert.ok(Number(rows.split(' ')[0]) > 0 && Number(rows.split(' ')[0]) < 10, rows);
});

test('a legend item toggles its indicator through our ECharts binding', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const trend = await chartOption(page, 'trend');
  const name = trend.series.find((s) => /rescued at sea/i.test(s.name)).name;
  await page.locator('[data-chart="trend"] .chart-canvas').evaluate((el, name) => {
    window.echarts.getInstanceByDom(el).dispatchAction({ type: 'legendToggleSelect', name });
  }, name);
  await page.waitForFunction(() => location.search === '?ind=rescued_at_sea');
  assert.ok((await chartOption(page, 'trend')).series.every((s) => /rescued at sea/i.test(s.name)));
});

test('a dot in the discrepancy chart filters to its source', async () => {
  const page = await open(browser, '?yr=2017~2017');
  // The chart is drawn as it scrolls in: without its entry animation, the
  // dot is at full size at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await waitForDashboard(page);
  // chartOption scrolls the chart into view: the box is read after it.
  const option = await chartOption(page, 'discrepancy');
  const canvas = page.locator('[data-chart="discrepancy"] .chart-canvas');
  const box = await canvas.boundingBox();
  const index = option.series[0].data.findIndex((d) => d.name.startsWith('North Africa Post: 80'));
  const [x, y] = await canvas.evaluate((el, v) => window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, v), option.series[0].data[index].value);
  await page.mouse.click(box.x + x, box.y + y);
  await page.waitForFunction(() => /src=/.test(location.search));
  assert.match(await page.locator('.active-filters').innerText(), /North Africa Post/);
});

test('each chart redraws only when its own inputs change', async () => {
  const page = await open(browser);
  // Every chart in view, so that none waits to be scrolled to.
  await page.setViewportSize({ width: 1280, height: 4000 });
  await waitForDashboard(page);
  for (const id of ['featured', 'trend', 'composition', 'europe', 'discrepancy']) await chartOption(page, id);
  // Count setOption calls on each live ECharts instance from now on.
  await page.evaluate(() => {
    window.__draws = {};
    for (const el of document.querySelectorAll('[data-chart]')) {
      const id = el.dataset.chart;
      const chart = window.echarts.getInstanceByDom(el.querySelector('.chart-canvas'));
      const setOption = chart.setOption.bind(chart);
      window.__draws[id] = 0;
      chart.setOption = (...args) => { window.__draws[id] += 1; return setOption(...args); };
    }
  });
  // The log axis is an input of the featured and trend charts only (the
  // discrepancy chart draws percentages).
  await page.locator('.log-toggle input').check();
  await page.waitForFunction(() => location.search === '?log=1');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__draws), { featured: 1, trend: 1, composition: 0, europe: 0, discrepancy: 0 });
  // A category that the composition chart does not show changes only what does.
  await page.locator('.chip[data-category="europe"]').click();
  await page.waitForFunction(() => location.search === '?cat=europe&log=1');
  await page.waitForTimeout(300);
  const draws = await page.evaluate(() => window.__draws);
  assert.equal(draws.europe, 0, 'the European chart already showed only Europe');
  assert.equal(draws.composition, 1);
});

test('copy link puts the current view on the clipboard', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE).origin });
  const page = await open(browser, '?cat=returns&view=table');
  await page.locator('table.observations').waitFor();
  await page.locator('button.copy-link').click();
  await page.locator('.share-status', { hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
});

test('the citation cites the view on screen: after a chip click, its URL is the new address', async () => {
  const page = await open(browser, '?lang=fr');
  await waitForDashboard(page);
  await page.locator('.chip[data-category="returns"]').click();
  await page.waitForFunction(() => location.search === '?cat=returns&lang=fr');
  // Give the view its turn to redraw before reading what a reader would copy.
  await page.waitForFunction(() => document.querySelector('.cite-long').textContent.includes(location.href), null, { timeout: 2000 }).catch(() => {});
  const cite = await page.locator('.cite-long').textContent();
  assert.ok(cite.includes(page.url()), `citation «${cite}» lacks ${page.url()}`);
  assertNoPageErrors(page);
});
