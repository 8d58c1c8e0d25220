import { renderSvgChart } from '../../web/svg-chart.js';
import type { DimensionProgress } from './progress.js';

const svg = renderSvgChart;

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
