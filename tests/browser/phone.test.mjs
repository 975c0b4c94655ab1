// On a phone's width every chart keeps room for its marks, and every name
// along an axis or in a legend is drawn whole, in each language; a tap reads
// a figure before it filters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BASE, CHROMIUM_OPTIONS, launch, open, waitForDashboard, chartOption, seriesValues, legendItemCentre, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// What ECharts laid out: the plot's share of the chart's width, the names it
// drew along the category axis, and the legend's box.
const layout = (page, id) => page.evaluate((id) => {
  const el = document.querySelector(`[data-chart="${id}"] .chart-canvas`);
  const chart = echarts.getInstanceByDom(el);
  const model = chart.getModel();
  const grid = model.getComponent('grid', 0);
  const category = ['yAxis', 'xAxis'].map((a) => model.getComponent(a, 0)).find((a) => a && a.get('type') === 'category');
  const legend = model.getComponent('legend', 0);
  const legendBox = legend && chart.getViewOfComponentModel(legend).group.getBoundingRect();
  return {
    width: el.clientWidth,
    plot: grid ? grid.coordinateSystem.getRect().width : null,
    names: category ? category.get('data').length : 0,
    drawnNames: category ? category.axis.getViewLabels().length : 0,
    legend: legendBox && { width: legendBox.width, items: legend.getData().length },
  };
}, id);

// A phone with a touch screen, in a browser of its own, the dashboard open:
// `run(page, context)`, then no page error.
async function onTouchPhone(viewport, run) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_OPTIONS, viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${BASE}/`);
    await waitForDashboard(page);
    await run(page, context);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

for (const lang of ['en', 'fr', 'ar']) {
  test(`${lang}, 360 px wide: the bars and dots keep a third of the width, and every name is drawn`, async () => {
    const page = await open(browser, `?lang=${lang}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await waitForDashboard(page);
    for (const id of ['featured', 'discrepancy']) {
      await chartOption(page, id);
      const l = await layout(page, id);
      assert.ok(l.plot >= l.width / 3, `${id}: plot ${l.plot} px of ${l.width}`);
      assert.ok(l.names > 0, id);
      assert.equal(l.drawnNames, l.names, `${id}: names drawn`);
    }
    // Every year along the trend's and the European chart's axis, turned:
    // side by side ECharts had drawn every other one (2017, 2019, …), and a
    // reader counted bars to find 2024.
    const trend = await chartOption(page, 'trend');
    const years = await layout(page, 'trend');
    assert.ok(years.names >= 8, `${years.names} years`);
    assert.equal(years.drawnNames, years.names, 'years drawn');
    assert.equal(trend.xAxis[0].axisLabel.rotate, 45, 'turned');
    // The European chart's four years stand side by side.
    await chartOption(page, 'europe');
    const europe = await layout(page, 'europe');
    assert.equal(europe.drawnNames, europe.names, 'European years drawn');
    await chartOption(page, 'composition');
    const pie = await layout(page, 'composition');
    assert.ok(pie.legend && pie.legend.items === 2, 'the names are in a legend');
    assert.ok(pie.legend.width <= pie.width, `legend ${pie.legend.width} px within ${pie.width}`);
    assertNoPageErrors(page);
    await page.close();
  });
}

test('on a desktop the years stand side by side, each drawn', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const option = await chartOption(page, 'trend');
  const l = await layout(page, 'trend');
  assert.equal(l.drawnNames, l.names);
  assert.notEqual(option.xAxis[0].axisLabel?.rotate, 45);
  assertNoPageErrors(page);
  await page.close();
});

// A reader scrolling with a finger that starts on a chart opened a tooltip
// (ECharts shows one as a touch starts), which stayed over the bars.
test('on a touch screen a finger scrolling over a chart leaves no tooltip; one sliding along the bars keeps it', async () => {
  await onTouchPhone({ width: 360, height: 780 }, async (page, context) => {
    await chartOption(page, 'trend');
    const canvas = page.locator('[data-chart="trend"] .chart-canvas');
    const cdp = await context.newCDPSession(page);
    // A finger down on the 2018 bar of attempts foiled, moved by (dx, dy) in steps, lifted.
    const drag = async (dx, dy) => {
      const box = await canvas.boundingBox();
      const [x, y] = await canvas.evaluate((el) => window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, ['2018', 20000]));
      const at = (f) => [{ x: box.x + x + dx * f, y: box.y + y + dy * f }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let i = 1; i <= 8; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / 8) });
        await page.waitForTimeout(40);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    };
    const tooltipShown = () => canvas.evaluate((el) => [...el.querySelectorAll(':scope > div')].some((d) => d !== el.firstElementChild && d.style.display !== 'none' && d.style.visibility !== 'hidden' && d.textContent.trim() !== ''));
    await drag(0, -150);
    assert.equal(await tooltipShown(), false, 'no tooltip after scrolling');
    await drag(40, 0);
    assert.equal(await tooltipShown(), true, 'a finger slid along the bars keeps the last one\'s tooltip');
    assert.equal(new URL(page.url()).search, '', 'nothing filtered');
    // A new theme makes a new chart in the same element: the old chart's
    // listeners go with it (a touch had called them after they were dropped).
    await page.selectOption('select.theme', 'dark');
    await chartOption(page, 'trend');
    await drag(0, -150);
    assert.equal(await tooltipShown(), false, 'no tooltip after scrolling, in the new theme');
  });
});

