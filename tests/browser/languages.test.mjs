// Languages as readers meet them: French and Arabic words and numbers by
// Intl, right to left, the switcher, and how the page chooses a language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { BASE, CHROMIUM_OPTIONS, launch, open, waitForDashboard, chartOption, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const spaces = (s) => s.replace(/[\s\u202f\u00a0]/g, ' ').trim();

test('?lang=fr gives French labels and French number formatting', async () => {
  const page = await open(browser, '?lang=fr');
  await waitForDashboard(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.equal(spaces(await page.locator('.card[data-indicator="attempts_foiled"] .card-value').innerText()), '48 963');
  assert.match(await page.locator('button.clear-all').innerText(), /Tout effacer/);
  assert.match(await page.locator('.card[data-indicator="attempts_foiled"] .card-coverage').innerText(), /janv.*sept.*2024/);
  // French sets a colon after a no-break space, in the page and the charts.
  assert.equal(await page.locator('.card[data-indicator="attempts_foiled"] .card-source').innerText(), 'Source\u00a0: migrantaffairs.info');
  // And where else it was published, as the table says: the report's
  // figures were credited to one site, where SOURCES.md names two.
  const also = page.locator('.card[data-indicator="attempts_foiled"] .card-also');
  assert.equal(await also.innerText(), 'Aussi dans\u00a0: Alyaoum24 via ArabKhabar');
  assert.equal(await also.locator('a').getAttribute('href'), 'https://www.arabkhabar.com/a/3538697');
  // Not on a card whose figure has no other publication (the refugees', from the seed text alone).
  assert.equal(await page.locator('.card .card-also:visible').count(), 5);
  const trend = await chartOption(page, 'trend');
  assert.match(trend.series[0].data.find((d) => d && d.name).name, /^\S.*\u00a0: \d/u);
  const option = await chartOption(page, 'featured');
  assert.match(option.series[0].data[0].name, /^48\s963$/u);
  // The ring's shares too, by Intl: "37,9 %", not ECharts' own "37.91%".
  const ring = await chartOption(page, 'composition');
  assert.equal(ring.tooltip[0].formatter, '{b}');
  assert.deepEqual(ring.series[0].data.map((d) => d.name.replace(/\n/g, ' ')), [
    'Retours volontaires coordonnés avec l\'OIM\u00a0: 1\u202f664 (37,9\u00a0%)',
    'Retours volontaires (ministère de l\'Intérieur) [autres]\u00a0: 2\u202f724 (62,1\u00a0%)',
  ]);
  // ECharts' own words come from its French language pack.
  assert.match(await page.locator('[data-chart="featured"] .chart-canvas').getAttribute('aria-label'), /^C'est une carte/);
  assertNoPageErrors(page);
});

for (const [lang, locale, words] of [['en', 'en', /Dataset last updated .*; licence CC BY 4\.0\. .* \(accessed /], ['fr', 'fr', /Jeu de données mis à jour le .*\u00a0; licence CC BY 4\.0\. .* \(consulté le /], ['ar', 'ar-MA', /آخر تحديث لمجموعة البيانات .*؛ الترخيص CC BY 4\.0\. .* \(تاريخ الاطلاع: /]]) {
  test(`the last update and how to cite Marsad are in the reader's language, dates by Intl (${lang})`, async () => {
    const page = await open(browser, `?lang=${lang}`);
    await waitForDashboard(page);
    // A dataset's dates are calendar days, read in UTC; the access date is the reader's own day.
    const day = (date) => page.evaluate(([locale, date]) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: date ? 'UTC' : undefined }).format(date ? new Date(date) : new Date()), [locale, date ?? null]);
    const updated = await day('2026-12-06T00:00:00Z');
    if (lang === 'en') assert.equal(updated, 'Dec 6, 2026');
    // The publisher as the page's language names it: مرصد in Arabic, as the title does.
    assert.match(await page.locator('.byline').innerText(), { en: /^Marsad · Last updated Dec/, fr: /^Marsad · Dernière mise à jour\u00a0: /, ar: /^مرصد · آخر تحديث: / }[lang]);
    const byline = page.locator('.byline time');
    assert.equal(await byline.getAttribute('datetime'), '2026-12-06');
    assert.equal(await byline.textContent(), updated);
    const cite = await page.locator('.citation .cite-long').textContent();
    assert.match(cite, words);
    // The publisher once, though the dataset's title starts with its name: not "Marsad, Marsad — …".
    const name = lang === 'ar' ? 'مرصد' : 'Marsad';
    for (const line of [cite, await page.locator('.citation .cite-short').textContent()]) {
      assert.equal(line.split(name).length - 1, 1, line);
      assert.ok(line.startsWith(name), line);
    }
    // The long form's title starts a sentence, after "Marsad. "; the short
    // one's follows a comma.
    if (lang === 'fr') {
      assert.ok(cite.startsWith('Marsad. Chiffres de la migration'), cite);
      assert.ok((await page.locator('.citation .cite-short').textContent()).startsWith('Marsad, chiffres de la migration'));
    }
    assert.ok(cite.includes(updated), cite);
    assert.ok(cite.includes(await day()), `accessed today: ${cite}`);
    assert.ok(cite.includes(await page.evaluate(() => location.href)), cite);
    assert.doesNotMatch(cite, /[\u2066-\u2069]/, 'a copied citation carries no invisible direction marks');
    if (lang !== 'en') assert.doesNotMatch(cite + await page.locator('.citation .cite-short').textContent(), /Dataset|accessed|licence CC BY 4\.0;/);
    // A source's publication date by Intl too, and its title in the page's language.
    const source = page.locator('#source-arabkhabar-2024');
    assert.equal(await source.locator('time').getAttribute('datetime'), '2024-11-02');
    assert.equal(await source.locator('time').textContent(), await day('2024-11-02T00:00:00Z'));
    assert.equal(await source.locator('a').getAttribute('lang'), null);
    assert.equal(await source.locator('a').textContent(), {
      en: 'Interior Ministry report on irregular migration, January–September 2024',
      fr: 'Rapport du ministère de l\'Intérieur sur la migration irrégulière, janvier–septembre 2024',
      ar: 'تقرير وزارة الداخلية حول الهجرة غير النظامية، يناير–شتنبر 2024',
    }[lang]);
    assertNoPageErrors(page);
  });
}

// Late in the evening in Los Angeles it is already tomorrow in UTC, and just
// after midnight in Paris it is still yesterday: a citation gives the
// day the reader read it, as their calendar shows it.
for (const [zone, instant, expected] of [
  ['America/Los_Angeles', '2026-12-06T04:30:00Z', 'Dec 5, 2026'],
  ['Europe/Paris', '2026-12-05T23:30:00Z', 'Dec 6, 2026'],
]) {
  test(`in ${zone} at ${instant}, the citation is accessed ${expected}, the reader's own day`, async () => {
    // A browser of its own: Playwright's clock is the whole context's, and
    // left in the shared one it ran the later tests' timers on its own
    // time (the dataset's 10 s timeout fired in a page long loaded).
    const own = await launch();
    try {
      const page = await own.context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(String(e)));
      const cdp = await own.context.newCDPSession(page);
      await cdp.send('Emulation.setTimezoneOverride', { timezoneId: zone });
      await page.clock.setFixedTime(new Date(instant));
      await page.goto(`${BASE}/?lang=en`);
      await waitForDashboard(page);
      const cite = await page.locator('.citation .cite-long').textContent();
      assert.ok(cite.endsWith(`(accessed ${expected}).`), cite);
      assert.match(cite, /Dataset last updated Dec 6, 2026;/, 'the dataset\'s own date stays its calendar day');
      assertNoPageErrors(page);
    } finally {
      await own.close();
    }
  });
}

test('a source title that a dataset gives only in English reads in English, marked lang="en", on French and Arabic pages', async () => {
  for (const lang of ['fr', 'ar']) {
    const page = await open(browser, `?lang=${lang}&data=${encodeURIComponent('/__test/english-titles')}`);
    await waitForDashboard(page);
    const link = page.locator('#source-arabkhabar-2024 a');
    assert.equal(await link.textContent(), 'Interior Ministry report on irregular migration, January–September 2024');
    assert.equal(await link.getAttribute('lang'), 'en');
    // The page around it stays in its own language.
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assertNoPageErrors(page);
    await page.close();
  }
});

// An English scope note on the Arabic page set its full stop at the wrong
// end ("Events, not people" then "."), and a screen reader spoke English
// words as Arabic: each text a page shows alone is marked as English, and
// on the Arabic page as left to right.
test('texts a dataset gives only in English are marked lang="en" where shown alone, and read left to right on the Arabic page', async () => {
  for (const [lang, dir] of [['fr', null], ['ar', 'ltr']]) {
    const page = await open(browser, `?lang=${lang}&data=${encodeURIComponent('/__test/english-texts')}`);
    await waitForDashboard(page);
    const attrs = (selector) => page.locator(selector).first().evaluate((el) => [el.textContent, el.getAttribute('lang'), el.getAttribute('dir')]);
    assert.deepEqual(await attrs('#app h1.title'), ['Marsad — Morocco irregular migration figures', 'en', dir]);
    assert.deepEqual(await attrs('#cards-title'), ['Interior Ministry report, January–September 2024', 'en', dir]);
    assert.deepEqual(await attrs('.card[data-indicator="attempts_foiled"] .card-scope'), ['Events, not people.', 'en', dir]);
    assert.deepEqual((await attrs('.card[data-indicator="attempts_foiled"] .card-label')).slice(0, 2), ['Irregular migration attempts foiled', 'en']);
    assert.equal(await page.locator('.chip[data-category] bdi').first().getAttribute('lang'), 'en');
    // A translated text around them is unmarked, in the page's language.
    assert.equal(await page.locator('.card[data-indicator="voluntary_returns"] .card-label').getAttribute('lang'), null);
    await page.goto(page.url().replace(/&view=table|$/, '&view=table'));
    await page.locator('.observations tbody tr').first().waitFor();
    const cells = await page.locator('.observations tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td bdi')].map((b) => [b.textContent, b.lang])));
    const attempts = cells.filter((r) => r[0][0] === 'Irregular migration attempts foiled');
    assert.ok(attempts.length > 0 && attempts.every((r) => r[0][1] === 'en'), JSON.stringify(cells.slice(0, 3)));
    assert.ok(cells.some((r) => r.some(([t, l]) => l === 'en' && t !== 'Irregular migration attempts foiled' && t.length > 20)), 'the note given in English only is marked');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assertNoPageErrors(page);
    await page.close();
  }
});

