import { DATASETS, type DatasetKey } from '../entity-type.js';
import type { PublicEntityType } from '../entity-type.js';
import { entityType, entityTypes } from '../registry.js';
import type { TypeSource } from './csv-source.js';
import { csvSources } from './csv-sources.js';
import { AGGREGATES_FILE } from './distributions.js';

export type Dump =
  | { kind: 'csv'; entity: PublicEntityType; source: TypeSource }
  | { kind: 'aggregates' }
  | { kind: 'nt'; types: readonly PublicEntityType[] };

/** Which dump a file name under /dumps names: <type>.csv, the aggregates CSV, all.nt or <dataset>.nt. */
export function resolveDump(name: string): Dump | null {
  if (name === AGGREGATES_FILE) return { kind: 'aggregates' };
  if (name === 'all.nt') return { kind: 'nt', types: entityTypes };
  const csv = /^([a-z][a-z0-9-]*)\.csv$/.exec(name);
  if (csv) {
    const entity = entityType(csv[1]!);
    const source = entity ? csvSources[entity.type] : undefined;
    return entity && source ? { kind: 'csv', entity, source } : null;
  }
  const nt = /^([a-z][a-z0-9-]*)\.nt$/.exec(name);
  if (nt && (DATASETS as readonly string[]).includes(nt[1]!)) {
    const types = entityTypes.filter((t) => t.dataset === (nt[1] as DatasetKey));
    return types.length ? { kind: 'nt', types } : null;
  }
  return null;
}

export const DUMP_MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  aggregates: 'text/csv; charset=utf-8; header=present',
  nt: 'application/n-triples; charset=utf-8',
} as const;
