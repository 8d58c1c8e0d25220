import { describe, expect, it } from 'vitest';
import { translator } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import type { MaturityModel } from '../../maturity/model.js';
import { composeResults } from '../results-data.js';
import type { AssessmentRecord } from '../queries.js';
import { ResultsPage } from './results.js';

void h;

const texts = (nl: string, en: string) => ({ nl, en });
const model: MaturityModel = {
  id: 1, version: 1, status: 'published', publishedAt: new Date('2025-01-01T00:00:00Z'), note: texts('', ''),
  levels: [0, 1, 2, 3, 4, 5].map((level) => ({ level, name: texts(`Niveau ${level}`, `Level ${level}`), description: texts(`Schaal ${level}`, `Scale ${level}`) })),
  dimensions: ['audience', 'data'].map((code, position) => ({
    code, position, name: texts(`Dimensie ${code}`, `Dimension ${code}`), description: texts('', ''),
    meanings: Object.fromEntries([1, 2, 3, 4, 5].map((l) => [l, texts(`${code} betekent ${l}`, `${code} means ${l}`)])),
    steps: Object.fromEntries([1, 2, 3, 4, 5].map((l) => [l, [{ id: l, level: l, position: 1, text: texts(`Stap naar ${code} ${l}`, `Step to ${code} ${l}`) }]])),
    questions: [],
  })) as never,
  questions: new Map(),
} as never;

const assessment = (id: number): AssessmentRecord => ({
  id, organisationId: 7, organisationName: 'Org', shareWithTeam: false, modelId: 1, modelVersion: 1, kind: 'full', status: 'submitted',
  startedBy: null, startedAt: new Date('2025-02-01T09:00:00Z'), submittedAt: new Date('2025-02-02T09:00:00Z'), isDemo: false, version: 1,
});
const rights = { results: true, answers: true, answer: false, manage: false, owner: false };
const result = (code: string, level: number, disagreement = false) => ({ dimensionCode: code, level, targetLevel: null, minLevel: level, maxLevel: level, respondents: 1, disagreement });
const ctx = (lang: 'nl' | 'en'): ViewContext => ({ lang, t: translator(lang), user: null, csrfToken: '', url: '/assessments/1/results', path: '/assessments/1/results' });
const render = (id: number, results: ReturnType<typeof result>[], lang: 'nl' | 'en' = 'nl') => {
  const data = composeResults(assessment(id), model, rights, { results, respondents: [], answers: [] });
  return (<ResultsPage ctx={ctx(lang)} data={data} rights={rights} chartSvg="<svg></svg>" />).value;
};

describe('the results page', () => {
  it('shows each dimension\'s own level, meaning and next step, also where the same section was made for another result', () => {
    const low = render(1, [result('audience', 1), result('data', 4)]);
    const high = render(2, [result('audience', 3), result('data', 4)]);
    const again = render(3, [result('audience', 1), result('data', 5)]);
    expect(low).toContain('audience betekent 1');
    expect(low).toContain('Stap naar audience 2');
    expect(low).not.toContain('audience betekent 3');
    expect(high).toContain('audience betekent 3');
    expect(high).toContain('Stap naar audience 4');
    expect(high).not.toContain('audience betekent 1');
    expect(again).toContain('audience betekent 1');
    expect(again).toContain('data betekent 5');
    expect(again).not.toContain('Stap naar data 5');
    expect(again).not.toContain('data betekent 4');
    // Each in its reader's language.
    expect(render(4, [result('audience', 1), result('data', 4)], 'en')).toContain('audience means 1');
  });

  it('says where respondents disagree, also for a level whose section was made without disagreement', () => {
    render(5, [result('audience', 2), result('data', 2)]);
    const split = render(6, [result('audience', 2, true), result('data', 2)]);
    expect(split).toContain(translator('nl')('assessments.results.noIndividual'));
    expect(render(7, [result('audience', 2), result('data', 2)])).not.toContain(translator('nl')('assessments.results.noIndividual'));
  });
});
