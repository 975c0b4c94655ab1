// ?data= and every way a dataset can fail: each failure gets its own
// message, a Retry button where retrying can help, and no dashboard of
// forged or half-read figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, launch, open, waitForDashboard, assertNoPageErrors } from './harness.mjs';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function loadError(page) {
  const panel = page.locator('.load-error');
  await panel.waitFor({ timeout: 15_000 });
  return {
    kind: await panel.getAttribute('data-error'),
    message: await panel.locator('.load-error-message').innerText(),
    retry: await panel.locator('button.retry').count(),
    dashboard: await page.locator('.card').count(),
  };
}

for (const forged of [
  'https://evil.example/forged.json',
  '//evil.example/forged.json',
  'javascript:alert(1)',
  'data:application/json,{}',
]) {
  test(`refuses ?data=${forged} without fetching it`, async () => {
    const page = await open(browser, `?data=${encodeURIComponent(forged)}`);
    const e = await loadError(page);
    const requests = page.requests;
    assert.equal(e.kind, 'refused');
    assert.match(e.message, /refused/);
    assert.equal(e.retry, 0, 'retrying a refused link would refuse it again');
    assert.equal(e.dashboard, 0);
    assert.ok(!requests.some((u) => new URL(u).hostname === 'evil.example'), requests.join('\n'));
    assert.ok(requests.every((u) => new URL(u).origin === new URL(page.url()).origin), requests.join('\n'));
  });
}

const failures = [
  ['/__test/missing.json', 'not-found', /No dataset was found.*404/],
  ['/__test/500', 'server', /HTTP 500/],
  ['/__test/html', 'not-json', /text\/html.*instead of a JSON dataset/],
  ['/__test/truncated', 'invalid', /^Problems found in the dataset: 1\.$/],
  ['/__test/huge', 'too-large', /is 21 MB, over the 20 MB limit/],
  ['/__test/huge-unsized', 'too-large', /over the 20 MB limit, so reading stopped there/],
  ['/__test/reset', 'network', /network failed/],
];
for (const [url, kind, message] of failures) {
  test(`?data=${url} shows the ${kind} message and a Retry button`, async () => {
    const page = await open(browser, `?data=${encodeURIComponent(url)}`);
    const e = await loadError(page);
    assert.equal(e.kind, kind);
    assert.match(e.message, message);
    assert.equal(e.retry, 1);
    assert.equal(e.dashboard, 0);
  });
}

