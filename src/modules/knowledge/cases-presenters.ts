import type { Case } from '../../catalog/types.js';
import type { RelatedCase } from './cases-queries.js';

/** The API shape of a case: explicit fields, references by code and number. */
export function presentCase(c: Case, publicBase: string) {
  return {
    code: c.code,
    uri: `${publicBase}/cases/${c.code}`,
    title: c.title,
    summary: c.summary,
    country: c.country,
    region: c.region,
    sector: c.sector,
    pillar: c.pillar,
    challenges: c.challenges,
    url: c.url,
    source: c.source,
    isDemo: c.isDemo,
  };
}

export function presentCaseDetail(c: Case, related: RelatedCase[], publicBase: string) {
  return {
    ...presentCase(c, publicBase),
    related: related.map((r) => ({ code: r.case.code, uri: `${publicBase}/cases/${r.case.code}`, title: r.case.title, sharedChallenges: r.shared })),
  };
}
