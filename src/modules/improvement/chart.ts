import * as echarts from 'echarts';
import type { DimensionProgress } from './progress.js';

/**
 * Server-side ECharts (SVG) like the reporting module's charts: no browser needed, and the same
 * SVG in the page and the PDF. The page's CSP allows no inline styles, so the hover <style> block
 * goes and style attributes become SVG presentation attributes.
 */
function svg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' }, ...option });
  const out = chart.renderToSVGString();
  chart.dispose();
  return out
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_m, css: string) => css.split(';').map((d) => d.trim()).filter(Boolean)
      .map((d) => { const [prop, ...rest] = d.split(':'); return ` ${prop!.trim()}="${rest.join(':').trim().replace(/"/g, "'")}"`; }).join(''));
}

/** Levels over time against the organisation's own targets; the solid/dashed lines also differ in marker shape. */
export function progressChart(dimension: DimensionProgress, labels: { level: string; target: string; dates: string[] }): string {
  return svg({
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 36, bottom: 30 },
    xAxis: { type: 'category', data: labels.dates },
    yAxis: { type: 'value', min: 0, max: 5, interval: 1 },
    series: [
      { name: labels.level, type: 'line', data: dimension.points.map((p) => p.level), itemStyle: { color: '#1a1a1a' }, symbol: 'circle', symbolSize: 8, connectNulls: true },
      { name: labels.target, type: 'line', data: dimension.points.map((p) => p.target), itemStyle: { color: '#8a5a00' }, lineStyle: { type: 'dashed' }, symbol: 'triangle', symbolSize: 9, connectNulls: true },
    ],
  }, 560, 240);
}
