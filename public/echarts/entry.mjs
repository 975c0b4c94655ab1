// Marsad's own ECharts bundle: the core plus only what src/charts/*.rs emits,
// with the French and Arabic language packs registered. build.mjs (a Trunk
// pre_build hook) bundles it into target/echarts/echarts.marsad.min.js, an
// IIFE that sets window.echarts for charming and src/interop/echarts.rs.
// Adding a series type, component or option (markLine, dataZoom, title,
// dataset...) to a chart builder means adding its module here, or ECharts
// ignores it.
import * as echarts from 'echarts/core';
// featured, trend, europe: bar; composition: pie; discrepancy: scatter.
import { BarChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent, // cartesian axes (value, log, category)
  TooltipComponent, // with its axis pointer
  LegendComponent, // plain and scroll (trend)
  AriaComponent, // aria labels and decal patterns (?pat=1)
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import langFR from 'echarts/lib/i18n/langFR.js';
import langAR from 'echarts/lib/i18n/langAR.js';

echarts.use([BarChart, PieChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);
// echarts/core already registers the 'light' and 'dark' themes and 'EN'.
echarts.registerLocale('FR', langFR);
echarts.registerLocale('AR', langAR);

window.echarts = echarts;
