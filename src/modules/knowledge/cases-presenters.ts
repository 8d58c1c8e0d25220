import type { Catalog } from '../../catalog/catalog.js';
import type { Case } from '../../catalog/types.js';
import type { RelatedCase } from './cases-queries.js';

/** The API shape of a case: explicit fields, references by code and number. */
export function presentCase(c: Case, publicBase: string, catalog: Catalog) {
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
    outcome: c.outcome,
    subsectors: c.subsectors,
    technologies: c.technologies,
    dimensions: c.dimensions,
    maintainedBy: c.maintainedBy === null ? null : catalog.actors.get(c.maintainedBy)?.code ?? null,
    version: c.version,
    isDemo: c.isDemo,
  };
}

export function presentCaseDetail(c: Case, related: RelatedCase[], publicBase: string, catalog: Catalog) {
  return {
    ...presentCase(c, publicBase, catalog),
    related: related.map((r) => ({ code: r.case.code, uri: `${publicBase}/cases/${r.case.code}`, title: r.case.title, sharedChallenges: r.shared })),
  };
}
