// Charts out of view: drawn when scrolled to, not on every filter change,
// and all of them, at rest, when the page is printed; and the page on paper.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, open, waitForDashboard, chartOption, assertNoPageErrors } from './harness.mjs';

// Every indicator: the trend's 21 names, more than a legend lists whole
// (12), so that it pages.
const EVERY_INDICATOR = JSON.parse(fs.readFileSync(new URL('../../public/data/morocco.json', import.meta.url))).indicators.map((i) => i.id).join('~');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** The option an instance holds now, without scrolling (null: never drawn). */
const heldOption = (page, id) => page.evaluate((id) => {
  const chart = window.echarts.getInstanceByDom(document.querySelector(`[data-chart="${id}"] .chart-canvas`));
  const option = chart.getOption();
  return option && option.series ? JSON.stringify(option.series) : null;
}, id);

const frames = (page) => page.evaluate(async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
});

test('a chart out of view is drawn when scrolled to, with the filters chosen meanwhile', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await frames(page);
  const top = await page.locator('[data-chart="discrepancy"]').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top > 900 + 300, `the discrepancy chart starts below the fold (top ${top})`);
  assert.ok(await heldOption(page, 'featured'), 'the featured chart is drawn');
  assert.equal(await heldOption(page, 'discrepancy'), null, 'the chart out of view is not drawn yet');

  const before = JSON.stringify((await chartOption(page, 'discrepancy')).series);
  await page.evaluate(() => window.scrollTo(0, 0));
  await frames(page);
  await page.locator('.chip[data-category="returns"]').click();
  await page.waitForFunction(() => location.search === '?cat=returns');
  await frames(page);
  assert.equal(await heldOption(page, 'discrepancy'), before, 'out of view, it kept its drawing');

  const after = JSON.stringify((await chartOption(page, 'discrepancy')).series);
  assert.notEqual(after, before);
  // The same as a page opened with that filter shows.
  const fresh = await open(browser, '?cat=returns');
  await waitForDashboard(fresh);
  assert.equal(JSON.stringify((await chartOption(fresh, 'discrepancy')).series), after);
  assertNoPageErrors(page);
});

// Each chart a filter redraws took its element's size from the element,
// after the chart before it had changed the page: the page was laid out
// again for every chart. Their ResizeObserver keeps the size instead.
test('a filter click redraws the charts without any of them reading its element\'s size', async () => {
  const page = await open(browser);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await waitForDashboard(page);
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.__reads = [];
    for (const prop of ['clientWidth', 'clientHeight']) {
      const own = Object.getOwnPropertyDescriptor(Element.prototype, prop);
      Object.defineProperty(Element.prototype, prop, {
        configurable: true,
        get() {
          // Ours, through the app's bindings, while the click's effects run:
          // not ECharts' own, nor the ResizeObserver's, which reads them after
          // the frame's layout (after its animation frame callbacks).
          if (window.__inClick && this.classList?.contains('chart-canvas') && /__wbg_client/.test(new Error().stack)) window.__reads.push(`${prop} ${this.closest('[data-chart]').dataset.chart}`);
          return own.get.call(this);
        },
      });
    }
  });
  const before = JSON.stringify((await chartOption(page, 'featured')).series);
  for (const click of [1, 2]) {
    await page.evaluate(() => {
      window.__inClick = true;
      document.querySelector('.chip[data-category="enforcement"]').click();
      requestAnimationFrame(() => { window.__inClick = false; });
    });
    await page.waitForTimeout(300);
    if (click === 1) assert.notEqual(JSON.stringify((await chartOption(page, 'featured')).series), before, 'the click redrew nothing');
  }
  assert.deepEqual(await page.evaluate(() => window.__reads), []);
  assertNoPageErrors(page);
});

