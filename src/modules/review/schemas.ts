import type { FromSchema } from '../../web/schema-types.js';
import { DATE_PATTERN, id, MAX_ID, str } from '../../web/input-schema.js';

/** Request schemas: one definition of valid for the JSON API and (through validateSchema) the forms. */
export const LIMITS = { motivation: 4000, note: 4000, letter: 20000, code: 63 } as const;

const version = { type: 'integer', minimum: 1, maximum: MAX_ID, description: 'The version of the application this action starts from; a stale version gets 409' } as const;

export const callParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: LIMITS.code } },
} as const;
export type CallParams = FromSchema<typeof callParams>;
export const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export type IdParams = FromSchema<typeof idParams>;
export const reviewerParams = {
  type: 'object', required: ['code', 'userId'], additionalProperties: false,
  properties: { code: callParams.properties.code, userId: id },
} as const;
export type ReviewerParams = FromSchema<typeof reviewerParams>;

// Pages ignore parameters they do not know (a shared link may carry tracking parameters).
export const pageQuery = {
  type: 'object', additionalProperties: true,
  properties: { lang: { type: 'string', enum: ['nl', 'en'] }, saved: { type: 'string', maxLength: 40 } },
} as const;

export const assignBody = {
  type: 'object', additionalProperties: false, minProperties: 1,
  description: 'The account to assign, by id or by e-mail address',
  properties: { userId: id, email: { type: 'string', minLength: 3, maxLength: 254, format: 'email' } },
} as const;
export type AssignBody = FromSchema<typeof assignBody>;

export const stepBody = {
  type: 'object', required: ['step', 'outcome'], additionalProperties: false,
  properties: {
    step: { type: 'string', minLength: 1, maxLength: 41, description: 'The code of the step the application waits in' },
    outcome: { type: 'string', enum: ['passed', 'failed', 'noted'], description: 'eligibility: passed or failed; review: passed (closes it); panel and other steps: noted' },
    note: { ...str(LIMITS.note), description: 'Reason (required when failed) or the panel\'s notes' },
    version,
  },
} as const;
export type StepBody = FromSchema<typeof stepBody>;

export const declareBody = {
  type: 'object', required: ['conflicted'], additionalProperties: false,
  properties: { conflicted: { type: 'boolean' }, note: str(LIMITS.note) },
} as const;
export type DeclareBody = FromSchema<typeof declareBody>;

export const scoreEntry = {
  type: 'object', additionalProperties: false,
  properties: {
    score: { type: ['integer', 'null'], minimum: 0, maximum: 10 },
    motivation: str(LIMITS.motivation),
  },
} as const;
export const scoresBody = {
  type: 'object', required: ['scores'], additionalProperties: false,
  properties: {
    scores: { type: 'object', description: 'Per criterion code: a score 0-10 and a motivation', additionalProperties: scoreEntry, maxProperties: 50 },
    submit: { type: 'boolean', default: false, description: 'Submit the review: every criterion needs a score and a motivation, or nothing is saved' },
  },
} as const;
export interface ScoresBody { scores: Record<string, { score?: number | null; motivation?: string }>; submit?: boolean }

export const decideBody = {
  type: 'object', required: ['outcome'], additionalProperties: false,
  properties: {
    outcome: { type: 'string', enum: ['granted', 'refused'] },
    amount: { type: ['number', 'null'], minimum: 0, maximum: 999999999999, description: 'Granted amount in euro, at most two decimals (required for a grant)' },
    letterNl: { ...str(LIMITS.letter), description: 'The letter in Dutch; empty or left out: the generated draft' },
    letterEn: { ...str(LIMITS.letter), description: 'The letter in English; left out: the generated draft' },
    startsOn: { type: 'string', pattern: DATE_PATTERN, description: 'Project start (default today, Brussels)' },
    endsOn: { type: 'string', pattern: DATE_PATTERN, description: 'Project end (default twelve months later)' },
    version,
  },
} as const;
export type DecideBody = FromSchema<typeof decideBody>;

export const letterQuery = {
  type: 'object', required: ['outcome'], additionalProperties: true,
  properties: {
    outcome: { type: 'string', enum: ['granted', 'refused'] },
    amount: { type: 'number', minimum: 0, maximum: 999999999999 },
    lang: { type: 'string', enum: ['nl', 'en'] },
  },
} as const;
export type LetterQuery = FromSchema<typeof letterQuery>;
