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

/**
 * Each instrument's API JSON, serialised once per version: a write re-serialises only the
 * instrument it changed (and actor renames, which are rare, refresh all of them).
 */
const fragments = new WeakMap<Catalog, Map<number, { version: number; actorsGeneration: number; json: string }>>();

export function instrumentJson(catalog: Catalog, i: Instrument, publicBase: string): string {
  let cache = fragments.get(catalog);
  if (!cache) { cache = new Map(); fragments.set(catalog, cache); }
  const hit = cache.get(i.id);
  if (hit && hit.version === i.version && hit.actorsGeneration === catalog.actorsGeneration) return hit.json;
  const json = JSON.stringify(presentInstrument(catalog, i, publicBase));
  cache.set(i.id, { version: i.version, actorsGeneration: catalog.actorsGeneration, json });
  return json;
}