test('printing draws every chart, seen or not, at rest: paper shows one frame', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await frames(page);
  assert.equal(await heldOption(page, 'discrepancy'), null);
  // What the browser prints is each chart as it is once `beforeprint` has
  // been handled: read at once, with no frame or task between. Charts
  // animate on this page (no reduced motion), so a chart drawn or still
  // moving then was printed halfway: bars of no height, an empty ring.
  const { movingBefore, printed } = await page.evaluate(async () => {
    const instance = (el) => window.echarts.getInstanceByDom(el.querySelector('.chart-canvas'));
    const featured = document.querySelector('[data-chart="featured"]');
    // A filter chosen and let go just before printing: the charts in view
    // redraw, moving (and none is left without a figure).
    document.querySelector('.chip[data-category="returns"]').click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    document.querySelector('.chip[data-category="returns"]').click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const movingBefore = !instance(featured).getZr().animation.isFinished();
    window.dispatchEvent(new Event('beforeprint'));
    return {
      movingBefore,
      printed: [...document.querySelectorAll('[data-chart]')].map((el) => {
        const series = instance(el).getOption()?.series;
        return { id: el.dataset.chart, drawn: Boolean(series && series.length), moving: !instance(el).getZr().animation.isFinished() };
      }),
    };
  });
  assert.ok(movingBefore, 'the featured chart was moving when the page was printed');
  assert.deepEqual(printed.map((c) => c.id), ['featured', 'trend', 'composition', 'europe', 'discrepancy']);
  for (const chart of printed) assert.deepEqual(chart, { id: chart.id, drawn: true, moving: false }, `${chart.id} as printed`);
  assertNoPageErrors(page);
});

// At the screen's one pixel to a CSS pixel, a printed chart's words and
// lines came out soft.
test('on paper each chart is drawn at two pixels to a CSS pixel, and back on screen at one, still answering clicks', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await chartOption(page, 'featured');
  // Each chart's canvas: its pixels per CSS pixel, and whether it holds a drawing.
  const charts = () => page.evaluate(() => [...document.querySelectorAll('[data-chart]')].map((el) => {
    const container = el.querySelector('.chart-canvas');
    const canvas = container.querySelector('canvas');
    if (!canvas) return [el.dataset.chart, null, false];
    const series = window.echarts.getInstanceByDom(container).getOption()?.series;
    return [el.dataset.chart, Math.round((canvas.width / canvas.getBoundingClientRect().width) * 10) / 10, Boolean(series?.length)];
  }));
  assert.equal(await page.evaluate(() => window.devicePixelRatio), 1);
  // The charts below the fold have no canvas until they are first drawn.
  assert.deepEqual((await charts())[0], ['featured', 1, true]);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.deepEqual(await charts(), ['featured', 'trend', 'composition', 'europe', 'discrepancy'].map((id) => [id, 2, true]));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.deepEqual((await charts()).map(([id, ratio]) => [id, ratio]), ['featured', 'trend', 'composition', 'europe', 'discrepancy'].map((id) => [id, 1]));
  // The instance made anew for the screen filters on a click, as before.
  const canvas = page.locator('[data-chart="featured"] .chart-canvas');
  await canvas.scrollIntoViewIfNeeded();
  await chartOption(page, 'featured');
  const box = await canvas.boundingBox();
  const [x, y] = await canvas.evaluate((el) => window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, [7130, 2]));
  await page.mouse.click(box.x + x, box.y + y);
  await page.waitForFunction(() => location.search === '?ind=rescued_at_sea');
  assertNoPageErrors(page);
});

