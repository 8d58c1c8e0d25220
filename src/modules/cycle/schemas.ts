import type { FromSchema } from '../../web/schema-types.js';
import { ACTION_STATUSES } from './progress.js';
import { DATE_PATTERN, id, MAX_ID, NO_NUL, optionalText, str, text, version } from '../../web/input-schema.js';

/** Limits shared by the forms (through validateSchema) and the API: one definition of valid. */
export const CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const ACTION_CODE_PATTERN = '^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$';
/** numeric(14, 2) holds up to 999,999,999,999.99. */
export const MAX_BUDGET = 999_999_999_999;
export const CONFORMITY_STATUSES = ['absent', 'planned', 'included'] as const;
export const PLAN_KINDS = ['multi_year', 'annual'] as const;

const date = { type: 'string', format: 'date', pattern: DATE_PATTERN } as const;
const nullableDate = { type: ['string', 'null'], format: 'date', pattern: DATE_PATTERN } as const;
const money = { type: ['number', 'null'], minimum: 0, maximum: MAX_BUDGET } as const;
const year = { type: 'integer', minimum: 2000, maximum: 2100 } as const;
const actorCode = { type: ['string', 'null'], maxLength: 80, pattern: NO_NUL, description: 'Code of an actor' } as const;

// --- params -------------------------------------------------------------------------------
export const codeParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 80 } },
} as const;
export const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export type IdParams = FromSchema<typeof idParams>;
export type CodeParams = FromSchema<typeof codeParams>;

// --- action lines -------------------------------------------------------------------------
const actionLineFields = {
  title: text(200),
  description: optionalText(4000),
  owner: actorCode,
  recommendations: { type: 'array', maxItems: 30, uniqueItems: true, items: { type: 'string', maxLength: 10, pattern: NO_NUL } },
  challenges: { type: 'array', maxItems: 30, uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 99 } },
} as const;

export const createActionLineBody = {
  type: 'object', required: ['code', 'title'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 2, maxLength: 80, pattern: CODE_PATTERN }, ...actionLineFields },
} as const;
export type CreateActionLineInput = FromSchema<typeof createActionLineBody>;

export const updateActionLineBody = {
  type: 'object', required: ['version', 'title'], additionalProperties: false,
  properties: { version, ...actionLineFields },
} as const;
export type UpdateActionLineInput = FromSchema<typeof updateActionLineBody>;

// --- plans ---------------------------------------------------------------------------------
export const createPlanBody = {
  type: 'object', required: ['kind', 'yearFrom'], additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: PLAN_KINDS },
    yearFrom: year,
    yearTo: { ...year, description: 'Last year of a multi-year plan; for an annual plan it equals yearFrom (may be left out)' },
  },
} as const;
export type CreatePlanInput = FromSchema<typeof createPlanBody>;

export const updatePlanBody = {
  type: 'object', required: ['version', 'yearFrom'], additionalProperties: false,
  properties: { version, yearFrom: year, yearTo: year },
} as const;
export type UpdatePlanInput = FromSchema<typeof updatePlanBody>;

export const adoptPlanBody = {
  type: 'object', required: ['version'], additionalProperties: false,
  properties: { version, decisionId: { type: ['integer', 'null'], minimum: 1, maximum: MAX_ID, description: 'The decision (governance) that adopts the plan, if any' } },
} as const;
export type AdoptPlanInput = FromSchema<typeof adoptPlanBody>;

export const rebaselinePlanBody = {
  type: 'object', required: ['version', 'decisionId', 'reason'], additionalProperties: false,
  properties: {
    version,
    decisionId: { ...id, description: 'The decision that allows the new baseline (required)' },
    reason: str(2000, 1),
  },
} as const;
export type RebaselinePlanInput = FromSchema<typeof rebaselinePlanBody>;

// --- actions -------------------------------------------------------------------------------
const actionFields = {
  code: { type: 'string', minLength: 1, maxLength: 40, pattern: ACTION_CODE_PATTERN },
  title: text(300),
  description: optionalText(4000),
  responsibleActor: actorCode,
  contributors: { type: 'array', maxItems: 50, uniqueItems: true, items: { type: 'string', maxLength: 80, pattern: NO_NUL } },
  status: { type: 'string', enum: ACTION_STATUSES },
  startsOn: nullableDate,
  endsOn: nullableDate,
  budgetPlanned: money,
  budgetCommitted: money,
  budgetSpent: money,
  externalId: { type: ['string', 'null'], minLength: 1, maxLength: 200, pattern: NO_NUL, description: "The action's id in a partner's own system (unique)" },
} as const;

export const createActionBody = {
  type: 'object', required: ['code', 'title'], additionalProperties: false, properties: actionFields,
} as const;
export type CreateActionInput = FromSchema<typeof createActionBody>;

export const updateActionBody = {
  type: 'object', required: ['version', 'code', 'title', 'status'], additionalProperties: false,
  properties: { version, ...actionFields },
} as const;
export type UpdateActionInput = FromSchema<typeof updateActionBody>;

export const linkDecisionBody = {
  type: 'object', required: ['decisionId'], additionalProperties: false, properties: { decisionId: id },
} as const;
export type LinkDecisionInput = FromSchema<typeof linkDecisionBody>;

export const actionLookupQuery = {
  type: 'object', required: ['externalId'], additionalProperties: false,
  properties: { externalId: { type: 'string', minLength: 1, maxLength: 200, pattern: NO_NUL }, lang: { type: 'string', enum: ['nl', 'en'] } },
} as const;

// --- milestones ----------------------------------------------------------------------------
const milestoneFields = {
  title: text(300),
  dueOn: date,
  doneOn: nullableDate,
  // numeric(8, 2), > 0: the smallest weight that survives rounding is 0.01.
  weight: { type: ['number', 'null'], minimum: 0.01, maximum: 999999, description: 'Relative weight; leave out for equal weights' },
} as const;

export const createMilestoneBody = {
  type: 'object', required: ['title', 'dueOn'], additionalProperties: false, properties: milestoneFields,
} as const;
export type CreateMilestoneInput = FromSchema<typeof createMilestoneBody>;

export const updateMilestoneBody = {
  type: 'object', required: ['version', 'title', 'dueOn'], additionalProperties: false, properties: { version, ...milestoneFields },
} as const;
export type UpdateMilestoneInput = FromSchema<typeof updateMilestoneBody>;

export const completeMilestoneBody = {
  type: 'object', required: ['version'], additionalProperties: false,
  properties: { version, doneOn: { ...date, description: 'Defaults to today' } },
} as const;
export type CompleteMilestoneInput = FromSchema<typeof completeMilestoneBody>;

// --- conformity clauses (R2.1) ---------------------------------------------------------------
const conformityFields = {
  actor: { type: 'string', minLength: 1, maxLength: 80, pattern: NO_NUL },
  agreement: text(300),
  status: { type: 'string', enum: CONFORMITY_STATUSES },
  since: nullableDate,
  note: optionalText(2000),
  source: { type: ['string', 'null'], maxLength: 300, pattern: NO_NUL },
} as const;

export const createConformityBody = {
  type: 'object', required: ['actor', 'agreement', 'status'], additionalProperties: false, properties: conformityFields,
} as const;
export type CreateConformityInput = FromSchema<typeof createConformityBody>;

export const updateConformityBody = {
  type: 'object', required: ['version', 'actor', 'agreement', 'status'], additionalProperties: false, properties: { version, ...conformityFields },
} as const;
export type UpdateConformityInput = FromSchema<typeof updateConformityBody>;
