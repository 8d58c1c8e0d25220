import { cursorQueryProperties } from '../../web/cursor.js';
import type { FromSchema } from '../../web/schema-types.js';
import { ACTOR_ROLES, APPLICATION_STATUSES, CODE_PATTERN, LIMITS, PATHWAY_STAGES, ROW_CODE_PATTERN, STEP_KINDS } from './constants.js';
import { formFieldsSchema } from './field-definitions.js';
import { id, NO_NUL, str, version } from '../../web/input-schema.js';

/** Request schemas: one definition of valid for the JSON API and (through validateSchema) the pages. */
const text = (max: number) => ({ type: 'object', required: ['nl', 'en'], additionalProperties: false, properties: { nl: str(max, 1), en: str(max, 1) } }) as const;
const optionalText = (max: number) => ({ type: 'object', additionalProperties: false, properties: { nl: str(max), en: str(max) } }) as const;
const code = { type: 'string', minLength: 2, maxLength: 63, pattern: CODE_PATTERN } as const;
const rowCode = { type: 'string', minLength: 1, maxLength: 41, pattern: ROW_CODE_PATTERN } as const;
const money = { type: 'number', minimum: 0, maximum: LIMITS.money } as const;
const dateTime = { type: 'string', minLength: 10, maxLength: 40, pattern: NO_NUL, description: "Brussels wall-clock time ('2027-03-15T17:00') or an ISO instant with offset" } as const;
/** Answers are checked against the form version by validateAnswers, which names each field. */
const answers = { type: 'object', maxProperties: 200, additionalProperties: true } as const;

// --- params and queries ---------------------------------------------------------------------------
export const codeParams = { type: 'object', required: ['code'], additionalProperties: false, properties: { code: { type: 'string', minLength: 1, maxLength: 63 } } } as const;
export type CodeParams = FromSchema<typeof codeParams>;
export const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export type IdParams = FromSchema<typeof idParams>;
export const partnerParams = { type: 'object', required: ['id', 'organisationId'], additionalProperties: false, properties: { id, organisationId: id } } as const;
export type PartnerParams = FromSchema<typeof partnerParams>;
export const formCodeParams = codeParams;

export const PHASES = ['open', 'upcoming', 'closed', 'all'] as const;
export const callsQuery = {
  type: 'object', additionalProperties: true,
  properties: {
    phase: { type: 'string', enum: PHASES, description: 'open, upcoming or closed (from the dates, Europe/Brussels); all when left out or all' },
    instrument: { type: 'string', maxLength: 80 },
    lang: { type: 'string', enum: ['nl', 'en'] },
    saved: { type: 'string', maxLength: 40 },
    ...cursorQueryProperties,
  },
} as const;
export type CallsQuery = FromSchema<typeof callsQuery>;
export const conformityQuery = {
  type: 'object', additionalProperties: true,
  properties: { call: { type: 'string', maxLength: 63 }, instrument: { type: 'string', maxLength: 80 }, lang: { type: 'string', enum: ['nl', 'en'] } },
} as const;
export type ConformityQuery = FromSchema<typeof conformityQuery>;
export const callApplicationsQuery = {
  type: 'object', additionalProperties: true,
  properties: { status: { type: 'string', enum: APPLICATION_STATUSES }, lang: { type: 'string', enum: ['nl', 'en'] } },
} as const;
export type CallApplicationsQuery = FromSchema<typeof callApplicationsQuery>;

// --- forms -------------------------------------------------------------------------------------------
export const createFormBody = {
  type: 'object', required: ['code', 'kind', 'title', 'fields'], additionalProperties: false,
  properties: { code, kind: { type: 'string', enum: ['application', 'conformity_annex'] }, title: text(LIMITS.title), fields: formFieldsSchema },
} as const;
export const updateFormBody = {
  type: 'object', required: ['revision', 'title', 'fields'], additionalProperties: false,
  properties: {
    revision: { type: 'string', maxLength: 40, description: 'The revision this edit starts from (from GET); a draft saved by someone else since gets 409' },
    title: text(LIMITS.title), fields: formFieldsSchema,
  },
} as const;