// The years turn, or stand level again, as the chart's width changes: a
// trend drawn wide and then narrowed had gone back to every other year.
// A phone draws a dozen bars a year about 2 px wide: there the dashed
// outline of a part-year bar filled it, and Jan – Aug 2025 passed for a
// whole year. Read from the pixels ECharts drew, down the middle of each bar.
test('on a phone a part-year bar is striped across, never solid as a full year\'s', async () => {
  const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-dpr-')), {
    ...CHROMIUM_OPTIONS, viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce',
  });
  // Closed whatever the outcome: a persistent context left open keeps the run alive.
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${BASE}/`);
    await chartOption(page, 'trend');
    await page.waitForTimeout(300);
    const inked = await page.evaluate(() => {
      const el = document.querySelector('[data-chart="trend"] .chart-canvas');
      const chart = window.echarts.getInstanceByDom(el);
      const canvas = el.querySelector('canvas');
      const ratio = canvas.width / el.clientWidth;
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      const years = chart.getOption().xAxis[0].data;
      // The share of a bar's pixels that are ink rather than the ground,
      // inside its edges.
      const share = (name, year) => {
        const index = chart.getOption().series.findIndex((s) => s.name === name);
        const { x, y, width, height } = chart.getModel().getSeriesByIndex(index).getData().getItemLayout(years.indexOf(year));
        let ink = 0;
        let all = 0;
        for (let col = Math.ceil(x * ratio); col < Math.floor((x + width) * ratio); col++) {
          for (let row = Math.ceil((y + height) * ratio) + 2; row < Math.floor(y * ratio) - 2; row++) {
            const at = (row * canvas.width + col) * 4;
            all += 1;
            if (pixels[at + 3] > 100 && 765 - pixels[at] - pixels[at + 1] - pixels[at + 2] > 200) ink += 1;
          }
        }
        return { width: +width.toFixed(1), share: +(ink / all).toFixed(2), all };
      };
      const name = 'Irregular migration attempts foiled';
      return { full: share(`${name} (full year)`, '2024'), part: share(`${name} (year to date)`, '2024'), alone: share(`${name} (year to date)`, '2025') };
    });
    const said = JSON.stringify(inked);
    assert.ok(inked.part.width < 4, `bars this narrow: ${said}`);
    assert.ok(inked.full.share > 0.97, `a full year's bar is solid: ${said}`);
    for (const bar of [inked.part, inked.alone]) assert.ok(bar.all > 200 && bar.share < 0.8, `a part-year bar is striped: ${said}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the trend\'s years turn as its width narrows and stand level as it widens', async () => {
  // One series: its legend's one name lays out alike at both widths, so
  // only the years ask for a new draw.
  const page = await open(browser, '?ind=attempts_foiled&cov=full');
  await page.setViewportSize({ width: 1000, height: 800 });
  await waitForDashboard(page);
  const years = async () => {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
    const option = await chartOption(page, 'trend');
    const l = await layout(page, 'trend');
    return { turned: option.xAxis[0].axisLabel?.rotate === 45, drawn: l.drawnNames, of: l.names };
  };
  const wide = await years();
  assert.equal(wide.turned, false);
  assert.equal(wide.drawn, wide.of);
  await page.setViewportSize({ width: 300, height: 800 });
  const narrow = await years();
  assert.deepEqual(narrow, { turned: true, drawn: narrow.of, of: narrow.of });
  await page.setViewportSize({ width: 1000, height: 800 });
  assert.equal((await years()).turned, false);
  assertNoPageErrors(page);
  await page.close();
});

// Tapped twice, a bar filters, and the chart's legend and what stands above
// it shrink with the rows: the line that says so, with its Undo, went up
// off a phone's screen, the reader left before an emptied chart.
test('on a phone the line of what a tap on a chart filtered stays on the screen', async () => {
  await onTouchPhone({ width: 390, height: 844 }, async (page, context) => {
    await chartOption(page, 'trend');
    const canvas = page.locator('[data-chart="trend"] .chart-canvas');
    const bar = async () => {
      const box = await canvas.boundingBox();
      const [x, y] = await canvas.evaluate((el) => window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, ['2018', 40000]));
      return [box.x + x, box.y + y];
    };
    // The 2018 bar of attempts foiled in the middle of the screen.
    await page.evaluate((dy) => scrollBy(0, dy), (await bar())[1] - 422);
    await page.waitForTimeout(300);
    const [x, y] = await bar();
    await page.touchscreen.tap(x, y);
    await page.waitForTimeout(300);
    await page.touchscreen.tap(x, y);
    await page.locator('[data-chart="trend"] .chart-picked').waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
    assert.equal(new URL(page.url()).search, '?ind=attempts_foiled');
    const top = await page.locator('[data-chart="trend"] .chart-picked').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 844, `the line at ${top} px`);
  });
});

// Chromium's accessibility role of the first element `selector` matches.
async function axRole(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return nodes[0].role.value;
}

for (const lang of ['en', 'ar']) {
  test(`${lang}, 360 px wide: the table's rows are blocks, every figure whole on the screen, still a table to screen readers`, async () => {
    const page = await open(browser, `?lang=${lang}&view=table`);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('table.observations tbody tr').first().waitFor();
    const seen = await page.evaluate(() => {
      const wrap = document.querySelector('.table-wrap');
      const cells = [...document.querySelectorAll('table.observations td.num')].map((td) => {
        const r = td.getBoundingClientRect();
        return { text: td.textContent, left: r.left, right: r.right };
      });
      return { scroll: wrap.scrollWidth, client: wrap.clientWidth, width: document.documentElement.clientWidth, cells };
    });
    // A sideways table cut 27,332 at the screen's edge into "27,33".
    assert.ok(seen.scroll <= seen.client, `the table scrolls sideways: ${seen.scroll} > ${seen.client}`);
    assert.ok(seen.cells.length > 50, `${seen.cells.length} figures`);
    for (const c of seen.cells) assert.ok(c.left >= 0 && c.right <= seen.width, `${c.text} drawn at ${c.left}–${c.right} of ${seen.width} px`);
    assert.equal(await axRole(page, 'table.observations'), 'table');
    assert.equal(await axRole(page, 'table.observations tbody tr'), 'row');
    assert.equal(await axRole(page, 'table.observations td.num'), 'cell');
    assert.equal(await axRole(page, 'table.observations th'), 'columnheader');
    // The headers still sort.
    await page.locator('th button[data-sort="value"]').click();
    await page.waitForFunction(() => document.querySelector('th:has(button[data-sort="value"])').getAttribute('aria-sort') === 'ascending');
    assertNoPageErrors(page);
    await page.close();
  });
}

