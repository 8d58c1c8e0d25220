import { describe, expect, it } from 'vitest';
import { kpiChart } from './charts.js';
import type { ReportData } from './report-data.js';

const kpi = (code: string, value: number) => ({
  code, name: { nl: `KPI ${code}`, en: `KPI ${code}` }, unit: 'count', direction: 'up', isDemo: false,
  baseline: null, baselineDate: null, target: value * 2, value, period: '2026', onTrack: true,
});
const data = { kpis: [kpi('a', 1500), kpi('b', 2500)] } as unknown as ReportData;
const labels = { value: 'v', target: 't', baseline: 'b' };

describe('the annual report\'s KPI chart', () => {
  it('writes the axis figures as the reader does: 1.000 in Dutch, 1,000 in English', () => {
    const nl = kpiChart(data, 'nl', labels)!;
    const en = kpiChart(data, 'en', labels)!;
    expect(nl).toMatch(/>\s*1\.000\s*</);
    expect(nl).not.toMatch(/>\s*1,000\s*</);
    expect(en).toMatch(/>\s*1,000\s*</);
  });
});
