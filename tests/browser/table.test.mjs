// The table view, as a reader uses it: the matching observations, sorting by
// each column, qualifiers and notes in the reader's language, and paging.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, assertNoPageErrors, wordsSplit } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the table lists the matching observations and sorts by each column', async () => {
  const page = await open(browser, '?cat=rescue_at_sea&view=table');
  await page.locator('table.observations tbody tr').first().waitFor();
  const count = await page.locator('table.observations tbody tr').count();
  assert.match(await page.locator('.match-count').innerText(), new RegExp(`^${count} `));
  const values = () => page.locator('table.observations td.num').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
  await page.locator('button[data-sort="value"]').click();
  const ascending = await values();
  assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
  assert.equal(await page.locator('th:has(button[data-sort="value"])').getAttribute('aria-sort'), 'ascending');
  // Seen too: an arrow on the sorted column, a paler two-way one on the others.
  const arrows = () => page.locator('th button').evaluateAll((bs) => Object.fromEntries(bs.map((b) => [b.dataset.sort, [getComputedStyle(b, '::after').content, getComputedStyle(b, '::after').opacity]])));
  let shown = await arrows();
  assert.match(shown.value[0], /\u25B2/);
  assert.equal(shown.value[1], '1');
  assert.match(shown.source[0], /\u2195/);
  assert.ok(Number(shown.source[1]) < 1);
  await page.locator('button[data-sort="value"]').click();
  const descending = await values();
  shown = await arrows();
  assert.match(shown.value[0], /\u25BC/);
  assert.deepEqual(descending, [...ascending].reverse());
  assert.equal(descending[0], 29715);
  const sourceLink = page.locator('table.observations tbody tr').first().locator('a');
  assert.match(await sourceLink.getAttribute('href'), /^https?:\/\//);
  assert.equal(await sourceLink.getAttribute('rel'), 'noopener noreferrer');
});

// SOURCES.md gives two publications of the January–September reports of
// 2023 and 2024: each figure of them links both.
for (const [lang, also] of [['en', 'Also in: '], ['fr', 'Aussi dans\u00a0: '], ['ar', 'نُشر أيضاً في: ']]) {
  test(`a figure printed by two publishers links both in the table (${lang})`, async () => {
    const page = await open(browser, `?lang=${lang}&view=table&yr=2024~2024`);
    await page.locator('table.observations tbody tr').first().waitFor();
    const cells = await page.locator('table.observations tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      value: tr.cells[2].dataset.value,
      links: [...tr.cells[4].querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]),
      // Each publisher on a line of its own, the others after "Also in: ".
      lines: [...tr.cells[4].children].map((line) => [line.textContent, getComputedStyle(line).display]),
    })));
    const seed = cells.find((c) => c.value === '48963');
    assert.ok(seed, JSON.stringify(cells));
    assert.deepEqual(seed.links.map(([, href]) => href), [
      'https://migrantaffairs.info/morocco-strengthens-measures-against-migrant-smuggling-with-over-48000-attempts-halted/',
      'https://www.arabkhabar.com/a/3538697',
    ]);
    assert.ok(seed.links.every(([text, , rel]) => text.length > 0 && rel === 'noopener noreferrer'));
    assert.deepEqual(seed.lines.map(([text]) => text), [seed.links[0][0], also + seed.links[1][0]]);
    assert.match(seed.links[1][0], /ArabKhabar/);
    assert.equal(seed.lines[1][1], 'block');
    // A full year's figure has one publisher: no "also".
    const full = cells.find((c) => c.value === '78685');
    assert.equal(full.links.length, 1);
    assert.deepEqual(full.lines.map(([text]) => text), [full.links[0][0]]);
    assertNoPageErrors(page);
  });
}