for (const lang of ['en', 'fr', 'ar']) {
  test(`${lang}, 360 px wide: the discrepancy chart names its axis on the canvas, whole and in lines apart`, async () => {
    const page = await open(browser, `?lang=${lang}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await waitForDashboard(page);
    const option = await chartOption(page, 'discrepancy');
    const lines = option.xAxis[0].name.split('\n');
    assert.ok(lines[0].startsWith('%'), JSON.stringify(lines));
    // Where zrender drew the name's lines: inside the canvas, 16 px apart.
    const drawn = await page.locator('[data-chart="discrepancy"] .chart-canvas').evaluate((el, lines) => {
      const chart = echarts.getInstanceByDom(el);
      return chart.getZr().storage.getDisplayList().filter((e) => e.style && lines.includes(e.style.text)).map((e) => {
        const box = e.getBoundingRect().clone();
        box.applyTransform(e.getComputedTransform());
        return { text: e.style.text, x: box.x, y: box.y, right: box.x + box.width, bottom: box.y + box.height, width: chart.getWidth(), height: chart.getHeight() };
      });
    }, lines);
    assert.equal(drawn.length, lines.length, JSON.stringify(drawn));
    for (const line of drawn) assert.ok(line.x >= 0 && line.right <= line.width && line.bottom <= line.height, JSON.stringify(line));
    if (drawn.length === 2) assert.ok(drawn[1].y - drawn[0].y >= 16, `lines apart: ${JSON.stringify(drawn)}`);
    assertNoPageErrors(page);
    await page.close();
  });
}

// A phone has no hover: a reader taps a bar to read its figure. The first tap
// shows the figure; a second tap on the same bar filters, as a click does.
test('on a touch screen a first tap on a bar shows its figure, a second filters to it', async () => {
  await onTouchPhone({ width: 360, height: 780 }, async (page, context) => {
    await chartOption(page, 'featured');
    const canvas = page.locator('[data-chart="featured"] .chart-canvas');
    // The middle of the third bar (14,260 rescued), where it is on the screen now.
    const tapBar = async () => {
      const box = await canvas.boundingBox();
      const [x, y] = await canvas.evaluate((el) => window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, [7130, 2]));
      await page.touchscreen.tap(box.x + x, box.y + y);
    };
    const tooltip = () => canvas.evaluate((el) => [...el.querySelectorAll(':scope > div')].find((d) => d.style.display !== 'none' && d.style.visibility !== 'hidden' && d.textContent.includes('14,260'))?.textContent ?? '');
    const tooltipShown = async (shown) => page.waitForFunction(([el, shown]) => [...el.querySelectorAll(':scope > div')].some((d) => d.textContent.includes('14,260') && d.style.visibility !== 'hidden') === shown, [await canvas.elementHandle(), shown], { timeout: 5000 });
    const bars = () => canvas.evaluate((el) => window.echarts.getInstanceByDom(el).getOption().series[0].data.length);
    await tapBar();
    await tooltipShown(true);
    assert.match(await tooltip(), /People rescued at sea\s*Jan – Sep 2024: 14,260 · migrantaffairs\.info/, 'what it counts, its period and publisher, which the bar\'s label does not say');
    // Under a finger the tooltip takes no tap: one on a mark it lies over
    // reaches the chart.
    const through = await canvas.evaluate((el) => {
      const tip = [...el.querySelectorAll(':scope > div')].find((d) => d.textContent.includes('14,260') && d.style.visibility !== 'hidden');
      const r = tip.getBoundingClientRect();
      return [getComputedStyle(tip).pointerEvents, tip.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2))];
  });
  assert.deepEqual(through, ['none', false]);
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).search, '', 'the first tap filters nothing');
  assert.equal(await bars(), 6);
  // ECharts closes a tooltip (a tap elsewhere on the page, in most cases)
  // by its hideTip action; the next tap on the bar shows it again.
  await canvas.evaluate((el) => window.echarts.getInstanceByDom(el).dispatchAction({ type: 'hideTip' }));
  await tooltipShown(false);
  await tapBar();
  await tooltipShown(true);
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).search, '', 'a tap on a bar whose tooltip was closed shows it again');
  await tapBar();
  await page.waitForFunction(() => location.search === '?ind=rescued_at_sea');
  assert.deepEqual(seriesValues(await chartOption(page, 'featured')), [14260]);
  });
});

test('on a touch screen the tap that filters a chart is the chart\'s alone: the browser\'s click does not land on what moves under the finger', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_OPTIONS, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const downloads = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto(`${BASE}/?embed=1&chart=trend`);
    const canvas = page.locator('[data-chart="trend"] .chart-canvas');
    await chartOption(page, 'trend');
    await canvas.scrollIntoViewIfNeeded();
    // The foot of the first series' first bar: the trend shrinks to one
    // series' legend when it filters, and the foot is then under the chart.
    const [x, y] = await canvas.evaluate((el) => {
      const chart = window.echarts.getInstanceByDom(el);
      const series = chart.getOption().series[0];
      const at = series.data.findIndex((d) => d !== '-' && (d?.value ?? d) !== '-');
      const bar = chart.getModel().getSeriesByIndex(0).getData().getItemLayout(at);
      const box = el.getBoundingClientRect();
      return [box.x + bar.x + bar.width / 2, box.y + bar.y - 2];
    });
    await page.evaluate(() => {
      window.__clicks = [];
      document.addEventListener('click', (e) => window.__clicks.push(e.target.closest('.chart-canvas') ? 'chart' : `${e.target.tagName}.${e.target.className}`), true);
    });
    // A headless tap is at times too slow for ECharts to make a click of
    // (300 ms): tap until one filters.
    const filtered = () => new URL(page.url()).searchParams.has('ind');
    for (let taps = 0; taps < 5 && !filtered(); taps++) {
      await page.touchscreen.tap(x, y);
      await page.waitForTimeout(500);
    }
    assert.ok(filtered(), 'a second tap on the bar filters');
    await page.waitForTimeout(500);
    // Something else is under the finger now: a click there would have hit it.
    const under = await page.evaluate(([x, y]) => !document.elementFromPoint(x, y)?.closest('.chart-canvas'), [x, y]);
    assert.ok(under, 'the chart did not move from under the finger; the test proves nothing');
    assert.deepEqual((await page.evaluate(() => window.__clicks)).filter((c) => c !== 'chart'), []);
    assert.deepEqual(downloads, []);
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('details[open]')].map((d) => d.className)), []);
    // A legend's tap filters at once: its touch is the chart's too.
    await page.goto(`${BASE}/?embed=1&chart=trend`);
    await chartOption(page, 'trend');
    await canvas.scrollIntoViewIfNeeded();
    const [lx, ly] = await legendItemCentre(page, 'trend', 2);
    await page.evaluate(() => { window.__kept = []; document.addEventListener('touchend', (e) => window.__kept.push(e.defaultPrevented)); });
    await page.touchscreen.tap(lx, ly);
    await page.waitForFunction(() => new URLSearchParams(location.search).has('ind'));
    assert.deepEqual(await page.evaluate(() => window.__kept), [true], 'the browser makes no click of the touch that filtered');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('on a phone the first screen shows the first headline figure and its period, before the filters', async () => {
  for (const lang of ['en', 'fr', 'ar']) {
    const page = await open(browser, `?lang=${lang}`);
    await page.setViewportSize({ width: 360, height: 740 });
    await waitForDashboard(page);
    const [value, coverage, filters] = await page.evaluate(() => ['.card .card-value', '.card .card-coverage', '.filter-bar']
      .map((s) => document.querySelector(s).getBoundingClientRect().bottom));
    // The filter bar above the cards stood 700 to 850 px tall: the first
    // number was a screen and more below the fold.
    assert.ok(value < 740 && coverage < 740, `${lang}: the first figure ends at ${value} px, its period at ${coverage}`);
    assert.ok(filters > value, `${lang}: the filters come after the cards`);
    assertNoPageErrors(page);
    await page.close();
  }
});


// A phone turned on its side: the trend, its legend's rows added, ran past
// the screen's 360 px, and a reader never saw its years with its names.
test('a phone on its side holds each chart whole on the screen, in each language', async () => {
  await onTouchPhone({ width: 740, height: 360 }, async (page) => {
    for (const lang of ['en', 'fr', 'ar']) {
      await page.goto(`${BASE}/?lang=${lang}`);
      await waitForDashboard(page);
      for (const id of ['featured', 'trend', 'composition', 'europe', 'discrepancy']) {
        await chartOption(page, id);
        const [height, drawn, screen] = await page.locator(`[data-chart="${id}"] .chart-canvas`).evaluate((el) => [el.clientHeight, window.echarts.getInstanceByDom(el).getHeight(), innerHeight]);
        assert.ok(height <= screen && height >= 180, `${lang} ${id}: ${height} px on a screen of ${screen}`);
        assert.equal(drawn, height, `${lang} ${id}: drawn at its element's height`);
      }
    }
  });
});