test('on paper a legend that pages on screen lists every name above the plot, and pages again after', async () => {
  // Every indicator: the trend's legend of 21 names pages on screen, the
  // European one of 4 is listed whole.
  const page = await open(browser, `?ind=${EVERY_INDICATOR}`);
  await page.setViewportSize({ width: 800, height: 900 });
  await waitForDashboard(page);
  for (const id of ['trend', 'europe']) await chartOption(page, id);
  const legends = () => page.evaluate(() => ['trend', 'europe'].map((id) => {
    const chart = window.echarts.getInstanceByDom(document.querySelector(`[data-chart="${id}"] .chart-canvas`));
    // ECharts' own layout, read from its model and views (not public API;
    // a test may): where the legend's items ended up, and the plot.
    const model = chart.getModel();
    const legend = chart.getViewOfComponentModel(model.getComponent('legend')).group;
    const box = legend.getBoundingRect();
    const plot = model.getComponent('grid').coordinateSystem.getRect();
    const names = new Set(chart.getOption().series.map((s) => s.name));
    return {
      id, type: chart.getOption().legend[0].type, height: chart.getHeight(), names: names.size,
      legendBottom: legend.y + box.y + box.height, legendRight: legend.x + box.x + box.width, width: chart.getWidth(), plotTop: plot.y,
    };
  }));
  const screen = await legends();
  assert.deepEqual(screen.map((l) => l.type), ['scroll', 'plain']);
  assert.ok(screen[1].height > 340, `europe's element grew by its legend's rows: ${screen[1].height}`);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  for (const l of await legends()) {
    assert.equal(l.type, 'plain', `${l.id}: no paging on paper`);
    assert.ok(l.names > 2, `${l.id} has ${l.names} names`);
    assert.ok(l.legendBottom <= l.plotTop, `${l.id}: legend ends at ${l.legendBottom}, above the plot at ${l.plotTop}`);
    assert.ok(l.legendRight <= l.width, `${l.id}: legend within the chart's width (${l.legendRight} of ${l.width})`);
    assert.ok(l.height > 340, `${l.id} grew by the legend's rows: ${l.height}`);
  }
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.deepEqual((await legends()).map((l) => [l.type, l.height]), screen.map((l) => [l.type, l.height]), 'back on screen as before');
  assert.equal(screen[0].height, 340);
  assertNoPageErrors(page);
});

test('on paper: the page without its controls, sources with their URLs, charts within the page', async () => {
  const page = await open(browser, '?cat=enforcement');
  await waitForDashboard(page);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.switchers', '.view-switch', '.download-png', '.chart-data summary', '.share', '.clear-all', '.add-source']) {
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} is not printed`);
  }
  // What the reader chose stays on paper.
  assert.ok(await page.locator('.chip[data-category="enforcement"][aria-pressed="true"]').isVisible());
  assert.ok(await page.locator('.match-count').isVisible());
  const links = await page.locator('.source-list a').evaluateAll((as) => as.map((a) => [a.href, getComputedStyle(a, '::after').content]));
  assert.ok(links.length > 30);
  for (const [href, after] of links) assert.equal(after, `" <${href}>"`);
  // The browser lays a printed page out without telling ECharts its width:
  // a chart drawn for a wide screen must shrink to the page, not be cut.
  const width = await page.locator('[data-chart="featured"] canvas').evaluate((c) => c.getBoundingClientRect().width);
  await page.locator('[data-chart="featured"]').evaluate((el) => { el.style.width = '300px'; });
  const fitted = await page.locator('[data-chart="featured"]').evaluate((el) => [el.querySelector('canvas').getBoundingClientRect().width, el.clientWidth]);
  assert.ok(width > 300 && fitted[0] <= fitted[1], `canvas ${width} px wide fits its 300 px panel: ${fitted}`);
  assertNoPageErrors(page);
});

test('on paper a dark theme\'s words are dark: paper is white', async () => {
  const page = await open(browser, '?theme=dark&cat=enforcement');
  await waitForDashboard(page);
  const colours = () => page.evaluate(() => ['h1', '.card-value', '.match-count', '.chip[aria-pressed="true"]', '.source-list a']
    .map((s) => { const st = getComputedStyle(document.querySelector(s)); return [s, st.color, st.backgroundColor]; }));
  const luminance = (rgb) => { const [r, g, b] = rgb.match(/\d+/g).map(Number); return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; };
  for (const [s, color] of await colours()) {
    if (!s.startsWith('.chip')) assert.ok(luminance(color) > 0.6, `${s} is light on the dark screen (${color})`);
  }
  await page.emulateMedia({ media: 'print' });
  for (const [s, color, background] of await colours()) {
    if (s.startsWith('.chip')) assert.ok(luminance(color) > 0.9 && luminance(background) < 0.4, `${s}: ${color} on ${background}`);
    else assert.ok(luminance(color) < 0.35, `${s} is dark on paper (${color})`);
  }
  // A chart's title is dark on a white panel, not on the chart's navy, for
  // a printer that prints backgrounds.
  const panel = await page.locator('[data-chart="featured"]').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el.querySelector('.chart-title')).color]);
  assert.equal(panel[0], 'rgba(0, 0, 0, 0)', `the panel prints no ground: ${panel}`);
  assert.ok(luminance(panel[1]) < 0.35, `the title is dark: ${panel}`);
  // The charts print in the light theme, on no ground, not as the screen's
  // navy block; and are dark again after. A chart's ground is read from its
  // option and from its canvas's first pixel.
  const ground = () => page.evaluate(() => ['featured', 'trend'].map((id) => {
    const el = document.querySelector(`[data-chart="${id}"] .chart-canvas`);
    const corner = el.querySelector('canvas').getContext('2d').getImageData(1, 1, 1, 1).data;
    return [id, String(echarts.getInstanceByDom(el).getOption().backgroundColor), [...corner].join()];
  }));
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => /#100c2a/i.test(String(echarts.getInstanceByDom(document.querySelector('[data-chart="trend"] .chart-canvas'))?.getOption().backgroundColor)));
  const navy = ['#100C2A', '16,12,42,255'];
  for (const [id, ...screen] of await ground()) assert.deepEqual(screen, navy, `${id} is dark on screen`);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  for (const [id, background, corner] of await ground()) {
    assert.notEqual(background.toUpperCase(), navy[0], `${id} prints without the navy ground`);
    assert.equal(corner, '0,0,0,0', `${id}'s canvas has no ground on paper`);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  for (const [id, ...screen] of await ground()) assert.deepEqual(screen, navy, `${id} is dark again on screen`);
  assertNoPageErrors(page);
});

