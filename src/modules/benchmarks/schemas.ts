import type { FromSchema } from '../../web/schema-types.js';
import { BREAKDOWNS } from './constants.js';
import { MAX_ID } from '../../web/input-schema.js';

const same = { type: 'string', enum: ['same', 'any'], description: '"same": only peers that share this attribute with the organisation' } as const;

export const organisationParams = {
  type: 'object', required: ['id'], additionalProperties: false,
  properties: { id: { type: 'integer', minimum: 1, maximum: MAX_ID } },
} as const;
export type OrganisationParams = FromSchema<typeof organisationParams>;

export const peerQuery = {
  type: 'object', additionalProperties: false,
  properties: { subsector: same, size: same, province: same, lang: { type: 'string', enum: ['nl', 'en'] } },
} as const;
export type PeerQuery = FromSchema<typeof peerQuery>;

export const sectorQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    year: { type: 'integer', minimum: 2000, maximum: 2100, description: 'Year of submission; by default the latest year with data' },
    by: { type: 'string', enum: BREAKDOWNS, default: 'subsector' },
    lang: { type: 'string', enum: ['nl', 'en'] },
    fed: { type: 'integer', minimum: 2000, maximum: 2100, description: 'Page only: the year just fed to the KPIs' },
  },
} as const;
export type SectorQuery = FromSchema<typeof sectorQuery>;

export const feedBody = {
  type: 'object', required: ['year'], additionalProperties: false,
  properties: { year: { type: 'integer', minimum: 2000, maximum: 2100 }, _csrf: { type: 'string' } },
} as const;
export type FeedInput = FromSchema<typeof feedBody>;
