// Charts out of view: drawn when scrolled to, not on every filter change,
// and all of them when the page is printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForDashboard, chartOption, assertNoPageErrors } from './harness.mjs';

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

test('printing draws every chart, seen or not', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  await frames(page);
  assert.equal(await heldOption(page, 'discrepancy'), null);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await frames(page);
  for (const id of ['featured', 'trend', 'composition', 'europe', 'discrepancy']) {
    assert.ok(await heldOption(page, id), `${id} drawn for print`);
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
