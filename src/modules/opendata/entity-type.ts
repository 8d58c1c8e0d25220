import type { Quad } from 'n3';
import type { Db } from '../../db/database.js';
import type { Uris } from './uris.js';

/** The datasets of the open-data catalogue; every public entity type belongs to one. */
export const DATASETS = [
  'framework', // pillars, challenges, recommendations, maturity dimensions (SKOS concept schemes)
  'instruments',
  'actors', // knowledge and support actors, cultural organisations
  'governance', // bodies, mandates, meetings, agenda items, decisions
  'cycle', // action lines and actions
  'kpis', // KPIs and their measurements (Data Cube)
  'calls', // calls and granted projects
  'knowledge', // cases and lessons
  'learning', // learning opportunities
  'maturity-aggregates', // anonymous sector-wide maturity figures
  'reports', // published annual reports
] as const;
export type DatasetKey = (typeof DATASETS)[number];

/**
 * One kind of public thing with a stable URI: /id/<type>/<id> for the thing, /doc/<type>/<id>
 * for its description. Only public data is ever described: drafts, personal data and anything
 * an organisation did not consent to publish stay out.
 */
export interface PublicEntityType {
  /** URI segment, kebab-case and singular: 'decision', 'learning-opportunity'. */
  type: string;
  dataset: DatasetKey;
  /** Address of the thing's page in the platform (for the HTML view of /doc/...), or null. */
  page(id: string): string | null;
  /** Public ids in a stable order, `limit` of them after `after` (keyset paging for dumps). */
  ids(db: Db, after: string | null, limit: number): Promise<string[]>;
  /** Triples describing these things; ids that are not (or no longer) public yield nothing. */
  describe(db: Db, ids: readonly string[], uris: Uris): Promise<Quad[]>;
}
