// Themes, keyboard exploration, charts' data tables, axe-core in each language,
// decal patterns and tooltips (languages themselves: languages.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, waitForDashboard, chartOption, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('dark theme from ?theme=dark uses ECharts dark theme; reduced motion turns animation off', async () => {
  const page = await open(browser, '?theme=dark');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await waitForDashboard(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const option = await chartOption(page, 'featured');
  assert.equal(option.backgroundColor.toLowerCase(), '#100c2a');
  assert.equal(option.animation, false);
  // Nor does the tooltip slide from mark to mark on its own timer.
  assert.equal(option.tooltip[0].transitionDuration, 0);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(bg, 'rgb(255, 255, 255)');
  // A tooltip is dark too, its words readable on it: ECharts' box was white.
  const canvas = page.locator('[data-chart="featured"] .chart-canvas');
  await canvas.evaluate((el) => window.echarts.getInstanceByDom(el).dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 }));
  const tip = page.locator('[data-chart="featured"] .chart-tooltip');
  await tip.waitFor();
  const colours = await tip.evaluate((el) => {
    const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
    const style = getComputedStyle(el);
    const [back, fore] = [lum(rgb(style.backgroundColor)), lum(rgb(style.color))];
    return { back, contrast: (Math.max(back, fore) + 0.05) / (Math.min(back, fore) + 0.05), text: el.innerText };
  });
  assert.ok(colours.back < 0.1, `a bright tooltip: ${JSON.stringify(colours)}`);
  assert.ok(colours.contrast >= 4.5, `its words at ${colours.contrast.toFixed(2)}:1`);
});

test('with the Auto theme the page follows the system turning dark while it is open; a chosen theme stays', async () => {
  const page = await open(browser);
  await page.emulateMedia({ colorScheme: 'light' });
  await waitForDashboard(page);
  const featuredGround = () => page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('[data-chart="featured"] .chart-canvas'))?.getOption().backgroundColor);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('[data-chart="featured"] .chart-canvas'))?.getOption().backgroundColor?.toLowerCase() === '#100c2a');
  await page.locator('select.theme').selectOption('light');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light', 'the reader chose light');
  assert.notEqual((await featuredGround())?.toLowerCase(), '#100c2a');
  await page.locator('select.theme').selectOption('auto');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assertNoPageErrors(page);
});

// The embed box comes after the download buttons in the page: a keyboard
// that opened it went on through those first, and could not close it.
test('keyboard: the embed box takes the focus as it opens, and Escape closes it back to its button', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await page.locator('button.embed-code').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('.embed-box select.embed-chart'));
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('.embed-box')), 'Tab goes on within the box');
  await page.keyboard.press('Escape');
  await page.locator('.embed-box').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.className), 'embed-code');
  assert.equal(await page.locator('button.embed-code').getAttribute('aria-expanded'), 'false');
  assertNoPageErrors(page);
});

