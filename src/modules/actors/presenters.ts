import type { Catalog } from '../../catalog/catalog.js';
import type { Actor, Instrument } from '../../catalog/types.js';
import type { RoleCoverage } from './role-coverage.js';

/** The API shape of an actor: explicit fields, roles on the study's axes. */
export function presentActor(a: Actor, instrumentCount: number, publicBase: string) {
  return {
    id: a.id,
    code: a.code,
    uri: `${publicBase}/actors/${a.code}`,
    name: a.name,
    kind: a.kind,
    description: a.description,
    website: a.website,
    expertise: a.expertise,
    pillars: a.pillars,
    subsectors: a.subsectors,
    roles: a.roles.map((r) => ({ role: r.role, focus: r.focus, horizon: r.horizon, access: r.access, note: r.note, source: r.source })),
    instrumentCount,
    status: a.retired ? 'retired' : 'active',
    source: a.source,
    isDemo: a.isDemo,
    version: a.version,
    updatedAt: a.updatedAt,
  };
}

export function presentActorDetail(a: Actor, instruments: Instrument[], publicBase: string) {
  return {
    ...presentActor(a, instruments.filter((i) => !i.retired).length, publicBase),
    instruments: instruments.map((i) => ({
      code: i.code, uri: `${publicBase}/instruments/${i.code}`, name: i.name, type: i.type, status: i.retired ? 'retired' : 'active',
    })),
  };
}

/** The API lists at most this many actors per role or subsector; the counts and `*Uri` give all of them. */
export const COVERAGE_LIST_LIMIT = 100;

export function presentRoleCoverage(catalog: Catalog, coverage: RoleCoverage, publicBase: string) {
  const ref = (x: { code: string; name: string }) => ({ code: x.code, name: x.name, uri: `${publicBase}/actors/${x.code}` });
  const first = <T>(list: T[]) => list.slice(0, COVERAGE_LIST_LIMIT);
  const directory = (filters: Record<string, string>) => `${publicBase}/api/actors?${new URLSearchParams(filters).toString()}`;
  return {
    rule: 'A subsector counts as covered when at least one actor holds a relief_provider role and lists the subsector among those it serves today. '
      + 'Relief-provider roles with sector-wide access that do not serve the subsector yet are the study\'s proposal (R1.2): listed as proposedSectorWide, not counted.',
    roles: coverage.roles.map((r) => ({
      key: r.key, role: r.role, focus: r.focus, horizon: r.horizon, held: r.held,
      holderCount: r.holders.length,
      holders: first(r.holders).map((x) => ({ ...ref(x), access: x.access })),
      holdersUri: directory({ role: r.role, focus: r.focus, horizon: r.horizon }),
    })),
    subsectors: coverage.subsectors.map((s) => ({
      code: s.subsector,
      name: catalog.subsectors.find((x) => x.code === s.subsector)?.name ?? { nl: s.subsector, en: s.subsector },
      covered: s.covered,
      providerCount: s.providers.length,
      providers: first(s.providers).map(ref),
      providersUri: directory({ role: 'relief_provider', subsector: s.subsector }),
      proposedSectorWideCount: s.proposedSectorWide.length,
      proposedSectorWide: first(s.proposedSectorWide).map(ref),
    })),
    summary: coverage.summary,
  };
}
