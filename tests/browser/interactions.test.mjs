// The dashboard's interactions, as a reader uses them: chips, Back,
// shared links, clicking a bar, "Clear all", a phone screen (the table: table.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, waitForDashboard, chartOption, seriesValues, legendItemCentre, assertNoPageErrors } from './harness.mjs';

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

// A menu the reader changed no longer follows its options' selected
// attribute: Back and Forward must set what it shows, as the URL says.
test('Back and Forward set the year menus to the years of the address', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const years = () => Promise.all(['from', 'to'].map((w) => page.locator(`select.year-${w}`).inputValue()));
  const [first, last] = await years();
  await page.locator('select.year-from').selectOption('2019');
  await page.waitForFunction(() => location.search.includes('yr=2019~'));
  await page.locator('select.year-to').selectOption('2023');
  await page.waitForFunction(() => location.search.includes('yr=2019~2023'));
  await page.goBack();
  await page.waitForFunction((last) => location.search === `?yr=2019~${last}`, last);
  assert.deepEqual(await years(), ['2019', last]);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.deepEqual(await years(), [first, last]);
  await page.goForward();
  await page.goForward();
  await page.waitForFunction(() => location.search === '?yr=2019~2023');
  assert.deepEqual(await years(), ['2019', '2023']);
  assertNoPageErrors(page);
});

test('a year picked past the other end stays as picked, and the other end follows it', async () => {
  const page = await open(browser, '?yr=2019~2021');
  await waitForDashboard(page);
  const years = () => Promise.all(['from', 'to'].map((w) => page.locator(`select.year-${w}`).inputValue()));
  await page.locator('select.year-from').selectOption('2024');
  await page.waitForFunction(() => location.search === '?yr=2024~2024');
  assert.deepEqual(await years(), ['2024', '2024'], 'from 2024, to 2024: not 2021–2024');
  await page.locator('select.year-to').selectOption('2018');
  await page.waitForFunction(() => location.search === '?yr=2018~2018');
  assert.deepEqual(await years(), ['2018', '2018']);
  await page.locator('select.year-to').selectOption('2020');
  await page.waitForFunction(() => location.search === '?yr=2018~2020');
  assert.deepEqual(await years(), ['2018', '2020'], 'within the range, only the end picked moves');
  assertNoPageErrors(page);
});

test('where figures match but no chart draws one, the page says the table lists them, and opens it', async () => {
  // 2015's refugees recognised, a stock at a date, and the regularisation
  // campaign of Dec 2016 – Dec 2017.
  const page = await open(browser, '?yr=2015~2016');
  await waitForDashboard(page);
  const line = page.locator('.only-in-table');
  await line.locator('button').waitFor();
  assert.equal(await line.innerText(), 'No chart draws the figures that match; the table lists them. Show the table');
  assert.match(await page.locator('.match-count').innerText(), /^2 /);
  await line.locator('button').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'table');
  // The button went with the charts; a keyboard reader is on the view's own.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.view), 'table');
  assert.equal(await page.locator('table.observations tbody tr').count(), 2);
  // Where the charts show every figure that matches (a bar's or one its
  // tooltip names), nothing is said.
  const drawn = await open(browser, '?ind=attempts_foiled');
  await waitForDashboard(drawn);
  await chartOption(drawn, 'discrepancy');
  assert.deepEqual(await drawn.locator('.only-in-table').evaluate((p) => [p.innerText.trim(), p.getBoundingClientRect().height]), ['', 0]);
  assertNoPageErrors(page);
  assertNoPageErrors(drawn);
});

