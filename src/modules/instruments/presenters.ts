import type { Catalog } from '../../catalog/catalog.js';
import type { Instrument } from '../../catalog/types.js';

/** The API shape of an instrument: explicit fields, references by code. */
export function presentInstrument(catalog: Catalog, i: Instrument, publicBase: string) {
  const actor = i.responsibleActorId !== null ? catalog.actors.get(i.responsibleActorId) : undefined;
  const links = i.links.map((l) => ({ challenge: l.challenge, pillar: catalog.challenge(l.challenge)?.pillar ?? 0, strength: l.strength, note: l.note }));
  return {
    id: i.id,
    code: i.code,
    uri: `${publicBase}/instruments/${i.code}`,
    name: i.name,
    description: i.description,
    type: i.type,
    status: i.retired ? 'retired' : 'active',
    responsibleActor: actor ? { code: actor.code, name: actor.name } : null,
    sinceYear: i.sinceYear,
    pillars: [...new Set(links.map((l) => l.pillar))].sort(),
    links,
    recommendations: i.recommendations,
    source: i.source,
    isDemo: i.isDemo,
    version: i.version,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}
