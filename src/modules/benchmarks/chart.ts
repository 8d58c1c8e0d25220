import * as echarts from 'echarts';

/** One row of the quartile chart: a dimension's peer quartiles and, on a benchmark, the organisation's level. */
export interface QuartileRow { label: string; q1: number | null; median: number | null; q3: number | null; own?: number | null }

export interface QuartileLabels { range: string; median: string; own: string; level: string }

/**
 * Quartiles per dimension as server-side ECharts SVG: a bar from Q1 to Q3, a bar-shaped mark at
 * the median and a diamond at the organisation's own level. Shapes differ as well as colours,
 * and the page puts the same figures in a table beside it. No minimum or maximum is drawn: the
 * extremes of a group are single organisations.
 */
export function quartileChart(rows: QuartileRow[], labels: QuartileLabels): string | null {
  const shown = rows.filter((r) => r.median !== null);
  if (!shown.length) return null;
  // Rendering takes milliseconds; the same figures (most years of the sector baseline after a
  // write, a benchmark asked again) give the same picture, so it is kept by its content.
  const key = JSON.stringify([shown, labels]);
  const hit = drawn.get(key);
  if (hit !== undefined) {
    drawn.delete(key);
    drawn.set(key, hit);
    return hit;
  }
  const svg = render(shown, labels);
  drawn.set(key, svg);
  if (drawn.size > DRAWN_LIMIT) drawn.delete(drawn.keys().next().value!);
  return svg;
}

const DRAWN_LIMIT = 1000;
const drawn = new Map<string, string>();

function render(shown: QuartileRow[], labels: QuartileLabels): string {
  const withOwn = shown.some((r) => r.own !== undefined && r.own !== null);
  const ordered = [...shown].reverse();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 70 + ordered.length * 44 });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' },
    legend: { top: 0, data: [labels.range, labels.median, ...(withOwn ? [labels.own] : [])] },
    grid: { left: 230, right: 30, top: 36, bottom: 36 },
    xAxis: { type: 'value', min: 0, max: 5, interval: 1, name: labels.level, nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', data: ordered.map((r) => truncate(r.label, 34)) },
    series: [
      { name: 'base', type: 'bar', stack: 'range', data: ordered.map((r) => r.q1), itemStyle: { opacity: 0 }, barWidth: 18, silent: true },
      { name: labels.range, type: 'bar', stack: 'range', data: ordered.map((r) => (r.q3 ?? 0) - (r.q1 ?? 0)), itemStyle: { color: '#bfbfbf', borderColor: '#595959', borderWidth: 1 }, barWidth: 18 },
      { name: labels.median, type: 'scatter', data: ordered.map((r) => r.median), symbol: 'rect', symbolSize: [4, 26], itemStyle: { color: '#1a1a1a' } },
      ...(withOwn ? [{ name: labels.own, type: 'scatter', data: ordered.map((r) => r.own ?? null), symbol: 'diamond', symbolSize: 16, itemStyle: { color: '#e0c600', borderColor: '#1a1a1a', borderWidth: 2 } }] : []),
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return cspSafe(svg);
}

/**
 * The page's content security policy allows no inline styles: the SVG's hover-only <style>
 * block goes, and each style attribute becomes the equivalent SVG presentation attributes.
 */
function cspSafe(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_m, css: string) => css.split(';').map((d) => d.trim()).filter(Boolean)
      .map((d) => { const [prop, ...rest] = d.split(':'); return ` ${prop!.trim()}="${rest.join(':').trim().replace(/"/g, "'")}"`; }).join(''));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
