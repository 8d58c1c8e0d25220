import type { FromSchema } from '../../web/schema-types.js';
import { NOTE_MAX, URL_MAX } from './answer-rules.js';
import { id, MAX_ID } from '../../web/input-schema.js';

/** Request shapes, one per route; business rules live in the commands. */

export const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export type IdParams = FromSchema<typeof idParams>;

export const dimensionParams = {
  type: 'object', required: ['id', 'code'], additionalProperties: false,
  properties: { id, code: { type: 'string', minLength: 1, maxLength: 80 } },
} as const;
export type DimensionParams = FromSchema<typeof dimensionParams>;

export const answerParams = {
  type: 'object', required: ['id', 'questionId'], additionalProperties: false,
  properties: { id, questionId: id },
} as const;
export type AnswerParams = FromSchema<typeof answerParams>;

export const ASSESSMENT_KINDS = ['quick', 'full'] as const;

export const startBody = {
  type: 'object', required: ['kind'], additionalProperties: false,
  properties: { kind: { type: 'string', enum: ASSESSMENT_KINDS, description: 'quick: only the quick-scan questions; full: every question of the current model' } },
} as const;
export type StartInput = FromSchema<typeof startBody>;

const level = (what: string) => ({ type: ['integer', 'null'], minimum: 0, maximum: 5, description: what }) as const;

export const answerBody = {
  type: 'object', required: ['version'], additionalProperties: false,
  properties: {
    currentLevel: level('Where the organisation stands now, 0 (not yet) to 5; null with notApplicable'),
    targetLevel: level('The level aimed for in 12 months, 0 to 5, or null for none'),
    notApplicable: { type: 'boolean', default: false, description: 'The question does not apply (only where the question allows it)' },
    note: { type: 'string', maxLength: NOTE_MAX, default: '' },
    evidenceUrl: { type: ['string', 'null'], maxLength: URL_MAX, description: 'An http(s) link to evidence; empty or null for none' },
    version: { type: 'integer', minimum: 0, maximum: MAX_ID, description: 'The version of the answer this edit starts from, 0 for a first answer; a stale version with different content gets 409' },
  },
} as const;
export type AnswerBody = FromSchema<typeof answerBody>;
