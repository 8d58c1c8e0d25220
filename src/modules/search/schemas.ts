import { SUBSECTORS } from '../../catalog/types.js';
import type { FromSchema } from '../../web/schema-types.js';
import { LIMITS, SEARCH_TYPES } from './constants.js';

/** One definition of a valid search, for the API (as its route schema) and the page (checked by hand). */
const filters = {
  type: { type: 'string', enum: SEARCH_TYPES, description: 'Only this kind of record' },
  pillar: { type: 'integer', minimum: 1, maximum: 5, description: 'Pillar of transition steering (1-5)' },
  challenge: { type: 'integer', minimum: 1, maximum: 14, description: 'Challenge (1-14)' },
  dimension: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[a-z0-9_-]+$', description: 'Maturity dimension code (audience, value, operations, data, leadership, infrastructure)' },
  subsector: { type: 'string', enum: SUBSECTORS, description: 'Subsector' },
  upcoming: { type: 'boolean', description: 'Only learning opportunities and calls that have not ended or closed' },
  page: { type: 'integer', minimum: 1, maximum: LIMITS.maxPage, default: 1 },
  lang: { type: 'string', enum: ['nl', 'en'] },
} as const;

const q = {
  type: 'string', minLength: 1, maxLength: LIMITS.query, pattern: '\\S',
  description: 'Words to find; Dutch words are stemmed ("digitaliseren" finds "digitalisering"), English too. "Quoted phrase", or, -word work as in web search.',
} as const;

export const searchQuery = { type: 'object', required: ['q'], additionalProperties: false, properties: { q, ...filters } } as const;
export type SearchQuery = FromSchema<typeof searchQuery>;

/** The page may be opened without words (it then shows only the form). */
export const searchPageQuery = { type: 'object', additionalProperties: false, properties: { q, ...filters } } as const;