// A newsroom's French or Arabic page that fails to load says why in its
// language, numbers by Intl (the dataset's own problems stay listed in
// English, for the people who write datasets).
for (const [lang, url, kind, message] of [
  ['fr', '/__test/missing.json', 'not-found', /^Aucun jeu de données n'a été trouvé à l'adresse «\u00a0\/__test\/missing\.json\u00a0» \(HTTP 404\)\.$/],
  ['fr', '/__test/huge', 'too-large', /^Le jeu de données fait 21\u00a0Mo, au-delà de la limite de 20\u00a0Mo\u00a0; il n'a pas été lu\.$/],
  ['fr', '/__test/truncated', 'invalid', /^Problèmes trouvés dans le jeu de données\u00a0: 1\.$/],
  ['fr', 'https://evil.example/forged.json', 'refused', /^Le lien de données «\u00a0data=https:\/\/evil\.example\/forged\.json\u00a0» a été refusé\u00a0: seul un chemin/],
  ['ar', '/__test/500', 'server', /^تعذّر على الخادم إرسال مجموعة البيانات \(HTTP 500\)/],
  ['ar', '/__test/reset', 'network', /^تعذّر جلب مجموعة البيانات/],
  ['ar', '//evil.example/x.json', 'refused', /^رُفض رابط البيانات/],
]) {
  test(`?lang=${lang}&data=${url} says why in ${lang === 'fr' ? 'French' : 'Arabic'}`, async () => {
    const page = await open(browser, `?lang=${lang}&data=${encodeURIComponent(url)}`);
    const e = await loadError(page);
    assert.equal(e.kind, kind);
    assert.match(e.message, message);
    assert.equal(await page.locator('.load-error h2').innerText(), lang === 'fr' ? 'Ce jeu de données ne peut pas être affiché' : 'لا يمكن عرض مجموعة البيانات هذه');
  });
}

// In Arabic the English list ran right to left: "$.indicators has this id"
// read as ".entry in $.indicators has this id".
test('in Arabic the dataset\'s problems stay English, left to right, each path before its message', async () => {
  const page = await open(browser, `?lang=ar&data=${encodeURIComponent('corpus/20-unknown-indicator.json')}`);
  await loadError(page);
  const list = page.locator('.problems');
  assert.equal(await list.getAttribute('lang'), 'en');
  assert.equal(await list.evaluate((ul) => getComputedStyle(ul).direction), 'ltr');
  const [path, message] = await list.locator('li').first().evaluate((li) => [li.querySelector('code'), li.querySelector('span')].map((e) => e.getBoundingClientRect().x));
  assert.ok(path < message, `path at ${path}, message at ${message}`);
});

test('in Arabic the missing path sits whole between its quotes, and (HTTP 404) after them', async () => {
  const page = await open(browser, `?lang=ar&data=${encodeURIComponent('data/nope.json')}`);
  await loadError(page);
  // Where each piece is drawn, left to right; read right to left: « data/nope.json » (HTTP 404).
  const x = await page.locator('.load-error-message').evaluate((p) => {
    const node = p.firstChild;
    const at = (piece) => {
      const range = document.createRange();
      const i = node.data.indexOf(piece);
      range.setStart(node, i);
      range.setEnd(node, i + piece.length);
      return range.getBoundingClientRect().x;
    };
    return { open: at('«'), data: at('data/'), json: at('.json'), close: at('»'), http: at('HTTP') };
  });
  assert.ok(x.open > x.json && x.json > x.data && x.data > x.close && x.close > x.http, JSON.stringify(x));
});

for (const [name, query, dataPath] of [
  ['a ?data= dataset', `?data=${encodeURIComponent(`/__test/generated?n=1000&early=1`)}`, '/__test/generated?n=1000&early=1'],
  ['the default dataset', '?lang=fr', '/data/morocco.json'],
]) test(`${name} is requested by the page before the wasm has arrived, once`, async () => {
  const page = await open(browser, query);
  await waitForDashboard(page);
  const timing = await page.evaluate((dataPath) => {
    const entries = performance.getEntriesByType('resource');
    const data = entries.filter((e) => e.name.endsWith(dataPath));
    const wasm = entries.find((e) => e.name.endsWith('_bg.wasm'));
    return { data: data.map((e) => e.startTime), wasmEnd: wasm?.responseEnd };
  }, dataPath);
  // Asked for by the app itself, it would start only after the wasm has
  // arrived and run; asked for twice, the app would not have taken over.
  assert.equal(page.requests.filter((u) => u.endsWith(dataPath)).length, 1, page.requests.join('\n'));
  assert.equal(timing.data.length, 1, JSON.stringify(timing));
  if (dataPath !== '/data/morocco.json') {
    assert.ok(!page.requests.some((u) => u.endsWith('/data/morocco.json')), 'the default dataset, unused, was fetched too');
  }
  assert.ok(timing.wasmEnd !== undefined && timing.data[0] < timing.wasmEnd, JSON.stringify(timing));
  assert.equal(await page.locator('.load-error').count(), 0);
  assert.deepEqual(page.errors, []);
});

/** How the server's keyed `huge` response ended, once it has (at most 5 s). */
async function hugeBodyEnd(page, key) {
  let state;
  for (let i = 0; i < 50; i++) {
    state = await page.evaluate(async (key) => (await fetch(`/__test/huge-state?key=${key}`)).json(), key);
    if (state.closed) break;
    await page.waitForTimeout(100);
  }
  return state;
}

test('a dataset refused for the size its server states is not downloaded on', async () => {
  const key = `refused-${Date.now()}`;
  const page = await open(browser, `?data=${encodeURIComponent(`/__test/huge?key=${key}`)}`);
  const e = await loadError(page);
  assert.equal(e.kind, 'too-large');
  // The server sends a megabyte every 50 ms, over a second in all: only the
  // app's abort closes the connection before it has sent them all.
  assert.deepEqual(await hugeBodyEnd(page, key), { closed: true, finished: false });
});

test('a request the page started for another path than the app reads is cancelled', async () => {
  // JavaScript's trim drops a leading U+FEFF, Rust's does not: the page asks
  // for /__test/huge, the app for a path that keeps the mark, found nowhere.
  const key = `other-${Date.now()}`;
  const page = await open(browser, `?data=${encodeURIComponent(`\uFEFF/__test/huge?key=${key}`)}`);
  const e = await loadError(page);
  assert.equal(e.kind, 'not-found');
  assert.deepEqual(await hugeBodyEnd(page, key), { closed: true, finished: false });
});

test('truncated JSON names the line and column', async () => {
  const page = await open(browser, '?data=/__test/truncated');
  await loadError(page);
  const first = await page.locator('.problems li').first().innerText();
  assert.match(first, /line \d+, column \d+/);
});

test('a dataset that never arrives times out after 10 seconds', async () => {
  const page = await open(browser, '?data=/__test/hang');
  const e = await loadError(page);
  assert.equal(e.kind, 'timeout');
  assert.match(e.message, /longer than 10 seconds/);
});

test('Retry loads the dataset once the server recovers', async () => {
  const page = await open(browser, `?data=${encodeURIComponent('/__test/flaky?key=' + Date.now())}`);
  const e = await loadError(page);
  assert.equal(e.kind, 'server');
  // From the keyboard: the focus goes with the button to what takes its
  // place, the dashboard's title, rather than to the page's body.
  await page.locator('button.retry').focus();
  await page.keyboard.press('Enter');
  await waitForDashboard(page);
  assert.equal(await page.locator('.load-error').count(), 0);
  await page.waitForFunction(() => document.activeElement.matches('#app h1.title'));
});

test('a Retry that fails again hands the focus to the next panel\'s Retry, which says why', async () => {
  const page = await open(browser, '?data=data/nope.json');
  await loadError(page);
  await page.locator('button.retry').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.matches('#app .load-error button.retry'));
  assert.equal(await page.locator('.load-error').getAttribute('role'), 'alert');
  // The two requests' 404s, and nothing else.
  assert.deepEqual(page.errors.filter((e) => !e.startsWith('404 ')), []);
});

