import { problemResponses } from '../../web/openapi.js';
import { SEARCH_TYPES } from './constants.js';
import { int } from '../../web/json-schema.js';

const s = { type: 'string' } as const;
const ns = { type: ['string', 'null'] } as const;
const arr = <T>(items: T) => ({ type: 'array', items }) as const;

export const searchResultSchema = {
  type: 'object',
  properties: {
    q: s, page: int, pageSize: int, total: int, pages: int,
    filters: { type: 'object', properties: { type: s, pillar: int, challenge: int, dimension: s, subsector: s, upcoming: { type: 'boolean' } } },
    items: arr({
      type: 'object',
      properties: {
        type: { type: 'string', enum: SEARCH_TYPES }, id: int, code: ns, href: { ...s, description: 'Address of the record\'s page' },
        title: s,
        titleHtml: { ...s, description: 'The title as escaped HTML, matched words in <mark>' },
        snippetHtml: { ...s, description: 'Passages around the matches as escaped HTML, matched words in <mark>' },
        detail: s, lang: { type: 'string', enum: ['nl', 'en'] },
        pillars: arr(int), challenges: arr(int), dimensions: arr(s), subsectors: arr(s),
        startsOn: ns, openUntil: ns, isDemo: { type: 'boolean' }, rank: { type: 'number' },
      },
    }),
  },
} as const;

export const searchResponses = { 200: searchResultSchema, ...problemResponses(400) };
