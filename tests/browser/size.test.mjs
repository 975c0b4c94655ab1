// Size budget of the release build (issue 7), measured on dist/ with gzip -9:
// bytes are not noisy, so these are tests, not benchmarks. No browser needed.
//
// The budget is 300 KB for everything fetched before the first chart and
// 150 KB for the wasm. Neither is met yet (the wasm alone is over 300 KB; see
// BENCHMARKS.md for what it holds): while a budget is not met its test marks
// itself `todo` with the gap instead of failing the suite. The ceilings below
// are enforced: nothing may grow past today's figures plus a small margin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
// KB = 1000 bytes, as in the issue (echarts.min.js: 334,372 bytes = 334 KB).
const KB = 1000;
const BUDGET_FIRST_CHART = 300 * KB;
const BUDGET_WASM = 150 * KB;
// Enforced ceilings: today's sizes plus a margin for ordinary work. Lower
// them when a change makes the build smaller; never raise them silently.
// Raised once, on 2026-11-29, from 555 and 350: the work for issue 7 (a paged
// table, the streamed size limit, drawing charts only in view) took the wasm
// from 344 to 349 KB and left no margin. The wasm's raised again the same
// day, from 355, by 0.9 KB for charts that can be read on a phone (wrapped
// names and their line height) and axes numbered by `Intl`; the first load
// stayed within 560 KB by minifying the CSS and the JS loader. Both raised
// on 2026-11-29, by 3 KB each, for a validation that reads each element
// straight from its text (44% less time at 100,000 observations; see
// BENCHMARKS.md): serde_json's text deserializer of the model is larger than
// serde_path_to_error's over a parsed tree, which it replaces. The first
// load's lowered to 562 the same evening (561.2 KB; the wasm 358.0). Both
// raised on 2026-12-05, by 1 KB each, for a `?data=` dataset requested by the
// page's head script and taken over by the app (0.8 KB of wasm): its first
// chart about 170 ms sooner under the bench's mobile conditions (BENCHMARKS.md).
// Lowered the same day to 556 and 352 (555.1 KB; the wasm 351.5): no f64 is
// formatted by Rust any more, so the f64 formatter and its tables are gone.
// The wasm's raised the same day to 353, by 0.5 KB for a discrepancy chart
// that places each row's figures as percentages of its highest (and says so),
// where one axis of figures drew 73 and 80 networks as one dot at 0. Both
// raised the same day by 1 KB, for the French colon after a no-break space
// ("Source : Le360") in the cards, captions, tooltips and descriptions
// (0.5 KB of wasm; the table's phone layout took the 0.3 KB that minifying
// index.html's scripts saved, and 0.5 KB of wasm for its ARIA roles).
// The first load's raised the same day to 558, for the last update written
// by Intl and "How to cite" in the reader's language (it was English, with
// an ISO date, on the French and Arabic pages): 0.5 KB of wasm; then the
// default dataset's notes in French and Arabic ("date d'arrêt exacte non
// publiée"), 0.75 KB of data, took it to 557.8 KB. Both lowered the same
// day to 549 and 345 (548.1 KB; the wasm 344.0): the cards lowered a label
// with `str::to_lowercase`, whose Unicode case tables and code were 9.9 KB
// of the gzipped wasm (and which wrote "interior ministry"); `text::mid_sentence`
// lowers its first ASCII letter only. Lowered again to 531 and 326 (530.0 KB;
// the wasm 325.9): the CSV export writes its records itself (RFC 4180, read
// back by the csv crate in the tests), since the csv crate's writer brought
// the f64 and i128 parsers of a quoting style we never use, and std's io
// errors: 18 KB. And to 522 and 318 (521.9 KB; the wasm 317.8): the filters
// keep their ids in a sorted Vec (`state::IdSet`) instead of two kinds of
// BTreeSet, whose B-tree code was 8.2 KB. Then 518 and 314 (517.5 KB; the
// wasm 313.4): one stable sort, of u32 positions (`rows::sort_positions`),
// where four comparisons each had their own (4.3 KB). Then 517 and 313
// (516.9 KB; the wasm 312.8): no std SipHash for validation's two maps.
// Raised to 519 and 315 (518.2 KB; the wasm 314.1) for why a dataset did
// not load in French and Arabic, which were English on those pages: 1.3 KB;
// and the notices of what a link asked for in vain, 0.2 KB (518.4 / 314.3);
// and the crash panel and a missing chart library, 0.5 KB (518.9 / 314.8).
// Both raised the same day to 520 and 316 (519.3 / 315.2), by 0.4 KB, for
// links that keep the view: the citation's URL follows the filters, and a
// `?data=` dataset stays in the embed code, Copy link and an embed's link
// to the full dashboard (`state::url::dashboard_link`). Both raised again
// to 521 and 317 (520.1 / 316.0), by 0.8 KB, for the sources list in the
// reader's language: publication dates by `Intl` (they were ISO on every
// page) and English titles marked `lang="en"` on French and Arabic pages.
// The first load's raised on 2026-12-05 to 522, by 1.4 KB of data: the
// default dataset's 38 source titles in French and Arabic (a French or
// Arabic embed listed its sources in English). Then to 524 and 318 (523.6;
// the wasm 317.7), for publishers in the reader's language: a publisher is
// a dataset text, so that "Kaayxol (ministry)" reads "Kaayxol (ministère)"
// in French (1.5 KB of wasm, spread over the places that show a publisher,
// and 0.3 KB of data); the direction of an Arabic one is set, not guessed
// from its Latin first letter (0.1 KB). Then to 525 and 319 (524.4; the
// wasm 318.4): 0.7 KB of wasm for a chart that the filters leave without a
// figure saying so in its place (it showed bare axes or a grey ring), and
// screen-reader names of the filters in the reader's language. Then to 526
// and 320 (525.3; the wasm 319.3): a source in the filter menu and chips
// named by its publisher and the years of its figures, where three read
// "Morocco World News" alike (0.65 KB), and the trend choosing indicators
// that have a year to draw (0.2 KB). Then to 527 and 321 (526.1; the wasm
// 320.1): a chart's PNG drawn on canvases in the page, so that its Arabic
// legend, title and sources run right to left (0.8 KB). Then to 529 and 323
// (528.6; the wasm 322.2): a printed page, whose charts below the fold were
// printed at their animation's first frame (bars of no height) and whose
// paging legends printed their first names only; on paper each chart is
// drawn at rest and its legend lists every name, measured on a canvas to
// make room for its rows (1.9 KB; 0.1 KB of it the drawing at rest).
// The first load's then to 530 (529.7; the wasm 322.7, within its ceiling):
// a page whose app cannot arrive (an iframe sandboxed without
// allow-same-origin, a network that blocks wasm) says so in the reader's
// language instead of staying blank (index.html, 0.5 KB), and the keyboard's
// focus kept where a removed chip, a dismissed notice or a disabled button
// dropped it (0.5 KB of wasm). Then to 531 (530.0): the shell's language
// buttons and theme menu work before the app comes (index.html, 0.3 KB).
// Then to 533 and 325 (531.9; the wasm 324.4): Copy said "Copied." when the
// browser refused, and over plain http did nothing but throw; it now waits
// for the clipboard and, refused, selects the text to copy by hand (1.0 KB);
// and the keyboard's focus handed from the shell's switchers to the app's
// (0.5 KB). The wasm's then to 326 (325.1): the table's order in the URL, so
// that a shared link shows the table as its sender sorted it (0.3 KB).
// Then to 535 and 328 (534.5; the wasm 327.1): text that changes with the
// filters set as its element's textContent, so that a page the browser
// translates shows the current figures and rows, not those it had when
// translated (1.8 KB; the table's and charts' rows 0.4 KB of it). Within
// them (534.7; the wasm 327.3): a finger's first tap on a mark shows its
// figure, and only a second filters (0.2 KB). Then to 536 and 329 (535.8;
// the wasm 328.3): a chart's PNG, and an embed of one chart, credited the
// publishers of every row the filters let through (the featured chart's six
// figures, all from one publisher, to 33); each chart now names those of the
// figures it draws, and the featured report's two charts say its period
// under their titles (1.0 KB of wasm; 0.1 KB of index.html, the period in
// the shell as well). Then to 540 and 333 (539.8; the wasm 332.3), for
// what readers met with the figures: each chart's description read out its
// extremes without saying whose, or as full years where they were part of
// one (0.5 KB); the menus offered sources and indicators that emptied the
// dashboard, and another dataset's charts without figures stood empty
// (about 2 KB, once 3.7 KB more was trimmed off its first form); a keyboard
// could walk a chart's figures but not filter by one (Enter); a log axis
// with a 0 drew every bar at its top; a dashed part-year bar said nothing
// of being one (a note, and a line in the PNG); and a data table's empty
// columns. The no-JavaScript summary's link to the dataset is index.html's.
// Then to 542 and 334 (541.5; the wasm 333.9): a chart embedded alone, or
// saved as a PNG, said nothing of what its figures count, and its 48,963
// "attempts foiled" read as people; each chart now carries the scope notes
// of its indicators, under it and wrapped into its PNG (1.6 KB). Then to
// 544 and 336 (543.0; the wasm 335.4): the coverage menu offered "Year to
// date" where it left nothing (under Protection); the menus now share one
// pass over the rows that also finds the kinds of coverage (1.5 KB). Then
// to 545 and 337 (544.1; the wasm 336.5): beside a source, a category chip
// of no figure of it emptied the view, and so did Spain's beside
// Enforcement; such a chip is now marked unavailable (1.1 KB, the CSV's
// scope notes 0.2 KB of it). Then to 546 (545.1; the wasm 336.9): the
// table's scope notes (0.4 KB of wasm), and the shell's cards and the
// no-JavaScript summary say that attempts are events (index.html, 0.6 KB).
// Then to 338 for the wasm (337.4; the first load 545.6): on paper a chart
// is made anew at two pixels to a CSS pixel, where at the screen's one its
// words printed soft (0.4 KB). Then to 547 and 339 (546.7; the wasm
// 338.5): a chart's description says what its figures count, and the embed
// code's Charts menu gives the code of one chart (1.1 KB; the menu's choice
// kept as a position, a type of signal the app had already, rather than as
// an id, which cost 1.1 KB more). Then to 548 (547.2; the wasm 338.9):
// each chart's scope notes from the indicators it draws, found without
// laying its figures out again, which had made a filter at 100,000 rows
// 8 ms slower (0.4 KB, the memos' and the cheaper path's code).
// fr.html and ar.html, the pages of French and Arabic readers, are held to
// the same ceiling as index.html (their words are 0.05 KB longer). The
// wasm's raised to 340 on 2026-12-06 (339.1): the embed code's chart menu
// disables a chart the filters leave empty (0.4 KB), the language pages'
// addresses and the table's notes as a memo (0.2 KB together); the first
// load held at 548 (547.4, and 547.5 from fr.html). After the review's
// fixes (the address's fragment kept, a page with no dataset titled, the
// message that the app could not come in the shell's language): 547.7 and
// 339.4. Raised to 551 and 342 on 2026-12-06 (550.0; the wasm 341.3): a
// figure's other publications (`also_reported_by`: SOURCES.md gives two
// for each of the 2023 and 2024 January–September reports), checked by the
// validator and linked in the table (2.0 KB; as a second shape of view in
// the source cell, 3.4 KB), and 0.3 KB more of dataset (those links, the
// New Arab figure's note on its headline, titles that name their months).
// The phone fixes that followed (tooltips wrapped, a paging legend's names
// wrapped, a PNG's legend unpaged, Arabic lists) held within: 550.7, 341.8.
// Raised to 552 and 343 after the review of those (551.0; the wasm 342.1): a
// PNG's legend wraps a name wider than the chart, where it ran off the
// image's edge (0.3 KB).
// Raised to 555 and 346 on 2026-12-06 (554.5; the wasm 345.5), for a reader
// QA pass of embeds and stakeholder flows: Spain's stack drawn as high as
// its total, with what the routes leave of it worked out in the open
// (1.6 KB), a PNG's dashed bars' periods (0.5 KB, once a sort was dropped
// for 1 KB), a legend's names in whole columns, and again on a resize
// (1.1 KB), the headline cards' notes (a count at a date, and that the
// filters leave them: 0.5 KB), the embed box's keyboard (0.2 KB), the
// validator's repeated ids (0.3 KB) and dots at one place spread (0.3 KB);
// the dataset downloaded as published rather than written anew saved 1.3.
// Raised to 557 and 348 on 2026-12-06 (556.4; the wasm 347.4): an embed
// named its figures' publishers but linked none of their sources, so an
// article's reader could not check a figure where it was published; it now
// lists them, folded, with the sources panel's list (1.6 KB). Then to 558
// and 349 (557.1; the wasm 348.0): a paper legend's rows counted as
// zrender breaks its names, where a line to spare for each wrapped name
// left a phone's PNG a blank band of 110 px (0.35 KB). Then to 560 and 351
// (559.7; the wasm 350.2), for a reader QA pass of the table and paper: the
// table sorted by code point ("MRE" before "Maghreb", lower-case names
// last) and now sorts by Intl.Collator, ties oldest first (1.0 KB with the
// long citation's capital by the browser and an empty table's message);
// on paper a chart's dashed months and the disagreements' table (0.5 KB);
// the match count by Intl, singular for one, and the table's caption (0.3
// KB); the phone table's labels and the print fixes are CSS (0.3 KB).
// Then to 561 and 352 (560.7; the wasm 351.2): a PDF made by a headless
// browser, which emulates print media without `beforeprint`, printed every
// chart 0 to 23 px high; print media now draws them for paper too, from
// their screen height (0.9 KB, the review's mends within it).
// Then to 563 and 354 (562.6; the wasm 353.1), for a reader QA pass of the
// phone and the filters: a click or tap on a chart that filters the
// dashboard says so in its panel, with Undo, where the chip it adds stood
// screens away (1.5 KB); the report's two charts follow the years, source
// and region filters (0.2 KB); an embed code left to right in Arabic, a
// description of one figure said once.
// Then to 567 and 357 (565.9; the wasm 356.4), for a reader QA pass of the
// embeds and downloads and the last note's list: Spain's "(other)" bar
// picks Spain's total, and Europe's chart keeps the total's routes under
// it, where it had stood empty (1.4 KB); a legend that paged "1/9" on a
// phone lists every name, its element grown by them (0.5 KB); a chart's
// PNG caption at the chart's pixel ratio, its lines wrapped rather than
// squeezed (0.3 KB); the Undo line's live region, a log axis of one
// figure, an embed's credits of drawn figures only, its code's language.
// Then to 575 and 364.5 (573.6; the wasm 363.7), for a reader QA pass of a
// researcher's flows: a featured bar's and a ring slice's own tooltip, its
// period and publisher (the refugees' total read as January–September),
// the ring's "(other)" with its sum (1.6 KB; the shell's option 0.3 KB
// more); a trend bar naming the other figures of its year, credited (0.5
// KB); a line where only the table has figures (0.9 KB); the trend's
// bars too short to see (0.7 KB); the disagreements' PNG naming each dot
// (0.5 KB); an Arabic legend laid out a row at a time from the right (0.6
// KB); colours that stay with their indicator (0.8 KB); a description of
// equal figures said once.
// Then down to 574 and 363.5 (573.2; the wasm 363.1), after a reader QA
// pass of the newsroom embeds and keyboard flows: its fixes (a filtering
// tap kept from the browser's click, the European chart's other figures
// of a year, a total at its report's date dated by its month, one
// publisher's two counts told apart) cost less than a Europe chart that
// now shares the trend's figures by year saved.
// Then to 576 and 365.5 (575.2; the wasm 365.1), for a reader QA pass of
// the phone in Arabic and French: the trend's footnote naming a shorter
// period's figure above that of a longer one including it (2021's
// January–August returns above the full year's), found with the chart in
// its pass over the rows and said in three languages (1.9 KB); a sum left
// to right in Arabic, the ring's legend a key, a chart's size from its
// ResizeObserver rather than a layout per draw (0.2 KB).
// Then to 581 and 370.5 (580.3; the wasm 370.1), for a data fidelity and a
// keyboard QA pass: a source filter that keeps the other publishers of its
// disagreements, with the trend's footnote naming them, and a card's change
// crediting its own publisher (2.0 KB); filter menus that the arrow keys
// browse before they apply, Retry and Back handing the focus on, a skip
// link, headings, named groups, a stack read as its total, a tooltip's
// note (3.0 KB, after sharing the menus' handlers saved 0.7); then 582 and
// 371.5 (581.5; the wasm 371.2) for the review's mends: the other sources'
// figures found once per change, a menu opened after the arrows (1.1 KB;
// a hash map in the description cost 1.3 KB more and is a list).
// Then to 584.5 and 374 (584.1; the wasm 373.8), for a pass of a researcher
// bringing a dataset and one of French and Arabic newsroom readers: the
// validator refusing a figure listed twice, no observations and a report
// without figures, the attempts' note where a dataset gives none, a
// period written by its days, the report's figure given room by its
// length, a stack described by its total (2.7 KB, after the repeats' own
// sort, 4.5 KB, gave way to the one sort for positions).
// Then to 587.5 and 377 (586.8; the wasm 376.5), for a stakeholder's and a
// newsroom developer's pass: a failed ?data= file named with a link to
// Marsad's own figures (0.8 KB, the same written once or kept live), the
// figures not given exactly named under the charts by year, a link's
// years cut to the dataset's, a host's message of unknown ids ignored and
// its state sent to its parent alone, the sources' titles said to be
// translations (1.9 KB, after the trend's and Europe's noted drawings
// shared one function, which saved 0.4).
// Then to 590 and 379.5 (589.2; the wasm 378.9), for a phone reader's and a
// French and Arabic copy editor's pass: the sums of the figures Marsad
// worked out under the ring and the European chart (1.4 KB), one colour per
// indicator across the trend and the European chart, the year filter
// keeping a period in each year it has a day in, each chart's data table
// named, Arabic counts said as Arabic says them and its lists isolated
// (1.0 KB). Then to 591 and 381 (590.6; the wasm 380.3) for the review's
// mends: the European chart's colours taken from the trend's, a worked-out
// figure crediting each publisher, the years counted from a period's start
// (1.4 KB).
// Then to 594.5 and 383.5 (593.8; the wasm 383.1), for a researcher's and a
// newsroom's pass and the review of their mends: a figure worked out from
// figures given as "about" or "at least" says so, or "at most", or "not
// known exactly"; a figure with its word isolated in an Arabic sum; a
// dataset's text left in English marked so where shown alone; a text's
// unknown language key refused and named, a trailing comma named; a chart
// the dataset has nothing for said so; a resize to the size drawn skipped
// (3.6 KB in all).
// Then to 597 and 386 (596.4; the wasm 385.7), for a stakeholder's and a
// keyboard and screen-reader pass: the line that says how many matching
// figures no chart shows (each chart's memo keeps the positions of what it
// shows), a PNG listing what only its tooltips say, every chart's table on
// paper, the data tables' row headers, the header out of `main`, a card
// compared with a count at a report's date a year before (2.5 KB in all).
// Then to 600.5 and 389.5 (599.8; the wasm 389.0), for a newsroom's and a
// phone reader's pass: an embed printed in a host's frame at its screen
// height, the embed box's theme menu, a copy's late answer ignored, the
// years turned where they do not fit side by side (and again as the width
// changes), a swipe over a chart closing its tooltip (its listeners removed
// with the chart), the line of what a tap filtered kept on screen, a
// disagreement's dot naming its own period, a resize left to the draw of a
// chart out of view that awaits one (3.3 KB in all).
// Then to 604.5 and 393.5 (604.1; the wasm 393.0), for a newsroom bringing its
// own dataset, a researcher's pass and the last note's list: the reader's
// theme kept out of shared links and off Back's steps (0.6 KB), a link's
// repeated parameters and backward years (0.4 KB), an embed of one chart
// counting its own figures (1.5 KB), a phone on its side holding each chart
// whole (0.2 KB), a dataset not in UTF-8, a web page in its place, a
// featured report of no indicator, a count with a fraction (0.4 KB), the
// note on translated titles naming the dataset's publisher (0.3 KB), a
// source filter keeping a second publisher's figures (0.2 KB), and what a
// review of them found: an invalid repeat of embed= or chart= overriding
// nothing, a file cut within a character refused, a second publisher's
// years in the Source menu, a chart's height following the stylesheet's
// when a phone is turned (0.4 KB); 0.1 KB of data, a Frontex note saying
// what its −52% compares with, and 0.1 KB of CSS and index.html.
// Then to 606 and 394.5 (605.4; the wasm 394.3, from 392.8 at the last
// stop: 1.5 KB in all), for a newsroom's and a phone reader's pass: the
// months of a chart's striped bars under it on screen (its paper-only path
// dropped: 0.7 KB less), a Copy citation button (the share bar's copying
// made one module for both), the table's page in the address (with a
// link's page past the last made the last, and embeds without one), a
// filtered CSV named for its rows, the citation's "Copied." forgotten when
// it changes, the pager showing a new page from its top, and part-year
// bars striped across (0.3 KB, parsed rather than built by `json!`).
// Then to 607.5 and 396.5 (607.3; the wasm 396.0, from 394.3 at the last
// stop): a ring's data table rows headed by each part's name (0.3 KB), the
// citation's "Copied." derived from the text copied rather than cleared by
// an effect, the table's page reset by a language where rows are sorted by
// words, a count to a report's date written from its first month (0.3 KB),
// each headline card linking its figure's other publications (0.4 KB, the
// table's links made one view for both: a second shape cost 1.7 KB), a
// disagreement's dot whose tooltip names its row (0.2 KB), and 0.3 KB of
// index.html for the cards' links in the shell's cards; then what a review
// of them found (a copy refused after its citation changed, the cards'
// other publications apart from their source, a report-date count from a
// day: 0.4 KB), and the share bar's "Copied." going with the link or
// code it was of (0.1 KB). The wasm's ceiling to 396.5: these took it to
// 396.0.
const CEILING_FIRST_CHART = 607.5 * KB;
const CEILING_WASM = 396.5 * KB;
const CEILING_ECHARTS = 185 * KB;

