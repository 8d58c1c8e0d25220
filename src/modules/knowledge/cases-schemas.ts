import type { FromSchema } from '../../web/schema-types.js';
import { bilingual } from '../../web/openapi.js';

export const CASE_PAGE_SIZE = 24;

export const caseListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    pillar: { type: 'integer', minimum: 1, maximum: 5, description: 'Pillar of transition steering (1-5)' },
    challenge: { type: 'integer', minimum: 1, maximum: 99, description: 'Number of a challenge the case answers' },
    country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code (EU for the European Union), as present in the data' },
    sector: { type: 'string', minLength: 1, maxLength: 80, description: 'Sector code, as present in the data' },
    q: { type: 'string', maxLength: 200, description: 'Text in the Dutch or English title' },
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: CASE_PAGE_SIZE },
    lang: { type: 'string', enum: ['nl', 'en'] },
  },
} as const;
export type CaseListQuery = FromSchema<typeof caseListQuery>;

export const caseCodeParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 120 } },
} as const;
export type CaseCodeParams = FromSchema<typeof caseCodeParams>;

const caseProperties = {
  code: { type: 'string' },
  uri: { type: 'string' },
  title: bilingual,
  summary: bilingual,
  country: { type: 'string', description: 'ISO 3166-1 alpha-2 code, or EU' },
  region: { type: ['string', 'null'] },
  sector: { type: 'string' },
  pillar: { type: 'integer' },
  challenges: { type: 'array', items: { type: 'integer' } },
  url: { type: ['string', 'null'], description: 'External website of the example' },
  source: { type: ['string', 'null'], description: 'Section of the study the example comes from' },
  isDemo: { type: 'boolean' },
} as const;

export const caseSchema = { type: 'object', properties: caseProperties } as const;

export const caseDetailSchema = {
  type: 'object',
  properties: {
    ...caseProperties,
    related: {
      type: 'array',
      description: 'Other cases that answer at least one of the same challenges, most shared first (at most 5)',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, uri: { type: 'string' }, title: bilingual, sharedChallenges: { type: 'array', items: { type: 'integer' } } },
      },
    },
  },
} as const;

export const caseListResponse = {
  type: 'object',
  properties: {
    items: { type: 'array', items: caseSchema },
    total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, pages: { type: 'integer' },
  },
} as const;
