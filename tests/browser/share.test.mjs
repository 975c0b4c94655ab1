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
  // A filter rewrites the link: "Copied." was of the old one.
  await page.locator('.chip[data-category="rescue_at_sea"]').click();
  await page.waitForFunction(() => /rescue_at_sea/.test(location.search));
  await page.waitForFunction(() => document.querySelector('.share-status').textContent === '');
  assertNoPageErrors(page);
});

// A researcher takes the citation whole, with the link to the view and the
// day: on a phone, selecting the paragraph by hand took the heading too.
test('Copy citation puts the full citation, in the page\'s language, on the clipboard', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE).origin });
  const page = await open(browser, '?cat=returns&lang=ar');
  await waitForDashboard(page);
  await page.getByRole('button', { name: 'نسخ الاستشهاد' }).click();
  await page.locator('.cite-status', { hasText: 'تم النسخ.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('.cite-long').textContent());
  assert.ok(copied.includes(`${page.url()} (`), copied);
  assert.equal(await page.locator('.share-status').textContent(), '', 'the share bar says nothing of it');
  assert.ok(await page.locator('.cite-manual').isHidden());
  // Not on paper: a button that only acts, and what it said.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('button.copy-citation').isHidden());
  assert.ok(await page.locator('.cite-status').isHidden());
  await page.emulateMedia({ media: 'screen' });
  // A filter rewrites the citation's link: "Copied." was of the old one.
  await page.locator('.chip[data-category="rescue_at_sea"]').click();
  await page.waitForFunction(() => /rescue_at_sea/.test(document.querySelector('.cite-long').textContent));
  assert.equal(await page.locator('.cite-status').textContent(), '');
  assertNoPageErrors(page);
});

// A copy the clipboard refuses only after the reader has changed the
// citation (a filter) was of the old one: its box to copy by hand, with the
// old citation, had opened and taken the focus.
test('a citation copy refused after a filter changed the citation says nothing and opens no box', async () => {
  const page = await open(browser, '?lang=en');
  await waitForDashboard(page);
  await page.evaluate(() => { navigator.clipboard.writeText = () => new Promise((_, refuse) => setTimeout(() => refuse(new Error('refused')), 600)); });
  const before = await page.locator('.cite-long').textContent();
  await page.locator('button.copy-citation').click();
  await page.locator('.chip[data-category="returns"]').click();
  await page.waitForFunction((old) => document.querySelector('.cite-long').textContent !== old, before);
  await page.waitForTimeout(1000);
  assert.ok(await page.locator('.cite-manual').isHidden(), 'no box of the old citation');
  assert.equal(await page.locator('.cite-status').textContent(), '');
  assert.notEqual(await page.evaluate(() => document.activeElement.className), 'cite-manual');
  // The same refusal of the citation on screen opens the box, with it.
  await page.locator('button.copy-citation').click();
  await page.locator('.cite-manual').waitFor();
  assert.equal(await page.locator('.cite-manual').inputValue(), await page.locator('.cite-long').textContent());
  assertNoPageErrors(page);
});

// The theme is the reader's own: a dark-mode reader's link had opened dark
// for everyone it was sent to, and Back had switched the theme back before
// it undid a filter.
test("a copied link and the citation leave out the reader's theme, and a theme switch is no step for Back", async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE).origin });
  const page = await open(browser, '?cat=returns');
  await waitForDashboard(page);
  await page.locator('.chip[data-category="rescue_at_sea"]').click();
  await page.waitForFunction(() => location.search === '?cat=rescue_at_sea~returns');
  await page.locator('select.theme').selectOption('dark');
  await page.waitForFunction(() => location.search === '?cat=rescue_at_sea~returns&theme=dark');
  const shared = page.url().replace('&theme=dark', '');
  await page.locator('button.copy-link').click();
  await page.locator('.share-status', { hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shared);
  assert.ok((await page.locator('.cite-long').textContent()).includes(`${shared} (`), 'the citation gives the address without the theme');
  assert.doesNotMatch(await page.locator('.cite-long').textContent(), /theme=/);

  await page.goBack();
  await page.waitForFunction(() => location.search === '?cat=returns&theme=dark');
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark', 'Back undid the filter and kept the theme');
  await page.goForward();
  await page.waitForFunction(() => location.search === '?cat=rescue_at_sea~returns&theme=dark');
  await page.reload();
  await waitForDashboard(page);
  assert.equal(await page.locator('select.theme').inputValue(), 'dark', 'a reload keeps the theme');
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

    // The citation's own, beside its button.
    await page.getByRole('button', { name: 'Copier la citation' }).click();
    await page.locator('.cite-status', { hasText: 'ne peut pas copier' }).waitFor();
    const citation = await page.locator('.cite-long').textContent();
    const byHand = page.locator('.cite-manual');
    assert.equal(await byHand.inputValue(), citation);
    assert.deepEqual(await byHand.evaluate((el) => [document.activeElement === el, el.selectionStart, el.selectionEnd]), [true, 0, citation.length]);
    // A filter rewrites the citation: the box held the old one, to copy by hand.
    await page.locator('.chip[data-category="returns"]').click();
    await page.waitForFunction((old) => document.querySelector('.cite-long').textContent !== old, citation);
    await page.waitForFunction(() => document.querySelector('.cite-manual').hidden);
    assert.equal(await page.locator('.cite-status').textContent(), '');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}
