// On a phone's width every chart keeps room for its marks, and every name
// along an axis or in a legend is drawn whole, in each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, waitForDashboard, chartOption, assertNoPageErrors } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// What ECharts laid out: the plot's share of the chart's width, the names it
// drew along the category axis, and the legend's box.
const layout = (page, id) => page.evaluate((id) => {
  const el = document.querySelector(`[data-chart="${id}"] .chart-canvas`);
  const chart = echarts.getInstanceByDom(el);
  const model = chart.getModel();
  const grid = model.getComponent('grid', 0);
  const category = ['yAxis', 'xAxis'].map((a) => model.getComponent(a, 0)).find((a) => a && a.get('type') === 'category');
  const legend = model.getComponent('legend', 0);
  const legendBox = legend && chart.getViewOfComponentModel(legend).group.getBoundingRect();
  return {
    width: el.clientWidth,
    plot: grid ? grid.coordinateSystem.getRect().width : null,
    names: category ? category.get('data').length : 0,
    drawnNames: category ? category.axis.getViewLabels().length : 0,
    legend: legendBox && { width: legendBox.width, items: legend.getData().length },
  };
}, id);

for (const lang of ['en', 'fr', 'ar']) {
  test(`${lang}, 360 px wide: the bars and dots keep a third of the width, and every name is drawn`, async () => {
    const page = await open(browser, `?lang=${lang}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await waitForDashboard(page);
    for (const id of ['featured', 'discrepancy']) {
      await chartOption(page, id);
      const l = await layout(page, id);
      assert.ok(l.plot >= l.width / 3, `${id}: plot ${l.plot} px of ${l.width}`);
      assert.ok(l.names > 0, id);
      assert.equal(l.drawnNames, l.names, `${id}: names drawn`);
    }
    await chartOption(page, 'composition');
    const pie = await layout(page, 'composition');
    assert.ok(pie.legend && pie.legend.items === 2, 'the names are in a legend');
    assert.ok(pie.legend.width <= pie.width, `legend ${pie.legend.width} px within ${pie.width}`);
    assertNoPageErrors(page);
    await page.close();
  });
}