test('a publisher\'s words are in the reader\'s language; in Arabic they read right to left, though a Latin name starts them', async () => {
  // The words in the order an Arabic reader meets them: line by line, each
  // line from the right.
  const readingOrder = (page, selector, words) => page.evaluate(([selector, words]) => {
    const node = document.querySelector(selector).firstChild;
    const placed = words.map((w) => {
      const range = document.createRange();
      const at = node.textContent.indexOf(w);
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const box = range.getBoundingClientRect();
      return { w, top: Math.round(box.top), right: box.right };
    });
    return placed.sort((a, b) => a.top - b.top || b.right - a.right).map((p) => p.w);
  }, [selector, words]);
  const fr = await open(browser, '?lang=fr&src=kaayxol-2025&view=table');
  await fr.locator('.active-filter').waitFor();
  assert.equal(await fr.locator('#source-kaayxol-2025 bdi').first().textContent(), 'Kaayxol (ministère)');
  // The filter names the source by its publisher and the years of its figures.
  assert.equal(await fr.locator('.active-filter bdi').textContent(), 'Kaayxol (ministère) · 2025');
  assert.ok((await fr.locator('select.add-source option').allTextContents()).includes('Kaayxol (ministère) · 2025'));
  assert.equal(await fr.locator('table.observations tbody tr td:nth-child(5)').first().textContent(), 'Kaayxol (ministère)');
  assertNoPageErrors(fr);
  await fr.close();
  const ar = await open(browser, '?lang=ar&src=alyaoum24-2023&view=table');
  await ar.locator('.active-filter').waitFor();
  for (const selector of ['#source-alyaoum24-2023 bdi', '.active-filter bdi', 'table.observations tbody tr td:nth-child(5) bdi']) {
    assert.equal(await ar.locator(selector).first().textContent(), 'Alyaoum24 عبر Maghress' + (selector === '.active-filter bdi' ? ' · 2023' : ''), selector);
    assert.deepEqual(await readingOrder(ar, selector, ['Maghress', 'عبر', 'Alyaoum24']), ['Alyaoum24', 'عبر', 'Maghress'], selector);
  }
  assertNoPageErrors(ar);
  await ar.close();
});

