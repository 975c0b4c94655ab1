// What the filters offer: only what has figures, so that no pick empties
// the dashboard; and a chart that a dataset has no figure for is left out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForDashboard, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const matching = async (page) => Number((await page.locator('.match-count').innerText()).match(/^\d+/)[0]);
const offered = (page, menu) => page.locator(`select.${menu} option:not([value=""])`).evaluateAll((os) => os.map((o) => [o.value, o.textContent]));

// The two second publishers too, whose figures cite their first publisher
// and name them under "Also in": ?src=arabkhabar-2024 had found nothing.
test('every source and indicator a menu offers leaves figures to show, a second publisher\'s figures among them', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const sources = await offered(page, 'add-source');
  assert.equal(sources.length, 38, sources.map((s) => s[1]).join(' | '));
  for (const second of ['planeteverte-2023', 'arabkhabar-2024']) assert.ok(sources.some(([id]) => id === second), second);
  await eachPickLeavesFigures(page);
  const second = await open(browser, '?src=arabkhabar-2024&view=table');
  await second.locator('table.observations').waitFor();
  assert.equal(await matching(second), 5);
  const rows = await second.locator('table.observations tbody tr').allInnerTexts();
  assert.equal(rows.length, 5);
  for (const row of rows) assert.match(row, /ArabKhabar/, row);
  assertNoPageErrors(page);
  assertNoPageErrors(second);
});

test('beside other filters, a menu offers only what they leave figures of', async () => {
  const page = await open(browser, '?cat=enforcement&yr=2018~2020');
  await waitForDashboard(page);
  const indicators = (await offered(page, 'add-indicator')).map(([id]) => id);
  assert.ok(indicators.includes('attempts_foiled'));
  assert.ok(!indicators.includes('rescued_at_sea'), 'not an indicator of Enforcement');
  const sources = (await offered(page, 'add-source')).map(([id]) => id);
  assert.ok(!sources.includes('le360-2017'), 'its figures are of 2017');
  await eachPickLeavesFigures(page);
  assertNoPageErrors(page);
});

async function eachPickLeavesFigures(page) {
  const all = await matching(page);
  for (const [menu, prefix] of [['add-source', 'src'], ['add-indicator', 'ind']]) {
    for (const [id, name] of await offered(page, menu)) {
      await page.locator(`select.${menu}`).selectOption(id);
      const chip = page.locator(`[data-filter="${prefix}:${id}"]`);
      await chip.waitFor();
      const n = await matching(page);
      assert.ok(n > 0 && n <= all, `${name}: ${n} of ${all}`);
      await chip.click();
      await chip.waitFor({ state: 'detached' });
    }
  }
}

// Le360's 2017 report has only enforcement figures: pressing "Rescue at sea"
// beside it emptied the dashboard, and so did "Spain" beside Enforcement.
test('a chip that would leave nothing says it is unavailable and does nothing; pressed, it can be let go', async () => {
  const page = await open(browser, '?src=le360-2017');
  await waitForDashboard(page);
  const unavailable = (selector) => page.locator(selector).evaluateAll((cs) => cs.filter((c) => c.getAttribute('aria-disabled') === 'true').map((c) => c.dataset.category ?? c.dataset.geography));
  assert.deepEqual(await unavailable('.chip[data-category]'), ['rescue_at_sea', 'returns', 'protection', 'europe']);
  assert.deepEqual(await unavailable('.chip.geo'), ['spain', 'eu_external_border']);
  const before = [page.url(), await matching(page)];
  const rescue = page.locator('.chip[data-category="rescue_at_sea"]');
  await rescue.focus();
  await page.keyboard.press('Enter');
  await rescue.click({ force: true });
  await page.waitForTimeout(100);
  assert.deepEqual([page.url(), await matching(page)], before);
  assert.equal(await rescue.getAttribute('aria-pressed'), 'false');
  // The chip still offered filters as before.
  await page.locator('.chip[data-category="enforcement"]').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('cat') === 'enforcement');
  assert.equal(await matching(page), before[1]);

  // Beside Enforcement, Spain and the EU border have no figure.
  const enforcement = await open(browser, '?cat=enforcement');
  await waitForDashboard(enforcement);
  assert.equal(await enforcement.locator('.chip.geo[data-geography="spain"]').getAttribute('aria-disabled'), 'true');
  assert.equal(await enforcement.locator('.chip.geo[data-geography="morocco"]').getAttribute('aria-disabled'), 'false');

  // Pressed from a link, a chip is let go of, and keeps the keyboard's focus.
  const linked = await open(browser, '?src=le360-2017&cat=protection');
  await waitForDashboard(linked);
  assert.equal(await matching(linked), 0);
  const protection = linked.locator('.chip[data-category="protection"]');
  assert.equal(await protection.getAttribute('aria-disabled'), 'false');
  await protection.focus();
  await linked.keyboard.press('Enter');
  await linked.waitForFunction(() => !new URLSearchParams(location.search).has('cat'));
  assert.equal(await protection.getAttribute('aria-disabled'), 'true');
  assert.equal(await protection.evaluate((c) => c === document.activeElement), true);
  assert.ok(await matching(linked) > 0);
  for (const p of [page, enforcement, linked]) assertNoPageErrors(p);
});