test('keyboard: every control is reachable and a chart walks its points', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  const controls = await page.evaluate(() => [...document.querySelectorAll('button, select, input, a[href], [tabindex="0"]')]
    .filter((el) => !el.disabled && el.offsetParent !== null && !el.closest('details:not([open]) table')).length);
  const reached = new Set();
  for (let i = 0; i < controls + 20 && reached.size < controls; i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => {
      const el = document.activeElement;
      const path = [];
      for (let e = el; e && e !== document.body; e = e.parentElement) path.push(`${e.tagName}:${[...e.parentElement.children].indexOf(e)}`);
      return path.join('/');
    }));
  }
  assert.ok(reached.size >= controls, `reached ${reached.size} of ${controls} controls by Tab`);

  const chart = page.locator('[data-chart="featured"]');
  // Tooltips are drawn on the canvas; ECharts reports them as events.
  await chart.locator('.chart-canvas').evaluate((el) => {
    const instance = window.echarts.getInstanceByDom(el);
    instance.on('showtip', () => { window.__tip = 'shown'; });
    instance.on('hidetip', () => { window.__tip = 'hidden'; });
  });
  await chart.focus();
  const live = chart.locator('.chart-live');
  await page.keyboard.press('ArrowRight');
  // Each step says its figure first: the report's name, the chart's one
  // series, is its title's.
  assert.match(await live.innerText(), /^Irregular migration attempts foiled — .*48,963/);
  await page.keyboard.press('ArrowRight');
  assert.match(await live.innerText(), /^Smuggling networks dismantled — .*210/);
  await page.keyboard.press('End');
  assert.match(await live.innerText(), /Refugees recognised.*1,638/);
  await page.keyboard.press('Home');
  assert.match(await live.innerText(), /attempts foiled/);
  assert.equal(await page.evaluate(() => window.__tip), 'shown', 'the tooltip shows the focused point');
  await page.keyboard.press('Escape');
  assert.equal(await live.innerText(), '');
  await page.waitForFunction(() => window.__tip === 'hidden');
  // Described by its figures and keys, then by its footnote, each once:
  // the title, which names it, is not said again, nor is the footnote
  // read twice by a reader browsing the page.
  const [description, footnote] = (await chart.getAttribute('aria-describedby')).split(' ');
  const described = await page.locator(`#${description}`).textContent();
  assert.match(described, /^6 figures shown\. Highest: Irregular migration attempts foiled — Jan – Sep 2024: 48,963 · migrantaffairs\.info\./);
  assert.equal(await page.locator(`#${footnote}`).evaluate((el) => el.matches('.chart-scope')), true);
  assert.match(await page.locator(`#${footnote}`).textContent(), /events, not people/);
  assert.doesNotMatch(described, /events, not people/);
  assert.equal(await chart.locator('.chart-canvas').getAttribute('aria-hidden'), 'true');
  assert.equal(await chart.locator('details.chart-data table').count(), 0, 'the data table is built when opened');
  // The table follows the `toggle` event, which fires after the click.
  await chart.locator('details.chart-data summary').click();
  await chart.locator('details.chart-data table tbody tr').first().waitFor();
  assert.equal(await chart.locator('details.chart-data table tbody tr').count(), 6, 'the chart offers its data as a table');
  // Each row headed by its indicator, which its figure does not say again.
  const first = chart.locator('details.chart-data tbody tr').first();
  assert.equal((await first.locator('th[scope="row"]').allInnerTexts()).at(-1), 'Irregular migration attempts foiled');
  assert.match(await first.locator('td').last().innerText(), /^Jan – Sep 2024: 48,963 · migrantaffairs\.info/);
  // Named by the chart's title in a screen reader's list of tables.
  const title = await chart.locator('.chart-title').textContent();
  assert.ok(title.length > 5);
  assert.equal(await page.getByRole('table', { name: title, exact: true }).count(), 1);
  await chart.locator('details.chart-data summary').click();
  await chart.locator('details.chart-data table').waitFor({ state: 'detached' });
  assert.equal(await chart.locator('details.chart-data table').count(), 0, 'closed again');
});

// The 2017 disagreements' chart with its data table open.
async function disagreementsTable(query) {
  const page = await open(browser, query);
  await waitForDashboard(page);
  const chart = page.locator('[data-chart="discrepancy"]');
  await chartOption(page, 'discrepancy');
  await chart.locator('details.chart-data summary').click();
  await chart.locator('details.chart-data table tbody tr').first().waitFor();
  return { page, chart };
}

test('in Arabic the arrow keys walk a chart the way it runs, right to left', async () => {
  const page = await open(browser, '?lang=ar');
  await waitForDashboard(page);
  const chart = page.locator('[data-chart="trend"]');
  await chart.scrollIntoViewIfNeeded();
  await chartOption(page, 'trend');
  const x = (year) => chart.locator('.chart-canvas').evaluate((el, year) => window.echarts.getInstanceByDom(el).convertToPixel({ xAxisIndex: 0 }, year), year);
  assert.ok(await x('2018') < await x('2017'), 'the years run right to left');
  await chart.focus();
  const live = chart.locator('.chart-live');
  await page.keyboard.press('Home');
  assert.match(await live.innerText(), /— 2017: /);
  await page.keyboard.press('ArrowLeft');
  assert.match(await live.innerText(), /— 2018: /, '← goes to the year on the left');
  await page.keyboard.press('ArrowRight');
  assert.match(await live.innerText(), /— 2017: /, '→ comes back');
  assertNoPageErrors(page);
});

