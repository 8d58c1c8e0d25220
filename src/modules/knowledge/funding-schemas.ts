import type { FromSchema } from '../../web/schema-types.js';
import { bilingual } from '../../web/openapi.js';
import { DIMENSION_CODES, FUNDING_KINDS, LIMITS, PAGE_SIZE, PROGRAMMES, SUBSECTORS } from './constants.js';
import { actorRef, code, date, dimensions, optionalText, pillars, str, subsectors, text, url, version } from './schema-parts.js';
import { nullable } from '../../web/json-schema.js';

export const fundingListQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: FUNDING_KINDS, description: 'funding (grants) or network' },
    programme: { type: 'string', enum: PROGRAMMES },
    status: { type: 'string', enum: ['open', 'deadline_soon'], description: 'open: open today or always open (no dates); deadline_soon: a deadline in the next 30 days' },
    dimension: { type: 'string', enum: DIMENSION_CODES },
    subsector: { type: 'string', enum: SUBSECTORS },
    actionLine: { type: 'string', maxLength: 80, description: 'Code of an action line of the follow-up cycle' },
    q: { type: 'string', maxLength: 200, description: 'Text in the Dutch or English title' },
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: PAGE_SIZE },
    lang: { type: 'string', enum: ['nl', 'en'] },
  },
} as const;
export type FundingListQuery = FromSchema<typeof fundingListQuery>;

const fundingFields = {
  kind: { type: 'string', enum: FUNDING_KINDS },
  programme: { type: 'string', enum: PROGRAMMES },
  title: text(LIMITS.title),
  summary: optionalText(LIMITS.summary),
  provider: actorRef,
  providerName: { ...str(LIMITS.name), description: 'Who runs the programme; defaults to the actor\'s name' },
  url,
  opensOn: date, deadlineOn: date,
  budgetNote: str(LIMITS.budgetNote),
  subsectors, dimensions, pillars,
  actionLines: { type: 'array', uniqueItems: true, maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 80 }, description: 'Codes of the action lines this opportunity can fund or support' },
} as const;

export const createFundingBody = {
  type: 'object', additionalProperties: false, required: ['code', 'kind', 'programme', 'title'],
  properties: { code, ...fundingFields },
} as const;
export type CreateFundingInput = FromSchema<typeof createFundingBody>;
export const updateFundingBody = {
  type: 'object', additionalProperties: false, required: ['version', 'kind', 'programme', 'title'],
  properties: { version, ...fundingFields },
} as const;
export type UpdateFundingInput = FromSchema<typeof updateFundingBody>;
export type FundingFields = Omit<CreateFundingInput, 'code'>;

export const fundingSchema = {
  type: 'object', additionalProperties: false,
  properties: {
    code: { type: 'string' }, uri: { type: 'string' }, kind: { type: 'string', enum: FUNDING_KINDS }, programme: { type: 'string', enum: PROGRAMMES },
    title: bilingual, summary: bilingual,
    provider: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' }, actor: nullable('string') } },
    url: nullable('string'), opensOn: nullable('string'), deadlineOn: nullable('string'), budgetNote: { type: 'string' },
    subsectors: { type: 'array', items: { type: 'string' } }, dimensions: { type: 'array', items: { type: 'string' } }, pillars: { type: 'array', items: { type: 'integer' } },
    actionLines: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { code: { type: 'string' }, title: bilingual, uri: { type: 'string' } } } },
    retired: { type: 'boolean' }, version: { type: 'integer' }, isDemo: { type: 'boolean' },
  },
} as const;
export const fundingListResponse = {
  type: 'object', additionalProperties: false,
  properties: {
    items: { type: 'array', items: fundingSchema },
    total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, pages: { type: 'integer' },
  },
} as const;
