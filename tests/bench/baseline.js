// The featured chart, as src/charts/featured.rs builds it for English with no
// filter: for each featured indicator, its observation for the featured
// report's coverage (or a stock counted on a day within it), one bar each.
(async () => {
  const PALETTE = ['#0072B2', '#B07800', '#009E73', '#D55E00', '#BE6A9A', '#2B8CC4', '#8C6D00', '#767676'];
  const data = new URLSearchParams(location.search).get('data') ?? '../data/morocco.json';
  const ds = await (await fetch(data)).json();
  const { featured } = ds.metadata;
  const inReport = (o) => (o.start === featured.start && o.end === featured.end)
    || (o.start === o.end && featured.start <= o.end && o.end <= featured.end);
  const bars = featured.indicators
    .map((id) => ds.observations.find((o) => o.indicator === id && Number.isFinite(o.value) && inReport(o)))
    .filter(Boolean);
  const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
  const qualifier = { approx: 'about ', at_least: 'at least ' };
  const label = (id) => {
    const text = ds.indicators.find((i) => i.id === id)?.label?.en ?? id;
    return [...text].length > 80 ? `${[...text].slice(0, 80).join('')}…` : text;
  };
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const chart = echarts.init(document.querySelector('.chart-canvas'), null, { renderer: 'canvas', locale: 'EN' });
  chart.setOption({
    animation: !reduced,
    aria: { enabled: true, decal: { show: false } },
    color: PALETTE,
    grid: [{ left: 8, right: 24, top: 16, bottom: 8, containLabel: true }],
    tooltip: { trigger: 'item', formatter: '{b}', renderMode: 'html', enterable: true, confine: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', position: 'left', inverse: true, data: bars.map((o) => label(o.indicator)) },
    series: [{
      type: 'bar',
      name: featured.title.en,
      label: { show: true, position: 'right', formatter: '{b}' },
      data: bars.map((o, i) => ({
        value: o.value,
        name: `${qualifier[o.qualifier] ?? ''}${number.format(o.value)}`,
        itemStyle: { color: PALETTE[i % PALETTE.length] },
      })),
    }],
  }, { notMerge: true });
  new ResizeObserver(() => chart.resize()).observe(document.querySelector('.chart-canvas'));
})();