test('the table names each figure\'s qualifier and note in the reader\'s language, and sorts by the qualifier', async () => {
  const page = await open(browser, '?lang=fr&view=table');
  await page.locator('table.observations tbody tr').first().waitFor();
  // The dataset's notes too: "exact cut-off not published" qualifies a figure.
  const notes = (p) => p.locator('table.observations tbody tr').evaluateAll((trs) => trs.map((tr) => tr.cells[5].textContent).filter(Boolean));
  const french = await notes(page);
  assert.equal(french.length, 32);
  assert.ok(french.includes('Publié en novembre 2017 comme le chiffre à cette date\u202f; date d\'arrêt exacte non publiée.'), french.join(' | '));
  assert.ok(!french.some((n) => /cut-off|campaign|Report to|Returns|countries/.test(n)), french.join(' | '));
  const arabic = await open(browser, '?lang=ar&view=table');
  await arabic.locator('table.observations tbody tr').first().waitFor();
  const arabicNotes = await notes(arabic);
  assert.equal(arabicNotes.filter((n) => n.includes('تاريخ الحصر الدقيق غير منشور')).length, 10, arabicNotes.join(' | '));
  assert.ok(!arabicNotes.some((n) => /[a-z]{3}/i.test(n)), arabicNotes.join(' | '));
  await arabic.close();
  const qualifiers = () => page.locator('table.observations tbody tr').evaluateAll((trs) => trs.map((tr) => tr.cells[3].textContent));
  const words = new Set(await qualifiers());
  assert.ok(words.has('au moins') && words.has('tel que publié'), [...words].join(', '));
  assert.ok(![...words].some((w) => w.includes('_')), 'no dataset code such as at_least');
  await page.locator('button[data-sort="qualifier"]').click();
  const sorted = await qualifiers();
  const order = ['au moins', 'environ', 'tel que publié'].filter((w) => sorted.includes(w));
  assert.deepEqual([...new Set(sorted)], order, 'grouped in the order of their French words, not of the codes approx, at_least, exact (as published)');
  assertNoPageErrors(page);
});

// The 2016–2017 regularisation campaign opened on 15 December 2016: by its
// months it read "Dec 2016 – Dec 2017", as if it covered all of December.
test('a period that does not start or end with its months is written by its days, in each language', async () => {
  for (const [lang, written] of [['en', 'Dec 15, 2016 – Dec 31, 2017'], ['fr', '15 déc. 2016 – 31 déc. 2017'], ['ar', '15 دجنبر 2016 – 31 دجنبر 2017']]) {
    const page = await open(browser, `?lang=${lang}&view=table&ind=regularisation_applications`);
    await page.locator('table.observations tbody tr').first().waitFor();
    const cells = await page.locator('table.observations tbody tr').evaluateAll((trs) => trs.map((tr) => tr.cells[1].textContent));
    assert.ok(cells.includes(written), `${lang}: ${cells.join(' | ')}`);
    // Whole months stay by their months; a year, by its year.
    assert.ok(cells.includes('2014'), cells.join(' | '));
    assertNoPageErrors(page);
    await page.close();
  }
});

// Filed under 2017 alone, where it ends, it was not among 2016's figures.
test('a period over two years is among the figures of each year it has a day in', async () => {
  const page = await open(browser, '?view=table&ind=regularisation_applications');
  const coverages = async () => {
    await page.locator('table.observations tbody tr').first().waitFor();
    return page.locator('table.observations tbody tr').evaluateAll((trs) => trs.map((tr) => tr.cells[1].textContent));
  };
  const campaign = 'Dec 15, 2016 – Dec 31, 2017';
  assert.ok((await coverages()).includes(campaign));
  // The year menus, as a reader picks 2016 alone.
  await page.locator('select.year-to').selectOption('2016');
  await page.locator('select.year-from').selectOption('2016');
  await page.waitForFunction(() => location.search.includes('yr=2016~2016'));
  assert.deepEqual(await coverages(), [campaign]);
  await page.locator('select.year-to').selectOption('2017');
  await page.locator('select.year-from').selectOption('2017');
  await page.waitForFunction(() => location.search.includes('yr=2017~2017'));
  assert.deepEqual(await coverages(), [campaign]);
  // 2014's campaign and 2015's nothing: the table says it is empty.
  await page.locator('select.year-from').selectOption('2015');
  await page.locator('select.year-to').selectOption('2015');
  await page.waitForFunction(() => location.search.includes('yr=2015~2015'));
  await page.locator('.table-empty').waitFor();
  assert.equal(await page.locator('table.observations tbody tr').count(), 0);
  assertNoPageErrors(page);
});