test('a chart names the months of its dashed bars under it, on screen and on paper, and every chart prints its table: whose figure each dot is, a bar\'s period and publisher', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await page.locator('[data-chart="discrepancy"]').waitFor();
  const scope = (id) => page.locator(`[data-chart="${id}"] .chart-scope`).innerText();
  // Side by side, Jan – Aug 2025 and Jan – Sep 2024 looked alike: only the
  // tooltips gave the months. The line the PNG has, after the scope notes;
  // Le360's count to Nov 30 and another to the report's date, both.
  const lastLine = async (id) => (await scope(id)).split('\n').at(-1);
  assert.match(await lastLine('trend'), /^Striped bars cover: Jan – Nov 2017, Jan 2017 – report date, .*Jan – Sep 2024, Jan – Aug 2025$/);
  assert.match(await lastLine('europe'), /^Striped bars cover: .*Jan – Aug 2025$/);
  assert.doesNotMatch(await scope('featured'), /Striped bars cover/, 'no dashed bar, no line');
  // It follows the filters: full years alone have no dashed bar.
  await page.locator('select.coverage-kind').selectOption('full');
  await page.waitForFunction(() => !/Striped bars cover/.test(document.querySelector('[data-chart="trend"] .chart-scope').innerText));
  await page.goBack();
  await page.waitForFunction(() => /Striped bars cover: /.test(document.querySelector('[data-chart="trend"] .chart-scope').innerText));
  const before = await scope('trend');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  // The disagreements' table, with each dot's publisher and figure.
  const table = page.locator('[data-chart="discrepancy"] .chart-data table');
  await table.waitFor();
  // Once on paper (its tables open only there): the same line as on screen.
  assert.equal(await scope('trend'), before, 'on paper as on screen');
  assert.ok(await table.isVisible());
  const cells = await table.locator('tbody td:last-child').allInnerTexts();
  assert.ok(cells.includes('Le360: at least 50,000') && cells.includes('North Africa Post: 50,000 (Jan 2017 – report date)'), cells.join(' | '));
  // Every chart's, with what only its tooltips say: a printed trend gave
  // no bar's figure, period or publisher, nor the other figures of its year.
  const trendTable = page.locator('[data-chart="trend"] .chart-data table');
  await trendTable.waitFor();
  assert.ok(await trendTable.isVisible());
  assert.match(await trendTable.locator('tbody').innerText(), /Other figures for this year:\s+Jan – Aug 2022: at least 56,000 · The New Arab/);
  for (const id of ['featured', 'composition', 'europe']) assert.ok(await page.locator(`[data-chart="${id}"] .chart-data table`).isVisible(), `${id}'s table prints`);
  // Back on screen as it was.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction((before) => document.querySelector('[data-chart="trend"] .chart-scope').innerText === before, before);
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-data')].every((d) => !d.open));
  // A table the reader opened prints, and stays open after: the featured
  // chart's, and the disagreements' too.
  for (const id of ['featured', 'discrepancy']) {
    await page.locator(`[data-chart="${id}"] .chart-data summary`).click();
    await page.locator(`[data-chart="${id}"] .chart-data table`).waitFor();
  }
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('[data-chart="featured"] .chart-data table').isVisible());
  assert.equal(await page.locator('[data-chart="featured"] .chart-data summary').isVisible(), false, 'no summary on paper');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForTimeout(100);
  assert.deepEqual(await page.locator('.chart-data').evaluateAll((ds) => ds.filter((d) => d.open).map((d) => d.closest('[data-chart]').dataset.chart)), ['featured', 'discrepancy']);
  assertNoPageErrors(page);
});