// --- calls -------------------------------------------------------------------------------------------
const criteria = {
  type: 'array', minItems: 1, maxItems: LIMITS.rows,
  items: {
    type: 'object', required: ['code', 'weight', 'label'], additionalProperties: false,
    properties: { code: rowCode, weight: { type: 'number', exclusiveMinimum: 0, maximum: 1000 }, label: text(LIMITS.label), description: optionalText(LIMITS.description) },
  },
} as const;
const annexes = {
  type: 'array', maxItems: LIMITS.rows,
  items: { type: 'object', required: ['code', 'label', 'required'], additionalProperties: false, properties: { code: rowCode, label: text(LIMITS.label), required: { type: 'boolean' } } },
} as const;
const workflow = {
  type: 'array', minItems: 1, maxItems: LIMITS.rows,
  items: {
    type: 'object', required: ['code', 'kind', 'actorRole', 'label'], additionalProperties: false,
    properties: { code: rowCode, kind: { type: 'string', enum: STEP_KINDS }, actorRole: { type: 'string', enum: ACTOR_ROLES }, label: text(LIMITS.label) },
  },
} as const;
const callFields = {
  instrument: { type: 'string', minLength: 1, maxLength: 80, description: 'Code of an instrument in the registry' },
  title: text(LIMITS.title), summary: optionalText(LIMITS.summary), eligibility: optionalText(LIMITS.eligibility),
  budgetEur: money, maxGrantEur: { type: ['number', 'null'], minimum: 0, maximum: LIMITS.money },
  opensAt: dateTime, closesAt: dateTime,
  applicationFormId: id, annexFormId: id,
  minPartners: { type: 'integer', minimum: 1, maximum: 50 }, requiresCrossSector: { type: 'boolean' },
  criteria, annexes, workflow,
} as const;
const callRequired = ['instrument', 'title', 'budgetEur', 'opensAt', 'closesAt', 'applicationFormId', 'annexFormId'] as const;
export const createCallBody = { type: 'object', required: ['code', ...callRequired], additionalProperties: false, properties: { code, ...callFields } } as const;
export const updateCallBody = { type: 'object', required: ['version', ...callRequired], additionalProperties: false, properties: { version, ...callFields } } as const;
export type CreateCallBody = FromSchema<typeof createCallBody>;
export type UpdateCallBody = FromSchema<typeof updateCallBody>;

// --- applications ------------------------------------------------------------------------------------
export const startBody = {
  type: 'object', required: ['organisationId', 'title'], additionalProperties: false,
  properties: { organisationId: { ...id, description: 'The lead organisation (you must be its owner or member)' }, title: str(LIMITS.title, 1), summary: str(LIMITS.summary) },
} as const;
export type StartBody = FromSchema<typeof startBody>;

const stage = {
  type: 'object', additionalProperties: false,
  properties: {
    description: str(LIMITS.pathway),
    indicators: {
      type: 'array', maxItems: LIMITS.indicators,
      items: { type: 'object', required: ['name', 'target'], additionalProperties: false, properties: { name: str(LIMITS.indicator), target: str(LIMITS.indicator) } },
    },
  },
} as const;
export const saveBody = {
  type: 'object', required: ['version'], additionalProperties: false,
  properties: {
    version, title: str(LIMITS.title), summary: str(LIMITS.summary),
    answers: { ...answers, description: 'Answers to the application form, by field key; replaces the stored answers' },
    annexAnswers: { ...answers, description: 'Answers to the conformity annex, by field key; replaces the stored answers' },
    pathway: { type: 'object', additionalProperties: false, properties: Object.fromEntries(PATHWAY_STAGES.map((s) => [s, stage])) as Record<(typeof PATHWAY_STAGES)[number], typeof stage> },
    documents: {
      type: 'array', maxItems: LIMITS.documents,
      items: {
        type: 'object', required: ['annexCode', 'title', 'url'], additionalProperties: false,
        properties: { annexCode: rowCode, title: str(LIMITS.documentTitle), url: { type: 'string', maxLength: LIMITS.url, pattern: '^(https?://[^\\s]+)?$' } },
      },
    },
  },
} as const;
export const versionBody = { type: 'object', required: ['version'], additionalProperties: false, properties: { version } } as const;
export const partnerBody = {
  type: 'object', required: ['organisationId'], additionalProperties: false,
  properties: { organisationId: id, contribution: str(LIMITS.contribution) },
} as const;
export type PartnerBody = FromSchema<typeof partnerBody>;
export const confirmBody = { type: 'object', additionalProperties: false, properties: { contribution: str(LIMITS.contribution) } } as const;
