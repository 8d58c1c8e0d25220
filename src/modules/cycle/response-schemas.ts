import { bilingual } from '../../web/openapi.js';
import { bool, int } from '../../web/json-schema.js';

/** Response shapes for the OpenAPI document (and the serialiser: a field not listed is not sent). */
const nint = { type: ['integer', 'null'] } as const;
const s = { type: 'string' } as const;
const ns = { type: ['string', 'null'] } as const;
const nnum = { type: ['number', 'null'] } as const;
const ref = { type: ['object', 'null'], properties: { code: s, name: s } } as const;
const ratio = { type: ['number', 'null'], description: 'Derived progress between 0 and 1 (rules: GET /api/cycle/rules)' } as const;

const figures = {
  progress: ratio, actionCount: int, atRisk: int, done: int, stopped: int,
  budget: { type: 'object', properties: { planned: { type: 'number' }, committed: { type: 'number' }, spent: { type: 'number' } } },
} as const;

export const decisionSchema = {
  type: 'object', properties: { id: int, code: s, title: bilingual, decidedOn: ns, status: s },
} as const;

const planSummaryProps = {
  id: int, uri: s, actionLine: s, kind: { type: 'string', enum: ['multi_year', 'annual'] }, yearFrom: int, yearTo: int,
  status: { type: 'string', enum: ['draft', 'adopted'] }, adoptedAt: ns, adoptedByDecisionId: nint, rolledFromPlanId: nint,
  ...figures, isDemo: bool, version: int, createdAt: s, updatedAt: s,
} as const;
export const planSummarySchema = { type: 'object', properties: planSummaryProps } as const;

const actionLineProps = {
  id: int, code: s, uri: s, title: bilingual, description: bilingual, owner: ref,
  recommendations: { type: 'array', items: s }, challenges: { type: 'array', items: int }, pillars: { type: 'array', items: int },
  progress: ratio, atRisk: int,
  currentPlan: { type: ['object', 'null'], properties: { id: int, year: int, status: s } },
  isDemo: bool, version: int, createdAt: s, updatedAt: s,
} as const;
export const actionLineSchema = { type: 'object', properties: actionLineProps } as const;
export const actionLineDetailSchema = { type: 'object', properties: { ...actionLineProps, plans: { type: 'array', items: planSummarySchema } } } as const;
export const actionLineListSchema = { type: 'object', properties: { items: { type: 'array', items: actionLineSchema }, total: int } } as const;

const budget = {
  type: 'object',
  properties: { planned: nnum, committed: nnum, spent: nnum, overCommitted: bool, overSpent: bool },
} as const;
const carry = { type: ['object', 'null'], properties: { actionId: int, planId: int, year: int } } as const;

const actionSummaryProps = {
  id: int, uri: s, planId: int, code: s, title: bilingual, status: { type: 'string', enum: ['planned', 'running', 'done', 'stopped'] },
  responsibleActor: ref, startsOn: ns, endsOn: ns, budget, externalId: ns, carriedFromActionId: nint,
  progress: { type: 'number' }, atRisk: bool, milestones: int, isDemo: bool, version: int,
} as const;

const milestoneSchema = {
  type: 'object',
  properties: { id: int, actionId: int, title: bilingual, dueOn: s, doneOn: ns, weight: nnum, effectiveWeight: { type: 'number' }, overdue: bool, version: int },
} as const;
export const milestoneResponse = milestoneSchema;

const comparisonMilestone = {
  type: 'object',
  properties: { id: int, title: bilingual, change: s, baselineDueOn: ns, dueOn: ns, doneOn: ns, slipDays: nint },
} as const;
const comparisonSchema = {
  type: ['object', 'null'],
  description: 'Plan-versus-actual against the latest baseline',
  properties: {
    baselineVersion: int,
    actions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: int, code: s, title: bilingual, change: { type: 'string', enum: ['same', 'changed', 'added', 'removed'] },
          baselineStatus: ns, status: ns, baselineBudgetPlanned: nnum, budgetPlanned: nnum, budgetCommitted: nnum, budgetSpent: nnum,
          baselineEndsOn: ns, endsOn: ns, endSlipDays: nint, milestones: { type: 'array', items: comparisonMilestone },
        },
      },
    },
    totals: { type: 'object', properties: { baselinePlanned: { type: 'number' }, planned: { type: 'number' }, committed: { type: 'number' }, spent: { type: 'number' } } },
    counts: { type: 'object', properties: { added: int, removed: int, changed: int, slipped: int } },
  },
} as const;

export const planSchema = {
  type: 'object',
  properties: {
    ...planSummaryProps,
    actionLineTitle: bilingual,
    adoptedBy: { ...decisionSchema, type: ['object', 'null'] },
    rolledFrom: { type: ['object', 'null'], properties: { id: int, year: int } },
    rolledTo: { type: ['object', 'null'], properties: { id: int, year: int } },
    actions: { type: 'array', items: { type: 'object', properties: { ...actionSummaryProps, carriedTo: carry } } },
    baselines: {
      type: 'array',
      items: { type: 'object', properties: { version: int, frozenAt: s, decision: { ...decisionSchema, type: ['object', 'null'] }, reason: s, frozenBy: ns } },
    },
    comparison: comparisonSchema,
    asOf: { type: 'string', description: 'The day "overdue" and "at risk" were judged on' },
  },
} as const;

export const baselineContentSchema = {
  type: 'object', description: 'The plan content frozen in one baseline version', additionalProperties: true,
  properties: {
    plan: { type: 'object', additionalProperties: true },
    actions: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;

export const actionSchema = {
  type: 'object',
  properties: {
    ...actionSummaryProps,
    description: bilingual,
    actionLine: { type: 'object', properties: { code: s, title: bilingual } },
    plan: { type: 'object', properties: { id: int, kind: s, yearFrom: int, yearTo: int, status: s } },
    contributors: { type: 'array', items: { type: 'object', properties: { code: s, name: s } } },
    milestones: { type: 'array', items: milestoneSchema },
    decisions: { type: 'array', items: decisionSchema },
    carriedFrom: carry, carriedTo: carry,
    createdAt: s, updatedAt: s, asOf: s,
  },
} as const;

export const conformitySchema = {
  type: 'object',
  properties: {
    id: int, actor: ref, agreement: bilingual, status: { type: 'string', enum: ['absent', 'planned', 'included'] }, since: ns,
    note: bilingual, source: ns, version: int, createdAt: s, updatedAt: s,
  },
} as const;

export const conformityListSchema = {
  type: 'object',
  properties: {
    items: { type: 'array', items: conformitySchema },
    byActor: {
      type: 'array',
      items: { type: 'object', properties: { actor: ref, clauses: { type: 'array', items: conformitySchema } } },
    },
    total: int,
  },
} as const;

export const rulesSchema = {
  type: 'object',
  properties: { rules: { type: 'array', items: { type: 'object', properties: { id: s, text: bilingual } } } },
} as const;