test('Enter on a chart\'s focused figure filters to it, as a click does', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const featured = page.locator('[data-chart="featured"]');
  await chartOption(page, 'featured');
  await featured.focus();
  assert.match(await featured.locator('.chart-description').textContent(), /Enter to filter by a figure/);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.active-filter').count(), 0, 'no figure focused yet: nothing to filter by');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.locator('.active-filter[data-filter="ind:networks_dismantled"]').waitFor();
  await page.waitForFunction(() => location.search === '?ind=networks_dismantled');
  assert.ok(await featured.evaluate((el) => el === document.activeElement), 'the chart keeps the focus');
  // A dot of the disagreements stands for one source's figure.
  await page.locator('.active-filter').click();
  await page.waitForFunction(() => location.search === '');
  const dots = page.locator('[data-chart="discrepancy"]');
  await dots.scrollIntoViewIfNeeded();
  await chartOption(page, 'discrepancy');
  await dots.focus();
  await page.keyboard.press('Home');
  assert.match(await dots.locator('.chart-live').innerText(), /Le360: at least 50,000/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search === '?src=le360-2017');
  assertNoPageErrors(page);
});

// What a screen reader hears of each chart before walking it.
test('a chart\'s description names whose figure is highest and lowest, as the chart shows it, and a trend only over years', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const description = (id) => page.locator(`[data-chart="${id}"] .chart-description`).textContent();
  // Several series: the year alone did not say whose figure; the period
  // and qualifier are the chart's (a Jan–Aug figure is not a year's).
  // Spain's stack is one figure, its total, as the chart shows it, with
  // its publisher: Frontex's about 47,000 was heard as the highest under
  // Spain's 63,970, what the routes leave of the total as the lowest, and
  // then the sum's last figure, 2,696, as the highest.
  assert.match(await description('europe'), /Highest: Irregular arrivals in Spain — 2024: 63,970 · Pledge Times \(Spanish Interior Ministry\)\. Lowest: Frontex detections, Western African route — Jan – Aug 2025: about 12,150 · Frontex/);
  // What a ring's parts leave of its whole is a slice, heard as one, with where each slice comes from.
  assert.match(await description('composition'), /Highest: Voluntary returns \(Interior Ministry\) \[other\]: 2,724 \(62\.1%\) — Jan – Sep 2024: 4,388 −\u00a01,664 =\u00a02,724 · migrantaffairs\.info\. Lowest: Voluntary returns coordinated with IOM: 1,664 \(37\.9%\) — Jan – Sep 2024 · migrantaffairs\.info\./);
  assert.match(await description('trend'), /Highest: Irregular migration attempts foiled \(full year\) — 2018: 88,761 · Yabiladi/);
  assert.match(await description('trend'), /From first to last year, Irregular migration attempts foiled \(full year\) — 2017: 55,000 · Elnashra → 2024: /);
  // Across indicators or rows there is no first and last year.
  for (const id of ['featured', 'discrepancy']) assert.doesNotMatch(await description(id), /first to last year/, id);
  // What the figures count is heard with them, after the keys: the
  // chart's footnote, which describes it too.
  const described = (id) => page.locator(`[data-chart="${id}"]`).evaluate((chart) =>
    chart.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' '));
  assert.match(await described('featured'), /Smuggling networks dismantled — Jan – Sep 2024: 210 · migrantaffairs\.info\. Use the arrow keys.* Irregular migration attempts foiled: Attempts are events, not people: one person can be counted several times\.\sVoluntary returns /);
  assert.match(await described('europe'), /Escape to close the tooltip\. .*Frontex counts border-crossing detections, not individuals\./);
  // A ring's slices have no axis: each row is headed by its part's name,
  // as a bar's by its year (a screen reader's table navigation read the
  // cells without a header), with no column of blank series.
  const ring = page.locator('[data-chart="composition"]');
  await ring.locator('details.chart-data summary').click();
  await ring.locator('details.chart-data td:visible').first().waitFor();
  assert.deepEqual(await ring.locator('details.chart-data thead th:visible').allInnerTexts(), ['Indicator', 'Value']);
  assert.deepEqual(await ring.locator('details.chart-data tbody th[scope="row"]:visible').allInnerTexts(), ['Voluntary returns coordinated with IOM', 'Voluntary returns (Interior Ministry) [other]']);
  // A chart by year heads its years "Year", not "Category".
  const byYear = page.locator('[data-chart="trend"]');
  await byYear.locator('details.chart-data summary').click();
  await byYear.locator('details.chart-data td:visible').first().waitFor();
  assert.deepEqual(await byYear.locator('details.chart-data thead th:visible').allInnerTexts(), ['Series', 'Year', 'Value']);
  // Each row headed by its year, its figure without it: a screen reader
  // read the year three times a row ("2017 | 2017: 55,000 · Elnashra").
  const firstYear = byYear.locator('details.chart-data tbody tr').first();
  assert.deepEqual(await firstYear.locator('th[scope="row"]').allInnerTexts(), ['Irregular migration attempts foiled (full year)', '2017'], 'its series and its year');
  assert.equal(await firstYear.locator('td:visible').last().innerText(), '55,000 · Elnashra');
  await byYear.locator('details.chart-data summary').click();
  assert.deepEqual(await ring.locator('details.chart-data td:visible').allInnerTexts(), ['1,664 (37.9%) — Jan – Sep 2024 · migrantaffairs.info', '2,724 (62.1%) — Jan – Sep 2024: 4,388 −\u00a01,664 =\u00a02,724 · migrantaffairs.info']);
  // A year is said once when a point gets focus.
  const chart = page.locator('[data-chart="trend"]');
  await chart.scrollIntoViewIfNeeded();
  await chartOption(page, 'trend');
  await chart.focus();
  await page.keyboard.press('Home');
  assert.equal(await chart.locator('.chart-live').innerText(), 'Irregular migration attempts foiled (full year) — 2017: 55,000 · Elnashra');
  assertNoPageErrors(page);
});