test('a dataset saved with a UTF-8 byte-order mark loads as the browser would read it', async () => {
  const page = await open(browser, `?data=${encodeURIComponent('/__test/bom')}`);
  await waitForDashboard(page);
  assert.equal(await page.locator('.load-error').count(), 0);
  assert.ok(await page.locator('#app .card-value').count() > 0);
});

// The first had been read, unsaid, where every other parameter given
// twice takes its last value and names the one it overrode.
test('a dataset given twice in a link is the last one, and the notice names the first', async () => {
  const page = await open(browser, `?data=${encodeURIComponent('/__test/latin1')}&data=data%2Fmorocco.json`);
  await waitForDashboard(page);
  assert.equal(await page.locator('.load-error').count(), 0);
  assert.deepEqual(await page.locator('.notices li').allInnerTexts(), ['Ignored the link parameter \u201cdata=/__test/latin1\u201d.']);
  await page.waitForFunction(() => location.search === '?data=data/morocco.json');
  assertNoPageErrors(page);
});

// As the validator refuses it: read as U+FFFD, a Latin-1 file had shown
// its accented names garbled, with nothing to say the file was wrong.
test('a dataset with a byte that is not UTF-8 is refused, saying where, as the validator does', async () => {
  const page = await open(browser, `?data=${encodeURIComponent('/__test/latin1')}`);
  const e = await loadError(page);
  assert.equal(e.kind, 'invalid');
  assert.equal(e.dashboard, 0);
  const at = (await (await page.request.get(`${BASE}/__test/latin1`)).body()).indexOf(0xc9);
  const problems = await page.locator('.problems li').evaluateAll((lis) => lis.map((li) => [li.querySelector('.problem-path').textContent, li.dataset.kind, li.textContent]));
  assert.equal(problems.length, 1, JSON.stringify(problems));
  const [where, kind, text] = problems[0];
  assert.deepEqual([where, kind], ['$', 'InvalidJson']);
  assert.ok(text.endsWith(`Invalid JSON: the file is not UTF-8 text (the bytes at offset ${at} are not); save it as UTF-8.`), text);
  assertNoPageErrors(page);
});

