import type { FromSchema } from '../../web/schema-types.js';
import { cursorQueryProperties, nextProperty } from '../../web/cursor.js';
import { bilingual } from '../../web/openapi.js';
import { CASE_SECTORS, DIMENSION_CODES, LIMITS, OUTCOMES, SUBSECTORS, TECHNOLOGIES } from './constants.js';
import { actorRef, code, dimensions, enumList, nullableStr, subsectors, text, url, version } from './schema-parts.js';

export const CASE_PAGE_SIZE = 24;

export const caseListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    pillar: { type: 'integer', minimum: 1, maximum: 5, description: 'Pillar of transition steering (1-5)' },
    challenge: { type: 'integer', minimum: 1, maximum: 99, description: 'Number of a challenge the case answers' },
    country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code (EU for the European Union), as present in the data' },
    sector: { type: 'string', minLength: 1, maxLength: 80, description: 'Sector code, as present in the data' },
    outcome: { type: 'string', enum: OUTCOMES, description: 'inspiring, failure or mixed: failures are findable as such' },
    subsector: { type: 'string', enum: SUBSECTORS, description: 'Cultural subsector the case is tagged with' },
    technology: { type: 'string', enum: TECHNOLOGIES, description: 'Technology the case uses' },
    dimension: { type: 'string', enum: DIMENSION_CODES, description: 'Maturity dimension the case helps with' },
    actor: { type: 'string', maxLength: 80, description: 'Code of the support actor that maintains the case' },
    q: { type: 'string', maxLength: 200, description: 'Text in the Dutch or English title' },
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: CASE_PAGE_SIZE },
    lang: { type: 'string', enum: ['nl', 'en'] },
    ...cursorQueryProperties,
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
  outcome: { type: 'string', enum: OUTCOMES },
  subsectors: { type: 'array', items: { type: 'string' } },
  technologies: { type: 'array', items: { type: 'string' } },
  dimensions: { type: 'array', items: { type: 'string' }, description: 'Maturity dimensions the case helps with' },
  maintainedBy: { type: ['string', 'null'], description: 'Code of the support actor whose editors maintain the case' },
  version: { type: 'integer' },
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
    next: nextProperty,
  },
} as const;

// --- writing cases --------------------------------------------------------------------------
const caseFields = {
  title: text(LIMITS.title),
  summary: text(LIMITS.summary),
  country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code in capitals, or EU' },
  region: nullableStr(LIMITS.place),
  sector: { type: 'string', enum: CASE_SECTORS },
  pillar: { type: 'integer', minimum: 1, maximum: 5 },
  challenges: { type: 'array', uniqueItems: true, maxItems: 14, items: { type: 'integer', minimum: 1, maximum: 99 } },
  outcome: { type: 'string', enum: OUTCOMES, description: 'inspiring example, failure to learn from, or mixed' },
  subsectors,
  technologies: enumList(TECHNOLOGIES, 'Technologies the case uses'),
  dimensions,
  url,
  actor: actorRef,
} as const;
const caseRequired = ['title', 'summary', 'country', 'sector', 'pillar', 'outcome'] as const;

export const createCaseBody = {
  type: 'object', additionalProperties: false, required: ['code', ...caseRequired],
  properties: { code, ...caseFields },
} as const;
export type CreateCaseInput = FromSchema<typeof createCaseBody>;
export const updateCaseBody = {
  type: 'object', additionalProperties: false, required: ['version', ...caseRequired],
  properties: { version, ...caseFields },
} as const;
export type UpdateCaseInput = FromSchema<typeof updateCaseBody>;
export type CaseFields = Omit<CreateCaseInput, 'code'>;