// The refugees recognised picked: the featured chart drew 2024's 1,638, and
// nothing said that 2023's "about 2,300" and 2015's 614 were in the table.
test('where the charts show some of the figures that match, the page says how many only the table lists', async () => {
  const page = await open(browser, '?ind=refugees_recognised');
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  const line = page.locator('.only-in-table');
  await line.locator('button').waitFor();
  assert.equal(await line.innerText(), 'No chart shows 2 of the 3 figures that match; the table lists them. Show the table');
  assert.match(await page.locator('.match-count').innerText(), /^3 /);
  await line.locator('button').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'table');
  assert.equal(await page.locator('table.observations tbody tr').count(), 3);
  // In French, numbers and all, as the language writes them.
  const fr = await open(browser, '?ind=refugees_recognised&lang=fr');
  await waitForDashboard(fr);
  await fr.locator('.only-in-table button').waitFor();
  assert.equal(await fr.locator('.only-in-table span[role="status"]').innerText(), 'Aucun graphique ne montre 2 des 3\u00a0chiffres retenus\u00a0; le tableau les liste.');
  // On paper its words, not its button, and where the table is: the chart
  // view prints none.
  await fr.emulateMedia({ media: 'print' });
  assert.ok(await fr.locator('.only-in-table span[role="status"]').isVisible());
  assert.equal(await fr.locator('.only-in-table button').isVisible(), false);
  assert.equal(await fr.locator('.only-in-table .on-paper').innerText(), 'Imprimée depuis la vue Tableau, la page donne tous les chiffres retenus.');
  await fr.emulateMedia({ media: 'screen' });
  assert.equal(await fr.locator('.only-in-table .on-paper').isVisible(), false);
  // One figure is said as one.
  const one = await open(browser, '?src=alyaoum24-2023');
  await waitForDashboard(one);
  await one.locator('.only-in-table button').waitFor();
  assert.match(await one.locator('.only-in-table span[role="status"]').innerText(), /^No chart shows one of the \d+ figures that match; the table lists it\.$/);
  // The page as it opens says nothing of it: a line above the charts moved
  // them down after the first paint.
  const opened = await open(browser);
  await waitForDashboard(opened);
  await chartOption(opened, 'discrepancy');
  assert.equal(await opened.locator('.only-in-table').innerText(), '');
  assertNoPageErrors(page);
  assertNoPageErrors(fr);
  assertNoPageErrors(opened);
  assertNoPageErrors(one);
});

test('the trend says when some bars are too short to see, and that Log scale shows them', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const note = () => page.locator('[data-chart="trend"] .chart-note').innerText();
  await page.locator('[data-chart="trend"] .chart-note').waitFor();
  // About 200 networks dismantled beside 80,000 attempts.
  assert.match(await note(), /Some bars are under 1% of the tallest, too short to see: Log scale shows them\./);
  await page.locator('.log-toggle input').check();
  await page.waitForFunction(() => !/too short to see/.test(document.querySelector('[data-chart="trend"] .chart-note')?.innerText ?? ''));
  // Figures of one size: nothing to say.
  const rescue = await open(browser, '?cat=rescue_at_sea');
  await waitForDashboard(rescue);
  await chartOption(rescue, 'trend');
  assert.doesNotMatch(await rescue.locator('[data-chart="trend"]').innerText(), /too short to see/);
  assertNoPageErrors(page);
  assertNoPageErrors(rescue);
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
  // One publisher's first and later counts, told apart by their notes.
  const maghreb = dots.filter((d) => d.name.startsWith('Maghreb Daily News')).map((d) => d.name);
  assert.ok(maghreb.includes('Maghreb Daily News / bosla.info: 27,643 (First regularisation campaign, later count)'), maghreb.join(' | '));
  assert.equal(await page.locator('[data-chart="discrepancy"] .chart-note').innerText(),
    'Each dot is one source\'s figure, placed as a percentage of the highest figure in its row.');
  assertNoPageErrors(page);
});

