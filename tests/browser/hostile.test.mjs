// Hostile data and hostile links: nothing runs, nothing is forged, text
// shows as text, and the strict CSP records no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, waitForDashboard, chartOption, assertNoPageErrors } from './harness.mjs';
import { HOSTILE } from './server.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function openWatched(query) {
  const page = await open(browser, query);
  page.dialogs = [];
  page.on('dialog', async (d) => { page.dialogs.push(d.message()); await d.dismiss(); });
  return page;
}

async function assertNothingRan(page) {
  await page.waitForTimeout(200);
  assert.deepEqual(page.dialogs, [], 'no dialog opened');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'window.__pwned stays unset');
  assert.equal(await page.locator('main img, main svg, main script').count(), 0, 'no markup from data');
}

for (const name of ['script', 'img', 'svg', 'bidi', 'long', 'emoji', 'nul']) {
  test(`a dataset with ${name} text in every field shows it as text`, async () => {
    const page = await openWatched(`?data=${encodeURIComponent(`/__test/hostile?p=${name}`)}`);
    await waitForDashboard(page);
    for (const id of ['featured', 'trend', 'composition', 'europe', 'discrepancy']) await chartOption(page, id);
    await assertNothingRan(page);
    const payload = HOSTILE[name][1];
    const title = await page.locator('h1.title').textContent();
    if (name === 'nul') assert.ok(title.startsWith('nul'), title);
    else assert.equal(title, payload, 'the title shows the text literally');
    const chip = await page.locator('.chip[data-category]').first().textContent();
    assert.ok(chip.includes(payload.slice(0, 20).replace('\u0000', '')) || name === 'nul', chip.slice(0, 80));
    // Long labels are cut with an ellipsis, and the page does not overflow.
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(widths[0] <= widths[1], `page overflows: ${widths}`);
    if (name === 'long') {
      const axis = (await chartOption(page, 'featured')).yAxis[0].data[0];
      assert.ok(axis.length < 100 && axis.endsWith('…'), `axis label cut: ${axis.length}`);
    }
    assertNoPageErrors(page);
  });
}

for (const name of ['jsurl', 'dataurl']) {
  test(`a dataset whose source URLs are ${name} is refused and shown literally`, async () => {
    const page = await openWatched(`?data=${encodeURIComponent(`/__test/hostile?p=${name}`)}`);
    const panel = page.locator('.load-error');
    await panel.waitFor();
    await assertNothingRan(page);
    assert.equal(await panel.getAttribute('data-error'), 'invalid');
    // The panel's one link is to Marsad's own dataset, on this site.
    const links = await page.locator('.load-error a').evaluateAll((as) => as.map((a) => a.href));
    assert.equal(links.length, 1, `no link made from a bad URL: ${links}`);
    assert.equal(new URL(links[0]).origin, new URL(page.url()).origin, links[0]);
    const kinds = await page.locator('.problems li').evaluateAll((lis) => lis.map((li) => li.dataset.kind));
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'BadUrl'), kinds.join());
    assert.match(await page.locator('.problems').innerText(), /javascript:|data:/);
  });
}

test('deeply nested JSON in a text field is a clear error, not a freeze', async () => {
  const page = await openWatched(`?data=${encodeURIComponent('/__test/hostile?p=nested')}`);
  const panel = page.locator('.load-error');
  await panel.waitFor();
  assert.equal(await panel.getAttribute('data-error'), 'invalid');
  assert.ok((await page.locator('.problems li').count()) >= 1);
  await assertNothingRan(page);
});

for (const query of [
  '?lang=<script>window.__pwned=1</script>',
  '?lang=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '?cat=nope~also_nope&ind=ghost&src=phantom',
  `?cat=${'x'.repeat(10000)}`,
  '?yr=1~99999999999999999999&cov=full&cov=ytd&lang=fr&lang=ar',
  '?theme=%22%3E%3Cscript%3E&view=%00',
]) {
  test(`a hostile link ${query.slice(0, 40)} is ignored with a notice`, async () => {
    const page = await openWatched(query);
    await waitForDashboard(page);
    await chartOption(page, 'featured');
    await assertNothingRan(page);
    assert.ok(await page.locator('.notices li').count() >= 1, 'a notice says what was ignored');
    assertNoPageErrors(page);
  });
}

test('the built page carries a strict CSP with the loader hash', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  // An inline script the build did not make is blocked.
  const blocked = await page.evaluate(() => new Promise((resolve) => {
    window.__expectCspViolation = true;
    document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.body.append(s);
    setTimeout(() => resolve(false), 1000);
  }));
  assert.ok(blocked, 'a foreign inline script raised a CSP violation');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

test('hostile text in a tooltip is shown as text', async () => {
  const page = await openWatched(`?data=${encodeURIComponent('/__test/hostile?p=img')}`);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await waitForDashboard(page);
  await chartOption(page, 'composition');
  // A point on the ring of the pie (centred at 50 % / 38 %, radius 30–55 %),
  // whose tooltip names the slice.
  const canvas = page.locator('[data-chart="composition"] .chart-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const r = 0.42 * Math.min(box.width, box.height) / 2;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.38 - r, { steps: 4 });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart="composition"] .chart-canvas > div')].some((d) => d.textContent.includes('onerror')));
  const tip = await page.evaluate(() => {
    const d = [...document.querySelectorAll('[data-chart="composition"] .chart-canvas > div')].find((d) => d.textContent.includes('onerror'));
    return { text: d.textContent, images: d.querySelectorAll('img').length };
  });
  assert.equal(tip.images, 0, 'no element made from data');
  // The name may be wrapped for the legend: a line break reads as a space.
  assert.ok(tip.text.replace(/\s+/g, ' ').includes('<img src=x onerror="window.__pwned=1">'), tip.text);
  await assertNothingRan(page);
});

for (const [query, heading, reload] of [['', /^Marsad stopped because of an error$/, 'Reload'], ['?lang=fr', /^Marsad s'est arrêté à cause d'une erreur$/, 'Recharger']]) test(`a panic shows a panel with a Reload button instead of a dead page, in the page's language: ${query || '/'}`, async () => {
  const page = await open(browser, query);
  await waitForDashboard(page);
  // Trunk exposes the wasm exports as window.wasmBindings.
  const thrown = await page.evaluate(() => {
    try { window.wasmBindings.marsadTestPanic(); return null; } catch (e) { return String(e); }
  });
  assert.ok(thrown, 'the panic surfaced as an error');
  const panel = page.locator('#marsad-crashed[role="alert"]');
  await panel.waitFor();
  assert.match(await panel.locator('h2').innerText(), heading);
  assert.equal(await panel.locator('button.reload').innerText(), reload);
  await panel.locator('button.reload').click();
  await waitForDashboard(page);
  assert.equal(await page.locator('#marsad-crashed').count(), 0, 'a reload starts afresh');
});

test('without the chart library each chart says so, in the page\'s language, and the figures stay', async () => {
  const page = await browser.context.newPage();
  await page.route('**/echarts.marsad.min.js', (route) => route.abort());
  await page.goto(`${BASE}/?lang=ar`);
  await page.locator('#app .card').first().waitFor({ timeout: 20_000 });
  const errors = page.locator('[data-chart] .chart-error');
  await errors.first().waitFor();
  assert.deepEqual([...new Set(await errors.allInnerTexts())], ['لم تُحمَّل مكتبة الرسوم البيانية.']);
  assert.equal(await page.locator('#app .card').count(), 6);
  await page.close();
});
