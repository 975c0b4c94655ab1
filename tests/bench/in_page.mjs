// What the bench installs in the page before any of its scripts.

// ------------------------------------------------------------ in the page ---
// Installed before any script of the page: marks the first paint of the
// featured chart (its instance's `finished` event with series data, then
// performance.mark), observes LCP and CLS, and keeps the wasm memory.
export const INIT = () => {
  const bench = (window.__bench = { firstChart: null, appChart: null, appStarted: null, lcp: null, lcpElement: null, cls: 0, wasmMemory: null });
  // The first featured chart painted, whoever drew it: Marsad's shell (from
  // index.html's script, before the wasm) or the app. `appChart`: the app's.
  const hook = (chart, el) => {
    const app = el?.closest?.('[data-chart="featured"]');
    if (!app && !el?.closest?.('[data-shell-chart="featured"]')) return;
    chart.on('finished', () => {
      const series = chart.getOption()?.series?.[0];
      if (!series || !(series.data ?? []).length) return;
      const now = performance.now();
      if (bench.firstChart == null) {
        performance.mark('first-chart');
        bench.firstChart = now;
      }
      if (app && bench.appChart == null) bench.appChart = now;
    });
  };
  // setOption draws synchronously (it flushes zrender) and fires `finished`
  // before it returns, so the listener must be on the instance before the
  // page's first setOption: wrap echarts.init when the bundle sets
  // window.echarts (a module namespace, which cannot be patched in place).
  let echarts;
  Object.defineProperty(window, 'echarts', {
    configurable: true,
    get: () => echarts,
    set(lib) {
      echarts = Object.assign({}, lib, {
        init(el, ...rest) {
          const chart = lib.init(el, ...rest);
          hook(chart, el);
          return chart;
        },
      });
    },
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      bench.lcp = e.startTime;
      bench.lcpElement = e.element ? `${e.element.tagName.toLowerCase()}.${[...e.element.classList].join('.')}` : e.url;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // After the wasm is compiled and main() has mounted the app.
  addEventListener('TrunkApplicationStarted', (e) => {
    bench.appStarted = performance.now();
    bench.wasmMemory = e.detail?.wasm?.memory ?? null;
  });

  // One chip click, timed until the featured chart's setOption was called
  // with the new option ("option") and until ECharts had drawn it into its
  // canvas (its `rendered` event, which setOption fires before returning).
  window.__benchClick = (selector, timeout = 5000) => new Promise((resolve) => {
    const el = document.querySelector('[data-chart="featured"] .chart-canvas');
    const chart = window.echarts.getInstanceByDom(el);
    const chip = document.querySelector(selector);
    if (!chart || !chip) return resolve({ option: null, painted: null });
    let tOption = null;
    let tPainted = null;
    let tSettled = null;
    const since = (t) => (t == null ? null : t - t0);
    const done = () => {
      if (tSettled == null) return; // finish() calls again
      clearTimeout(timer);
      delete chart.setOption;
      chart.off('rendered', onRendered);
      resolve({ option: since(tOption), painted: since(tPainted), settled: since(tSettled) });
    };
    const finish = () => { if (tPainted != null) done(); };
    const onRendered = () => {
      if (tOption == null || tPainted != null) return;
      tPainted = performance.now();
      if (!inSetOption) finish();
    };
    let inSetOption = false;
    const timer = setTimeout(() => { tSettled ??= performance.now(); tPainted ??= null; done(); }, timeout);
    chart.setOption = function (...args) {
      if (tOption == null) tOption = performance.now();
      inSetOption = true;
      try {
        return Object.getPrototypeOf(this).setOption.apply(this, args);
      } finally {
        inSetOption = false;
        finish();
      }
    };
    chart.on('rendered', onRendered);
    const t0 = performance.now();
    chip.click();
    // A task queued now runs once every microtask the click started has run:
    // all of Leptos' effects (the charts in view, every card and table), not
    // only this chart.
    setTimeout(() => { tSettled = performance.now(); finish(); }, 0);
  });
};
