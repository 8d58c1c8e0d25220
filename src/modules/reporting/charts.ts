import { cspSafeSvg, renderSvgChart } from '../../web/svg-chart.js';
import type { Lang } from '../../plugins/i18n.js';
import type { ReportData } from './report-data.js';
import { formatFigure } from '../../i18n/formats.js';

/** The same charts in the web page and in the PDF, rendered on the server. */
const svg = renderSvgChart;
export { cspSafeSvg };

export function progressChart(data: ReportData, lang: Lang, labels: { progress: string }): string | null {
  if (!data.actionLines.length) return null;
  const lines = [...data.actionLines].reverse();
  return svg({
    grid: { left: 220, right: 40, top: 20, bottom: 30 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: lines.map((l) => truncate(l.title[lang], 34)) },
    series: [{ name: labels.progress, type: 'bar', data: lines.map((l) => Math.round(l.progress * 100)), itemStyle: { color: '#1a1a1a' }, label: { show: true, position: 'right', formatter: '{c}%' } }],
  }, 640, Math.max(120, 40 + lines.length * 36));
}

export function kpiChart(data: ReportData, lang: Lang, labels: { value: string; target: string; baseline: string }): string | null {
  const kpis = data.kpis.filter((k) => k.value !== null || k.target !== null);
  if (!kpis.length) return null;
  return svg({
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 90 },
    xAxis: { type: 'category', data: kpis.map((k) => truncate(k.name[lang], 28)), axisLabel: { interval: 0, rotate: 20 } },
    // Figures as the reader writes them: 1.000 in Dutch, 1,000 in English.
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatFigure(lang, value) } },
    series: [
      { name: labels.baseline, type: 'bar', data: kpis.map((k) => k.baseline), itemStyle: { color: '#bfbfbf' } },
      { name: labels.value, type: 'bar', data: kpis.map((k) => k.value), itemStyle: { color: '#1a1a1a' } },
      { name: labels.target, type: 'bar', data: kpis.map((k) => k.target), itemStyle: { color: '#e0c600' } },
    ],
  }, 640, 320);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