test('the dots\' data table and description read figures, not the percentages they are drawn at', async () => {
  const { page, chart } = await disagreementsTable('?yr=2017~2017');
  const rows = await chart.locator('details.chart-data tbody tr').allInnerTexts();
  assert.ok(rows.some((r) => /Smuggling networks dismantled.*\tLe360: 73$/.test(r)), rows.join(' | '));
  // The dots have no series: no column of blanks for a screen reader to
  // read. Their indicators are headed so, not "Category", the filter bar's
  // word for its groups.
  assert.deepEqual(await chart.locator('details.chart-data thead th:visible').allInnerTexts(), ['Indicator', 'Value']);
  assert.match(await chart.locator('.chart-description').textContent(), /Highest: .*attempts foiled.*: 50,000 \(Jan 2017 – report date\)\. Lowest: .*networks dismantled.*: 73\./);
  assertNoPageErrors(page);
});

test('in Arabic a chart\'s data table reads a figure from its publisher, right to left', async () => {
  const { page, chart } = await disagreementsTable('?lang=ar&yr=2017~2017');
  const cell = chart.locator('details.chart-data tbody td', { hasText: /^Le360: .*50\.000$/ }).first();
  // Where the publisher and the figure are drawn: the publisher first, on the right.
  const x = await cell.evaluate((td) => {
    const at = (text) => {
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.data.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + text.length);
        return range.getBoundingClientRect().x;
      }
      return null;
    };
    return { publisher: at('Le360'), figure: at('50.000') };
  });
  assert.ok(x.publisher > x.figure, JSON.stringify(x));
  assertNoPageErrors(page);
});

for (const [view, extra] of [['dashboard', ''], ['embed', '&embed=1&controls=1'], ['dashboard with a notice', '&unknown=1'],
  ['charts left empty and a filter chip', '&cat=europe&src=infobae-spain-2023']]) {
for (const lang of ['en', 'fr', 'ar']) {
  for (const theme of ['light', 'dark']) {
    test(`axe-core finds no violations: ${view}, ${lang}, ${theme}`, async () => {
      const page = await open(browser, `?lang=${lang}&theme=${theme}${extra}`);
      await chartOption(page, 'discrepancy');
      // Served from our origin: the page's CSP allows no inline script.
      await page.addScriptTag({ url: '/__test/axe.min.js' });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, []);
    });
  }
}
}

for (const lang of ['en', 'ar']) {
  for (const theme of ['light', 'dark']) {
    test(`axe-core finds no violations: the table on a phone, ${lang}, ${theme}`, async () => {
      const page = await open(browser, `?lang=${lang}&theme=${theme}&view=table`);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.locator('table.observations tbody tr').first().waitFor();
      await page.addScriptTag({ url: '/__test/axe.min.js' });
      // With WCAG 2.2's target size, off by default: a source's link and the
      // "Also in" one under it were 16 px high, 20 px apart.
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }));
      assert.deepEqual(result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    });
  }
}