test('texts sort as the reader\'s language orders them, and equal ones by coverage, oldest first', async () => {
  for (const [lang, locale] of [['en', 'en'], ['fr', 'fr']]) {
    const page = await open(browser, `?lang=${lang}&view=table&sort=source`);
    await page.locator('table.observations tbody tr').first().waitFor();
    const column = (i) => page.locator('table.observations tbody tr').evaluateAll((trs, i) => trs.map((tr) => tr.cells[i].querySelector('bdi')?.textContent ?? tr.cells[i].textContent), i);
    const publishers = await column(4);
    const collated = await page.evaluate(([texts, locale]) => [...texts].sort(new Intl.Collator(locale, { numeric: true }).compare), [publishers, locale]);
    assert.deepEqual(publishers, collated, lang);
    // Not code-point order, which put "MRE News" before "Maghreb Daily
    // News" and every lower-case name after "Yabiladi".
    assert.notDeepEqual(publishers, [...publishers].sort(), lang);
    const indicators = await page.locator('button[data-sort="indicator"]').click().then(() => column(0));
    assert.deepEqual(indicators, await page.evaluate(([texts, locale]) => [...texts].sort(new Intl.Collator(locale, { numeric: true }).compare), [indicators, locale]), lang);
    if (lang === 'fr') assert.ok(indicators.indexOf(indicators.find((t) => t.startsWith('Réfugiés'))) < indicators.indexOf(indicators.find((t) => t.startsWith('Retours'))), 'Réfugiés before Retours');
    // Within one indicator, its figures oldest first: the coverage column
    // starts with its year.
    const rows = await page.locator('table.observations tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent]));
    const labels = rows.map(([label]) => label);
    const most = labels.reduce((a, b) => (labels.filter((l) => l === b).length > labels.filter((l) => l === a).length ? b : a));
    const years = rows.filter(([label]) => label === most).map(([, coverage]) => Number(coverage.match(/\d{4}/)[0]));
    assert.ok(years.length > 10, `${most}: ${years}`);
    assert.deepEqual(years, [...years].sort((a, b) => a - b), `${most}: ${years}`);
    assertNoPageErrors(page);
    await page.close();
  }
});

test('a table the filters leave empty says so, in the reader\'s language', async () => {
  const page = await open(browser, '?view=table&yr=2014~2014&cat=rescue_at_sea&lang=fr');
  await page.locator('table.observations thead').waitFor();
  await page.locator('.table-empty').waitFor();
  assert.equal(await page.locator('table.observations tbody tr').count(), 0);
  assert.equal(await page.locator('.table-empty').innerText(), 'Aucun chiffre ne correspond aux filtres.');
  // And goes once a figure matches.
  await page.goto(`${BASE}/?view=table&cat=rescue_at_sea&lang=fr`);
  await page.locator('table.observations tbody tr').first().waitFor();
  assert.equal(await page.locator('.table-empty').isHidden(), true);
  assertNoPageErrors(page);
});

test('the table draws 100 rows a page, and a new sort or filter goes back to the first', async () => {
  const page = await open(browser, `?data=${encodeURIComponent('/__test/generated?n=1000')}&view=table`);
  const rows = page.locator('table.observations tbody tr');
  const status = page.locator('.page-status');
  const [prev, next] = [page.locator('button.page-prev'), page.locator('button.page-next')];
  const showing = (text) => page.locator('.page-status', { hasText: text }).waitFor();
  const values = () => page.locator('table.observations td.num').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
  await status.waitFor({ timeout: 20_000 });
  assert.equal(await status.innerText(), 'Rows 1–100 of 1,000');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.equal(await rows.count(), 100);
  assert.ok(await prev.isDisabled(), 'no page before the first');
  assert.ok(await next.isEnabled());
  const first = await rows.first().innerText();

  await next.click();
  await showing('Rows 101–200 of 1,000');
  assert.equal(await rows.count(), 100);
  assert.notEqual(await rows.first().innerText(), first);
  assert.ok(await prev.isEnabled());
  // The language changes the words and the numbers' form, not the page.
  const intl = (lang, ...ns) => page.evaluate(([lang, ns]) => ns.map((n) => new Intl.NumberFormat(lang).format(n)), [lang, ns]);
  await page.locator('button.lang[data-lang="fr"]').click();
  const [a, b, total] = await intl('fr', 101, 200, 1000);
  assert.match(total, /^1\s000$/u, 'French groups thousands with a space');
  await showing(`Lignes ${a}–${b} sur ${total}`);
  assert.equal(await prev.innerText(), 'Précédent');
  await page.locator('button.lang[data-lang="ar"]').click();
  const ar = await intl('ar-MA', 101, 200, 1000);
  await showing(`الصفوف ${ar[0]}–${ar[1]} من ${ar[2]}`);
  assert.equal(await next.innerText(), 'التالي');
  await page.locator('button.lang[data-lang="en"]').click();
  await showing('Rows 101–200 of 1,000');

  for (let i = 2; i < 9; i++) await next.click();
  await showing('Rows 801–900 of 1,000');
  // By keyboard onto the last page: Next keeps the focus, and does nothing more.
  await next.focus();
  await page.keyboard.press('Enter');
  await showing('Rows 901–1,000 of 1,000');
  assert.equal(await rows.count(), 100);
  assert.ok(await next.isDisabled(), 'no page after the last');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'page-next');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  assert.equal(await status.innerText(), 'Rows 901–1,000 of 1,000');
  await prev.click();
  await showing('Rows 801–900 of 1,000');

  // Sorting covers every row, not the page shown, and starts again at page 1.
  await page.locator('button[data-sort="value"]').click();
  await showing('Rows 1–100 of 1,000');
  assert.ok(await prev.isDisabled());
  const page1 = await values();
  assert.deepEqual(page1, [...page1].sort((x, y) => x - y));
  await next.click();
  await showing('Rows 101–200 of 1,000');
  const page2 = await values();
  assert.ok(page2[0] >= page1.at(-1), `${page2[0]} follows ${page1.at(-1)}`);
  await page.locator('button[data-sort="value"]').click();
  await showing('Rows 1–100 of 1,000');
  assert.ok((await values())[0] >= page2.at(-1), 'descending starts at the largest value');

  // So does a filter: years from 2000 leave fewer rows, from their first.
  await next.click();
  await showing('Rows 101–200 of 1,000');
  await page.locator('select.year-from').selectOption('2000');
  await page.waitForFunction(() => /yr=2000/.test(location.search));
  const matching = Number((await page.locator('.match-count').innerText()).split(' ')[0]);
  assert.ok(matching > 100 && matching < 1000, `${matching} rows from 2000`);
  assert.equal(await status.innerText(), `Rows 1–100 of ${matching.toLocaleString('en')}`);
  assert.ok(await prev.isDisabled());
  assert.ok(await next.isEnabled());
  assertNoPageErrors(page);
});