test('an Arabic legend listed whole stays within its chart, on screen and on paper', async () => {
  const page = await open(browser, '?lang=ar');
  await waitForDashboard(page);
  for (const id of ['trend', 'europe']) {
    await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
    await chartOption(page, id);
  }
  // Each name's item (a legend of its own, or one of a legend's), where it is drawn.
  const legends = () => page.evaluate(() => ['trend', 'europe'].map((id) => {
    const chart = window.echarts.getInstanceByDom(document.querySelector(`[data-chart="${id}"] .chart-canvas`));
    const items = [];
    for (const model of chart.getModel().findComponents({ mainType: 'legend' })) {
      const group = chart.getViewOfComponentModel(model).group;
      group.traverse((el) => {
        if (el.type !== 'text' || !el.style?.text) return;
        const item = el.parent.getBoundingRect().clone();
        item.applyTransform(el.parent.getComputedTransform());
        items.push({ name: el.style.text, left: item.x, right: item.x + item.width, top: item.y, bottom: item.y + item.height });
      });
    }
    return { id, types: chart.getOption().legend.map((l) => l.type), items, width: chart.getWidth(), plotTop: chart.getModel().getComponent('grid').coordinateSystem.getRect().y };
  }));
  // Two names a row had run past the right edge: a name cut, its key gone;
  // then a name a row took 9 rows of a desktop's chart.
  for (const when of ['screen', 'paper']) {
    if (when === 'paper') await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const { id, types, items, width, plotTop } of await legends()) {
      assert.deepEqual([...new Set(types)], ['plain'], `${when}: ${id}`);
      assert.ok(items.length >= 4, `${when}: ${id} lists ${items.length} names`);
      for (const [i, l] of items.entries()) {
        assert.ok(l.left >= 0 && l.right <= width, `${when}: ${id}'s ${l.name} from ${l.left} to ${l.right} in ${width}`);
        assert.ok(l.bottom <= plotTop, `${when}: ${id}'s ${l.name} ends at ${l.bottom}, into the plot at ${plotTop}`);
        for (const o of items.slice(i + 1)) {
          assert.ok(o.right <= l.left || o.left >= l.right || o.bottom <= l.top || o.top >= l.bottom, `${when}: ${id}: ${l.name} and ${o.name} overlap`);
        }
        // Read from the right: the next name to the left on its row, or lower.
        const next = items[i + 1];
        if (next) assert.ok(next.top >= l.bottom || (Math.abs(next.top - l.top) < 1 && next.right < l.left), `${when}: ${id}: ${next.name} follows ${l.name}`);
      }
      // The first name, its key on the right, where a line begins.
      assert.ok(items[0].right > width - 40, `${when}: ${id} at the right: ${items[0].right} of ${width}`);
      const rows = new Set(items.map((l) => Math.round(l.top))).size;
      if (id === 'trend') assert.ok(rows < items.length, `${when}: more than a name a row where they fit: ${rows} rows of ${items.length}`);
    }
  }
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assertNoPageErrors(page);
});

