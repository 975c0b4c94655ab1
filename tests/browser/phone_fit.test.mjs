// On a phone's width nothing a reader opens runs off the screen: the embed
// code's box, and a chart's tooltip, which says a part-year figure's months;
// and under a finger every control is big enough to tap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BASE, CHROMIUM_OPTIONS, launch, open, waitForDashboard, chartOption, assertNoPageErrors, wordsSplit } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

for (const lang of ['en', 'fr', 'ar']) {
  test(`${lang}, 360 px wide: the embed code's box, its chart menu and Copy stay on the screen, each menu's focus ring clear of its name`, async () => {
    const page = await open(browser, `?lang=${lang}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await waitForDashboard(page);
    await page.locator('button.embed-code').click();
    await page.locator('.embed-box select.embed-chart').waitFor();
    const fit = await page.evaluate(() => {
      const right = (s) => { const r = document.querySelector(s).getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right)]; };
      return { page: document.documentElement.scrollWidth, screen: innerWidth, menu: right('select.embed-chart'), copy: right('button.copy-embed'), code: right('.embed-snippet') };
    });
    assert.equal(fit.page, fit.screen, JSON.stringify(fit));
    for (const [left, right] of [fit.menu, fit.copy, fit.code]) assert.ok(left >= 0 && right <= fit.screen, JSON.stringify(fit));
    // The ring drawn round a focused menu (3 px, 2 px out, style/main.css)
    // covered the lower strokes of the Arabic name wrapped above it.
    for (const menu of ['select.embed-chart', 'select.embed-theme']) {
      // Reached by the keyboard, which draws the ring.
      await page.focus(menu);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const clash = await page.evaluate((menu) => {
        const select = document.querySelector(menu);
        const style = getComputedStyle(select);
        const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const ring = select.getBoundingClientRect();
        const name = document.createRange();
        name.selectNodeContents(select.closest('label'));
        name.setEndBefore(select);
        return [...name.getClientRects()].filter((r) => r.width > 0).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }))
          .filter((r) => r.bottom > ring.top - reach && r.top < ring.bottom + reach && r.right > ring.left - reach && r.left < ring.right + reach)
          .map((r) => ({ reach, name: r, menu: { top: ring.top, bottom: ring.bottom, left: ring.left, right: ring.right } }));
      }, menu);
      assert.deepEqual(clash, [], `${menu}: its name under its focus ring`);
      // And a ring there to reach it, as the keyboard's focus draws one.
      assert.ok(await page.evaluate((menu) => document.querySelector(menu).matches(':focus-visible'), menu), `${menu} shows its focus`);
    }
    assertNoPageErrors(page);
  });
}

// The Arabic tooltip ran off both sides and lost "January –": August alone.
for (const [lang, month] of [['ar', 'يناير'], ['fr', 'janv.']]) {
  test(`${lang}, 360 px wide: a part-year bar's tooltip wraps within the screen, its months whole`, async () => {
    const page = await open(browser, `?lang=${lang}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await waitForDashboard(page);
    const option = await chartOption(page, 'trend');
    // The last year-to-date bar of the first dashed series: one of its figures.
    const seriesIndex = option.series.findIndex((s) => JSON.stringify(s).includes('"dashed"'));
    assert.ok(seriesIndex >= 0);
    const data = option.series[seriesIndex].data;
    const dataIndex = data.map((d) => (d && typeof d === 'object' ? d.value : d)).findLastIndex((v) => v != null);
    const canvas = page.locator('[data-chart="trend"] .chart-canvas');
    await canvas.evaluate((el, [seriesIndex, dataIndex]) => echarts.getInstanceByDom(el).dispatchAction({ type: 'showTip', seriesIndex, dataIndex }), [seriesIndex, dataIndex]);
    const tip = page.locator('[data-chart="trend"] .chart-tooltip');
    await page.waitForFunction((el) => el && el.style.display !== 'none' && el.textContent.length > 0, await tip.elementHandle());
    const shown = await tip.evaluate((el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, text: el.textContent, screen: innerWidth }; });
    assert.ok(shown.left >= 0 && shown.right <= shown.screen, JSON.stringify(shown));
    assert.ok(shown.text.includes(month), JSON.stringify(shown));
    assert.ok(shown.text.includes(option.series[seriesIndex].name), JSON.stringify(shown));
    assertNoPageErrors(page);
  });
}

test('360 px wide: each chart\'s data table fits the screen, in each language', async () => {
  for (const lang of ['en', 'fr', 'ar']) {
    const page = await open(browser, `?lang=${lang}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await waitForDashboard(page);
    for (const id of ['featured', 'trend', 'composition', 'europe', 'discrepancy']) {
      const panel = page.locator(`[data-chart="${id}"]`);
      await panel.scrollIntoViewIfNeeded();
      await panel.locator('.chart-data summary').click();
      await panel.locator('.chart-data table').waitFor();
      // The trend's ran 5 px (15 in French) past its box and scrolled sideways.
      const [scroll, client] = await panel.locator('.chart-data .table-wrap').evaluate((w) => [w.scrollWidth, w.clientWidth]);
      assert.ok(scroll <= client, `${lang} ${id}: ${scroll} px in ${client}`);
      // No word of any cell split over lines: Arabic's "2022" had read "202"
      // over "2", and French's "d'émigration" "d'émigrati" over "on".
      const split = await wordsSplit(panel.locator('.chart-data :is(td, tbody th)'));
      assert.deepEqual(split, [], `${lang} ${id}: words split over lines`);
      // Laid out as grids on a phone, still a table to screen readers.
      assert.deepEqual(await panel.locator('.chart-data tbody tr').first().evaluate((tr) => [tr.closest('table').getAttribute('role'), tr.getAttribute('role'), tr.querySelector('td').getAttribute('role')]), ['table', 'row', 'cell']);
    }
    assertNoPageErrors(page);
    await page.close();
  }
});

// Buttons, menus, the data tables' expanders, each checkbox with its label,
// and the cards' source links, which stand alone: those under `least` px tall.
async function smallControls(page, least) {
  await page.locator('button.embed-code').click();
  await page.locator('.embed-box select.embed-chart').waitFor();
  return page.evaluate((least) => [...document.querySelectorAll('#app button, #app a.download-json, #app a.card-source, #app .card-also a, #app select, #app summary, #app label:has(> input[type=checkbox])')]
    .filter((e) => e.offsetParent && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => [e.className || e.tagName, e.textContent.trim().slice(0, 30), Math.round(e.getBoundingClientRect().height)])
    .filter(([, , height]) => height < least), least);
}

test('under a finger, every control on the page is at least 44 px tall', async (t) => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_OPTIONS, viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  t.after(async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); });
  const page = await context.newPage();
  await page.goto(`${BASE}/?lang=fr`);
  await waitForDashboard(page);
  assert.deepEqual(await smallControls(page, 44), []);
  // The data tables' expanders still draw their open or closed marker.
  const expanders = await page.locator('#app details > summary').evaluateAll((ss) => ss.map((s) => getComputedStyle(s).display));
  assert.ok(expanders.length > 0 && expanders.every((d) => d === 'list-item'), expanders.join(', '));
});