// A researcher sends the fourth hundred rows: the link had opened at the first.
test('the table\'s page is in the address: a link opens it, Back and Forward walk the pages, a bad one is said', async () => {
  const data = `data=${encodeURIComponent('/__test/generated?n=1000')}`;
  const page = await open(browser, `?${data}&view=table&sort=-value&page=4`);
  const status = page.locator('.page-status');
  const showing = (text) => page.locator('.page-status', { hasText: text }).waitFor();
  await status.waitFor({ timeout: 20_000 });
  assert.equal(await status.innerText(), 'Rows 301–400 of 1,000');
  const values = () => page.locator('table.observations td.num').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
  const fourth = await values();
  assert.equal(new URL(page.url()).searchParams.get('page'), '4', 'kept as given');

  await page.locator('button.page-next').click();
  await showing('Rows 401–500 of 1,000');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('page') === '5');
  // Pressed at the foot of the page, Next shows the new page from its top;
  // the focus stays on it.
  const top = await page.locator('table.observations').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top > -1 && top < 200, `the table's top in view (to a pixel, as scrolling rounds): ${top}`);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'page-next');
  await page.goBack();
  await showing('Rows 301–400 of 1,000');
  assert.deepEqual(await values(), fourth, 'the same rows, in the same order');
  await page.locator('button.page-prev').click();
  await page.locator('button.page-prev').click();
  await page.locator('button.page-prev').click();
  await showing('Rows 1–100 of 1,000');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('page'), null, { timeout: 5000 });
  await page.goBack();
  await showing('Rows 101–200 of 1,000');
  await page.goForward();
  await showing('Rows 1–100 of 1,000');
  await page.goBack();
  await showing('Rows 101–200 of 1,000');
  // A language keeps it; a filter goes back to the first, and the address with it.
  await page.locator('button.lang[data-lang="fr"]').click();
  await page.waitForFunction(() => /lang=fr/.test(location.search));
  assert.equal(new URL(page.url()).searchParams.get('page'), '2');
  await page.locator('select.year-from').selectOption('2000');
  await page.waitForFunction(() => /yr=2000/.test(location.search) && !/page=/.test(location.search));
  // The charts have no page.
  await page.goto(`${BASE}/?${data}&view=table&page=3`);
  await showing('Rows 201–300 of 1,000');
  await page.locator('.view-switch button').first().click();
  await page.waitForFunction(() => !/view=table|page=/.test(location.search));
  await page.locator('.view-switch button').nth(1).click();
  await showing('Rows 1–100 of 1,000');
  assert.equal(new URL(page.url()).searchParams.get('page'), null);
  // Rows sorted by words: another language orders them anew, so its page
  // two held other rows than the page two read. Back to the first.
  await page.goto(`${BASE}/?${data}&view=table&sort=indicator&page=2`);
  await showing('Rows 101–200 of 1,000');
  await page.locator('button.lang[data-lang="ar"]').click();
  await page.waitForFunction(() => /lang=ar/.test(location.search));
  assert.equal(new URL(page.url()).searchParams.get('page'), null, 'the first page');
  assert.match(await status.innerText(), /^\D*1\D+100\D/, 'its first hundred rows');

  // Past the last page: the last. Not a page: said, and the first.
  const past = await open(browser, `?${data}&view=table&page=99`);
  await past.locator('.page-status', { hasText: 'Rows 901–1,000 of 1,000' }).waitFor({ timeout: 20_000 });
  assert.ok(await past.locator('button.page-next').isDisabled());
  // And the address says so, for Copy link and the citation.
  await past.waitForFunction(() => new URLSearchParams(location.search).get('page') === '10');
  assert.match(await past.locator('.cite-long').textContent(), /page=10 /);
  const bad = await open(browser, `?${data}&view=table&page=zero`);
  await bad.locator('.page-status', { hasText: 'Rows 1–100 of 1,000' }).waitFor({ timeout: 20_000 });
  assert.match(await bad.locator('.notices').innerText(), /page=zero/);
  for (const p of [page, past, bad]) assertNoPageErrors(p);
});