test('a screen reader names the filter bar, its year menus and a filter\'s remove button in the page\'s language', async () => {
  for (const [lang, bar, years, remove, groups] of [
    ['en', 'Filters', ['First year', 'Last year'], 'Remove Kaayxol (ministry) · 2025', ['Region', 'View']],
    ['fr', 'Filtres', ['Première année', 'Dernière année'], 'Retirer Kaayxol (ministère) · 2025', ['Région', 'Affichage']],
    ['ar', 'عوامل التصفية', ['السنة الأولى', 'السنة الأخيرة'], 'إزالة Kaayxol (الوزارة) · 2025', ['المنطقة', 'طريقة العرض']],
  ]) {
    const page = await open(browser, `?lang=${lang}&src=kaayxol-2025`);
    await waitForDashboard(page);
    assert.equal(await page.getByRole('region', { name: bar, exact: true }).count(), 1, `${lang}: ${bar}`);
    // The region chips and the Charts / Table switch: groups with a name, not an unnamed grouping.
    for (const [name, inside] of [[groups[0], '.chip.geo'], [groups[1], '[data-view]']]) {
      assert.equal(await page.getByRole('group', { name, exact: true }).locator(inside).count() > 0, true, `${lang}: ${name}`);
    }
    await page.getByRole('combobox', { name: years[0], exact: true }).selectOption('2018');
    await page.getByRole('combobox', { name: years[1], exact: true }).selectOption('2023');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('yr') === '2018~2023');
    await page.getByRole('button', { name: remove, exact: true }).click();
    await page.waitForFunction(() => !location.search.includes('src='));
    assertNoPageErrors(page);
    await page.close();
  }
});

test('decal patterns can be switched on, so colour never carries meaning alone', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const decal = async () => [].concat((await chartOption(page, 'trend')).aria)[0]?.decal?.show ?? false;
  assert.equal(await decal(), false);
  await page.locator('.patterns-toggle input').check();
  await page.waitForFunction(() => location.search === '?pat=1');
  assert.equal(await decal(), true);
  // And every chart still draws with patterns, from a shared link too.
  await page.goto(page.url());
  for (const id of ['featured', 'trend', 'composition', 'europe', 'discrepancy']) {
    assert.equal([].concat((await chartOption(page, id)).aria)[0].decal.show, true, id);
    assert.equal(await page.locator(`[data-chart="${id}"] .chart-canvas canvas`).count(), 1, `${id} drew a canvas`);
  }
  assertNoPageErrors(page);
});

test('the filters hold no empty list for a screen reader: the active filters\' list is there once it has one', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const lists = page.locator('section.filter-bar').getByRole('list');
  const chipsAt = async () => (await page.locator('.filter-bar').boundingBox()).height;
  const height = await chipsAt();
  assert.equal(await lists.count(), 0);
  await page.locator('select.add-indicator').selectOption('rescued_at_sea');
  await page.locator('.active-filter').waitFor();
  assert.equal(await lists.count(), 1);
  assert.equal(await lists.getByRole('listitem').count(), 1);
  await page.locator('.active-filter').click();
  await page.waitForFunction(() => !document.querySelector('.active-filter'));
  assert.equal(await lists.count(), 0);
  assert.equal(await chipsAt(), height, 'the filters keep their height');
  assertNoPageErrors(page);
});

/** Move the mouse onto a data point of a chart; returns the tooltip element handle. */
export async function hoverPoint(page, id, value) {
  const canvas = page.locator(`[data-chart="${id}"] .chart-canvas`);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const [x, y] = await canvas.evaluate((el, v) => window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, v), value);
  await page.mouse.move(box.x + x, box.y + y);
  return [box.x + x, box.y + y];
}

const tooltipText = (page, id) => page.evaluate((id) => {
  const tip = [...document.querySelectorAll(`[data-chart="${id}"] .chart-canvas > div`)].find((d) => d !== d.parentElement.firstElementChild);
  return tip && getComputedStyle(tip).display !== 'none' && getComputedStyle(tip).visibility !== 'hidden' && Number(getComputedStyle(tip).opacity) > 0 ? tip.textContent : null;
}, id);

test('a featured bar\'s tooltip says what it counts, its period and its publisher; a total at a date, how exact the date is', async () => {
  const page = await open(browser);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  const shown = async (value, row) => {
    await hoverPoint(page, 'featured', [value / 2, row]);
    await page.waitForFunction((n) => (document.querySelector('[data-chart="featured"] .chart-canvas > div:not(:first-child)')?.textContent ?? '').includes(n), value.toLocaleString('en'));
    return tooltipText(page, 'featured');
  };
  assert.equal(await shown(48963, 0), 'Irregular migration attempts foiledJan – Sep 2024: 48,963 · migrantaffairs.info');
  // Not over the report's January–September: a stock counted at a date, and how exact that date is.
  const refugees = await shown(1638, 5);
  assert.match(refugees, /^Refugees recognised by the state \(BRA\)Sep 2024 \(as of the report\): 1,638 · migrantaffairs\.infoAs of mid-September 2024, cumulative; exact date not published\.$/);
  assertNoPageErrors(page);
});

