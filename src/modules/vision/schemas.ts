import type { FromSchema } from '../../web/schema-types.js';
import { ANSWERS, CODE_PATTERN, HORIZONS, LIMITS, POLES, SECTIONS } from './constants.js';
import { DATE_PATTERN, id, MAX_ID, NO_NUL, optionalText, str, text, version } from '../../web/input-schema.js';

/** Request schemas: one definition of valid for the JSON API and (through validateSchema) the forms. */

const code = { type: 'string', minLength: 2, maxLength: LIMITS.code, pattern: CODE_PATTERN } as const;
const horizon = { type: 'integer', enum: HORIZONS } as const;

// --- params and queries ------------------------------------------------------------------------
export const codeParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: LIMITS.code } },
} as const;
export type CodeParams = FromSchema<typeof codeParams>;
export const roundParams = {
  type: 'object', required: ['code', 'n'], additionalProperties: false,
  properties: { code: codeParams.properties.code, n: { type: 'integer', minimum: 1, maximum: 10000 } },
} as const;
export type RoundParams = FromSchema<typeof roundParams>;
export const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export type IdParams = FromSchema<typeof idParams>;
export const endorsementParams = {
  type: 'object', required: ['code', 'n', 'organisationId'], additionalProperties: false,
  properties: { ...roundParams.properties, organisationId: id },
} as const;
export type EndorsementParams = FromSchema<typeof endorsementParams>;
export const pathLineParams = {
  type: 'object', required: ['code', 'line'], additionalProperties: false,
  properties: { code: codeParams.properties.code, line: { type: 'string', minLength: 1, maxLength: 80 } },
} as const;
export type PathLineParams = FromSchema<typeof pathLineParams>;

export const COMMENT_FILTERS = ['all', 'unanswered', 'answered'] as const;
// Pages ignore parameters they do not know (a shared link may carry tracking parameters).
export const commentsQuery = {
  type: 'object', additionalProperties: true,
  properties: {
    section: { type: 'string', enum: SECTIONS },
    status: { type: 'string', enum: COMMENT_FILTERS, default: 'all' },
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    lang: { type: 'string', enum: ['nl', 'en'] },
    saved: { type: 'string', maxLength: 40 },
  },
} as const;
export type CommentsQuery = FromSchema<typeof commentsQuery>;
export const pageQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    lang: { type: 'string', enum: ['nl', 'en'] },
    saved: { type: 'string', maxLength: 40 },
  },
} as const;
export const signalsQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    scenario: { type: 'string', maxLength: LIMITS.code },
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
  },
} as const;
export type SignalsQuery = FromSchema<typeof signalsQuery>;

// --- the vision and its rounds ------------------------------------------------------------------
const sections = {
  type: 'object', required: [...SECTIONS], additionalProperties: false,
  properties: { why: text(LIMITS.section), desired_state: text(LIMITS.section), principles: text(LIMITS.section) },
} as const;

export const createVisionBody = {
  type: 'object', required: ['code', 'title', 'sections'], additionalProperties: false,
  properties: { code, title: text(LIMITS.title), intro: optionalText(LIMITS.intro), sections },
} as const;
export type CreateVisionInput = FromSchema<typeof createVisionBody>;

export const updateRoundBody = {
  type: 'object', required: ['version', 'sections'], additionalProperties: false,
  properties: { version, title: text(LIMITS.title), intro: optionalText(LIMITS.intro), sections },
} as const;
export type UpdateRoundInput = FromSchema<typeof updateRoundBody>;

export const commentBody = {
  type: 'object', required: ['section', 'text'], additionalProperties: false,
  properties: {
    section: { type: 'string', enum: SECTIONS },
    text: str(LIMITS.comment, 1),
    proposedText: str(LIMITS.comment),
    organisationId: { type: ['integer', 'null'], minimum: 1, maximum: MAX_ID, description: 'Comment on behalf of this organisation (you must be its owner or member)' },
  },
} as const;
export type CommentInput = FromSchema<typeof commentBody>;

export const answerBody = {
  type: 'object', required: ['version', 'answer', 'reason'], additionalProperties: false,
  properties: { version, answer: { type: 'string', enum: ANSWERS }, reason: str(LIMITS.reason, 1) },
} as const;
export type AnswerInput = FromSchema<typeof answerBody>;