test('the default dataset fits on one page: all 97 rows and no pager', async () => {
  const page = await open(browser, '?view=table');
  await page.locator('table.observations tbody tr').first().waitFor();
  assert.equal(await page.locator('table.observations tbody tr').count(), 97);
  assert.equal(await page.locator('.pager, .page-status, .page-next').count(), 0);
  assertNoPageErrors(page);
});

test('the table\'s order is in the link: a shared link shows it, and Back undoes a sort', async () => {
  const values = (page) => page.locator('table.observations td.num').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
  const page = await open(browser, '?view=table');
  await page.locator('table.observations').waitFor();
  await page.locator('button[data-sort="value"]').click();
  await page.waitForFunction(() => location.search === '?view=table&sort=value');
  await page.locator('button[data-sort="value"]').click();
  await page.waitForFunction(() => location.search === '?view=table&sort=-value');
  const highToLow = await values(page);
  assert.deepEqual(highToLow, [...highToLow].sort((a, b) => b - a));
  assert.equal(highToLow.length, 97);

  const shared = await open(browser, '?view=table&sort=-value');
  await shared.locator('table.observations').waitFor();
  assert.deepEqual(await values(shared), highToLow);
  assert.equal(await shared.locator('th:has(button[data-sort="value"])').getAttribute('aria-sort'), 'descending');

  await page.goBack();
  await page.waitForFunction(() => location.search === '?view=table&sort=value');
  const lowToHigh = await values(page);
  assert.deepEqual(lowToHigh, [...highToLow].reverse().sort((a, b) => a - b));
  assert.equal(await page.locator('th:has(button[data-sort="value"])').getAttribute('aria-sort'), 'ascending');

  const unknown = await open(browser, '?view=table&sort=size');
  await unknown.locator('table.observations').waitFor();
  assert.match(await unknown.locator('.notices').innerText(), /sort=size/);
  for (const p of [page, shared, unknown]) assertNoPageErrors(p);
});

