import * as echarts from 'echarts';
import type { QuarterCounts } from './queries/scenarios.js';

/** Server-side ECharts (SVG): the chart needs no script in the browser; its data table stands beside it. */
function svg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' }, ...option });
  const out = chart.renderToSVGString();
  chart.dispose();
  return out;
}

/**
 * The content security policy allows no inline styles: the SVG's hover-only <style> block goes,
 * and each style attribute becomes the equivalent SVG presentation attributes.
 */
export function cspSafeSvg(markup: string): string {
  return markup
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_m, css: string) => css.split(';').map((d) => d.trim()).filter(Boolean)
      .map((d) => { const [prop, ...rest] = d.split(':'); return ` ${prop!.trim()}="${rest.join(':').trim().replace(/"/g, "'")}"`; }).join(''));
}

// Distinguishable in greyscale too (dark, mid, light, hatched by position in the stack); the table carries the numbers.
const COLOURS = ['#1a1a1a', '#8a5a00', '#0046a8', '#767676'];

/** Signals per quarter, stacked by the scenario they point to. */
export function signalsChart(counts: QuarterCounts, names: Map<string, string>): string | null {
  if (!counts.quarters.length) return null;
  return cspSafeSvg(svg({
    legend: { top: 0, type: 'plain' },
    grid: { left: 40, right: 20, top: 60, bottom: 30 },
    xAxis: { type: 'category', data: counts.quarters },
    yAxis: { type: 'value', minInterval: 1 },
    series: counts.rows.map((r, i) => ({
      name: names.get(r.code) ?? r.code, type: 'bar', stack: 'signals', data: r.counts, itemStyle: { color: COLOURS[i % COLOURS.length] },
    })),
  }, 680, 320));
}
