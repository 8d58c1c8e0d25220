import * as echarts from 'echarts';
import { cspSafeSvg } from '../../web/svg-chart.js';

export interface RadarPoint { name: string; level: number | null; target: number | null }

// A submitted result never changes, so its chart is kept by content (names, levels, labels):
// the same key always means the same picture. Bounded, oldest out first.
const cache = new Map<string, string>();
const CACHE_MAX = 500;

/**
 * The radar of current levels and 12-month targets, rendered to SVG on the server (ECharts SSR)
 * for the page and the PDF. Dimensions without a level are drawn at 0; the table beside the
 * chart says "not answered". The target differs from the level by a dashed line and diamond
 * points, not by colour alone.
 */
export function radarSvg(points: readonly RadarPoint[], labels: { current: string; target: string }): string {
  const key = JSON.stringify([points, labels]);
  const hit = cache.get(key);
  if (hit) return hit;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 460 });
  const hasTarget = points.some((p) => p.target !== null);
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'Helvetica, Arial, sans-serif', fontSize: 13 },
    legend: { bottom: 0, data: hasTarget ? [labels.current, labels.target] : [labels.current], textStyle: { color: '#1a1a1a' } },
    radar: {
      indicator: points.map((p) => ({ name: p.name.length > 30 ? `${p.name.slice(0, 29)}…` : p.name, min: 0, max: 5 })),
      splitNumber: 5, radius: '62%', center: ['50%', '48%'],
      axisName: { color: '#1a1a1a' },
      splitLine: { lineStyle: { color: '#bfbfbf' } },
      axisLine: { lineStyle: { color: '#bfbfbf' } },
      splitArea: { show: false },
    },
    series: [{
      type: 'radar',
      data: [
        { name: labels.current, value: points.map((p) => p.level ?? 0), symbol: 'circle', symbolSize: 8,
          lineStyle: { color: '#1a1a1a', width: 3 }, itemStyle: { color: '#1a1a1a' }, areaStyle: { color: 'rgba(255, 230, 21, 0.45)' } },
        ...(hasTarget ? [{ name: labels.target, value: points.map((p) => p.target ?? 0), symbol: 'diamond', symbolSize: 11,
          lineStyle: { color: '#8a5a00', width: 2, type: 'dashed' }, itemStyle: { color: '#8a5a00' } }] : []),
      ],
    }],
  });
  const svg = cspSafeSvg(chart.renderToSVGString());
  chart.dispose();
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, svg);
  return svg;
}