// A researcher reading the table read 48,963 "attempts foiled" with nothing
// to say they are events: the cards said it, the table did not.
test('the table\'s scope notes follow its page and its order, over a dataset of many pages', async () => {
  const data = '/__test/generated?n=1000';
  const ds = await (await fetch(`${BASE}${data}`)).json();
  const noted = ds.indicators.filter((i) => i.scope_note).map((i) => i.label.en);
  const page = await open(browser, `?data=${encodeURIComponent(data)}&view=table`);
  await page.locator('table.observations tbody tr').first().waitFor();
  let drawn = null;
  const check = async (step) => {
    await page.waitForFunction((b) => document.querySelector('table.observations tbody').innerText !== b, drawn);
    drawn = await page.locator('table.observations tbody').innerText();
    const rows = new Set(await page.locator('table.observations tbody tr td:first-child').allInnerTexts());
    const notes = await page.locator('.table-scope').innerText();
    for (const label of noted) assert.equal(notes.includes(label), rows.has(label), `${step}: ${label}\n${notes}`);
  };
  await check('as it opens');
  await page.locator('th button[data-sort="value"]').click();
  await check('sorted by value, low to high (no figure with a note among the lowest)');
  assert.equal((await page.locator('.table-scope').innerText()).trim(), '');
  await page.locator('th button[data-sort="value"]').click();
  await check('high to low');
  await page.locator('button.page-next').click();
  await check('the next page');
  await page.goBack();
  await check('back');
  assertNoPageErrors(page);
});

test('under the table, the scope notes of the indicators of its rows', async () => {
  const page = await open(browser, '?cat=enforcement&view=table');
  await page.locator('table.observations tbody tr').first().waitFor();
  const scope = page.locator('.table-scope');
  const lines = (await scope.innerText()).split('\n');
  assert.equal(lines[0], 'Irregular migration attempts foiled: Attempts are events, not people: one person can be counted several times.');
  // The national police's two counts share one line.
  assert.equal(lines.filter((l) => l.includes('National police operations only')).length, 1, lines.join(' | '));
  assert.ok(await scope.isVisible());
  // Rescues need none.
  const rescued = await open(browser, '?cat=rescue_at_sea&view=table');
  await rescued.locator('table.observations tbody tr').first().waitFor();
  assert.ok(await rescued.locator('.table-scope').isHidden());
  assertNoPageErrors(page);
  assertNoPageErrors(rescued);
});

// Arabic said "97 notes" (ملاحظة, the Note column's word) for 97 figures,
// then "97 من الأرقام", which a copy editor read as stilted.
for (const [lang, words] of [['en', '97 figures match the filters'], ['fr', '97 chiffres correspondent aux filtres'], ['ar', 'عدد الأرقام المطابقة لعوامل التصفية: 97']]) {
  test(`the count of matching figures is in the reader's words (${lang})`, async () => {
    const page = await open(browser, `?lang=${lang}&view=table`);
    await page.locator('table.observations tbody tr').first().waitFor();
    assert.equal(await page.locator('.match-count').innerText(), words);
    assertNoPageErrors(page);
  });
}

