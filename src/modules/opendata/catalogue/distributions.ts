import type { DatasetKey } from '../entity-type.js';
import { entityTypes } from '../registry.js';
import { csvSources } from './csv-sources.js';
import { EU } from './datasets.js';

const IANA = 'https://www.iana.org/assignments/media-types/';

export interface DistributionInfo {
  /** Unique within the catalogue; the distribution's URI ends with it. */
  id: string;
  title: { nl: string; en: string };
  /** Address under the public base. */
  path: string;
  /** A file to download (a dump), as opposed to a service to query. */
  download: boolean;
  mediaType: string;
  format: string;
  /** Served by the platform's API (dcat:accessService). */
  service: boolean;
}

export const AGGREGATES_FILE = 'maturity-aggregates.csv';

/** The public entity types of one dataset, as the registry holds them now. */
export function typesOf(dataset: DatasetKey): string[] {
  return entityTypes.filter((t) => t.dataset === dataset).map((t) => t.type);
}

/** The types of a dataset that have a CSV (a type without a source has none; the round-trip test says so). */
function csvTypesOf(dataset: DatasetKey): string[] {
  return typesOf(dataset).filter((type) => csvSources[type]);
}

/**
 * A dataset's distributions: a CSV per public entity type (or the aggregates CSV), the dataset's
 * N-Triples dump when it has entity types, and the API that serves the same data.
 */
export function distributionsOf(dataset: DatasetKey): DistributionInfo[] {
  const out: DistributionInfo[] = [];
  const csv = { download: true, mediaType: `${IANA}text/csv`, format: `${EU.fileType}CSV`, service: false };
  for (const type of csvTypesOf(dataset)) {
    out.push({ id: `${type}-csv`, title: { nl: `CSV: ${type}`, en: `CSV: ${type}` }, path: `/dumps/${type}.csv`, ...csv });
  }
  if (dataset === 'maturity-aggregates') {
    out.push({ id: 'maturity-aggregates-csv', title: { nl: 'CSV: anonieme maturiteitscijfers', en: 'CSV: anonymous maturity figures' }, path: `/dumps/${AGGREGATES_FILE}`, ...csv });
  }
  if (typesOf(dataset).length) {
    out.push({
      id: `${dataset}-nt`, title: { nl: 'N-Triples-dump van de dataset', en: 'N-Triples dump of the dataset' }, path: `/dumps/${dataset}.nt`,
      download: true, mediaType: `${IANA}application/n-triples`, format: `${EU.fileType}RDF_N_TRIPLES`, service: false,
    });
  }
  out.push({
    id: `${dataset}-api`, title: { nl: 'Open API', en: 'Open API' }, path: '/api/v1',
    download: false, mediaType: `${IANA}application/json`, format: `${EU.fileType}JSON`, service: true,
  });
  return out;
}