test('a chart out of view takes the height its listed legend will draw it at before it is scrolled to', async () => {
  const page = await open(browser);
  await page.setViewportSize({ width: 360, height: 740 });
  await waitForDashboard(page);
  const europe = page.locator('[data-chart="europe"] .chart-canvas');
  await europe.waitFor({ state: 'attached' });
  // Not drawn yet, far down the page, but already as high as it will be:
  // it grew as a reader scrolling up reached it, moving what they read.
  await page.waitForFunction(() => document.querySelector('[data-chart="europe"] .chart-canvas').clientHeight > 340);
  // Settled: the phone's width came after the page's first layout, and a
  // busy machine lays the legend out for it a frame or more later.
  let heights = [];
  while (heights.length < 4 || new Set(heights.slice(-4)).size > 1) {
    assert.ok(heights.length < 50, `the height settles: ${heights}`);
    heights.push(await europe.evaluate((el) => el.clientHeight));
    await page.waitForTimeout(100);
  }
  const [drawn, before] = await europe.evaluate((el) => [Boolean(window.echarts.getInstanceByDom(el)?.getOption()?.series?.length), el.clientHeight]);
  assert.equal(drawn, false, 'out of view, not drawn');
  await europe.scrollIntoViewIfNeeded();
  await chartOption(page, 'europe');
  await page.waitForTimeout(300);
  assert.equal(await europe.evaluate((el) => el.clientHeight), before);
  assertNoPageErrors(page);
});

test('a legend listed whole lays its rows out again when the screen widens, and its element follows', async () => {
  const page = await open(browser);
  // Errors a page's own handlers see, such as a ResizeObserver loop (the
  // element resized inside the observer's callback), which throw nothing.
  await page.addInitScript(() => { window.__errors = []; addEventListener('error', (e) => window.__errors.push(e.message)); });
  await page.reload();
  await page.setViewportSize({ width: 360, height: 800 });
  await waitForDashboard(page);
  const trend = page.locator('[data-chart="trend"] .chart-canvas');
  await trend.scrollIntoViewIfNeeded();
  await chartOption(page, 'trend');
  const state = () => trend.evaluate((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    return [chart.getOption().legend[0].type, el.clientHeight, chart.getHeight()];
  });
  const [type, height, drawn] = await state();
  assert.deepEqual([type, height > 440, drawn], ['plain', true, height], `listed, grown: ${height}`);
  // Turned: names side by side, in fewer rows.
  await page.setViewportSize({ width: 800, height: 360 });
  await page.waitForFunction((was) => document.querySelector('[data-chart="trend"] .chart-canvas').clientHeight < was, height);
  await page.waitForTimeout(200);
  const [wideType, wideHeight, wideDrawn] = await state();
  // Grown over the stylesheet's height for a screen 360 px high on its side
  // (232 px: style/main.css), not over the upright screen's 340.
  assert.deepEqual([wideType, wideHeight > 232, wideDrawn], ['plain', true, wideHeight], `fewer rows: ${wideHeight}`);
  // And back.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForFunction((was) => document.querySelector('[data-chart="trend"] .chart-canvas').clientHeight === was, height);
  await page.waitForTimeout(200);
  assert.deepEqual(await state(), ['plain', height, height]);
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
  assertNoPageErrors(page);
});