// Once a chart has drawn all it was asked to (its bars move as it redraws):
// ECharts' `finished`, or a moment if it had finished already.
const settled = (canvas) => canvas.evaluate((el) => new Promise((resolve) => {
  const chart = window.echarts.getInstanceByDom(el);
  const done = () => { chart.off('finished', done); resolve(); };
  chart.on('finished', done);
  setTimeout(done, 1500);
}));

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
  // The live region that will say what the click did is there before it,
  // empty and not hidden: one shown by taking off `hidden` is not announced
  // by every screen reader.
  const live = page.locator('[data-chart="featured"] [role="status"]');
  assert.deepEqual(await live.evaluate((el) => [el.hidden, el.closest('[hidden]'), el.textContent]), [false, null, '']);
  await page.mouse.click(box.x + x, box.y + y);
  await page.waitForFunction(() => location.search === '?ind=rescued_at_sea');
  assert.deepEqual(seriesValues(await chartOption(page, 'featured')), [14260]);
  const chip = page.locator('.active-filter[data-filter="ind:rescued_at_sea"]');
  assert.match(await chip.innerText(), /rescued/i);
  // The chip stands far up the page: the chart says what the click did,
  // and only that chart.
  const picked = page.locator('[data-chart="featured"] .chart-picked');
  assert.equal(await picked.innerText(), 'Filtered to what you picked in this chart. Undo');
  assert.equal(await live.innerText(), 'Filtered to what you picked in this chart. Undo');
  assert.equal(await page.locator('.chart-picked:visible').count(), 1);
  // A second click on the bar takes the filter off: nothing to undo. Each
  // click once the chart has settled (its bars move as it redraws) and
  // where the bar is now (the line above the chart moves it down).
  const clickBar = async (index) => {
    await settled(canvas);
    const at = await canvas.boundingBox();
    const [bx, by] = await canvas.evaluate((el, index) => window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, [7130, index]), index);
    await page.mouse.click(at.x + bx, at.y + by);
  };
  await clickBar(0);
  await page.waitForFunction(() => location.search === '');
  assert.equal(await picked.isHidden(), true, 'no "filtered" over an unfiltered dashboard');
  await clickBar(2);
  await page.waitForFunction(() => location.search === '?ind=rescued_at_sea');
  // Another language keeps the rows the click chose, and the line.
  await page.locator('.switchers button.lang[data-lang="fr"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(await picked.innerText(), 'Filtré selon votre choix dans ce graphique. Annuler');
  await page.locator('.switchers button.lang[data-lang="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await chip.click();
  await page.waitForFunction(() => !location.search.includes('ind='));
  assert.equal(seriesValues(await chartOption(page, 'featured')).length, 6);
  // Gone once the filters are no longer the click's.
  assert.equal(await picked.isHidden(), true);
  // Undo puts back the filters before the click, and the keyboard stays on the chart.
  await page.goto(`${BASE}/?cat=enforcement~rescue_at_sea`);
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  await canvas.scrollIntoViewIfNeeded();
  await settled(canvas);
  const again = await canvas.boundingBox();
  // The middle of the first bar, whichever it is under these filters.
  const [x2, y2] = await canvas.evaluate((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    const first = chart.getOption().series[0].data[0];
    return chart.convertToPixel({ seriesIndex: 0 }, [(typeof first === 'object' ? first.value : first) / 2, 0]);
  });
  await page.mouse.click(again.x + x2, again.y + y2);
  await page.waitForFunction(() => location.search.includes('ind='));
  await picked.locator('button.chart-undo').click();
  await page.waitForFunction(() => location.search === '?cat=enforcement~rescue_at_sea');
  assert.equal(await picked.isHidden(), true);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.chart), 'featured');
  assertNoPageErrors(page);
});