const gz = (rel) => zlib.gzipSync(fs.readFileSync(path.join(dist, rel)), { level: 9 }).length;

/** Every same-origin file `page` makes the browser fetch, plus the default dataset. */
function firstChartFiles(page = 'index.html') {
  const html = fs.readFileSync(path.join(dist, page), 'utf8').replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const refs = new Set([page, 'data/morocco.json']);
  const add = (u) => { if (!/^[a-z]+:|^\/\//i.test(u)) refs.add(u.replace(/^\.\//, '')); };
  for (const [, u] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(u);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="(stylesheet|modulepreload|preload|icon)"/.test(tag)) add(href);
  }
  // The inline loader's module and wasm (also preloaded, counted once).
  for (const [, u] of html.matchAll(/(?:from|module_or_path:)\s*'([^']+)'/g)) add(u);
  return [...refs].sort();
}

function table(files) {
  return files.map((f) => `${f}: ${(gz(f) / KB).toFixed(1)} KB`).join('\n');
}

test('dist/ is a release build with an app wasm, loader, stylesheet and ECharts bundle', () => {
  const files = firstChartFiles();
  for (const f of files) assert.ok(fs.existsSync(path.join(dist, f)), `index.html refers to ${f}, which is missing`);
  for (const re of [/\.wasm$/, /^marsad-[^/]*\.js$/, /\.css$/, /^echarts\.marsad\.min\.js$/]) {
    assert.ok(files.some((f) => re.test(f)), `nothing fetched before the first chart matches ${re}`);
  }
  // The full ECharts (334 KB gzip on its own) must not come back.
  assert.ok(!files.some((f) => /echarts\.min\.js$|lang(FR|AR)\.js$/.test(f)), files.join(', '));
});

test(`the ECharts bundle is our own, at most ${CEILING_ECHARTS / KB} KB gzip`, () => {
  const size = gz('echarts.marsad.min.js');
  assert.ok(size <= CEILING_ECHARTS, `echarts.marsad.min.js: ${(size / KB).toFixed(1)} KB gzip`);
});

test(`no growth: first chart at most ${CEILING_FIRST_CHART / KB} KB gzip, wasm at most ${CEILING_WASM / KB} KB, from each language's page`, () => {
  const others = (files, page) => files.filter((f) => f !== page);
  for (const page of ['index.html', 'fr.html', 'ar.html']) {
    const files = firstChartFiles(page);
    assert.deepEqual(others(files, page), others(firstChartFiles(), 'index.html'), `${page} fetches what index.html does`);
    const total = files.reduce((sum, f) => sum + gz(f), 0);
    const wasm = files.filter((f) => f.endsWith('.wasm')).reduce((sum, f) => sum + gz(f), 0);
    assert.ok(total <= CEILING_FIRST_CHART, `${page}: first chart ${(total / KB).toFixed(1)} KB gzip:\n${table(files)}`);
    assert.ok(wasm <= CEILING_WASM, `wasm ${(wasm / KB).toFixed(1)} KB gzip`);
  }
});

test(`budget: everything fetched before the first chart is at most ${BUDGET_FIRST_CHART / KB} KB gzip -9`, (t) => {
  const files = firstChartFiles();
  const total = files.reduce((sum, f) => sum + gz(f), 0);
  if (total > BUDGET_FIRST_CHART) {
    t.todo(`not met: ${(total / KB).toFixed(1)} KB, ${((total - BUDGET_FIRST_CHART) / KB).toFixed(1)} KB over (${files.map((f) => `${f} ${(gz(f) / KB).toFixed(1)}`).join(', ')})`);
  }
});

test(`budget: the wasm is at most ${BUDGET_WASM / KB} KB gzip -9`, (t) => {
  const wasm = firstChartFiles().filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, wasm.join(', '));
  const size = gz(wasm[0]);
  if (size > BUDGET_WASM) {
    t.todo(`not met: ${wasm[0]} ${(size / KB).toFixed(1)} KB, ${((size - BUDGET_WASM) / KB).toFixed(1)} KB over (see BENCHMARKS.md)`);
  }
});
