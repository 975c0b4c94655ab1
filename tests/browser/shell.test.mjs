// The shell: before the wasm arrives, readers already see the title and the
// featured figures, in their language and formatted as the app will format
// them; the app then takes their place without moving anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, waitForDashboard, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** A page whose wasm never arrives: only the HTML, CSS and shell script run. */
async function withoutWasm(query = '') {
  const page = await browser.context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${BASE}/${query}`);
  return page;
}

/** Value and period of each featured card, in page order. */
function cards(page, scope) {
  return page.locator(`${scope} .card`).evaluateAll((els) => els.map((el) => [
    el.querySelector('.card-label').textContent.trim(),
    el.querySelector('.card-value').textContent.trim(),
    el.querySelector('.card-coverage').textContent.trim(),
  ]));
}

for (const [lang, figure, dir] of [['en', '48,963', 'ltr'], ['fr', '48\u202f963', 'ltr'], ['ar', '48.963', 'rtl']]) {
  test(`the shell shows the featured figures before the wasm, as the app writes them (${lang})`, async () => {
    const shell = await withoutWasm(`?lang=${lang}`);
    const shown = shell.locator(`#marsad-shell [data-shell-lang="${lang}"]`);
    assert.ok(await shown.isVisible(), 'the reader\'s language is shown');
    assert.equal(await shell.locator('#marsad-shell > div:visible').count(), 1, 'one language only');
    assert.equal(await shell.locator('html').getAttribute('dir'), dir);
    const before = await cards(shell, `#marsad-shell [data-shell-lang="${lang}"]`);
    assert.equal(before.length, 6);
    assert.equal(before[0][1], figure);
    await shell.close();

    const page = await browser.context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    // The wasm arrives late, as on a phone's network: from a warm code cache
    // it can be ready before the first paint, and then there is no shell to see.
    await page.route('**/*.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(`${BASE}/?lang=${lang}`);
    await waitForDashboard(page);
    assert.equal(await page.locator('#marsad-shell').count(), 0, 'the app took the shell\'s place');
    assert.equal(await page.locator('h1').count(), 1);
    // Same figures, same exact periods (Jan–Sep 2024 never reads as a year).
    assert.deepEqual(before, await cards(page, 'main.app'));
    assertNoPageErrors(page);
  });
}

test('the browser\'s language chooses the shell\'s when the link names none', async () => {
  // The suite's context is in English: give this page other languages.
  const page = await browser.context.newPage();
  await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'fr-MA', 'en'] }));
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${BASE}/`);
  assert.ok(await page.locator('#marsad-shell [data-shell-lang="fr"]').isVisible());
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
});

for (const query of ['?embed=1', '?data=/__test/slow']) {
  test(`no shell where it would describe the wrong page: ${query}`, async () => {
    const page = await withoutWasm(query);
    assert.equal(await page.locator('#marsad-shell').count(), 0);
    assert.equal(await page.locator('h1:visible').count(), 0);
  });
}

for (const [lang, width] of [['en', 412], ['ar', 412], ['fr', 1280]]) {
  test(`the app takes the shell's place without a shift or a larger paint (${lang}, ${width} px)`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 823 });
    await page.addInitScript(() => {
      window.__shift = 0;
      window.__lcp = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__lcp.push(e.element?.closest('#marsad-shell') ? 'shell' : String(e.element?.className));
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    // The wasm arrives late, as on a phone's network: from a warm code cache
    // it can be ready before the first paint, and then there is no shell to see.
    await page.route('**/*.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(`${BASE}/?lang=${lang}`);
    await waitForDashboard(page);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__shift), 0);
    // The largest paint stays the shell's: the app's title and figures land in
    // the same boxes, so LCP does not wait for the wasm.
    const lcp = await page.evaluate(() => window.__lcp);
    assert.ok(lcp.length > 0 && lcp.every((e) => e === 'shell'), JSON.stringify(lcp));
  });
}
