import type { Catalog } from '../../catalog/catalog.js';
import type { Bilingual, Case, Challenge, Pillar, Principle, Recommendation, Strength } from '../../catalog/types.js';
import { notFound } from '../../plugins/errors.js';
import { computeCoverage } from '../instruments/index.js';

/**
 * Reads of the study's frame, joined with the live instrument registry and the case library.
 * Pages and the API both render these models, so a page and its JSON twin never disagree.
 */

type Coverage = ReturnType<typeof computeCoverage>;
export type CoverageStatus = Coverage['pillars'][number]['status'];

export interface InstrumentRef { code: string; name: Bilingual; isDemo: boolean }
export interface LinkedInstrument extends InstrumentRef { strength: Strength }
export interface ChallengeRef { challenge: Challenge; status: CoverageStatus }

export interface PillarDetail {
  pillar: Pillar;
  status: CoverageStatus;
  challenges: Array<ChallengeRef & { instruments: LinkedInstrument[] }>;
  recommendations: Recommendation[];
  cases: Case[];
}

export interface ChallengeDetail {
  challenge: Challenge;
  pillar: Pillar;
  status: CoverageStatus;
  instruments: LinkedInstrument[];
  recommendations: Recommendation[];
  principles: Principle[];
  cases: Case[];
}

export interface RecommendationDetail {
  recommendation: Recommendation;
  parent: Recommendation | null;
  challenges: ChallengeRef[];
  instruments: InstrumentRef[];
  principles: Principle[];
  children: RecommendationDetail[];
}

export interface PrincipleDetail {
  principle: Principle;
  challenges: ChallengeRef[];
  recommendations: Recommendation[];
  instruments: Array<InstrumentRef & { challenges: number[] }>;
}

/** Lookups built once per change of what they read: coverage per challenge, instruments per recommendation, cases. */
function frameIndex(catalog: Catalog) {
  return catalog.memo('framework:index', () => {
    const coverage = computeCoverage(catalog);
    const cells = new Map(coverage.pillars.flatMap((p) => p.cells.map((c) => [c.challenge, c] as const)));
    const pillarStatus = new Map(coverage.pillars.map((p) => [p.number, p.status] as const));
    const byRecommendation = new Map<string, InstrumentRef[]>();
    const active = [...catalog.instruments.values()].filter((i) => !i.retired).sort((a, b) => a.name.nl.localeCompare(b.name.nl, 'nl') || a.id - b.id);
    for (const i of active) {
      for (const code of new Set(i.recommendations)) {
        const list = byRecommendation.get(code) ?? [];
        list.push({ code: i.code, name: i.name, isDemo: i.isDemo });
        byRecommendation.set(code, list);
      }
    }
    const cases = [...catalog.cases.values()].sort((a, b) => a.id - b.id);
    return { cells, pillarStatus, byRecommendation, cases };
  }, ['framework', 'instruments', 'cases']);
}

export function challengeStatus(catalog: Catalog, n: number): CoverageStatus {
  return frameIndex(catalog).cells.get(n)?.status ?? 'gap';
}

/** The worst coverage among the pillar's challenges. */
export function pillarStatus(catalog: Catalog, n: number): CoverageStatus {
  return frameIndex(catalog).pillarStatus.get(n) ?? 'gap';
}

function linkedInstruments(catalog: Catalog, n: number): LinkedInstrument[] {
  return (frameIndex(catalog).cells.get(n)?.instruments ?? []).map((i) => ({
    code: i.code, name: i.name, strength: i.strength, isDemo: catalog.instrumentByCode(i.code)?.isDemo ?? false,
  }));
}

const challengeRef = (catalog: Catalog, c: Challenge): ChallengeRef => ({ challenge: c, status: challengeStatus(catalog, c.number) });
const challengeRefs = (catalog: Catalog, numbers: number[]): ChallengeRef[] =>
  numbers.map((n) => catalog.challenge(n)).filter((c): c is Challenge => c !== undefined).sort((a, b) => a.number - b.number).map((c) => challengeRef(catalog, c));

export function challengesOf(catalog: Catalog, pillar?: number): ChallengeRef[] {
  return catalog.challenges.filter((c) => pillar === undefined || c.pillar === pillar).map((c) => challengeRef(catalog, c));
}

export function pillarDetail(catalog: Catalog, n: number): PillarDetail {
  const pillar = catalog.pillar(n);
  if (!pillar) throw notFound('pillar', n);
  return {
    pillar,
    status: pillarStatus(catalog, n),
    challenges: challengesOf(catalog, n).map((ref) => ({ ...ref, instruments: linkedInstruments(catalog, ref.challenge.number) })),
    recommendations: catalog.recommendations.filter((r) => r.pillars.includes(n)),
    cases: frameIndex(catalog).cases.filter((c) => c.pillar === n),
  };
}

export function challengeDetail(catalog: Catalog, n: number): ChallengeDetail {
  const challenge = catalog.challenge(n);
  if (!challenge) throw notFound('challenge', n);
  return {
    challenge,
    pillar: catalog.pillar(challenge.pillar)!,
    status: challengeStatus(catalog, n),
    instruments: linkedInstruments(catalog, n),
    recommendations: catalog.recommendations.filter((r) => r.challenges.includes(n)),
    principles: catalog.principles.filter((p) => p.challenges.includes(n)),
    cases: frameIndex(catalog).cases.filter((c) => c.challenges.includes(n)),
  };
}

function describeRecommendation(catalog: Catalog, r: Recommendation): RecommendationDetail {
  return {
    recommendation: r,
    parent: r.parentCode ? catalog.recommendation(r.parentCode) ?? null : null,
    challenges: challengeRefs(catalog, r.challenges),
    instruments: frameIndex(catalog).byRecommendation.get(r.code) ?? [],
    principles: catalog.principles.filter((p) => p.recommendations.includes(r.code)),
    children: r.children.map((code) => catalog.recommendation(code)).filter((c): c is Recommendation => c !== undefined).map((c) => describeRecommendation(catalog, c)),
  };
}

export function recommendationDetail(catalog: Catalog, code: string): RecommendationDetail {
  const r = catalog.recommendation(code);
  if (!r) throw notFound('recommendation', code);
  return describeRecommendation(catalog, r);
}

/** R1..R5, each with its sub-recommendations. */
export function recommendationTree(catalog: Catalog): RecommendationDetail[] {
  return catalog.recommendations.filter((r) => !r.parentCode).map((r) => describeRecommendation(catalog, r));
}

export function principleDetails(catalog: Catalog): PrincipleDetail[] {
  const index = frameIndex(catalog);
  return catalog.principles.map((principle) => {
    // The instruments a principle reaches are those working on its challenges.
    const instruments = new Map<string, InstrumentRef & { challenges: number[] }>();
    for (const n of [...principle.challenges].sort((a, b) => a - b)) {
      for (const i of index.cells.get(n)?.instruments ?? []) {
        const entry = instruments.get(i.code) ?? { code: i.code, name: i.name, isDemo: catalog.instrumentByCode(i.code)?.isDemo ?? false, challenges: [] };
        entry.challenges.push(n);
        instruments.set(i.code, entry);
      }
    }
    return {
      principle,
      challenges: challengeRefs(catalog, principle.challenges),
      recommendations: principle.recommendations.map((code) => catalog.recommendation(code)).filter((r): r is Recommendation => r !== undefined),
      instruments: [...instruments.values()].sort((a, b) => a.name.nl.localeCompare(b.name.nl, 'nl')),
    };
  });
}