export const endorseBody = {
  type: 'object', required: ['organisationId'], additionalProperties: false,
  properties: { organisationId: id },
} as const;
export type EndorseInput = FromSchema<typeof endorseBody>;

export const kpiBody = {
  type: 'object', required: ['year'], additionalProperties: false,
  properties: { year: { type: 'integer', minimum: 2020, maximum: 2100 } },
} as const;
export type KpiInput = FromSchema<typeof kpiBody>;

// --- transition paths ----------------------------------------------------------------------------
const pathFields = {
  title: text(LIMITS.title),
  summary: optionalText(LIMITS.summary),
  position: { type: 'integer', minimum: 0, maximum: 1000 },
  horizons: {
    type: 'object', required: ['2025', '2035', '2050'], additionalProperties: false,
    properties: { '2025': text(LIMITS.goal), '2035': text(LIMITS.goal), '2050': text(LIMITS.goal) },
  },
  pillars: { type: 'array', maxItems: 5, uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 5 } },
  challenges: { type: 'array', maxItems: 30, uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 99 } },
} as const;
export const createPathBody = {
  type: 'object', required: ['code', 'title', 'horizons'], additionalProperties: false,
  properties: { code, ...pathFields },
} as const;
export type CreatePathInput = FromSchema<typeof createPathBody>;
export const updatePathBody = {
  type: 'object', required: ['version', 'title', 'horizons'], additionalProperties: false,
  properties: { version, ...pathFields },
} as const;
export type UpdatePathInput = FromSchema<typeof updatePathBody>;
export const linkBody = {
  type: 'object', required: ['horizon'], additionalProperties: false,
  properties: { horizon },
} as const;
export type LinkInput = FromSchema<typeof linkBody>;

// --- scenarios -------------------------------------------------------------------------------------
const axis = {
  type: 'object', required: ['name', 'low', 'high'], additionalProperties: false,
  properties: { name: text(LIMITS.title), low: text(LIMITS.title), high: text(LIMITS.title) },
} as const;
const setFields = {
  title: text(LIMITS.title),
  question: optionalText(LIMITS.summary),
  horizonYear: { type: 'integer', minimum: 2025, maximum: 2100 },
  axis1: axis,
  axis2: axis,
} as const;
export const createScenarioSetBody = {
  type: 'object', required: ['code', 'title', 'horizonYear', 'axis1', 'axis2', 'scenarios'], additionalProperties: false,
  properties: {
    code, ...setFields,
    scenarios: {
      type: 'array', minItems: 4, maxItems: 4, description: 'One scenario per quadrant: every combination of pole1 and pole2 once',
      items: {
        type: 'object', required: ['pole1', 'pole2', 'code', 'title'], additionalProperties: false,
        properties: { pole1: { type: 'string', enum: POLES }, pole2: { type: 'string', enum: POLES }, code, title: text(LIMITS.title) },
      },
    },
  },
} as const;
export type CreateScenarioSetInput = FromSchema<typeof createScenarioSetBody>;
export const updateScenarioSetBody = {
  type: 'object', required: ['version', 'title', 'horizonYear', 'axis1', 'axis2'], additionalProperties: false,
  properties: { version, ...setFields },
} as const;
export type UpdateScenarioSetInput = FromSchema<typeof updateScenarioSetBody>;
export const updateScenarioBody = {
  type: 'object', required: ['version', 'title'], additionalProperties: false,
  properties: {
    version, title: text(LIMITS.title), narrative: optionalText(LIMITS.scenarioText),
    watch: optionalText(LIMITS.scenarioText), implications: optionalText(LIMITS.scenarioText),
  },
} as const;
export type UpdateScenarioInput = FromSchema<typeof updateScenarioBody>;
export const signalBody = {
  type: 'object', required: ['scenario', 'observedOn', 'source', 'description'], additionalProperties: false,
  properties: {
    scenario: { type: 'string', minLength: 1, maxLength: LIMITS.code, pattern: NO_NUL, description: 'Code of the scenario the signal points to' },
    observedOn: { type: 'string', format: 'date', pattern: DATE_PATTERN },
    source: str(LIMITS.source, 1),
    description: str(LIMITS.signal, 1),
  },
} as const;
export type SignalInput = FromSchema<typeof signalBody>;
