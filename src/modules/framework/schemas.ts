import { STRENGTHS } from '../../catalog/types.js';
import { bilingual } from '../../web/openapi.js';
import type { FromSchema } from '../../web/schema-types.js';

/**
 * Request and response schemas of the study's frame: pillars, challenges, recommendations,
 * principles, spearheads and the policy timeline. A malformed number or code is a 400 here;
 * a well-formed one that does not exist is a 404 from the route.
 */

const lang = { type: 'string', enum: ['nl', 'en'], description: 'Language of the page; the API always answers both' } as const;

export const numberParams = {
  type: 'object', required: ['number'], additionalProperties: false,
  properties: { number: { type: 'integer', minimum: 1, maximum: 999 } },
} as const;
export type NumberParams = FromSchema<typeof numberParams>;

export const RECOMMENDATION_CODE = '^R[1-9][0-9]?(\\.[1-9][0-9]?)?$';
export const recommendationParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', pattern: RECOMMENDATION_CODE, description: 'R1..R5 or a sub-recommendation such as R1.3' } },
} as const;
export type RecommendationParams = FromSchema<typeof recommendationParams>;

/** Only ?lang= (the page's language); anything else is named in a 400. */
export const langQuery = { type: 'object', additionalProperties: false, properties: { lang } } as const;

export const challengeListQuery = {
  type: 'object', additionalProperties: false,
  properties: { pillar: { type: 'integer', minimum: 1, maximum: 5, description: 'Only the challenges of this pillar' }, lang },
} as const;
export type ChallengeListQuery = FromSchema<typeof challengeListQuery>;

const integers = { type: 'array', items: { type: 'integer' } } as const;
const status = { type: 'string', enum: ['gap', 'weak', 'covered'], description: 'Coverage by active instruments (see /api/coverage for the rule)' } as const;

const instrumentRef = {
  type: 'object',
  properties: { code: { type: 'string' }, uri: { type: 'string' }, name: bilingual, strength: { type: 'string', enum: STRENGTHS } },
} as const;
const challengeRef = {
  type: 'object',
  properties: { number: { type: 'integer' }, pillar: { type: 'integer' }, uri: { type: 'string' }, title: bilingual, status },
} as const;
const recommendationRef = {
  type: 'object', properties: { code: { type: 'string' }, uri: { type: 'string' }, title: bilingual },
} as const;
const principleRef = {
  type: 'object', properties: { number: { type: 'integer' }, title: bilingual },
} as const;
const caseRef = {
  type: 'object',
  properties: {
    code: { type: 'string' }, uri: { type: 'string' }, title: bilingual, summary: bilingual, country: { type: 'string' },
    region: { type: ['string', 'null'] }, challenges: integers, isDemo: { type: 'boolean' },
  },
} as const;

export const pillarSummarySchema = {
  type: 'object',
  properties: {
    number: { type: 'integer' }, uri: { type: 'string' }, name: bilingual, description: bilingual,
    challenges: { ...integers, description: 'Numbers of the challenges in this pillar' }, source: { type: 'string' },
  },
} as const;

export const pillarDetailSchema = {
  type: 'object',
  properties: {
    ...pillarSummarySchema.properties,
    status: { ...status, description: 'The worst coverage among its challenges' },
    challenges: {
      type: 'array',
      items: { type: 'object', properties: { ...challengeRef.properties, whyItMatters: bilingual, instruments: { type: 'array', items: instrumentRef } } },
    },
    recommendations: { type: 'array', items: recommendationRef },
    cases: { type: 'array', items: caseRef },
  },
} as const;

export const challengeSchema = {
  type: 'object',
  properties: {
    number: { type: 'integer' }, pillar: { type: 'integer' }, uri: { type: 'string' }, title: bilingual, description: bilingual,
    whyItMatters: bilingual, status, source: { type: 'string' },
  },
} as const;

export const challengeDetailSchema = {
  type: 'object',
  properties: {
    ...challengeSchema.properties,
    instruments: { type: 'array', items: instrumentRef, description: 'Active instruments working on it, strong first' },
    recommendations: { type: 'array', items: recommendationRef },
    principles: { type: 'array', items: principleRef },
    cases: { type: 'array', items: caseRef },
  },
} as const;

const recommendationProperties = {
  code: { type: 'string' }, parent: { type: ['string', 'null'] }, uri: { type: 'string' }, title: bilingual, description: bilingual,
  pillars: integers, challenges: { type: 'array', items: challengeRef }, principles: integers,
  instruments: { type: 'array', items: instrumentRef, description: 'Active instruments that reference this recommendation' },
  source: { type: 'string' },
} as const;

export const recommendationSchema = {
  type: 'object',
  properties: {
    ...recommendationProperties,
    children: { type: 'array', items: { type: 'object', properties: recommendationProperties }, description: 'Sub-recommendations (empty for a sub-recommendation)' },
  },
} as const;

export const principleSchema = {
  type: 'object',
  properties: {
    number: { type: 'integer' }, title: bilingual, description: bilingual,
    challenges: { type: 'array', items: challengeRef }, recommendations: { type: 'array', items: recommendationRef },
    instruments: {
      type: 'array', description: 'Active instruments working on the principle\'s challenges',
      items: { type: 'object', properties: { code: { type: 'string' }, uri: { type: 'string' }, name: bilingual, challenges: integers } },
    },
    source: { type: 'string' },
  },
} as const;

export const timelineEventSchema = {
  type: 'object',
  properties: {
    date: { type: 'string', description: 'As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD' },
    title: bilingual, description: bilingual, source: { type: 'string' },
  },
} as const;

export const spearheadSchema = {
  type: 'object',
  properties: { number: { type: 'integer' }, title: bilingual, description: bilingual, source: { type: 'string' } },
} as const;