test('Arabic is right to left, with ar-MA numbers and the first chip rightmost', async () => {
  const page = await open(browser, '?lang=ar');
  await waitForDashboard(page);
  const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  assert.deepEqual(html, ['ar', 'rtl']);
  const expected = await page.evaluate(() => new Intl.NumberFormat('ar-MA').format(48963));
  assert.equal(await page.locator('.card[data-indicator="attempts_foiled"] .card-value').innerText(), expected);
  const chips = page.locator('.filter-bar .chips').first().locator('.chip');
  const first = await chips.first().boundingBox();
  const second = await chips.nth(1).boundingBox();
  assert.ok(first.x > second.x, `first chip at ${first.x}, second at ${second.x}`);
  const option = await chartOption(page, 'trend');
  assert.equal(option.xAxis[0].inverse, true, 'years run from the right');
  assert.match(await page.locator('[data-chart="trend"] .chart-canvas').getAttribute('aria-label'), /^هذا رسم بياني/);
  assert.equal(option.yAxis[0].position, 'right');
  assertNoPageErrors(page);
});

// Where each character of a card's change is drawn, left to right.
async function changeGlyphs(page, indicator) {
  return page.locator(`.card[data-indicator="${indicator}"] .card-change`).evaluate((p) => {
    const node = p.firstChild;
    const x = (ch) => {
      const range = document.createRange();
      const at = node.data.indexOf(ch);
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().x;
    };
    return { text: node.data, plus: x('+'), digit: x('3'), percent: x('%') };
  });
}

