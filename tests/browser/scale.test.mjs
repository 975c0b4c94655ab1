// Larger datasets than the default one: what a reader sees stays readable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForDashboard, chartOption, assertNoPageErrors } from './harness.mjs';
import { generate } from '../bench/generate.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Groups of two or more figures for one indicator and period: an oracle apart from the app's. */
function disagreementCount(json) {
  const groups = new Map();
  for (const o of JSON.parse(json).observations) {
    if (!Number.isFinite(o.value)) continue;
    const key = `${o.indicator}|${o.start}|${o.end}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups.values()].filter((n) => n > 1).length;
}

test('where thousands of figures disagree, the chart draws the 30 latest and says so', async () => {
  const all = disagreementCount(generate(2000));
  assert.ok(all > 30, `the generated data has ${all} groups`);
  const page = await open(browser, '?data=/__test/generated%3Fn%3D2000');
  await waitForDashboard(page);
  const option = await chartOption(page, 'discrepancy');
  assert.equal(option.yAxis[0].data.length, 30);
  assert.ok(option.series[0].data.length <= 400, `${option.series[0].data.length} dots`);
  const note = page.locator('[data-chart="discrepancy"] .chart-note');
  assert.equal(await note.innerText(), `Each dot is one source's figure, placed as a percentage of the highest figure in its row. The 30 latest of ${all.toLocaleString('en')} disagreements are drawn; the table and the CSV hold them all.`);
  // The latest: no drawn row is older than a row left out.
  const years = option.yAxis[0].data.map((row) => Number(row.match(/(\d{4})(?!.*\d{4})/)[1]));
  assert.ok(Math.min(...years) >= 2020, `drawn years: ${years}`);
  assertNoPageErrors(page);
});

test('the default dataset\'s disagreements are all drawn, with no note of any left out', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const option = await chartOption(page, 'discrepancy');
  assert.ok(option.yAxis[0].data.length > 0 && option.yAxis[0].data.length <= 30);
  assert.doesNotMatch(await page.locator('[data-chart="discrepancy"] .chart-note').innerText(), /latest/);
  // No dots, nothing to read them by.
  const none = await open(browser, '?yr=2024~2024');
  await waitForDashboard(none);
  assert.equal((await chartOption(none, 'discrepancy')).series[0].data?.length ?? 0, 0);
  assert.equal(await none.locator('[data-chart="discrepancy"] .chart-note').count(), 0);
});