test('a bar by year names the other figures of its year that it does not draw, a line each', async () => {
  const page = await open(browser, '?ind=attempts_foiled&cov=ytd');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await waitForDashboard(page);
  await chartOption(page, 'trend');
  // 2022: the Jan–Nov figure is drawn; the New Arab's Jan–Aug "at least 56,000" was said nowhere.
  await hoverPoint(page, 'trend', ['2022', 20000]);
  await page.waitForFunction(() => /40,589/.test(document.querySelector('[data-chart="trend"] .chart-canvas > div:not(:first-child)')?.textContent ?? ''));
  const tip = await page.evaluate(() => document.querySelector('[data-chart="trend"] .chart-canvas > div:not(:first-child)').innerText);
  assert.deepEqual(tip.split('\n').slice(1), [
    'Jan 2022 – report date: 40,589 · Alyaoum24 via Maghress;',
    // Its own note, as the table's.
    'To the date of the autumn report; exact cut-off not published;',
    'Other figures for this year:',
    'Jan – Aug 2022: at least 56,000 · The New Arab (Anadolu)',
  ], tip);
  assertNoPageErrors(page);
});

test('a tooltip stays while hovered and Escape dismisses it', async () => {
  const page = await open(browser);
  // No animation, so the bar is where it ends up when the mouse arrives.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  const [x, y] = await hoverPoint(page, 'featured', [24000, 0]);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart="featured"] .chart-canvas > div')].some((d) => /48,963/.test(d.textContent) && getComputedStyle(d).display !== 'none'));
  // Into the tooltip itself: it stays.
  const tip = await page.evaluate(() => {
    const d = [...document.querySelectorAll('[data-chart="featured"] .chart-canvas > div')].find((d) => /48,963/.test(d.textContent));
    const r = d.getBoundingClientRect();
    return [r.x + r.width / 2, r.y + r.height / 2];
  });
  // In one move: a reader's pointer crosses the gap within ECharts' hide
  // delay (100 ms), which steps of a loaded test browser may not (the
  // tooltip then hid in about one suite run of ten).
  await page.mouse.move(tip[0], tip[1]);
  await page.waitForTimeout(400);
  assert.match(await tooltipText(page, 'featured') ?? '', /48,963/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => ![...document.querySelectorAll('[data-chart="featured"] .chart-canvas > div')]
    .some((d) => /48,963/.test(d.textContent) && getComputedStyle(d).display !== 'none' && Number(getComputedStyle(d).opacity) > 0));
  assert.ok(x > 0 && y > 0);
  assertNoPageErrors(page);
});

test('in forced colours (High Contrast) a pressed button still looks pressed, panels keep an edge, and a chart its light ground', async () => {
  // A reader's black High Contrast theme, with the light theme asked for by
  // the link (a newsroom's embed): the chart is drawn in grey words for white.
  const page = await open(browser, '?theme=light');
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  await page.locator('button.chip[data-category]').first().click();
  const look = (selector) => page.locator(selector).first().evaluate((el) => {
    const style = getComputedStyle(el);
    return `${style.backgroundColor} ${style.color}`;
  });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgb(0, 0, 0)', 'the forced palette is on');
  for (const group of ['.lang', '.view-switch button', 'button.chip[data-category]']) {
    assert.notEqual(await look(`${group}[aria-pressed="true"]`), await look(`${group}[aria-pressed="false"]`), `${group}: pressed looks unpressed`);
  }
  for (const panel of ['#app .card', '.filter-bar']) {
    const edge = await page.locator(panel).first().evaluate((el) => getComputedStyle(el).borderTopStyle);
    assert.equal(edge, 'solid', `${panel} has an edge`);
  }
  const grounds = await page.locator('.chart-canvas').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  assert.ok(grounds.length >= 4 && grounds.every((g) => g === 'rgb(255, 255, 255)'), `chart grounds: ${grounds}`);
  assertNoPageErrors(page);
});