test('a rise is signed by Intl in each language, and in Arabic reads +37% rather than +%37', async () => {
  for (const [query, start] of [['', '+37%'], ['?lang=fr', '+37 %']]) {
    const page = await open(browser, query);
    await waitForDashboard(page);
    const { text } = await changeGlyphs(page, 'rescued_at_sea');
    assert.ok(spaces(text).startsWith(start), `${query}: ${text}`);
    await page.close();
  }
  const page = await open(browser, '?lang=ar');
  await waitForDashboard(page);
  const glyphs = await changeGlyphs(page, 'rescued_at_sea');
  // Left to right as a reader sees it: the sign, the number, then %.
  assert.ok(glyphs.plus < glyphs.digit && glyphs.digit < glyphs.percent, JSON.stringify(glyphs));
  // A fall keeps Intl's minus the same way.
  const fall = await page.locator('.card[data-indicator="attempts_foiled"] .card-change').innerText();
  assert.ok(fall.startsWith('\u200e-18,7\u200e%'), JSON.stringify(fall));
  assertNoPageErrors(page);
});

test('in Arabic a worked-out sum reads left to right, each sign with its figure, on a phone', async () => {
  const page = await open(browser, '?lang=ar');
  await page.setViewportSize({ width: 360, height: 740 });
  await waitForDashboard(page);
  const ring = page.locator('[data-chart="composition"]');
  await ring.locator('details.chart-data summary').click();
  const [whole, part, rest] = await page.evaluate(() => [4388, 1664, 2724].map((n) => new Intl.NumberFormat('ar-MA').format(n)));
  const cell = ring.locator('details.chart-data td:visible', { hasText: rest }).last();
  await cell.waitFor();
  // Where each number of the sum is drawn, as a reader sees it.
  const drawn = await cell.evaluate((td, numbers) => {
    const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode()) && !node.data.includes(`${numbers[0]} −\u00a0`));
    if (!node) return { text: td.innerText };
    const box = (n, from = 0) => {
      const range = document.createRange();
      const at = node.data.indexOf(n, from);
      range.setStart(node, at);
      range.setEnd(node, at + n.length);
      return range;
    };
    const at = node.data.indexOf(`${numbers[0]} −\u00a0`);
    return { text: node.data, boxes: numbers.map((n) => box(n, at)).map((r) => ({ x: r.getBoundingClientRect().x, top: r.getBoundingClientRect().top, pieces: r.getClientRects().length })) };
  }, [whole, part, rest]);
  assert.ok(drawn.boxes, `no sum in ${JSON.stringify(drawn.text)}`);
  const said = JSON.stringify(drawn);
  assert.ok(drawn.boxes.every((b) => b.pieces === 1), `a figure broken over lines: ${said}`);
  // Line by line downwards; on a line, left to right (a line may break
  // before a sign, which then starts the next line at its right).
  for (const [a, b] of [[0, 1], [1, 2]].map(([i, j]) => [drawn.boxes[i], drawn.boxes[j]])) {
    assert.ok(a.top < b.top || (a.top === b.top && a.x < b.x), `drawn right to left: ${said}`);
  }
  // The tooltip's text is the same.
  const option = await chartOption(page, 'composition');
  assert.ok(option.series[0].data.some((d) => d.tooltip?.formatter?.includes(`\u2066${whole} −\u00a0${part} =\u00a0${rest}\u2069`)), JSON.stringify(option.series[0].data));
  assertNoPageErrors(page);
});

