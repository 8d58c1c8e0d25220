import { describe, expect, it } from 'vitest';
import { Catalog } from '../../catalog/catalog.js';
import type { Case } from '../../catalog/types.js';
import { caseFilterOptions, foldText, listCases, relatedCases, sortedCases } from './cases-queries.js';

const COUNTRIES = ['BE', 'NL', 'DE', 'FR', 'DK', 'EU'];
const SECTORS = ['arts', 'heritage', 'industry', 'government'];

/** A catalog with 20,000 generated cases: the size the case library must stay fast at. */
function bigCatalog(n = 20_000): Catalog {
  const catalog = new Catalog(null as never);
  catalog.pillars = [1, 2, 3, 4, 5].map((number) => ({ number, name: { nl: `Pijler ${number}`, en: `Pillar ${number}` }, description: { nl: '', en: '' }, source: '' }));
  catalog.challenges = Array.from({ length: 14 }, (_, i) => ({
    number: i + 1, pillar: [1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5][i]!, title: { nl: `U${i + 1}`, en: `C${i + 1}` },
    description: { nl: '', en: '' }, whyItMatters: { nl: '', en: '' }, source: '',
  }));
  for (let id = 1; id <= n; id++) {
    const c: Case = {
      id, code: `case-${id}`, title: { nl: `Voorbeeld ${(id * 7919) % n} over cultuur`, en: `Example ${(id * 7919) % n} about culture` },
      summary: { nl: 'Samenvatting.', en: 'Summary.' }, country: COUNTRIES[id % COUNTRIES.length]!, region: null,
      sector: SECTORS[id % SECTORS.length]!, pillar: (id % 5) + 1, challenges: [(id % 14) + 1, ((id * 3) % 14) + 1].filter((v, i, a) => a.indexOf(v) === i).sort((a, b) => a - b),
      url: null, source: null, isDemo: false,
      outcome: id % 7 === 0 ? 'failure' : id % 11 === 0 ? 'mixed' : 'inspiring', subsectors: id % 2 ? ['heritage'] : ['arts', 'film'],
      technologies: id % 3 ? ['linked_data'] : [], dimensions: id % 5 ? ['data'] : ['audience'], maintainedBy: null, version: 1, createdAt: '2026-01-01T00:00:00.000Z',
    };
    catalog.cases.set(id, c);
  }
  return catalog;
}

describe('case queries at scale', () => {
  const catalog = bigCatalog();

  it('memoises the sorted list per language', () => {
    expect(sortedCases(catalog, 'nl')).toBe(sortedCases(catalog, 'nl'));
    expect(sortedCases(catalog, 'en')).not.toBe(sortedCases(catalog, 'nl'));
    expect(caseFilterOptions(catalog, 'nl').countries.map(([code]) => code).sort()).toEqual([...COUNTRIES].sort());
  });

  it('filters, composes and paginates 20,000 cases correctly', () => {
    const page = listCases(catalog, { pillar: 2, challenge: 5, country: 'nl', sector: 'heritage', pageSize: 100 }, 'nl');
    const expected = [...catalog.cases.values()].filter((c) => c.pillar === 2 && c.challenges.includes(5) && c.country === 'NL' && c.sector === 'heritage');
    expect(page.total).toBe(expected.length);
    expect(page.items.every((c) => c.pillar === 2 && c.challenges.includes(5) && c.country === 'NL' && c.sector === 'heritage')).toBe(true);
    expect(listCases(catalog, { q: 'EXAMPLE 1234 ' }, 'en').items.map((c) => c.title.en)).toContain('Example 1234 about culture');
  });

  it('finds failures as such and composes the tag filters', () => {
    const page = listCases(catalog, { outcome: 'failure', subsector: 'heritage', technology: 'linked_data', dimension: 'data', pageSize: 100 }, 'en');
    const expected = [...catalog.cases.values()].filter((c) => c.outcome === 'failure' && c.subsectors.includes('heritage') && c.technologies.includes('linked_data') && c.dimensions.includes('data'));
    expect(expected.length).toBeGreaterThan(0);
    expect(page.total).toBe(expected.length);
    expect(page.items.every((c) => c.outcome === 'failure')).toBe(true);
  });

  it('ranks related cases by shared challenges and leaves the case itself out', () => {
    const of = catalog.cases.get(3)!;
    const related = relatedCases(catalog, of, 'nl');
    expect(related).toHaveLength(5);
    expect(related.every((r) => r.case.id !== of.id && r.shared.every((n) => of.challenges.includes(n) && r.case.challenges.includes(n)))).toBe(true);
    expect(related[0]!.shared.length).toBe(of.challenges.length);
  });

  it('folds accents and case', () => {
    expect(foldText('Creëren')).toBe('creeren');
  });
});