test('on a phone each row names its qualifier, source and note with its column\'s header words, in each language', async () => {
  for (const [lang, colon] of [['en', ': '], ['fr', '\u00a0: '], ['ar', ': ']]) {
    const page = await open(browser, `?view=table&lang=${lang}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('table.observations tbody tr').first().waitFor();
    const [headers, labels] = await page.evaluate(() => {
      const table = document.querySelector('table.observations');
      const row = table.querySelector('tbody tr');
      return [[...table.querySelectorAll('th')].map((th) => th.innerText.trim()), [4, 5, 6].map((n) => getComputedStyle(row.querySelector(`td:nth-child(${n})`), '::before').content)];
    });
    // Each as its header says it, hidden from screen readers (which have the headers).
    assert.deepEqual(labels, headers.slice(3).map((h) => `"${h}${colon}" / ""`), lang);
    // A row without a note gives it no line, where "Note:" stood alone.
    const noteLines = await page.locator('table.observations tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.cells[5].textContent, getComputedStyle(tr.cells[5]).display]));
    assert.ok(noteLines.some(([text]) => text === '') && noteLines.some(([text]) => text !== ''), lang);
    for (const [text, display] of noteLines) assert.equal(display, text === '' ? 'none' : 'block', `${lang}: ${text}`);
    // Not on a wide screen, under the headers.
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.equal(await page.locator('table.observations tbody td:nth-child(4)').first().evaluate((td) => getComputedStyle(td, '::before').content), 'none');
    // The table has a name of its own.
    assert.ok((await page.locator('table.observations caption').textContent()).length > 10);
    assertNoPageErrors(page);
    await page.close();
  }
});

test('the count of matching figures is a number as the language writes it, singular for one', async () => {
  // In Arabic "one figure", which agrees with its noun as "1" does not.
  for (const [lang, one] of [['en', '1 figure matches the filters'], ['fr', '1 chiffre correspond aux filtres'], ['ar', 'رقم واحد يطابق عوامل التصفية']]) {
    const page = await open(browser, `?lang=${lang}&src=yabiladi-bra-2015`);
    await page.locator('.match-count').waitFor();
    await page.waitForFunction((one) => document.querySelector('.match-count').innerText === one, one);
    assert.equal(await page.locator('.match-count').innerText(), one);
    assertNoPageErrors(page);
    await page.close();
  }
  // 2,000 generated rows: grouped by Intl, as every number.
  const page = await open(browser, '?data=/__test/generated%3Fn%3D2000');
  await page.waitForFunction(() => /figures match/.test(document.querySelector('.match-count')?.innerText ?? ''));
  assert.equal(await page.locator('.match-count').innerText(), '2,000 figures match the filters');
  assertNoPageErrors(page);
});


// Printed at A4's width, the Source column broke names inside words
// ("L'Informa / tion (ministry)"), and a row's publisher, which stands for
// several sources ("Alyaoum24 via Maghress"), could not be matched to one.
test('on paper a row\'s source keeps its name whole and prints its address, within an A4 page', async () => {
  const page = await open(browser, '?view=table&cat=enforcement&yr=2022~2023');
  await page.locator('table.observations tbody tr').first().waitFor();
  // A4's width within Chromium's default margins.
  await page.setViewportSize({ width: 718, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  // The notes' column was cut at the table's edge: the figures did not wrap.
  for (const query of ['?view=table', '?view=table&lang=fr']) {
    const whole = await open(browser, query);
    await whole.locator('table.observations tbody tr').first().waitFor();
    await whole.setViewportSize({ width: 718, height: 1123 });
    await whole.emulateMedia({ media: 'print' });
    const [scroll, client] = await whole.locator('.table-wrap:has(table.observations)').evaluate((w) => [w.scrollWidth, w.clientWidth]);
    assert.ok(scroll <= client, `${query}: the table is ${scroll} px in ${client}`);
    await whole.close();
  }
  const split = await wordsSplit(page.locator('table.observations td a bdi'));
  assert.deepEqual(split, [], 'no name split inside a word');
  const links = await page.locator('table.observations td a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]));
  assert.ok(links.length > 3);
  for (const [href, after] of links) assert.ok(after.includes(href), `${href}: ${after}`);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('table.observations td a').first().evaluate((a) => getComputedStyle(a, '::after').content), 'none', 'not on screen');
  assertNoPageErrors(page);
});