// The numbers ECharts drew along an axis, read from its model.
const axisLabels = (page, id, axis) => page.evaluate(([id, axis]) => {
  const chart = echarts.getInstanceByDom(document.querySelector(`[data-chart="${id}"] .chart-canvas`));
  return chart.getModel().getComponent(axis, 0).axis.getViewLabels().map((l) => [Number(l.tickValue), l.formattedLabel]);
}, [id, axis]);

test('value axes are numbered as the locale writes numbers, not by ECharts (20,000 reads as twenty in French)', async () => {
  for (const [lang, locale] of [['fr', 'fr'], ['ar', 'ar-MA'], ['en', 'en']]) {
    const page = await open(browser, `?lang=${lang}`);
    await waitForDashboard(page);
    await chartOption(page, 'trend');
    const labels = await axisLabels(page, 'trend', 'yAxis');
    const expected = await page.evaluate(([locale, values]) => values.map((v) => new Intl.NumberFormat(locale).format(v)), [locale, labels.map(([v]) => v)]);
    assert.ok(labels.some(([v]) => v >= 10000), `${lang}: ${JSON.stringify(labels)}`);
    assert.deepEqual(labels.map(([, text]) => text), expected, lang);
    assertNoPageErrors(page);
    await page.close();
  }
});

test('the language switcher changes language, direction and the URL', async () => {
  const page = await open(browser);
  await waitForDashboard(page);
  // The language shown already: the same address, and nothing for Back to go through.
  const before = await page.evaluate(() => [location.href, history.length]);
  await page.locator('button.lang[data-lang="en"]').click();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  assert.deepEqual(await page.evaluate(() => [location.href, history.length]), before);
  await page.locator('button.lang[data-lang="ar"]').click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl' && location.search === '?lang=ar');
  // The address names the Arabic page, whose preview card is in Arabic.
  assert.equal(new URL(page.url()).pathname, '/ar.html');
  // The tab and history name the page in its language, as its heading does.
  assert.equal(await page.title(), 'مرصد — أرقام الهجرة غير النظامية في المغرب');
  await page.locator('button.lang[data-lang="fr"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr' && document.documentElement.dir === 'ltr');
  // The page's own words follow, down to a source's date and title.
  const source = page.locator('#source-arabkhabar-2024');
  await page.waitForFunction(() => document.querySelector('#source-arabkhabar-2024 time').textContent === '2 nov. 2024');
  assert.match(await source.locator('a').textContent(), /^Rapport du ministère de l'Intérieur/);
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'ar'
    && document.querySelector('#source-arabkhabar-2024 a').textContent.startsWith('تقرير وزارة الداخلية'));
  assert.equal(await page.title(), 'مرصد — أرقام الهجرة غير النظامية في المغرب', 'Back brings the title back too');
  assert.equal(new URL(page.url()).pathname, '/ar.html');
  await page.locator('button.lang[data-lang="en"]').click();
  await page.waitForFunction(() => document.querySelector('#source-arabkhabar-2024 time').textContent === 'Nov 2, 2024');
  assert.equal(new URL(page.url()).pathname, '/index.html', 'English is the folder\'s own page');
  assert.equal(await page.title(), 'Marsad — Morocco irregular migration figures');
  assert.match(await source.locator('a').textContent(), /^Interior Ministry report/);
  assertNoPageErrors(page);
});

