// The generated part of BENCHMARKS.md, from the numbers run.mjs gathered.
import { quantile, median, ms, mb, kb, verdict, sizes } from './stats.mjs';

/** Markdown lines for `results`; `reps` and `scaleSizes` as run.mjs used them. */
export function report(results, { quick, reps, scaleSizes, dist }) {
  const [QUICK, REPS, SIZES] = [quick, reps, scaleSizes];
  const m = results.machine;
  const lines = [];
  const out = (s = '') => lines.push(s);
  out('# Benchmarks');
  out();
  out(`Written by \`./dev bench\` (tests/bench/run.mjs) on ${results.date}${QUICK ? ', **quick run (few repetitions)**' : ''}; the run took ${results.seconds} s.`);
  out(`Machine: ${m.nproc} CPUs (${m.model}), ${m.memory} memory; ${m.chromium}, headless, driven by playwright-core over CDP; Node ${m.node}.`);
  out('The release build in dist/ is served from 127.0.0.1 with gzip, browser cache disabled, a fresh page per load.');
  out('Medians of repeated runs; counts are given with each table. The app and the baseline run with `prefers-reduced-motion: reduce`');
  out('(both then draw without animation) except for LCP and CLS, which use the default.');
  out();

  out('## Size (gzip -9)');
  out();
  const sz = sizes(dist);
  out('| fetched before the first chart | bytes | gzip -9 |');
  out('| --- | ---: | ---: |');
  for (const s of sz) out(`| ${s.file} | ${s.bytes} | ${s.gzip} |`);
  const total = sz.reduce((a, s) => a + s.gzip, 0);
  const wasm = sz.filter((s) => s.file.endsWith('.wasm')).reduce((a, s) => a + s.gzip, 0);
  out(`| **total** | ${sz.reduce((a, s) => a + s.bytes, 0)} | **${total}** |`);
  out();
  out(`Budget: at most 300 KB in all — ${verdict(total <= 300e3)} (${kb(total)}); the wasm at most 150 KB — ${verdict(wasm <= 150e3)} (${kb(wasm)}).`);
  out();

  out('## a. Navigation to first chart painted');
  out();
  out('From navigation start to the featured chart\'s ECharts `finished` event with its bars (then `performance.mark(\'first-chart\')`):');
  out('the chart is drawn into its canvas, shown at the next frame. Marsad\'s first is the shell\'s: index.html\'s script draws the option');
  out('that the app\'s own builder wrote into the page at build time, as soon as the ECharts bundle has run; the app\'s chart takes its');
  out('place once the wasm has started ("the app\'s chart", below).');
  out('Baseline: tests/bench/baseline.html, plain JavaScript that fetches the same data/morocco.json and draws the same featured bar chart');
  out(`with the same ECharts bundle, in a box of the same size. ${REPS.first} loads each, alternating.`);
  out();
  out('| CPU | Marsad | baseline | Marsad / baseline | target ≤ 1.1 | the app\'s chart | app\'s / baseline |');
  out('| --- | ---: | ---: | ---: | --- | ---: | ---: |');
  for (const cpu of [1, 4]) {
    const { marsad, baseline } = results.first[cpu];
    const base = median(baseline.map((r) => r.first));
    const ratio = median(marsad.map((r) => r.first)) / base;
    const app = median(marsad.map((r) => r.appChart));
    out(`| ${cpu}× | ${ms(median(marsad.map((r) => r.first)))} | ${ms(base)} | ${ratio.toFixed(2)} | ${verdict(ratio <= 1.1)} | ${ms(app)} | ${(app / base).toFixed(2)} |`);
  }
  out();
  out('Where the time goes (medians, ms from navigation start; "app started": the wasm compiled and `main` mounted the view):');
  out();
  out('| page | CPU | ECharts bundle loaded | wasm loaded | app started | data requested | data loaded | first chart | the app\'s chart |');
  out('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const cpu of [1, 4]) {
    for (const [name, runs] of [['Marsad', results.first[cpu].marsad], ['baseline', results.first[cpu].baseline]]) {
      const col = (k) => ms(median(runs.map((r) => r[k]).filter((x) => x != null)));
      out(`| ${name} | ${cpu}× | ${col('echarts')} | ${col('wasm')} | ${col('app')} | ${col('dataStart')} | ${col('data')} | ${col('first')} | ${col('appChart')} |`);
    }
  }
  out();

  out('## b. Filter chip click');
  out();
  out('A click on a category chip (`element.click()` in the page) until the featured chart\'s `setOption` is called with the new option');
  out('("option"), and until ECharts has drawn it into its canvas ("drawn": its `rendered` event; `setOption` draws synchronously).');
  out('"All effects": until every effect the click started has run (the page scrolled to put the chip at the top of the 1280×900 viewport,');
  out('as a reader clicking it sees it: the charts in or near it under the filter bar redrawn, every card and');
  out('table updated; a task queued at the click; charts further down redraw when scrolled to),');
  out('apart for the clicks that press the chip (narrowing to one category) and those that release it (all rows again).');
  out('The chip is toggled on and off, so every click changes the chart.');
  out();
  out('| CPU | clicks | option: median | option: p95 | drawn: median | drawn: p95 | all effects, press: median / p95 | all effects, release: median / p95 | target: drawn, median ≤ 16 ms at 1× |');
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const cpu of [1, 4]) {
    const c = results.clicks[cpu];
    const target = cpu === 1 ? verdict(median(c.painted) <= 16) : '';
    out(`| ${cpu}× | ${c.option.length}${c.missed ? ` (${c.missed} without redraw)` : ''} | ${ms(median(c.option))} | ${ms(quantile(c.option, 0.95))} | ${ms(median(c.painted))} | ${ms(quantile(c.painted, 0.95))} | ${ms(median(c.settledOn))} / ${ms(quantile(c.settledOn, 0.95))} | ${ms(median(c.settledOff))} / ${ms(quantile(c.settledOff, 0.95))} | ${target} |`);
  }
  out();
  out(`Chip: \`${results.clicks[1].chip}\`.`);
  out();

  out('## c. LCP and CLS under mobile conditions');
  out();
  out('150 ms RTT, 1.6 Mbps down, 750 kbps up (`Network.emulateNetworkConditions`), 4× CPU (`Emulation.setCPUThrottlingRate`),');
  out(`412×823 viewport; ${REPS.lcp} loads. LCP and CLS from \`PerformanceObserver\` (buffered), read 2 s after the app\'s chart has taken the shell\'s place.`);
  out();
  const lcps = results.lcp.map((r) => r.lcp);
  const clss = results.lcp.map((r) => r.cls);
  out('| LCP median | LCP element | CLS (max of runs) | first chart median | the app\'s chart median | bytes transferred before the app\'s chart | targets |');
  out('| ---: | --- | ---: | ---: | ---: | ---: | --- |');
  out(`| ${ms(median(lcps))} | \`${results.lcp[0]?.lcpElement ?? '—'}\` | ${Math.max(...clss).toFixed(4)} | ${ms(median(results.lcp.map((r) => r.first)))} | ${ms(median(results.lcp.map((r) => r.appChart)))} | ${kb(median(results.lcp.map((r) => r.transferred)))} | LCP ≤ 1.5 s: ${verdict(median(lcps) <= 1500)}; CLS 0: ${verdict(Math.max(...clss) === 0)} |`);
  out();

  out('## d. Scale');
  out();
  out('Generated schema-v1 datasets (tests/bench/generate.mjs: the default dataset\'s indicators and sources, years 1990–2025,');
  out('full-year and year-to-date coverages), loaded with `?data=/bench/data/…`, 1× CPU. "First render": navigation to the featured');
  out('chart drawn, as in a: fetch, parse, validation and all the app renders before it; "fetched": when the dataset\'s response ended.');
  out('Filter: medians of chip clicks, until the featured chart was drawn with its new option and until all the click\'s effects had run (as in b).');
  out('Peak JS heap: `Runtime.getHeapUsage` sampled every 50 ms (it does not count ArrayBuffers or the wasm memory);');
  out('wasm memory: the size of the wasm linear memory at the end (it only grows, so this is its peak).');
  out();
  out('| observations | JSON | runs × clicks | fetched | first render | filter: chart drawn | filter: all effects, press / release | peak JS heap | wasm memory |');
  out('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of results.scale) {
    const ok = s.runs.filter((r) => !r.error);
    if (!ok.length) {
      out(`| ${s.n.toLocaleString('en')} | ${mb(s.bytes)} | ${s.runs.length} × 0 | failed: ${s.runs[0]?.error ?? '?'} | | | | ${mb(Math.max(...s.runs.map((r) => r.heap)))} | ${mb(s.runs[0]?.wasm)} |`);
      continue;
    }
    const clicksPerRun = ok[0].clicks.length;
    out(`| ${s.n.toLocaleString('en')} | ${mb(s.bytes)} | ${ok.length} × ${clicksPerRun} | ${ms(median(ok.map((r) => r.fetched)))} | ${ms(median(ok.map((r) => r.first)))} | ${ms(median(ok.flatMap((r) => r.clicks)))} | ${ms(median(ok.flatMap((r) => r.settledOn)))} / ${ms(median(ok.flatMap((r) => r.settledOff)))} | ${mb(Math.max(...ok.map((r) => r.heap)))} | ${mb(Math.max(...ok.map((r) => r.wasm ?? 0)))} |`);
  }
  out();
  const at = (n) => results.scale.find((s) => s.n === n)?.runs.filter((r) => !r.error) ?? [];
  const r100k = at(100000);
  if (r100k.length) {
    const [on, off] = [median(r100k.flatMap((r) => r.settledOn)), median(r100k.flatMap((r) => r.settledOff))];
    out(`Targets at 100k: first render ≤ 1.5 s — ${verdict(median(r100k.map((r) => r.first)) <= 1500)} (${ms(median(r100k.map((r) => r.first)))}); `
      + `filter ≤ 50 ms, counted until every effect of the click has run — ${verdict(Math.max(on, off) <= 50)} (${ms(on)} to narrow, ${ms(off)} to release; `
      + `the featured chart alone is drawn after ${ms(median(r100k.flatMap((r) => r.clicks)))}).`);
  } else {
    out('Targets at 100k: first render ≤ 1.5 s, filter ≤ 50 ms — not measured (the 100k run failed).');
  }
  out();
  out('Growth per 10× more observations (ratio of medians; 10 would be linear):');
  out();
  out('| from → to | first render | filter: chart drawn | filter: all effects, release | peak JS heap | wasm memory |');
  out('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (let i = 1; i < SIZES.length; i++) {
    const [a, b] = [at(SIZES[i - 1]), at(SIZES[i])];
    if (!a.length || !b.length) continue;
    const ratio = (f) => (f(b) / f(a)).toFixed(1);
    out(`| ${SIZES[i - 1].toLocaleString('en')} → ${SIZES[i].toLocaleString('en')} | ${ratio((rs) => median(rs.map((r) => r.first)))} | ${ratio((rs) => median(rs.flatMap((r) => r.clicks)))} | ${ratio((rs) => median(rs.flatMap((r) => r.settledOff)))} | ${ratio((rs) => Math.max(...rs.map((r) => r.heap)))} | ${ratio((rs) => Math.max(...rs.map((r) => r.wasm ?? 0)))} |`);
  }
  out();
  return lines;
}
