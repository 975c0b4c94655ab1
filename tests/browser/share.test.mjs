// Copying a link or an embed code: on the clipboard where the browser
// allows it, and where it does not, the text selected for the reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, waitForDashboard, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('copy link puts the current view on the clipboard', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE).origin });
  const page = await open(browser, '?cat=returns&view=table');
  await page.locator('table.observations').waitFor();
  await page.locator('button.copy-link').click();
  await page.locator('.share-status', { hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.ok(await page.locator('.copy-manual').isHidden());
  assertNoPageErrors(page);
});

// Over plain http a page is no secure context and has no navigator.clipboard
// at all; in an iframe without clipboard-write, or with the permission
// denied, writeText rejects.
const refusals = {
  'served over plain http': () => { delete Navigator.prototype.clipboard; },
  'where the browser refuses': () => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  },
};

for (const [where, refuse] of Object.entries(refusals)) {
  test(`${where}, Copy says it could not, and selects the text to copy by hand`, async () => {
    const page = await browser.context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.addInitScript(refuse);
    await page.goto(`${BASE}/?cat=returns&lang=fr`);
    await waitForDashboard(page);
    await page.locator('button.copy-link').click();
    await page.locator('.share-status', { hasText: 'ne peut pas copier' }).waitFor();
    assert.doesNotMatch(await page.locator('.share-status').innerText(), /Copié/);
    const manual = page.locator('.copy-manual');
    assert.equal(await manual.inputValue(), page.url());
    const selected = await manual.evaluate((el) => [document.activeElement === el, el.selectionStart, el.selectionEnd, el.value.length]);
    assert.deepEqual(selected, [true, 0, page.url().length, page.url().length], 'focused, and the whole link selected');

    await page.locator('button.embed-code').click();
    await page.locator('button.copy-embed').click();
    await page.waitForFunction(() => document.querySelector('.copy-manual').value.startsWith('<iframe'));
    assert.equal(await manual.inputValue(), await page.locator('.embed-snippet').inputValue());
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}