test('after a switch of language the filter bar reads as a fresh load of the same address, its chips included', async () => {
  const page = await open(browser, '?cat=returns&ind=attempts_foiled');
  await waitForDashboard(page);
  const bar = (p) => p.locator('.filter-bar').evaluate((el) => [el.innerText, [...el.querySelectorAll('[title], [aria-label]')].map((e) => e.title || e.getAttribute('aria-label'))]);
  for (const lang of ['fr', 'ar']) {
    await page.locator(`button.lang[data-lang="${lang}"]`).click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const fresh = await open(browser, new URL(page.url()).pathname.slice(1) + new URL(page.url()).search);
    await waitForDashboard(fresh);
    const [switched, loaded] = [await bar(page), await bar(fresh)];
    assert.deepEqual(switched, loaded, `${lang}: the same words as a fresh load`);
    assert.match(switched[0], lang === 'fr' ? /Retours volontaires/ : /العودة الطوعية/, 'the category chip is in the new language');
    await fresh.close();
  }
  assertNoPageErrors(page);
});

test('the language is ?lang=, then the page\'s, then the browser language, then English', async () => {
  for (const [languages, query, expected] of [
    [['fr-FR', 'fr'], '', 'fr'],
    [['de-DE', 'ar-MA'], '', 'ar'],
    [['de-DE'], '', 'en'],
    [['fr-FR'], '?lang=en', 'en'],
    [['ar-MA'], 'fr.html', 'fr'],
    [['en-GB'], 'ar.html', 'ar'],
    [['fr-FR'], 'ar.html?lang=en', 'en'],
  ]) {
    const page = await browser.context.newPage();
    await page.addInitScript((langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }), languages);
    await page.goto(`${BASE}/${query}`);
    await waitForDashboard(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), expected, `${languages} ${query}`);
    await page.close();
  }
});

// What reads a page without running its script: a link's preview card
// (title, description, Open Graph), a search engine, a reader with
// JavaScript off. A French link used to preview in English.
test('each language has its page, whose title, preview tags and no-JavaScript summary are in that language', async () => {
  const ds = await (await fetch(`${BASE}/data/morocco.json`)).json();
  const plain = await chromium.launch(CHROMIUM_OPTIONS);
  try {
    const context = await plain.newContext({ javaScriptEnabled: false });
    for (const [lang, path, dir, attempts, source] of [
      ['en', '/', 'ltr', '48,963', 'Source: migrantaffairs.info'],
      ['fr', '/fr.html', 'ltr', '48\u202f963', 'Source\u00a0: migrantaffairs.info'],
      ['ar', '/ar.html', 'rtl', '48.963', 'المصدر: migrantaffairs.info'],
    ]) {
      const page = await context.newPage();
      await page.goto(`${BASE}${path}`);
      const root = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.documentElement.dataset.pageLang ?? null]);
      assert.deepEqual(root, [lang, dir, lang === 'en' ? null : lang], path);
      assert.equal(await page.title(), ds.metadata.title[lang], path);
      assert.equal(await page.locator('meta[property="og:title"]').getAttribute('content'), ds.metadata.title[lang], path);
      assert.equal(await page.locator('meta[property="og:description"]').getAttribute('content'), ds.metadata.description[lang], path);
      assert.equal(await page.locator('meta[name="description"]').getAttribute('content'), ds.metadata.description[lang], path);
      const summary = await page.locator('.static-summary').innerText();
      assert.ok(summary.includes(ds.metadata.featured.title[lang]), `${path}: ${summary}`);
      const label = ds.indicators.find((i) => i.id === 'attempts_foiled').label[lang];
      assert.ok(summary.includes(`${label}${lang === 'fr' ? '\u00a0' : ''}: ${attempts} (`), `${path}: ${summary}`);
      assert.ok(summary.includes(source), `${path}: ${summary}`);
      assert.ok(summary.includes(ds.indicators.find((i) => i.id === 'attempts_foiled').scope_note[lang]), `${path}: the scope note`);
      await page.close();
    }
  } finally {
    await plain.close();
  }
  // With JavaScript, the French page is the French dashboard, and its links
  // (Copy link, the citation) give the French page.
  const page = await open(browser, 'fr.html');
  await waitForDashboard(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.equal(spaces(await page.locator('.card[data-indicator="attempts_foiled"] .card-value').innerText()), '48 963');
  // Its ?lang= written in, so that Back finds the language of the page.
  assert.equal(new URL(page.url()).search, '?lang=fr');
  await page.locator('.chip[data-category="enforcement"]').click();
  await page.waitForFunction(() => location.pathname === '/fr.html' && location.search === '?cat=enforcement&lang=fr');
  await page.waitForFunction(() => document.querySelector('.cite-long').textContent.includes(location.href));
  assertNoPageErrors(page);
  await page.close();
});

