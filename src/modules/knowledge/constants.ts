import { SUBSECTORS } from '../../catalog/types.js';
import { DIMENSION_CODES } from '../maturity/index.js';

/** Vocabularies and limits shared by the schemas, the commands and the pages. */
export { SUBSECTORS, DIMENSION_CODES };

export const OUTCOMES = ['inspiring', 'failure', 'mixed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Sectors a case can come from: the cultural subsectors are tagged separately (subsectors). */
export const CASE_SECTORS = ['arts', 'culture', 'heritage', 'creative_industries', 'government', 'industry', 'research'] as const;

/** A controlled list, so that a filter on a technology finds every case that uses it. */
export const TECHNOLOGIES = [
  'digitisation', 'linked_data', 'open_api', 'open_source', 'iiif', 'persistent_identifiers', 'data_platform',
  'ai', 'vr_ar', 'gaming', 'streaming', 'ticketing_crm', 'cloud', 'preservation',
] as const;

export const LEARNING_KINDS = ['course', 'workshop', 'peer_learning', 'residency', 'living_lab', 'fieldlab', 'webinar', 'coaching'] as const;
export const LEARNING_LANGUAGES = ['nl', 'en', 'nl-en'] as const;
export const FUNDING_KINDS = ['funding', 'network'] as const;
export const PROGRAMMES = ['creative_europe', 'europeana', 'eu_structural', 'horizon_europe', 'digital_europe', 'flemish', 'other'] as const;

/** "Deadline soon": within this many days from today. */
export const DEADLINE_SOON_DAYS = 30;
export const PAGE_SIZE = 24;

export const LIMITS = { title: 200, summary: 4000, place: 200, url: 500, name: 200, budgetNote: 500, code: 63 } as const;
export const CODE_PATTERN = '^[a-z0-9][a-z0-9-]{1,62}$';
