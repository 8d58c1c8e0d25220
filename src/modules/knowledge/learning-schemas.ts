import type { FromSchema } from '../../web/schema-types.js';
import { cursorQueryProperties, nextProperty } from '../../web/cursor.js';
import { bilingual } from '../../web/openapi.js';
import { DIMENSION_CODES, LEARNING_KINDS, LEARNING_LANGUAGES, LIMITS, PAGE_SIZE, SUBSECTORS } from './constants.js';
import { actorRef, date, nullableStr, optionalText, pillars, str, subsectors, text, url, version } from './schema-parts.js';
import { nullable } from '../../web/json-schema.js';


export const learningListQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: LEARNING_KINDS },
    provider: { type: 'string', maxLength: 80, description: 'Code of the providing actor' },
    when: { type: 'string', enum: ['upcoming', 'past'], description: 'upcoming: not ended yet (or undated); past: ended before today (Europe/Brussels)' },
    mode: { type: 'string', enum: ['online', 'place'], description: 'online, or at a place' },
    dimension: { type: 'string', enum: DIMENSION_CODES },
    level: { type: 'integer', minimum: 0, maximum: 5, description: 'Maturity level the offer suits (between its level from and to)' },
    subsector: { type: 'string', enum: SUBSECTORS },
    q: { type: 'string', maxLength: 200, description: 'Text in the Dutch or English title' },
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: PAGE_SIZE },
    lang: { type: 'string', enum: ['nl', 'en'] },
    ...cursorQueryProperties,
  },
} as const;
export type LearningListQuery = FromSchema<typeof learningListQuery>;

const level = { type: ['integer', 'null'], minimum: 0, maximum: 5 } as const;
const learningFields = {
  title: text(LIMITS.title),
  summary: optionalText(LIMITS.summary),
  kind: { type: 'string', enum: LEARNING_KINDS },
  provider: actorRef,
  providerName: { ...str(LIMITS.name), description: 'Name shown as provider; defaults to the actor\'s name' },
  startsOn: date, endsOn: date,
  place: nullableStr(LIMITS.place),
  online: { type: 'boolean' },
  dimension: { type: ['string', 'null'], enum: [...DIMENSION_CODES, null] },
  levelFrom: level, levelTo: level,
  url,
  subsectors, pillars,
  language: { type: 'string', enum: LEARNING_LANGUAGES },
} as const;

export const createLearningBody = {
  type: 'object', additionalProperties: false, required: ['title', 'kind'],
  properties: learningFields,
} as const;
export type CreateLearningInput = FromSchema<typeof createLearningBody>;
export const updateLearningBody = {
  type: 'object', additionalProperties: false, required: ['version', 'title', 'kind'],
  properties: { version, ...learningFields },
} as const;
export type UpdateLearningInput = FromSchema<typeof updateLearningBody>;

// --- responses -------------------------------------------------------------------------------
export const learningSchema = {
  type: 'object', additionalProperties: false,
  properties: {
    id: { type: 'integer' }, uri: { type: 'string' }, title: bilingual, summary: bilingual,
    kind: { type: 'string', enum: LEARNING_KINDS },
    provider: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' }, actor: nullable('string') } },
    startsOn: nullable('string'), endsOn: nullable('string'), place: nullable('string'), online: { type: 'boolean' },
    dimension: nullable('string'), levelFrom: nullable('integer'), levelTo: nullable('integer'), url: nullable('string'),
    subsectors: { type: 'array', items: { type: 'string' } }, pillars: { type: 'array', items: { type: 'integer' } },
    language: { type: 'string' }, retired: { type: 'boolean' }, version: { type: 'integer' }, isDemo: { type: 'boolean' },
  },
} as const;
export const learningListResponse = {
  type: 'object', additionalProperties: false,
  properties: {
    items: { type: 'array', items: learningSchema },
    total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, pages: { type: 'integer' },
    next: nextProperty,
  },
} as const;