test('every malformed corpus dataset lists its problems at their paths', async () => {
  const expected = JSON.parse(fs.readFileSync(path.join(corpusDir, 'expected.json'), 'utf8'));
  const names = Object.keys(expected);
  assert.ok(names.length >= 30, `corpus has ${names.length} cases`);
  const page = await open(browser);
  for (const name of names) {
    await page.goto(`${new URL(page.url()).origin}/?data=${encodeURIComponent('corpus/' + name)}`);
    const e = await loadError(page);
    const problems = await page.locator('.problems li').evaluateAll((lis) =>
      lis.map((li) => ({ path: li.querySelector('.problem-path').textContent, kind: li.dataset.kind, text: li.textContent })));
    if (e.kind === 'too-large') continue;
    assert.equal(e.kind, 'invalid', `${name}: ${e.message}`);
    for (const want of expected[name]) {
      const found = problems.find((p) => p.path === want.path && p.kind === want.kind);
      assert.ok(found, `${name}: expected ${want.kind} at ${want.path}, got ${JSON.stringify(problems)}`);
      assert.ok(found.text.length > found.path.length + 5, `${name}: a message is shown`);
    }
    assert.equal(e.dashboard, 0, `${name}: no figures from a bad dataset`);
  }
});

// A reader who followed a newsroom's or a researcher's broken link learns
// which file failed and can still open the figures Marsad publishes, in the
// same language and with the same filters.
test('a ?data= file that fails is named, with a link to Marsad\'s own dataset in the same language and filters', async () => {
  const page = await open(browser, `?lang=fr&cat=returns&data=${encodeURIComponent('corpus/20-unknown-indicator.json')}`);
  const e = await loadError(page);
  assert.equal(e.kind, 'invalid');
  assert.equal(await page.locator('.load-error-file').innerText(), 'Fichier de données\u00a0: corpus/20-unknown-indicator.json');
  const home = page.locator('.load-error-home a');
  assert.equal(await home.innerText(), 'Ouvrir plutôt le jeu de données de Marsad');
  assert.equal(await home.getAttribute('target'), null, 'the full page opens in place');
  await home.click();
  await waitForDashboard(page);
  const url = new URL(page.url());
  assert.equal(url.pathname, '/fr.html');
  assert.equal(url.searchParams.get('data'), null);
  assert.equal(url.searchParams.get('cat'), 'returns');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('.load-error').count(), 0);
  assert.ok(page.requests.some((u) => u.endsWith('/data/morocco.json')), page.requests.join('\n'));
  assert.deepEqual(page.errors, []);
});

test('a refused link is named by its message alone; framed in an article, Marsad\'s own figures open beside it', async () => {
  const page = await open(browser, `?embed=1&chart=trend&data=${encodeURIComponent('https://evil.example/forged.json')}`);
  const e = await loadError(page);
  assert.equal(e.kind, 'refused');
  assert.equal(await page.locator('.load-error-file').count(), 0, 'the message names the link already');
  const home = page.locator('.load-error-home a');
  assert.equal(await home.innerText(), 'Open Marsad\'s own dataset instead');
  assert.equal(await home.getAttribute('target'), '_blank');
  // The full dashboard, not another embed: the article's frame keeps its own.
  const href = new URL(await home.getAttribute('href'), page.url());
  assert.deepEqual([...href.searchParams.keys()], []);
});

// A link naming Marsad's own file too: its panel offered the same file.
test('when Marsad\'s own dataset fails there is no other to offer: no file line, no link', async () => {
  // By path: a glob would match the page "?data=./data/morocco.json" too.
  const ownFile = (url) => url.pathname.endsWith('/data/morocco.json');
  await browser.context.route(ownFile, (route) => route.fulfill({ status: 500, body: 'boom' }));
  try {
    for (const link of ['', '?data=data/morocco.json', '?data=./data/morocco.json']) {
      const page = await open(browser, link);
      const e = await loadError(page);
      assert.equal(e.kind, 'server', link);
      assert.equal(e.retry, 1, link);
      assert.equal(await page.locator('.load-error-file').count(), 0, link);
      assert.equal(await page.locator('.load-error-home').count(), 0, link);
      await page.close();
    }
  } finally {
    await browser.context.unroute(ownFile);
  }
});