test('a click on what Spain\'s routes leave of its total picks that total, and the chart keeps the stack', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await chartOption(page, 'europe');
  const canvas = page.locator('[data-chart="europe"] .chart-canvas');
  await canvas.scrollIntoViewIfNeeded();
  // The middle of the 2022 "(other)" bar, wherever its stack puts it.
  const clickRest = async () => {
    await settled(canvas);
    const at = await canvas.boundingBox();
    const [x, y] = await canvas.evaluate((el) => {
      const chart = window.echarts.getInstanceByDom(el);
      const index = chart.getOption().series.findIndex((s) => s.name.endsWith('(other)'));
      const bar = chart.getModel().getSeriesByIndex(index).getData().getItemLayout(0);
      return [bar.x + bar.width / 2, bar.y + bar.height / 2];
    });
    await page.mouse.click(at.x + x, at.y + y);
  };
  await clickRest();
  await page.waitForFunction(() => location.search === '?ind=spain_arrivals');
  // Spain's arrivals alone: its routes and what they leave, not Frontex.
  const europe = await chartOption(page, 'europe');
  assert.deepEqual(europe.series.map((s) => s.name), ['Irregular arrivals in the Canary Islands', 'Irregular arrivals on the Spanish mainland and Balearic Islands', 'Irregular arrivals in Spain (other)']);
  assert.deepEqual(seriesValues(europe, 2), [2542, 1507, 2696]);
  assert.equal(await page.locator('[data-chart="europe"].empty').count(), 0);
  // A screen reader hears the routes too.
  assert.match(await page.locator('[data-chart="europe"] .chart-description').textContent(), /Canary Islands/);
  // A second click takes the filter off.
  await clickRest();
  await page.waitForFunction(() => location.search === '');
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

test('a keyboard reader who removes a filter, or clears all, keeps a place on the page', async () => {
  const page = await open(browser, '?ind=rescued_at_sea~attempts_foiled&src=mwn-2018');
  await waitForDashboard(page);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return el.dataset.filter ?? (el.className || el.tagName);
  });
  const indicators = page.locator('.active-filter[data-filter^="ind:"]');
  const [first, second] = await indicators.evaluateAll((els) => els.map((el) => el.dataset.filter));
  await indicators.first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => !location.search.includes(id), first.slice(4));
  assert.equal(await focused(), second, 'the next chip takes the removed one\'s focus');
  // The source's chip is the last: the chip before it takes the focus.
  await page.locator('.active-filter[data-filter="src:mwn-2018"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !location.search.includes('src='));
  assert.equal(await focused(), second, 'the chip before takes the focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search === '');
  assert.equal(await focused(), 'add-indicator', "the last chip's menu takes the focus");

  await page.locator('button.chip[data-category]').first().click();
  await page.locator('button.clear-all').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search === '');
  assert.equal(await focused(), 'clear-all', 'Clear all keeps the focus');
  assert.equal(await page.locator('button.clear-all').getAttribute('aria-disabled'), 'true');
  const entries = await page.evaluate(() => history.length);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => history.length), entries, 'a cleared Clear all does nothing');
  assert.notEqual(await focused(), 'BODY');
  assertNoPageErrors(page);
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
  // Dismissed by keyboard, the notice hands the focus on to the next control.
  await page.locator('.notices .dismiss').focus();
  await page.keyboard.press('Enter');
  await page.locator('.notices').waitFor({ state: 'detached' });
  // To the first control after it, in the main content (the header's, the
  // language's among them, come before it).
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('#app main :is(button, select, input, a[href])')), true);
  assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'BODY');
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
  // The two routes, and what they leave of Spain's total, stacked.
  assert.deepEqual(europe.series.map((s) => s.stack), Array(3).fill('Irregular arrivals in Spain'));
  assert.deepEqual(seriesValues(europe, 2), [2542, 1507, 2696]);

  await page.locator('button.clear-all').click();
  await page.waitForFunction(() => location.search === '');
  // Morocco World News stands for three sources: each is told apart by its years.
  const offered = await page.locator('select.add-source option').allTextContents();
  assert.deepEqual(offered.filter((o) => o.startsWith('Morocco World News')), ['Morocco World News · 2018', 'Morocco World News · 2019', 'Morocco World News · 2020']);
  await page.locator('select.add-source').selectOption({ label: 'Morocco World News · 2019' });
  await page.waitForFunction(() => location.search === '?src=mwn-dgsn-2019');
  assert.equal(await page.locator('.active-filter[data-filter="src:mwn-dgsn-2019"]').textContent(), 'Morocco World News · 2019 ×');
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