// Chromium on Linux and Windows changes a closed select's value on each
// arrow key: the "Indicator…" menu added its first option on the first
// ArrowDown, and the arrows never reached the others.
test('keyboard: arrows browse a filter menu without applying it; Enter or leaving applies, Escape puts it back', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const menu = page.locator('select.add-indicator');
  const options = await menu.locator('option').evaluateAll((os) => os.map((o) => o.value));
  await menu.focus();
  const search = await page.evaluate(() => location.search);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await menu.inputValue(), options[2], 'the arrows reach the second indicator');
  assert.equal(await page.evaluate(() => location.search), search, 'nothing applied while browsing');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('ind') === id, options[2]);
  assert.equal(await menu.inputValue(), '', 'back to its prompt, the pick a chip');
  // Escape puts back what was there: nothing added.
  const source = page.locator('select.add-source');
  await source.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  assert.equal(await source.inputValue(), '');
  await source.blur();
  // A year menu: three steps make no history entries; leaving it applies the last.
  const from = page.locator('select.year-from');
  const [history, first] = await page.evaluate(() => [history.length, document.querySelector('select.year-from').value]);
  await from.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  const chosen = await from.inputValue();
  assert.notEqual(chosen, first);
  assert.equal(await page.evaluate(() => new URLSearchParams(location.search).get('src')), null, 'Escape added no source');
  assert.equal(await page.evaluate(() => history.length), history);
  await page.keyboard.press('Tab');
  await page.waitForFunction((y) => (new URLSearchParams(location.search).get('yr') ?? '').startsWith(y), chosen);
  assert.equal(await page.evaluate(() => history.length), history + 1, 'one entry for the year picked');
  // A pick in the list, as a pointer makes it, applies at once.
  await page.locator('select.add-indicator').selectOption(options[1]);
  await page.waitForFunction((id) => (new URLSearchParams(location.search).get('ind') ?? '').split('~').includes(id), options[1]);
  // So does one after arrows, in the list they opened (macOS) or Space did:
  // a change in a task of its own is a pick, not a step.
  const sourceIds = await source.locator('option').evaluateAll((os) => os.map((o) => o.value));
  await source.focus();
  await page.keyboard.press('ArrowDown');
  // The pick comes after the key's task, as a reader's in an opened list does.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await source.selectOption(sourceIds[2]);
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('src') === id, sourceIds[2]);
  // A pointer on a menu browsed with the arrows opens it from the value applied.
  await from.focus();
  const applied = await from.inputValue();
  await page.keyboard.press('ArrowUp');
  assert.notEqual(await from.inputValue(), applied);
  await from.dispatchEvent('pointerdown');
  assert.equal(await from.inputValue(), applied, 'the value shown is the one applied');
  assertNoPageErrors(page);
});

// Back undid the filter whose chip had the focus, and the focus fell to the
// page's body: a screen reader said nothing, and Tab started from the top.
test('keyboard: Back that takes away the focused chip hands the focus to the filter bar', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await page.locator('select.add-indicator').selectOption('rescued_at_sea');
  await page.waitForFunction(() => location.search === '?ind=rescued_at_sea');
  await page.locator('.active-filter').focus();
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  await page.waitForFunction(() => document.activeElement.matches('#app section.filter-bar'));
  // Tab goes on from there, not from the top of the page.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.querySelector('section.filter-bar').contains(document.activeElement)));
  assertNoPageErrors(page);
});

// Back while a year menu is browsed: the menus follow the history's filters
// (each option's `selected` is set again on any change of them), so leaving
// the menu applies no year the reader only passed over.
test('keyboard: Back while a menu is browsed with the arrows puts back its value, and leaving it applies nothing', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  // A change that leaves the year menus' options as they are.
  await page.locator('.patterns-toggle input').check();
  await page.waitForFunction(() => location.search === '?pat=1');
  const from = page.locator('select.year-from');
  const applied = await from.inputValue();
  await from.focus();
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await from.inputValue(), applied);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.equal(await from.inputValue(), applied, 'the menu shows the year applied');
  await page.keyboard.press('Tab');
  // Give a wrongly applied year its turn to reach the address.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  assert.equal(await page.evaluate(() => location.search), '', 'no year applied on leaving');
  assertNoPageErrors(page);
});

