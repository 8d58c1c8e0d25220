import { describe, expect, it } from 'vitest';
import { translator } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import type { ReportData } from '../report-data.js';
import { ReportSection } from './report.js';

void h;

const ctx = (lang: 'nl' | 'en'): ViewContext => ({ lang, t: translator(lang), user: null, csrfToken: '', url: '/reports/2026', path: '/reports/2026' });
const line = (code: string, atRisk: number) => ({ code, title: { nl: `Lijn ${code}`, en: `Line ${code}` }, isDemo: false, progress: 0.5, atRisk, actions: [] });
const data = { year: 2026, generatedAt: '', actionLines: [line('A', 1), line('B', 2), line('C', 0)], milestones: { reached: [], missed: [] }, kpis: [], decisions: [] } as ReportData;
const template = { sections: ['action_lines'], intro: { nl: '', en: '' } } as never;

describe('the report\'s action lines', () => {
  it('counts the actions at risk in words that agree with the number, in both languages', () => {
    const nl = (<ReportSection ctx={ctx('nl')} data={data} template={template} section="action_lines" />).value;
    const en = (<ReportSection ctx={ctx('en')} data={data} template={template} section="action_lines" />).value;
    expect(nl).toContain('Lijn A — 50% · 1 actie in gevaar</h3>');
    expect(nl).toContain('Lijn B — 50% · 2 acties in gevaar</h3>');
    expect(nl).toContain('Lijn C — 50%</h3>');
    expect(en).toContain('Line A — 50% · 1 action at risk</h3>');
    expect(en).toContain('Line B — 50% · 2 actions at risk</h3>');
  });
});
