import type { Catalog } from '../../catalog/catalog.js';
import type { Case, Challenge, Pillar, Recommendation, Spearhead, TimelineEvent } from '../../catalog/types.js';
import type {
  ChallengeDetail, ChallengeRef, CoverageStatus, InstrumentRef, LinkedInstrument, PillarDetail, PrincipleDetail, RecommendationDetail,
} from './queries.js';

/** API shapes of the frame: explicit fields, references by number or code with their address. */
export function framePresenters(catalog: Catalog, publicBase: string) {
  const uri = (path: string) => `${publicBase}${path}`;

  const instrument = (i: InstrumentRef | LinkedInstrument) => ({
    code: i.code, uri: uri(`/instruments/${i.code}`), name: i.name, ...('strength' in i ? { strength: i.strength } : {}),
  });
  const challengeRef = ({ challenge: c, status }: ChallengeRef) => ({ number: c.number, pillar: c.pillar, uri: uri(`/challenges/${c.number}`), title: c.title, status });
  const recommendationRef = (r: Recommendation) => ({ code: r.code, uri: uri(`/recommendations/${r.code}`), title: r.title });
  const caseRef = (c: Case) => ({
    code: c.code, uri: uri(`/cases/${c.code}`), title: c.title, summary: c.summary, country: c.country, region: c.region,
    challenges: c.challenges, isDemo: c.isDemo,
  });

  const pillarSummary = (p: Pillar) => ({
    number: p.number, uri: uri(`/pillars/${p.number}`), name: p.name, description: p.description,
    challenges: catalog.challenges.filter((c) => c.pillar === p.number).map((c) => c.number), source: p.source,
  });

  const challenge = (c: Challenge, status: CoverageStatus) => ({
    number: c.number, pillar: c.pillar, uri: uri(`/challenges/${c.number}`), title: c.title, description: c.description,
    whyItMatters: c.whyItMatters, status, source: c.source,
  });

  const recommendation = (d: RecommendationDetail): Record<string, unknown> => ({
    code: d.recommendation.code, parent: d.recommendation.parentCode, uri: uri(`/recommendations/${d.recommendation.code}`),
    title: d.recommendation.title, description: d.recommendation.description, pillars: d.recommendation.pillars,
    challenges: d.challenges.map(challengeRef), principles: d.principles.map((p) => p.number),
    instruments: d.instruments.map(instrument), source: d.recommendation.source,
    children: d.children.map(recommendation),
  });

  return {
    pillarSummary,
    pillar: (d: PillarDetail) => ({
      ...pillarSummary(d.pillar),
      status: d.status,
      challenges: d.challenges.map((c) => ({ ...challengeRef(c), whyItMatters: c.challenge.whyItMatters, instruments: c.instruments.map(instrument) })),
      recommendations: d.recommendations.map(recommendationRef),
      cases: d.cases.map(caseRef),
    }),
    challenge,
    challengeDetail: (d: ChallengeDetail) => ({
      ...challenge(d.challenge, d.status),
      instruments: d.instruments.map(instrument),
      recommendations: d.recommendations.map(recommendationRef),
      principles: d.principles.map((p) => ({ number: p.number, title: p.title })),
      cases: d.cases.map(caseRef),
    }),
    recommendation,
    principle: (d: PrincipleDetail) => ({
      number: d.principle.number, title: d.principle.title, description: d.principle.description,
      challenges: d.challenges.map(challengeRef), recommendations: d.recommendations.map(recommendationRef),
      instruments: d.instruments.map((i) => ({ ...instrument(i), challenges: i.challenges })), source: d.principle.source,
    }),
    timelineEvent: (e: TimelineEvent) => ({ date: e.date, title: e.title, description: e.description, source: e.source }),
    spearhead: (s: Spearhead) => ({ number: s.number, title: s.title, description: s.description, source: s.source }),
  };
}