// A chart's legend listed whole had set its height whole, which stayed the
// height of the way the phone was held before it was turned.
test('a phone turned upright from its side gives each chart the height of the way it is held', async () => {
  await onTouchPhone({ width: 844, height: 390 }, async (page, context) => {
    const sized = (p) => p.locator('[data-chart="trend"] .chart-canvas').evaluate((el) => [el.clientHeight, window.echarts.getInstanceByDom(el).getHeight(), innerHeight]);
    await chartOption(page, 'trend');
    const [side, sideDrawn, screen] = await sized(page);
    assert.ok(side <= screen, `on its side: ${side} px on a screen of ${screen}`);
    assert.equal(sideDrawn, side);
    // As high as on a phone opened upright.
    const upright = await context.newPage();
    await upright.setViewportSize({ width: 390, height: 844 });
    await upright.goto(`${BASE}/`);
    await waitForDashboard(upright);
    await chartOption(upright, 'trend');
    const [expected] = await sized(upright);
    assert.ok(expected > 340, `listed whole, grown: ${expected}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await chartOption(page, 'trend');
    await page.waitForFunction((want) => document.querySelector('[data-chart="trend"] .chart-canvas').clientHeight === want, expected, { timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(300);
    assert.deepEqual((await sized(page)).slice(0, 2), [expected, expected], 'turned upright, as high as a phone opened upright');
  });
});