test('a ring\'s legend is its key: a click on a part hides no slice, which would draw the rest as the whole', async () => {
  const page = await open(browser);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await waitForDashboard(page);
  const option = await chartOption(page, 'composition');
  const canvas = page.locator('[data-chart="composition"] .chart-canvas');
  const shown = () => canvas.evaluate((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    const legend = chart.getModel().getComponent('legend', 0);
    return chart.getOption().series[0].data.map((d) => legend.isSelected(d.name));
  });
  assert.deepEqual(await shown(), option.series[0].data.map(() => true));
  const [x, y] = await legendItemCentre(page, 'composition', 0);
  await page.mouse.click(x, y);
  await page.waitForTimeout(300);
  assert.deepEqual(await shown(), option.series[0].data.map(() => true), 'a slice was hidden');
  assertNoPageErrors(page);
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

// A click that changes a chart's legend rows gives its element a new
// height and draws it at that height; the observer's report of that height
// then had ECharts draw the whole chart again, at the size it had.
test('a chart that a click makes taller or shorter is drawn once, at its new height', async () => {
  const page = await open(browser);
  // Every chart in view, as one out of view takes its new height undrawn.
  await page.setViewportSize({ width: 1280, height: 4000 });
  await waitForDashboard(page);
  for (const id of ['featured', 'trend', 'composition', 'europe', 'discrepancy']) await chartOption(page, id);
  await page.waitForTimeout(300);
  const heights = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-chart]')].map((el) => [el.dataset.chart, el.querySelector('.chart-canvas').clientHeight])));
  const before = await heights();
  // ECharts' resize() without a size: a draw at the element's size.
  await page.evaluate(() => {
    window.__resizes = [];
    for (const el of document.querySelectorAll('[data-chart]')) {
      const chart = window.echarts.getInstanceByDom(el.querySelector('.chart-canvas'));
      const resize = chart.resize.bind(chart);
      chart.resize = (...args) => { if (!args.length) window.__resizes.push(el.dataset.chart); return resize(...args); };
    }
  });
  await page.locator('.chip[data-category="returns"]').click();
  await page.waitForFunction(() => location.search === '?cat=returns');
  await page.waitForTimeout(500);
  const after = await heights();
  const changed = Object.keys(before).filter((id) => before[id] !== after[id]);
  assert.ok(changed.length > 0, `a chart's height changed: ${JSON.stringify([before, after])}`);
  assert.deepEqual(await page.evaluate(() => window.__resizes), []);
  // Each chart drawn at its element's size.
  const sizes = await page.evaluate(() => [...document.querySelectorAll('[data-chart] .chart-canvas')].map((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    return [chart.getWidth() - el.clientWidth, chart.getHeight() - el.clientHeight];
  }));
  assert.ok(sizes.every(([w, h]) => w === 0 && h === 0), JSON.stringify(sizes));
  assertNoPageErrors(page);
  await page.close();
});

test('a figure of 0 on the log axis leaves the others their heights', async () => {
  const page = await open(browser, '?data=/__test/with-zero&ind=networks_dismantled&log=1');
  await waitForDashboard(page);
  const trend = page.locator('[data-chart="trend"]');
  await trend.scrollIntoViewIfNeeded();
  await chartOption(page, 'trend');
  // ECharts ranged a log axis with a 0 from 1 to 10: 419 networks drawn as 10.
  const extent = await trend.locator('.chart-canvas').evaluate((el) => window.echarts.getInstanceByDom(el).getModel().getComponent('yAxis', 0).axis.scale.getExtent());
  assert.deepEqual(extent, [1, 1000]);
  // The 0 is still read out as the chart's lowest figure.
  assert.match(await trend.locator('.chart-description').textContent(), /Lowest: .* Jan – Nov 2017: 0 · Le360; /);
  assertNoPageErrors(page);
});

test('a European bar of a year that has two figures names the other, and its embed credits both publishers', async () => {
  // Le360's full-year 2023 figure for the Canary Islands beside Infobae's: the chart had kept the first silently.
  const page = await open(browser, '?data=/__test/europe-twice&cat=europe');
  await waitForDashboard(page);
  const europe = page.locator('[data-chart="europe"]');
  await chartOption(page, 'europe');
  await europe.locator('.chart-data summary').click();
  const row = europe.locator('.chart-data tbody tr', { has: page.locator('th', { hasText: /^2023$/ }), hasText: /39,910 · Infobae/ });
  await row.waitFor();
  const value = await row.locator('td:nth-child(3)').innerText();
  assert.match(value, /^39,910 · Infobae .*;\s*Other figures for this year:\s*2023: 39,000 · Le360$/, value);
  assertNoPageErrors(page);
  const embed = await open(browser, '?data=/__test/europe-twice&embed=1&chart=europe');
  await embed.locator('[data-chart="europe"] .chart-canvas canvas').waitFor();
  await embed.waitForFunction(() => /Infobae/.test(document.querySelector('.embed-source')?.textContent ?? ''));
  assert.match(await embed.locator('.embed-source').innerText(), /Le360/);
  assertNoPageErrors(embed);
});

test('a figure alone on the log axis is drawn within its decade, not across five', async () => {
  const page = await open(browser, '?ind=rescued_at_sea&log=1');
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  const extent = await page.locator('[data-chart="featured"] .chart-canvas').evaluate((el) => window.echarts.getInstanceByDom(el).getModel().getComponent('xAxis', 0).axis.scale.getExtent());
  // ECharts alone ranged 14,260 from 100 to 10,000,000.
  assert.deepEqual(extent, [1000, 100000]);
  assertNoPageErrors(page);
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

test('the report\'s two charts follow the years, source and region chosen, as the other charts do', async () => {
  // 2016: no figure of the report's Jan – Sep 2024; they drew it anyway,
  // beside the one figure that matches (the regularisation campaign that
  // ran into 2017).
  const page = await open(browser, '?yr=2016~2016');
  await waitForDashboard(page);
  assert.match(await page.locator('.match-count').innerText(), /^1 /);
  for (const id of ['featured', 'composition']) {
    await page.locator(`[data-chart="${id}"].empty`).waitFor();
    assert.equal(await page.locator(`[data-chart="${id}"] .chart-empty`).innerText(), 'No figure in this chart matches the filters.');
    // Nor tells a screen reader of keys to walk figures it does not have,
    // nor is a tab stop with an empty data table: a reader of the page hears
    // the words the eye reads.
    const chart = page.locator(`[data-chart="${id}"]`);
    assert.doesNotMatch(await chart.locator('.chart-description').textContent(), /arrow keys/);
    assert.equal(await chart.getAttribute('tabindex'), '-1');
    assert.ok(await chart.locator('details.chart-data').isHidden());
    assert.equal(await chart.locator('.chart-empty').getAttribute('aria-hidden'), null);
  }
  // The headline cards stay: the report's own figures, whatever the filters.
  assert.equal(await page.locator('.card').count(), 6);
  // Its year: all of it; another source: none.
  const year = await open(browser, '?yr=2024~2024');
  await waitForDashboard(year);
  assert.deepEqual(seriesValues(await chartOption(year, 'featured')), [48963, 210, 14260, 4388, 1664, 1638]);
  const other = await open(browser, '?src=le360-2017');
  await waitForDashboard(other);
  await other.locator('[data-chart="featured"].empty').waitFor();
  // The ring's whole picked alone keeps its parts.
  const whole = await open(browser, '?ind=voluntary_returns');
  await waitForDashboard(whole);
  assert.equal(seriesValues(await chartOption(whole, 'composition')).length, 2);
  // So does a part picked alone, as Enter on its slice picks it: the ring
  // emptied under the keyboard's focus.
  const part = await open(browser);
  await waitForDashboard(part);
  const ring = part.locator('[data-chart="composition"]');
  await chartOption(part, 'composition');
  await ring.focus();
  await part.keyboard.press('Home');
  await part.keyboard.press('Enter');
  await part.waitForFunction(() => location.search === '?ind=voluntary_returns_iom');
  assert.deepEqual(seriesValues(await chartOption(part, 'composition')), [1664, 2724]);
  assert.equal(await ring.evaluate((el) => el.classList.contains('empty')), false);
  for (const p of [page, year, other, whole, part]) assertNoPageErrors(p);
});


// The table and the CSV said that 2022's returns count differently ("Mostly
// via IOM") and that the cut-off is not published; the bar's tooltip, which
// a reader quotes or screenshots, did not.
test('a trend bar\'s tooltip carries its figure\'s own note, in the reader\'s language', async () => {
  for (const [lang, note] of [
    ['en', 'Mostly via IOM. To the date of the autumn report; exact cut-off not published'],
    ['fr', 'Surtout par l\'OIM. Jusqu\'à la date du rapport d\'automne ; date d\'arrêt exacte non publiée'],
  ]) {
    const page = await open(browser, `?lang=${lang}&ind=voluntary_returns`);
    await waitForDashboard(page);
    const option = await chartOption(page, 'trend');
    const at = option.series.flatMap((s, seriesIndex) => s.data.map((d, dataIndex) => ({ seriesIndex, dataIndex, value: d && d.value }))).find((p) => p.value === 2326);
    assert.ok(at, JSON.stringify(option.series));
    const canvas = page.locator('[data-chart="trend"] .chart-canvas');
    await canvas.evaluate((el, { seriesIndex, dataIndex }) => echarts.getInstanceByDom(el).dispatchAction({ type: 'showTip', seriesIndex, dataIndex }), at);
    const tip = page.locator('[data-chart="trend"] .chart-tooltip');
    await page.waitForFunction((el) => el && el.style.display !== 'none' && el.textContent.includes('2'), await tip.elementHandle());
    const text = (await tip.textContent()).replace(/\s+/g, ' ');
    assert.ok(text.includes(note.replace(/\s+/g, ' ')), text);
    assertNoPageErrors(page);
    await page.close();
  }
});

// A link's years past the dataset's: the menus read "2020 – 2014" for a
// range to 2031, and a range of no year of figures emptied the page unsaid.
test('a shared link\'s years past the dataset\'s are cut to its own, or ignored with a notice', async () => {
  const page = await open(browser, '?yr=2020~2031&view=table');
  await waitForDashboard(page);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('yr') === '2020~2025');
  assert.equal(await page.locator('select.year-from').inputValue(), '2020');
  assert.equal(await page.locator('select.year-to').inputValue(), '2025');
  assert.equal(await page.locator('.notices').count(), 0, 'the same rows: nothing to say');
  const none = await open(browser, '?yr=2030~2040');
  await waitForDashboard(none);
  assert.deepEqual(await none.locator('.notices li').allInnerTexts(), ['Ignored the link parameter \u201cyr=2030~2040\u201d.']);
  assert.equal(await none.locator('select.year-from').inputValue(), '2014');
  assert.equal(await none.locator('select.year-to').inputValue(), '2025');
  assert.equal(query(none), '');
  assertNoPageErrors(page);
  assertNoPageErrors(none);
});

// A link put together by hand: a second cat= had dropped the first unsaid,
// years written backwards were ignored, one year past the dataset's was
// said as "yr=2030~2030", and of two languages the one dropped was unsaid.
test('a hand-made link: repeated lists add up, years backwards read forwards, an overridden value is said', async () => {
  const page = await open(browser, '?cat=returns&cat=rescue_at_sea&yr=2024~2018&lang=fr&lang=en');
  await waitForDashboard(page);
  await page.waitForFunction(() => location.search === '?cat=rescue_at_sea~returns&yr=2018~2024&lang=en');
  for (const cat of ['returns', 'rescue_at_sea']) {
    assert.equal(await page.locator(`.chip[data-category="${cat}"]`).getAttribute('aria-pressed'), 'true', cat);
  }
  assert.deepEqual(await Promise.all(['from', 'to'].map((w) => page.locator(`select.year-${w}`).inputValue())), ['2018', '2024']);
  assert.deepEqual(await page.locator('.notices li').allInnerTexts(), ['Ignored the link parameter \u201clang=fr\u201d.']);
  const late = await open(browser, '?yr=2030');
  await waitForDashboard(late);
  assert.deepEqual(await late.locator('.notices li').allInnerTexts(), ['Ignored the link parameter \u201cyr=2030\u201d.']);
  assertNoPageErrors(page);
  assertNoPageErrors(late);
});

// The Canaries were blue in the European chart and grey in the trend beside
// it; Spain's mainland routes, picked with the attempts foiled, ochre in the
// trend and blue in the European chart.
test('each European indicator has one colour in the trend and the European chart', async () => {
  // The last: more than 8 indicators between the two charts, where colours
  // given across both gave Frontex the trend's ochre of networks dismantled.
  const many = '?ind=attempts_foiled~networks_dismantled~rescued_at_sea~voluntary_returns~voluntary_returns_iom~spain_arrivals~frontex_western_african';
  for (const [link, least] of [['?cat=europe', 3], ['?ind=attempts_foiled~spain_arrivals_mainland_balearics', 1], [many, 1]]) {
    const page = await open(browser, link);
    await waitForDashboard(page);
    // The trend's full years: its dashed bars of part-years are filled clear.
    const colours = async (id) => Object.fromEntries((await chartOption(page, id)).series
      // "(full year)", or "[full year]" after a label's own parenthesis.
      .filter((s) => !/[([]year to date[)\]]$/.test(s.name)).map((s) => [s.name.replace(/ [([]full year[)\]]$/, ''), s.itemStyle?.color ?? s.color]));
    const [europe, trend] = [await colours('europe'), await colours('trend')];
    const shared = Object.keys(europe).filter((name) => name in trend);
    assert.ok(shared.length >= least, `${link}: ${Object.keys(europe)} / ${Object.keys(trend)}`);
    for (const name of shared) assert.equal(europe[name], trend[name], `${link}: ${name}`);
    // And within each chart, one indicator a colour.
    for (const own of [europe, trend]) assert.equal(new Set(Object.values(own)).size, Object.keys(own).length, `${link}: ${JSON.stringify(own)}`);
    assertNoPageErrors(page);
    await page.close();
  }
});
