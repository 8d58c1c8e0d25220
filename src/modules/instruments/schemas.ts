import type { FromSchema } from '../../web/schema-types.js';
import { INSTRUMENT_TYPES, STRENGTHS } from '../../catalog/types.js';
import { bilingual } from '../../web/openapi.js';

export const CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const text = (max: number) => ({
  type: 'object', required: ['nl', 'en'], additionalProperties: false,
  properties: { nl: { type: 'string', minLength: 1, maxLength: max }, en: { type: 'string', minLength: 1, maxLength: max } },
}) as const;

const instrumentFields = {
  name: text(200),
  description: text(4000),
  type: { type: 'string', enum: INSTRUMENT_TYPES },
  responsibleActor: { type: ['string', 'null'], maxLength: 80, description: 'Code of the responsible actor' },
  sinceYear: { type: ['integer', 'null'], minimum: 1900, maximum: 2100 },
  links: {
    type: 'array', maxItems: 50,
    items: {
      type: 'object', required: ['challenge', 'strength'], additionalProperties: false,
      properties: {
        challenge: { type: 'integer', minimum: 1, maximum: 99 },
        strength: { type: 'string', enum: STRENGTHS },
        note: { type: 'object', additionalProperties: false, properties: { nl: { type: 'string', maxLength: 1000 }, en: { type: 'string', maxLength: 1000 } } },
      },
    },
  },
  recommendations: { type: 'array', maxItems: 30, uniqueItems: true, items: { type: 'string', maxLength: 10 } },
  source: { type: ['string', 'null'], maxLength: 300 },
} as const;

export const createInstrumentBody = {
  type: 'object',
  required: ['code', 'name', 'description', 'type', 'links'],
  additionalProperties: false,
  properties: { code: { type: 'string', minLength: 3, maxLength: 80, pattern: CODE_PATTERN }, ...instrumentFields },
} as const;
export type CreateInstrumentInput = FromSchema<typeof createInstrumentBody>;

export const updateInstrumentBody = {
  type: 'object',
  required: ['version', 'name', 'description', 'type', 'links'],
  additionalProperties: false,
  properties: { version: { type: 'integer', minimum: 1, description: 'The version this edit starts from; a stale version gets 409' }, ...instrumentFields },
} as const;
export type UpdateInstrumentInput = FromSchema<typeof updateInstrumentBody>;

export const retireInstrumentBody = {
  type: 'object', required: ['version'], additionalProperties: false,
  properties: { version: { type: 'integer', minimum: 1 }, reason: { type: 'string', maxLength: 1000 } },
} as const;
export type RetireInstrumentInput = FromSchema<typeof retireInstrumentBody>;

export const instrumentListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    pillar: { type: 'integer', minimum: 1, maximum: 5 },
    challenge: { type: 'integer', minimum: 1, maximum: 99 },
    type: { type: 'string', enum: INSTRUMENT_TYPES },
    actor: { type: 'string', maxLength: 80 },
    status: { type: 'string', enum: ['active', 'retired', 'all'], default: 'active' },
    q: { type: 'string', maxLength: 200 },
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
    lang: { type: 'string', enum: ['nl', 'en'] },
  },
} as const;
export type InstrumentListQuery = FromSchema<typeof instrumentListQuery>;

export const codeParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 80 } },
} as const;

export const instrumentSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, code: { type: 'string' }, uri: { type: 'string' }, name: bilingual, description: bilingual,
    type: { type: 'string' }, status: { type: 'string', enum: ['active', 'retired'] },
    responsibleActor: { type: ['object', 'null'], properties: { code: { type: 'string' }, name: { type: 'string' } } },
    sinceYear: { type: ['integer', 'null'] },
    pillars: { type: 'array', items: { type: 'integer' } },
    links: {
      type: 'array',
      items: { type: 'object', properties: { challenge: { type: 'integer' }, pillar: { type: 'integer' }, strength: { type: 'string' }, note: bilingual } },
    },
    recommendations: { type: 'array', items: { type: 'string' } },
    source: { type: ['string', 'null'] }, isDemo: { type: 'boolean' }, version: { type: 'integer' },
    createdAt: { type: 'string' }, updatedAt: { type: 'string' },
  },
} as const;

const coverageStatus = { type: 'string', enum: ['gap', 'weak', 'covered'] } as const;
export const coverageSchema = {
  type: 'object',
  properties: {
    rule: { type: 'object', properties: { minInstruments: { type: 'integer' }, minStrong: { type: 'integer' } } },
    summary: {
      type: 'object',
      properties: { challenges: { type: 'integer' }, gaps: { type: 'integer' }, weak: { type: 'integer' }, covered: { type: 'integer' }, activeInstruments: { type: 'integer' } },
    },
    pillars: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          number: { type: 'integer' }, name: bilingual, status: coverageStatus,
          cells: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                challenge: { type: 'integer' }, title: bilingual, whyItMatters: bilingual, status: coverageStatus,
                counts: { type: 'object', properties: { strong: { type: 'integer' }, partial: { type: 'integer' } } },
                instruments: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: bilingual, strength: { type: 'string' } } } },
                more: { type: ['string', 'null'] },
              },
            },
          },
        },
      },
    },
  },
} as const;
