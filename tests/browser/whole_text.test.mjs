// The default dataset's words are read whole: the bounds that cut a hostile
// dataset's 10,000 letters (a line clamp, an ellipsis) never cut a real text,
// at the widths of phones, tablets and desktops, in each language. Bounds of
// 4 and 6 lines cut the subtitle on phones, a card's scope on desktops and
// the table's notes on tablets; an ellipsis cut the years off a source's chip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, open, waitForDashboard, assertNoPageErrors } from './harness.mjs';

const dataset = JSON.parse(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/data/morocco.json'), 'utf8'));
// Every source as a chip: the longest names the filter bar shows.
const everySource = dataset.sources.map((s) => s.id).join('~');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Elements of the app whose text a line clamp or an ellipsis cuts now. */
const cutTexts = (page) => page.evaluate(() => [...document.querySelectorAll('#app *')].filter((el) => {
  const style = getComputedStyle(el);
  if (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '') return el.scrollHeight > el.clientHeight + 1;
  if (style.textOverflow === 'ellipsis') return el.scrollWidth > el.clientWidth + 1;
  return false;
}).map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.slice(0, 60)}`));

for (const width of [320, 412, 700, 1280]) {
  test(`at ${width} px no text of the default dataset is cut, in any language or view`, async () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const page = await open(browser, `?lang=${lang}&view=table&src=${everySource}`);
      await page.setViewportSize({ width, height: 900 });
      await waitForDashboard(page);
      await page.locator('.observations td').first().waitFor();
      // The clamps are on: a test that cannot fail would find nothing to read.
      assert.ok(await page.locator('.card-scope').count() > 0 && await page.locator('.active-filter').count() === dataset.sources.length);
      const cut = new Set(await cutTexts(page));
      // Every page of the table.
      const next = page.locator('.page-next');
      while (await next.count() && !(await next.isDisabled())) {
        const status = await page.locator('.page-status').textContent();
        await next.click();
        await page.waitForFunction((s) => document.querySelector('.page-status').textContent !== s, status);
        for (const text of await cutTexts(page)) cut.add(text);
      }
      assert.deepEqual([...cut], [], `${lang} at ${width} px`);
      assertNoPageErrors(page);
      await page.close();
    }
  });
}

// A reader who sets the browser's text to twice its size, on a phone: the
// Charts / Table switch ran 38 px past a 360 px screen, which then scrolled
// sideways, and a chip read "Protection et régularisa…".
test('with the browser\'s text at twice its size on a phone, nothing is cut and nothing runs past the screen', async () => {
  for (const lang of ['en', 'fr', 'ar']) {
    const page = await open(browser, `?lang=${lang}`);
    await page.setViewportSize({ width: 360, height: 740 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await waitForDashboard(page);
    await page.waitForFunction(() => parseFloat(getComputedStyle(document.documentElement).fontSize) === 32);
    assert.deepEqual(await cutTexts(page), [], lang);
    const past = await page.evaluate(() => [...document.querySelectorAll('#app *')]
      .filter((el) => { const r = el.getBoundingClientRect(); return (r.right > innerWidth + 1 || r.left < -1) && !el.closest('.sr-only'); })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.slice(0, 30)}`));
    assert.deepEqual(past, [], lang);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, lang);
    assertNoPageErrors(page);
    await page.close();
  }
});