test('a headless browser emulating print (a PDF made without beforeprint) gets each chart drawn for paper, and the screen\'s back after', async () => {
  // Every indicator, where the trend's legend pages on screen.
  const page = await open(browser, `?ind=${EVERY_INDICATOR}`);
  await page.setViewportSize({ width: 800, height: 900 });
  await waitForDashboard(page);
  // Each drawn once on screen, as a reader scrolling down has them.
  for (const id of ['featured', 'trend', 'composition', 'europe', 'discrepancy']) {
    await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
    await chartOption(page, id);
  }
  const charts = () => page.evaluate(() => [...document.querySelectorAll('[data-chart] .chart-canvas')].map((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    return { id: el.closest('[data-chart]').dataset.chart, height: chart.getHeight(), shown: el.querySelector('canvas').getBoundingClientRect().height, legend: chart.getOption().legend?.[0]?.type };
  }));
  const screen = await charts();
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('[data-chart="trend"] .chart-canvas')).getOption().legend[0].type === 'plain');
  const paper = await charts();
  assert.equal(paper.length, 5);
  for (const c of paper) {
    // They had fallen to 0 to 23 px: resized to an element laid out for print.
    assert.ok(c.height >= 340 && c.shown > 200, `${c.id} on paper: ${JSON.stringify(c)}`);
    if (c.id === 'trend' || c.id === 'europe') assert.equal(c.legend, 'plain', c.id);
  }
  assert.ok(paper.find((c) => c.id === 'trend').height > 340, 'the trend grew by its legend\'s rows');
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('[data-chart="trend"] .chart-canvas')).getOption().legend[0].type === 'scroll');
  for (const c of await charts()) assert.equal(c.height, screen.find((s) => s.id === c.id).height, `${c.id} back on screen`);
  assert.equal(screen.find((c) => c.id === 'trend').height, 340);
  // The European legend, listed whole on screen, keeps its element grown.
  assert.ok(screen.find((c) => c.id === 'europe').height > 340);
  assertNoPageErrors(page);
});

test('on paper an Arabic page prints each URL left to right, and the table repeats its header words on each page', async () => {
  const page = await open(browser, '?lang=ar&view=table');
  await page.locator('table.observations tbody tr').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  // The URL after each source's link, isolated: in the page's right-to-left
  // flow, "?p=181902" and a final "/" printed in another order.
  const afters = await page.locator('.source-list a').evaluateAll((as) => as.map((a) => { const st = getComputedStyle(a, '::after'); return [st.direction, st.unicodeBidi]; }));
  assert.ok(afters.length > 30);
  for (const after of afters) assert.deepEqual(after, ['ltr', 'isolate']);
  // Chromium paints no button's text in a header repeated on a new page:
  // the header's words stand in its cells, without the sort arrows.
  const headers = await page.locator('table.observations th').evaluateAll((ths) => ths.map((th) => {
    const button = th.querySelector('button');
    return [th.innerText.trim(), getComputedStyle(button).display, getComputedStyle(button, '::after').content];
  }));
  assert.equal(headers.length, 6);
  for (const [words, display, arrow] of headers) {
    assert.ok(words.length > 2, `header words: ${words}`);
    assert.deepEqual([display, arrow], ['contents', 'none'], words);
  }
  assertNoPageErrors(page);
});

test('on a phone the featured chart is drawn below the fold; the charts further down wait', async () => {
  const page = await open(browser);
  await page.setViewportSize({ width: 412, height: 823 });
  await page.reload();
  await waitForDashboard(page);
  await frames(page);
  const top = (id) => page.locator(`[data-chart="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(await top('featured') > 823 + 300, 'the featured chart starts out of view');
  assert.ok(await heldOption(page, 'featured'), 'and is drawn all the same');
  for (const id of ['trend', 'composition', 'europe', 'discrepancy']) {
    assert.ok(await top(id) > 823 + 300, `${id} starts out of view`);
    assert.equal(await heldOption(page, id), null, `${id} waits to be scrolled to`);
  }
  await page.locator('[data-chart="europe"]').scrollIntoViewIfNeeded();
  await frames(page);
  assert.ok(await heldOption(page, 'europe'), 'europe drawn once scrolled to');
  assertNoPageErrors(page);
});
