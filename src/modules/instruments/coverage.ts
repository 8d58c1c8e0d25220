import type { Catalog } from '../../catalog/catalog.js';
import type { Bilingual, Strength } from '../../catalog/types.js';
import { instrumentIndex } from './list-index.js';

/**
 * When a challenge counts as covered. A challenge is a gap when no active instrument works on
 * it; weak when only instruments that touch it partially work on it, or only one instrument
 * does (a single point of failure); covered when at least two do and one of them aims at it.
 */
export const COVERAGE_RULE = { minInstruments: 2, minStrong: 1 } as const;
export type CoverageStatus = 'gap' | 'weak' | 'covered';

export function coverageStatus(strengths: Strength[]): CoverageStatus {
  if (strengths.length === 0) return 'gap';
  const strong = strengths.filter((s) => s === 'strong').length;
  return strengths.length >= COVERAGE_RULE.minInstruments && strong >= COVERAGE_RULE.minStrong ? 'covered' : 'weak';
}

export interface CoverageCell {
  challenge: number;
  title: Bilingual;
  whyItMatters: Bilingual;
  status: CoverageStatus;
  instruments: Array<{ code: string; name: Bilingual; strength: Strength }>;
}
export interface CoverageMatrix {
  rule: typeof COVERAGE_RULE;
  pillars: Array<{ number: number; name: Bilingual; cells: CoverageCell[]; status: CoverageStatus }>;
  summary: { challenges: number; gaps: number; weak: number; covered: number; activeInstruments: number };
}

/** The study's Fig. 8 made live: pillars x challenges with the active instruments in each cell. */
export function computeCoverage(catalog: Catalog): CoverageMatrix {
  return catalog.memo('coverage', () => {
    // Walking the registry in name order gives every cell its instruments already sorted.
    const strong = new Map<number, CoverageCell['instruments']>();
    const partial = new Map<number, CoverageCell['instruments']>();
    let active = 0;
    for (const instrument of instrumentIndex(catalog, 'nl').order) {
      if (instrument.retired) continue;
      active++;
      for (const link of instrument.links) {
        const target = link.strength === 'strong' ? strong : partial;
        const list = target.get(link.challenge);
        const entry = { code: instrument.code, name: instrument.name, strength: link.strength };
        if (list) list.push(entry); else target.set(link.challenge, [entry]);
      }
    }
    const summary = { challenges: 0, gaps: 0, weak: 0, covered: 0, activeInstruments: active };
    const pillars = catalog.pillars.map((pillar) => {
      const cells = catalog.challenges.filter((c) => c.pillar === pillar.number).map((c): CoverageCell => {
        const instruments = [...(strong.get(c.number) ?? []), ...(partial.get(c.number) ?? [])];
        const status = coverageStatus(instruments.map((i) => i.strength));
        summary.challenges++;
        summary[status === 'gap' ? 'gaps' : status]++;
        return { challenge: c.number, title: c.title, whyItMatters: c.whyItMatters, status, instruments };
      });
      const worst: CoverageStatus = cells.some((c) => c.status === 'gap') ? 'gap' : cells.some((c) => c.status === 'weak') ? 'weak' : 'covered';
      return { number: pillar.number, name: pillar.name, cells, status: worst };
    });
    return { rule: COVERAGE_RULE, pillars, summary };
  }, ['framework', 'instruments']);
}

/** The API view: every cell with its counts and at most `perCell` instruments (strong first). */
export function presentCoverage(matrix: CoverageMatrix, perCell: number) {
  return {
    rule: matrix.rule,
    summary: matrix.summary,
    pillars: matrix.pillars.map((p) => ({
      number: p.number, name: p.name, status: p.status,
      cells: p.cells.map((c) => ({
        challenge: c.challenge, title: c.title, whyItMatters: c.whyItMatters, status: c.status,
        counts: { strong: c.instruments.filter((i) => i.strength === 'strong').length, partial: c.instruments.filter((i) => i.strength === 'partial').length },
        instruments: c.instruments.slice(0, perCell),
        more: c.instruments.length > perCell ? `/api/instruments?challenge=${c.challenge}` : null,
      })),
    })),
  };
}
