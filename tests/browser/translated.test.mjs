// A reader whose browser translates the page (Chrome's built-in Google
// Translate). The translator replaces each text node with its own <font>
// elements and leaves the page's original node detached, so a figure updated
// in that node would change nowhere the reader can see. This page is driven
// beside an untranslated one, step by step, and must read the same after each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForDashboard, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// What the translator does, with the text left as it was so that the two pages
// can be compared: every text node, present or added later, becomes
// <font><font>text</font></font>, and the original node leaves the page.
function translateLikeChrome() {
  const translate = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.data.trim() && !node.parentElement.closest('script, style, textarea, font, [translate="no"]')) found.push(node);
    }
    for (const node of found) {
      const outer = document.createElement('font');
      const inner = outer.appendChild(document.createElement('font'));
      inner.textContent = node.data;
      node.replaceWith(outer);
    }
  };
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => { queued = false; translate(); });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  translate();
}

// All the page's words a reader sees or a screen reader hears, and the
// options of its menus.
const reading = (page) => page.evaluate(() => ({
  text: document.body.innerText,
  hidden: [...document.querySelectorAll('.sr-only')].map((el) => el.textContent),
  options: [...document.querySelectorAll('select')].map((s) => [...s.options].map((o) => `${o.value}=${o.text}`)),
}));

async function assertSameReading(plain, translated, step) {
  let expected;
  let seen;
  for (let tries = 0; tries < 20; tries++) {
    [expected, seen] = await Promise.all([reading(plain), reading(translated)]);
    if (JSON.stringify(expected) === JSON.stringify(seen)) break;
    await translated.waitForTimeout(100);
  }
  const lines = (r) => [...r.text.split('\n'), ...r.hidden, ...r.options.flat()];
  const [a, b] = [lines(expected), lines(seen)];
  const differing = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
  assert.deepEqual(differing, [], `after "${step}", the translated page reads as the plain one`);
  assert.equal(b.length, a.length, `after "${step}", as many lines`);
}

async function assertFollows(query, steps, ready = waitForDashboard) {
  const [plain, translated] = await Promise.all([open(browser, query), open(browser, query)]);
  await Promise.all([ready(plain), ready(translated)]);
  await translated.evaluate(translateLikeChrome);
  assert.ok(await translated.locator('.match-count font').count() > 0, 'the simulated translator took the page\'s text');
  await assertSameReading(plain, translated, 'loading');
  for (const [step, act] of steps) {
    await act(plain);
    await act(translated);
    await assertSameReading(plain, translated, step);
  }
  assertNoPageErrors(plain);
  assertNoPageErrors(translated);
  await Promise.all([plain.close(), translated.close()]);
}

const dashboardSteps = [
  ['a category chip', (p) => p.locator('.chip[data-category="rescue_at_sea"]').click()],
  ['a second category', (p) => p.locator('.chip[data-category="returns"]').click()],
  ['years from 2020', (p) => p.locator('select.year-from').selectOption('2020')],
  ['full years only', (p) => p.locator('select.coverage-kind').selectOption('full')],
  ['a chart\'s figures opened', (p) => p.locator('[data-chart="trend"] details.chart-data summary').click()],
  ['a source picked', (p) => p.locator('select.add-source').selectOption({ index: 2 })],
  ['another source picked', (p) => p.locator('select.add-source').selectOption({ index: 1 })],
  ['the first source removed', (p) => p.locator('.active-filter').first().click()],
  ['all filters cleared', (p) => p.locator('button.clear-all').click()],
  ['the table', (p) => p.locator('button[data-view="table"]').click()],
  ['sorted by value', (p) => p.locator('th button[data-sort="value"]').click()],
  ['a category in the table', (p) => p.locator('.chip[data-category="rescue_at_sea"]').click()],
  ['back', (p) => p.goBack()],
  ['back again', (p) => p.goBack()],
];

for (const lang of ['en', 'fr']) {
  test(`${lang}: a page the browser translates keeps its figures, labels and links up to date`, async () => {
    await assertFollows(`?lang=${lang}`, dashboardSteps);
  });
}

test('a translated table of many pages shows each page\'s own rows', async () => {
  await assertFollows(`?data=${encodeURIComponent('/__test/generated?n=1000')}&view=table`, [
    ['the next page', (p) => p.locator('button.page-next').click()],
    ['sorted by value', (p) => p.locator('th button[data-sort="value"]').click()],
    ['the next page again', (p) => p.locator('button.page-next').click()],
    ['back', (p) => p.goBack()],
  ]);
});

test('a translated embed with its filters names the sources of what it shows', async () => {
  await assertFollows('?embed=1&controls=1&lang=fr', [
    ['a category chip', (p) => p.locator('.chip[data-category="rescue_at_sea"]').click()],
    ['another category', (p) => p.locator('.chip[data-category="returns"]').click()],
    ['years from 2023', (p) => p.locator('select.year-from').selectOption('2023')],
  ], (p) => p.locator('.embed-source').waitFor());
});