// Protection's figures are stocks at a date and full years: "Year to date"
// emptied the view under it.
test('the coverage menu offers only kinds with figures under the other filters, and keeps one a link chose', async () => {
  const page = await open(browser, '?cat=protection');
  await waitForDashboard(page);
  const closed = () => page.locator('select.coverage-kind option').evaluateAll((os) => os.filter((o) => o.disabled).map((o) => o.value));
  assert.deepEqual(await closed(), ['ytd']);
  // Each kind still offered leaves figures.
  const all = await matching(page);
  await page.locator('select.coverage-kind').selectOption('full');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('cov') === 'full');
  const full = await matching(page);
  assert.ok(full > 0 && full < all, `${full} of ${all}`);
  // Another category brings year-to-date figures, and the kind back.
  await page.locator('.chip[data-category="protection"]').click();
  await page.waitForFunction(() => !document.querySelector('select.coverage-kind option[value="ytd"]').disabled);
  // A link that chose it keeps it, chosen, to be changed from.
  const linked = await open(browser, '?cat=protection&cov=ytd');
  await waitForDashboard(linked);
  assert.equal(await linked.locator('select.coverage-kind').inputValue(), 'ytd');
  assert.equal(await linked.locator('select.coverage-kind option[value="ytd"]').evaluate((o) => o.disabled), false);
  assert.equal(await matching(linked), 0);
  assertNoPageErrors(page);
  assertNoPageErrors(linked);
});

// An embed of the European chart alone, of a dataset with no European
// figure, said that no figure matched "the filters", where there were none.
test('an embed of a chart its dataset has nothing for says so, and that the filters emptied it only where they did', async () => {
  for (const [lang, query, words] of [
    ['en', '', 'This dataset has no figure for this chart.'],
    ['fr', '', 'Ce jeu de données n\'a aucun chiffre pour ce graphique.'],
    // The log axis draws the figures otherwise, and filters none.
    ['en', '&log=1', 'This dataset has no figure for this chart.'],
    ['en', '&yr=2019~2019', 'No figure in this chart matches the filters.'],
  ]) {
    const page = await open(browser, `?data=/__test/without-europe&embed=1&chart=europe&lang=${lang}${query}`);
    // Of no height, over the chart's place (CSS): shown by the panel's class.
    await page.locator('[data-chart="europe"].empty').waitFor({ timeout: 20_000 });
    const empty = page.locator('[data-chart="europe"] .chart-empty');
    assert.equal(await empty.innerText(), words);
    assertNoPageErrors(page);
    await page.close();
  }
});

test('a dataset without European figures offers no European filter and leaves the European chart out', async () => {
  const data = '?data=/__test/without-europe';
  const page = await open(browser, data);
  await waitForDashboard(page);
  await page.locator('[data-chart="discrepancy"]').waitFor();
  assert.deepEqual(await page.locator('.chip[data-category]').evaluateAll((cs) => cs.map((c) => c.dataset.category)), ['enforcement', 'rescue_at_sea', 'returns', 'protection']);
  // Morocco alone: a chip for it would filter to everything.
  assert.equal(await page.locator('.chip.geo:visible').count(), 0);
  const indicators = (await offered(page, 'add-indicator')).map(([id]) => id);
  assert.ok(indicators.includes('attempts_foiled'));
  assert.ok(!indicators.some((id) => id.startsWith('spain') || id.startsWith('frontex')), indicators.join());
  assert.ok(!(await offered(page, 'add-source')).some(([id]) => id.startsWith('frontex')));
  assert.deepEqual(await page.locator('[data-chart]').evaluateAll((cs) => cs.map((c) => c.dataset.chart)), ['featured', 'trend', 'composition', 'discrepancy']);
  assert.equal(await page.locator('.chart-empty:visible').count(), 0, 'no chart says the filters left it empty');
  assertNoPageErrors(page);

  // A link that filters to the category keeps its chip, pressed, to let go of.
  const linked = await open(browser, `${data}&cat=europe&geo=spain`);
  await waitForDashboard(linked);
  const chip = linked.locator('.chip[data-category="europe"]');
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.equal(await linked.locator('.chip.geo[data-geography="spain"]').getAttribute('aria-pressed'), 'true');
  await chip.click();
  await chip.waitFor({ state: 'detached' });
  const spain = linked.locator('.chip.geo[data-geography="spain"]');
  await spain.click();
  await spain.waitFor({ state: 'hidden' });
  assert.equal(await linked.locator('.chip.geo:visible').count(), 0);
  assert.ok(await matching(linked) > 0);
  assertNoPageErrors(linked);

  // An embed of the European chart alone keeps it, and says it has no figure.
  const embed = await open(browser, `${data}&embed=1&chart=europe`);
  await embed.locator('[data-chart="europe"].empty').waitFor();
  assert.equal(await embed.locator('.chart-empty').innerText(), 'This dataset has no figure for this chart.');
  assert.equal(await embed.locator('[data-chart]').count(), 1);
  assert.match(await embed.locator('.embed-source').innerText(), /^Marsad · /, 'no "Sources:" before nobody');
  assert.equal(await embed.locator('.embed-links').isHidden(), true, 'no links to no source');
  assertNoPageErrors(embed);
});