// A reload on a language's page, then Back to an address of another
// language: the page's language had been taken for the address's.
test('after a reload, Back and Forward show the language of the address they reach', async () => {
  const page = await open(browser, '');
  await waitForDashboard(page);
  const shown = () => page.evaluate(() => [location.pathname + location.search, document.documentElement.lang, document.querySelector('#app h1.title').textContent]);
  await page.locator('button.lang[data-lang="fr"]').click();
  await page.waitForFunction(() => location.pathname === '/fr.html');
  await page.reload();
  await waitForDashboard(page);
  await page.goBack();
  await page.waitForFunction(() => location.pathname === '/');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(await shown(), ['/', 'en', 'Marsad — Morocco irregular migration figures']);
  await page.goForward();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.deepEqual(await shown(), ['/fr.html?lang=fr', 'fr', 'Marsad — chiffres de la migration irrégulière au Maroc']);
  // Opened on the Arabic page: its ?lang= replaces the address, no step added.
  const ar = await open(browser, 'ar.html');
  await waitForDashboard(ar);
  assert.equal(new URL(ar.url()).search, '?lang=ar');
  assert.equal(await ar.evaluate(() => history.length), 2, 'the new tab\'s blank page, and this one');
  await ar.locator('button.lang[data-lang="en"]').click();
  await ar.waitForFunction(() => location.pathname === '/index.html' && location.search === '?lang=en');
  await ar.reload();
  await waitForDashboard(ar);
  await ar.goBack();
  await ar.waitForFunction(() => location.pathname === '/ar.html' && document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
  assertNoPageErrors(page);
  assertNoPageErrors(ar);
  await page.close();
  await ar.close();
});

test('a language\'s page keeps the address\'s #fragment, and with no dataset it is titled in no language but Marsad\'s', async () => {
  const page = await open(browser, 'fr.html#source-arabkhabar-2024');
  await waitForDashboard(page);
  await page.waitForFunction(() => location.search === '?lang=fr');
  assert.equal(new URL(page.url()).hash, '#source-arabkhabar-2024');
  // The French page's title is French; an English page whose dataset
  // could not come is not.
  const failed = await open(browser, `fr.html?data=${encodeURIComponent('/nope.json')}&lang=en`);
  await failed.locator('.load-error').waitFor();
  assert.equal(await failed.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await failed.title(), 'Marsad');
  await page.close();
  await failed.close();
});

test('French punctuation stays on its line: a no-break space before : ; ! and ?, in every text a reader meets', async () => {
  for (const query of ['?lang=fr', '?lang=fr&view=table']) {
    const page = await open(browser, query);
    await waitForDashboard(page);
    // Every chart drawn, with its description and data table open.
    await page.evaluate(async () => {
      for (const chart of document.querySelectorAll('[data-chart]')) {
        chart.scrollIntoView();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      }
      document.querySelectorAll('details').forEach((d) => { d.open = true; });
    });
    // A chart's data table is built on its `toggle` event, after the opening.
    await page.waitForFunction(() => [...document.querySelectorAll('details.chart-data')].every((d) => d.querySelector('table tbody tr')));
    const texts = await page.evaluate(() => [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap((e) => ['aria-label', 'title', 'alt'].map((a) => e.getAttribute(a) ?? '')),
    ]);
    assert.ok(texts[0].includes('Tentatives'), 'the French page was read');
    const plain = texts.flatMap((t) => t.match(/.{0,30} [:;!?]/g) ?? []);
    assert.deepEqual(plain, [], query);
    assertNoPageErrors(page);
    await page.close();
  }
});

test('a source whose title starts with its publisher names the publisher once, in its title as written', async () => {
  for (const [lang, start] of [['en', 'Frontex: irregular border crossings'], ['fr', 'Frontex\u00a0: franchissements irréguliers']]) {
    const page = await open(browser, `?lang=${lang}`);
    await waitForDashboard(page);
    const line = (await page.locator('.source-list li').allInnerTexts()).find((t) => t.startsWith('Frontex'));
    assert.ok(line.startsWith(start), `${lang}: ${line}`);
    assert.equal(line.split('Frontex').length - 1, 1, line);
    // The link is the title whole: it was cut to "irregular border crossings…".
    const link = await page.locator('.source-list li').evaluateAll((lis) => lis.find((li) => li.innerText.startsWith('Frontex')).querySelector('a').innerText);
    assert.ok(link.startsWith(start), `${lang}: the title's link starts with its publisher: ${link}`);
    assertNoPageErrors(page);
    await page.close();
  }
});


// Most sources published in another language than the page's: a title read
// in the list may be Marsad's translation, not the headline to quote.
test('a list of sources says its titles may be translations, where the list is: the dashboard and an embed\'s links', async () => {
  for (const [lang, query, note] of [
    ['en', '', /^Titles are given in the page's language, some translated by Marsad: each link leads to the original\.$/],
    ['fr', '?embed=1&chart=trend', /^Les titres sont donnés dans la langue de la page, certains traduits par Marsad\u00a0: chaque lien mène à l'original\.$/],
    ['ar', '', /^تُعرض العناوين بلغة الصفحة، وقد ترجم مرصد بعضها/],
  ]) {
    const page = await open(browser, `${query || '?'}${query ? '&' : ''}lang=${lang}`);
    if (query) {
      await page.locator('#app .embed-links summary').click({ timeout: 20_000 });
    } else {
      await waitForDashboard(page);
    }
    const list = page.locator('.source-list').first();
    await list.waitFor();
    // The note comes just before the list it is about.
    const before = await list.evaluate((ol) => ol.previousElementSibling?.matches('.source-titles-note') ? ol.previousElementSibling.innerText : null);
    assert.match(before ?? '', note, `${lang} ${query}`);
    assertNoPageErrors(page);
    await page.close();
  }
});

// Another dataset's titles are its publisher's translations, not Marsad's;
// and titles given in one language only are no translations at all.
test('the note on translated titles names the dataset\'s publisher, and is left out where no title is translated', async () => {
  const newsroom = await open(browser, `?data=${encodeURIComponent('/__test/newsroom')}&lang=fr`);
  await waitForDashboard(newsroom);
  assert.equal(await newsroom.locator('.source-titles-note').innerText(), 'Les titres sont donnés dans la langue de la page, certains traduits par La Gazette de Testland\u00a0: chaque lien mène à l\'original.');
  const english = await open(browser, `?data=${encodeURIComponent('/__test/english-titles')}`);
  await waitForDashboard(english);
  await english.locator('.source-list').first().waitFor();
  assert.ok(await english.locator('.source-titles-note').isHidden(), 'no title translated: nothing to say');
  assertNoPageErrors(newsroom);
  assertNoPageErrors(english);
});