// With a mouse the menus were 23 px tall, the data tables' expanders 21.
test('with a mouse, every control on the page is at least 24 px tall (WCAG 2.5.8)', async (t) => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_OPTIONS, viewport: { width: 1280, height: 800 } });
  t.after(async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); });
  const page = await context.newPage();
  for (const link of ['/', '/ar.html']) {
    await page.goto(`${BASE}${link}`);
    await waitForDashboard(page);
    assert.deepEqual(await smallControls(page, 24), [], link);
    // The sources' links, a line each in their list, are 24 px apart at
    // least: shorter, each is clear of the next by its spacing.
    const tops = await page.locator('.sources .source-list li a').evaluateAll((as) => as.map((a) => a.getClientRects()[0].top));
    const gaps = tops.slice(1).map((top, i) => Math.round(top - tops[i]));
    assert.ok(gaps.length > 30 && gaps.every((gap) => gap >= 24), `${link}: ${gaps.join(' ')}`);
  }
});

// The trend chart's legend as ECharts drew it: the room its names wrap in,
// each name drawn with its width, and where the legend ends and the plot
// begins.
function legendFit(id = 'trend') {
  const chart = echarts.getInstanceByDom(document.querySelector(`[data-chart="${id}"] .chart-canvas`));
  const model = chart.getModel();
  const legend = model.getComponent('legend', 0);
  const view = chart.getViewOfComponentModel(legend);
  const names = [];
  view.group.traverse((el) => { if (el.type === 'text' && el.style?.text && !/^\d+\/\d+$/.test(el.style.text)) names.push(el); });
  const box = view.group.getBoundingRect();
  // Items the page shows in part: a name's start, or a key alone.
  const clip = view._containerGroup.getClipPath()?.shape;
  const content = view.getContentGroup();
  const cut = [];
  if (clip) content.eachChild((item) => {
    const r = item.getBoundingRect();
    const left = content.x + item.x + r.x;
    const shown = Math.min(left + r.width, clip.x + clip.width) - Math.max(left, clip.x);
    if (shown > 1 && shown < r.width - 1) cut.push([Math.round(left), Math.round(r.width), Math.round(shown)]);
  });
  return {
    cut,
    room: legend.get('textStyle')?.width,
    names: names.map((el) => [el.style.text, Math.ceil(el.getBoundingRect().width), Math.round(el.getBoundingRect().height)]),
    legendBottom: box.y + box.height,
    plotTop: model.getComponent('grid', 0).coordinateSystem.getRect().y,
  };
}