// By headings, the charts read as parts of the report's h2 above them, and
// the filters had no heading to reach them by.
test('the headings outline the page: the report, the filters, the charts (or the table), sharing and sources', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await chartOption(page, 'discrepancy');
  const outline = () => page.locator('#app').evaluate((main) => [...main.querySelectorAll('h1, h2')].map((h) => h.tagName));
  const h2s = () => page.locator('#app h2').allTextContents();
  assert.deepEqual((await outline())[0], 'H1');
  assert.deepEqual(await h2s(), ['Interior Ministry report, January–September 2024', 'Filters', 'Charts', 'Share and download', 'Sources']);
  // Each chart's h3 comes after the Charts h2.
  assert.ok(await page.locator('#app h2.sr-only:text-is("Charts") ~ * h3.chart-title').count() >= 5);
  // A theme browsed with the arrow keys applies when the menu is left, as the filter menus do.
  await page.locator('select.theme').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => new URLSearchParams(location.search).get('theme')), null);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('theme') === 'light');
  await page.locator('button[data-view="table"]').click();
  await page.waitForFunction(() => [...document.querySelectorAll('#app h2')].some((h) => h.textContent === 'Table'));
  assertNoPageErrors(page);
});

// The header sat inside `main`: no banner, and a reader jumping to the
// main content landed on the language switch. A notice of a bad link stood
// before the skip link, the first Tab.
test('landmarks: the header is the banner, outside main; with a notice the skip link is still the first Tab', async () => {
  const page = await open(browser, '?foo=1');
  await waitForDashboard(page);
  await page.locator('.notices').waitFor();
  assert.equal(await page.getByRole('banner').count(), 1);
  assert.equal(await page.getByRole('main').count(), 1);
  assert.equal(await page.evaluate(() => document.querySelector('header.masthead').closest('main')), null);
  assert.ok(await page.evaluate(() => ['.notices', '.cards', 'section.filter-bar', '[data-chart="featured"]', 'section.sources'].every((s) => document.querySelector('main').contains(document.querySelector(s)))));
  assert.ok(await page.getByRole('banner').getByRole('heading', { level: 1 }).count() === 1);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.matches('a.skip-link')), true, await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80)));
  assertNoPageErrors(page);
});

// A status region put into the page with its text already in it is not
// read out: a screen reader said nothing of a link's ignored parameters.
test('a link\'s notice comes into a status region that was on the page before it, empty', async () => {
  const page = await open(browser, '?foo=1&lang=fr');
  await page.addInitScript(() => {
    window.__live = [];
    let batch = 0;
    new MutationObserver((records) => {
      batch += 1;
      for (const r of records) for (const added of r.addedNodes) {
        if (added.nodeType !== 1) continue;
        for (const el of [added, ...added.querySelectorAll('*')]) {
          if (el.getAttribute('role') === 'status' && el.closest('main')) window.__live.push({ region: el, batch, text: el.textContent });
          if (el.matches('.notices li')) window.__live.push({ notice: el, batch });
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  // Anew, as the first load took the ignored parameter out of the address.
  await page.goto(`${BASE}/?foo=1&lang=fr`);
  await waitForDashboard(page);
  await page.locator('.notices li').waitFor();
  const seen = await page.evaluate(() => {
    const notice = window.__live.find((e) => e.notice);
    const region = notice.notice.closest('[role="status"]');
    const found = window.__live.find((e) => e.region === region);
    return { region: !!region, before: found ? found.batch < notice.batch : false, empty: found?.text === '', text: notice.notice.textContent };
  });
  assert.deepEqual(seen, { region: true, before: true, empty: true, text: seen.text });
  assert.match(seen.text, /foo=1/);
  assertNoPageErrors(page);
});

// Ten stops (the switchers and the six cards' links to one source) came
// before the filters, with no way past them.
test('keyboard: the first Tab finds a link past the header and the cards to the filters', async () => {
  const page = await open(browser, '?lang=fr');
  await waitForDashboard(page);
  const skip = page.locator('#app a.skip-link');
  assert.ok((await skip.boundingBox()).height <= 1, 'out of sight until it has the focus');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Aller aux filtres');
  assert.ok((await skip.boundingBox()).height > 10, 'seen once it has the focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.matches('#app section.filter-bar'));
  assert.equal(await page.evaluate(() => location.hash), '', 'no fragment, no history entry');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.querySelector('section.filter-bar').contains(document.activeElement)));
  assertNoPageErrors(page);
});

// The refugees' featured figure carries a note that ends its own sentence:
// the description read "exact date not published.." before "Use the arrow keys".
test('a chart\'s description ends a figure\'s note with one full stop', async () => {
  const page = await open(browser, '?ind=refugees_recognised');
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  const text = await page.locator('[data-chart="featured"] .chart-description').textContent();
  assert.match(text, /exact date not published\. /, text);
  assert.doesNotMatch(text, /\.\./, text);
  assertNoPageErrors(page);
});