// Every indicator: the trend's 21 names, more than a legend lists whole
// (12), so that it pages.
const EVERY_INDICATOR = JSON.parse(fs.readFileSync(new URL('../../public/data/morocco.json', import.meta.url))).indicators.map((i) => i.id).join('~');

// A paging legend shows a name a page; cut at its edge, "… (full year)" lost
// the words that tell a full year's bars from part of one's.
for (const lang of ['en', 'fr', 'ar']) {
  test(`${lang}, 360 px wide: a paging legend's names wrap whole within its room, above the plot`, async () => {
    const page = await open(browser, `?lang=${lang}&ind=${EVERY_INDICATOR}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await waitForDashboard(page);
    const option = await chartOption(page, 'trend');
    assert.equal(option.legend[0].type, 'scroll');
    const fit = await page.evaluate(legendFit);
    assert.ok(fit.room > 0 && fit.room < 300, JSON.stringify(fit));
    assert.deepEqual(fit.names.map(([text]) => text), option.series.map((s) => s.name));
    for (const [text, width] of fit.names) assert.ok(width <= fit.room + 1, `${text}: ${width} px in ${fit.room}`);
    assert.ok(fit.legendBottom <= fit.plotTop, JSON.stringify(fit));
    assert.deepEqual(fit.cut, [], 'no name or key shown in part');
    assertNoPageErrors(page);
  });
}

// The wrap is worked out for the chart's width: a phone turned, or a window
// narrowed or widened, draws it anew, where names were cut again or wrapped
// in a room the chart no longer had.
test('a paging legend wraps anew when its chart narrows, and unwraps when it widens', async () => {
  const page = await open(browser, `?lang=fr&ind=${EVERY_INDICATOR}`);
  await page.setViewportSize({ width: 900, height: 800 });
  await waitForDashboard(page);
  await chartOption(page, 'trend');
  const room = () => page.evaluate(() => echarts.getInstanceByDom(document.querySelector('[data-chart="trend"] .chart-canvas')).getOption().legend[0].textStyle?.width);
  const wide = await page.evaluate(legendFit);
  assert.ok(wide.room > 250, JSON.stringify(wide));
  const oneLine = Math.max(...wide.names.map(([, , height]) => height));

  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForFunction(() => echarts.getInstanceByDom(document.querySelector('[data-chart="trend"] .chart-canvas')).getOption().legend[0].textStyle?.width < 250);
  const narrow = await page.evaluate(legendFit);
  for (const [text, width] of narrow.names) assert.ok(width <= narrow.room + 1, `${text}: ${width} px in ${narrow.room}`);
  assert.ok(narrow.names.some(([, , height]) => height > oneLine), JSON.stringify(narrow));
  assert.ok(narrow.legendBottom <= narrow.plotTop, JSON.stringify(narrow));
  assert.deepEqual(narrow.cut, [], 'no name or key shown in part');

  await page.setViewportSize({ width: 900, height: 800 });
  await page.waitForFunction((was) => echarts.getInstanceByDom(document.querySelector('[data-chart="trend"] .chart-canvas')).getOption().legend[0].textStyle?.width === was, wide.room);
  const widened = await page.evaluate(legendFit);
  assert.deepEqual(widened.names.map(([, , height]) => height), wide.names.map(([, , height]) => height));
  assert.equal(widened.plotTop, wide.plotTop);
  assert.equal(await room(), wide.room);
  assertNoPageErrors(page);
});

// Wider, a page holds several names: ECharts cut the last at the pager
// ("Irregular migration attempts foiled (year tc", a key alone). Each name
// takes a column of one width, and a page ends where a column does.
for (const lang of ['en', 'fr', 'ar']) {
  test(`${lang}: at an article's and a desktop's width, a paging legend's page shows whole names`, async () => {
    const page = await open(browser, `?lang=${lang}&ind=${EVERY_INDICATOR}`);
    await waitForDashboard(page);
    for (const width of [600, 740, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const id of ['trend']) {
        await chartOption(page, id);
        await page.waitForFunction((id) => {
          const el = document.querySelector(`[data-chart="${id}"] .chart-canvas`);
          return echarts.getInstanceByDom(el).getWidth() === el.clientWidth;
        }, id);
        const fit = await page.evaluate(legendFit, id);
        const where = `${id} at ${width} px: ${JSON.stringify(fit)}`;
        assert.deepEqual(fit.cut, [], where);
        for (const [text, textWidth] of fit.names) assert.ok(textWidth <= fit.room + 1, `${text}: ${where}`);
        // Columns of one width: each name takes all of its own (a long one
        // of every indicator's wrapped in it).
        assert.ok(fit.names.every(([, width]) => Math.abs(width - fit.room) <= 1), where);
        assert.ok(fit.legendBottom <= fit.plotTop, where);
      }
    }
    assertNoPageErrors(page);
  });
}
