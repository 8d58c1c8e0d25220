import type { Kysely, Selectable } from 'kysely';
import type { Database, PlansTable } from '../../db/schema.js';
import { notFound } from '../../plugins/errors.js';
import { compareWithBaseline, type PlanComparison, type PlanContent } from './baseline.js';
import {
  actionProgress, currentAnnualPlan, isAtRisk, isOverdue, planFigures, todayInBrussels, type ActionStatus, type PlanFigures,
} from './progress.js';

/** Reads only: each takes the database or a transaction. */
type Q = Kysely<Database>;
type Text = { nl: string; en: string };

export interface ActionLineRecord {
  id: number; code: string; title: Text; description: Text; ownerActorId: number | null;
  recommendations: string[]; challenges: number[]; isDemo: boolean; retired: boolean;
  version: number; createdAt: string; updatedAt: string;
}
export interface PlanRecord {
  id: number; actionLineId: number; kind: 'multi_year' | 'annual'; yearFrom: number; yearTo: number;
  status: 'draft' | 'adopted'; adoptedAt: string | null; adoptedByDecisionId: number | null; rolledFromPlanId: number | null;
  isDemo: boolean; version: number; createdAt: string; updatedAt: string;
}
export interface MilestoneRecord {
  id: number; actionId: number; title: Text; dueOn: string; doneOn: string | null; weight: number | null;
  version: number; createdAt: string; updatedAt: string;
}
export interface ActionRecord {
  id: number; planId: number; code: string; title: Text; description: Text; responsibleActorId: number | null;
  status: ActionStatus; startsOn: string | null; endsOn: string | null;
  budgetPlanned: number | null; budgetCommitted: number | null; budgetSpent: number | null;
  externalId: string | null; carriedFromActionId: number | null; isDemo: boolean;
  version: number; createdAt: string; updatedAt: string;
  milestones: MilestoneRecord[]; contributorIds: number[];
}
export interface DecisionRef { id: number; code: string; title: Text; decidedOn: string | null; status: string }
export interface BaselineRecord { version: number; frozenAt: string; decision: DecisionRef | null; reason: string; frozenBy: string | null }

export interface PlanWithFigures extends PlanRecord { figures: PlanFigures }
export interface ActionLineWithFigures extends ActionLineRecord {
  plans: PlanWithFigures[];
  /** The plan the line's progress comes from (rule 3 in progress.ts). */
  currentPlan: PlanWithFigures | undefined;
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));
const num = (x: number | string | null) => (x === null ? null : Number(x));

// --- action lines -----------------------------------------------------------------------------

async function actionLineRecords(db: Q, where?: { id?: number; code?: string }): Promise<ActionLineRecord[]> {
  let q = db.selectFrom('action_lines').selectAll().orderBy('code');
  if (where?.id !== undefined) q = q.where('id', '=', where.id);
  if (where?.code !== undefined) q = q.where('code', '=', where.code);
  const rows = await q.execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [recs, challenges] = await Promise.all([
    db.selectFrom('action_line_recommendations').selectAll().where('action_line_id', 'in', ids).orderBy('recommendation_code').execute(),
    db.selectFrom('action_line_challenges').selectAll().where('action_line_id', 'in', ids).orderBy('challenge').execute(),
  ]);
  return rows.map((r) => ({
    id: r.id, code: r.code, title: { nl: r.title_nl, en: r.title_en }, description: { nl: r.description_nl, en: r.description_en },
    ownerActorId: r.owner_actor_id,
    recommendations: recs.filter((x) => x.action_line_id === r.id).map((x) => x.recommendation_code),
    challenges: challenges.filter((x) => x.action_line_id === r.id).map((x) => x.challenge),
    isDemo: r.is_demo, retired: r.retired_at !== null, version: r.version, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
  }));
}

function planRecord(r: Selectable<PlansTable>): PlanRecord {
  return {
    id: r.id, actionLineId: r.action_line_id, kind: r.kind, yearFrom: r.year_from, yearTo: r.year_to, status: r.status,
    adoptedAt: isoOrNull(r.adopted_at), adoptedByDecisionId: r.adopted_by_decision_id, rolledFromPlanId: r.rolled_from_plan_id,
    isDemo: r.is_demo, version: r.version, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
  };
}

async function plansOfLines(db: Q, lineIds: number[]): Promise<PlanRecord[]> {
  if (!lineIds.length) return [];
  const rows = await db.selectFrom('plans').selectAll().where('action_line_id', 'in', lineIds)
    .orderBy('kind', 'desc').orderBy('year_from').orderBy('id').execute();
  return rows.map(planRecord);
}

/** Actions with their milestones and contributors, for the given plans (or the given action ids). */
async function actionRecords(db: Q, by: { planIds?: number[]; ids?: number[] }): Promise<ActionRecord[]> {
  let q = db.selectFrom('actions').selectAll().orderBy('code').orderBy('id');
  if (by.planIds) { if (!by.planIds.length) return []; q = q.where('plan_id', 'in', by.planIds); }
  if (by.ids) { if (!by.ids.length) return []; q = q.where('id', 'in', by.ids); }
  const rows = await q.execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [milestones, contributors] = await Promise.all([
    db.selectFrom('milestones').selectAll().where('action_id', 'in', ids).orderBy('due_on').orderBy('id').execute(),
    db.selectFrom('action_contributors').selectAll().where('action_id', 'in', ids).execute(),
  ]);
  const byAction = new Map<number, MilestoneRecord[]>();
  for (const m of milestones) {
    const list = byAction.get(m.action_id) ?? [];
    list.push({
      id: m.id, actionId: m.action_id, title: { nl: m.title_nl, en: m.title_en }, dueOn: m.due_on, doneOn: m.done_on, weight: num(m.weight),
      version: m.version, createdAt: iso(m.created_at), updatedAt: iso(m.updated_at),
    });
    byAction.set(m.action_id, list);
  }
  return rows.map((r) => ({
    id: r.id, planId: r.plan_id, code: r.code, title: { nl: r.title_nl, en: r.title_en }, description: { nl: r.description_nl, en: r.description_en },
    responsibleActorId: r.responsible_actor_id, status: r.status, startsOn: r.starts_on, endsOn: r.ends_on,
    budgetPlanned: num(r.budget_planned), budgetCommitted: num(r.budget_committed), budgetSpent: num(r.budget_spent),
    externalId: r.external_id, carriedFromActionId: r.carried_from_action_id, isDemo: r.is_demo,
    version: r.version, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
    milestones: byAction.get(r.id) ?? [],
    contributorIds: contributors.filter((c) => c.action_id === r.id).map((c) => c.actor_id).sort((a, b) => a - b),
  }));
}

function withFigures(plans: PlanRecord[], actions: ActionRecord[], today: string): PlanWithFigures[] {
  return plans.map((p) => ({ ...p, figures: planFigures(actions.filter((a) => a.planId === p.id), today) }));
}

function yearOf(today: string): number { return Number(today.slice(0, 4)); }

/** Every action line with its plans, their figures and the line's current plan. */
export async function listActionLines(db: Q, today = todayInBrussels()): Promise<ActionLineWithFigures[]> {
  const lines = await actionLineRecords(db);
  const plans = await plansOfLines(db, lines.map((l) => l.id));
  const actions = await actionRecords(db, { planIds: plans.map((p) => p.id) });
  const figured = withFigures(plans, actions, today);
  return lines.map((l) => {
    const own = figured.filter((p) => p.actionLineId === l.id);
    return { ...l, plans: own, currentPlan: currentAnnualPlan(own, yearOf(today)) };
  });
}

export async function findActionLine(db: Q, code: string, today = todayInBrussels()): Promise<ActionLineWithFigures | undefined> {
  const [line] = await actionLineRecords(db, { code });
  if (!line) return undefined;
  const plans = await plansOfLines(db, [line.id]);
  const actions = await actionRecords(db, { planIds: plans.map((p) => p.id) });
  const figured = withFigures(plans, actions, today);
  return { ...line, plans: figured, currentPlan: currentAnnualPlan(figured, yearOf(today)) };
}

export async function getActionLine(db: Q, code: string, today = todayInBrussels()): Promise<ActionLineWithFigures> {
  const line = await findActionLine(db, code, today);
  if (!line) throw notFound('action line', code);
  return line;
}

export interface ActionLineProgress {
  code: string; title: Text; progress: number | null; atRisk: number; actions: number;
  plan: { id: number; year: number; status: 'draft' | 'adopted' } | null;
}

/** For dashboards: a line's progress and actions at risk, from its current annual plan (null when the line does not exist). */
export async function actionLineProgress(db: Q, idOrCode: number | string, today = todayInBrussels()): Promise<ActionLineProgress | null> {
  const [line] = await actionLineRecords(db, typeof idOrCode === 'number' ? { id: idOrCode } : { code: idOrCode });
  if (!line) return null;
  const full = (await findActionLine(db, line.code, today))!;
  const p = full.currentPlan;
  return {
    code: full.code, title: full.title, progress: p?.figures.progress ?? null, atRisk: p?.figures.atRisk ?? 0, actions: p?.figures.actions ?? 0,
    plan: p ? { id: p.id, year: p.yearFrom, status: p.status } : null,
  };
}

// --- plans --------------------------------------------------------------------------------------

async function decisionRefs(db: Q, ids: number[]): Promise<Map<number, DecisionRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('decisions').select(['id', 'code', 'title_nl', 'title_en', 'decided_on', 'status']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, title: { nl: r.title_nl, en: r.title_en }, decidedOn: r.decided_on, status: r.status }]));
}

/** The plan's content in the shape a baseline freezes: used to freeze and to compare. */
export function planContent(plan: PlanRecord, actions: ActionRecord[], actorCode: (id: number | null) => string | null): PlanContent {
  return {
    plan: { kind: plan.kind, yearFrom: plan.yearFrom, yearTo: plan.yearTo },
    actions: actions.map((a) => ({
      id: a.id, code: a.code, title: a.title, status: a.status, responsibleActor: actorCode(a.responsibleActorId),
      startsOn: a.startsOn, endsOn: a.endsOn, budgetPlanned: a.budgetPlanned, budgetCommitted: a.budgetCommitted, budgetSpent: a.budgetSpent,
      milestones: a.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, weight: m.weight })),
    })),
  };
}

export async function actorCodes(db: Q): Promise<(id: number | null) => string | null> {
  const rows = await db.selectFrom('actors').select(['id', 'code']).execute();
  const map = new Map(rows.map((r) => [r.id, r.code]));
  return (id) => (id === null ? null : map.get(id) ?? null);
}

export async function findPlanRecord(db: Q, id: number): Promise<PlanRecord | undefined> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? planRecord(row) : undefined;
}

export async function planActions(db: Q, planId: number): Promise<ActionRecord[]> {
  return actionRecords(db, { planIds: [planId] });
}

export interface PlanDetail {
  plan: PlanWithFigures;
  line: ActionLineRecord;
  actions: Array<ActionRecord & { progress: number; atRisk: boolean; carriedTo: { actionId: number; planId: number; year: number } | null }>;
  adoptedBy: DecisionRef | null;
  baselines: BaselineRecord[];
  comparison: PlanComparison | null;
  rolledFrom: { id: number; year: number } | null;
  rolledTo: { id: number; year: number } | null;
  /** Whether the line already has an annual plan for the year after this one (no roll-over then). */
  nextAnnualExists: boolean;
  today: string;
}

export async function getPlan(db: Q, id: number, today = todayInBrussels()): Promise<PlanDetail> {
  const plan = await findPlanRecord(db, id);
  if (!plan) throw notFound('plan', id);
  const [line] = await actionLineRecords(db, { id: plan.actionLineId });
  const actions = await planActions(db, id);
  const [baselineRows, carried, rolledTo, rolledFrom, nextAnnual] = await Promise.all([
    db.selectFrom('plan_baselines').leftJoin('users', 'users.id', 'plan_baselines.frozen_by')
      .select(['plan_baselines.version', 'plan_baselines.frozen_at', 'plan_baselines.decision_id', 'plan_baselines.reason', 'plan_baselines.content', 'users.display_name'])
      .where('plan_id', '=', id).orderBy('plan_baselines.version').execute(),
    actions.length
      ? db.selectFrom('actions').innerJoin('plans', 'plans.id', 'actions.plan_id')
        .select(['actions.id', 'actions.plan_id', 'actions.carried_from_action_id', 'plans.year_from'])
        .where('actions.carried_from_action_id', 'in', actions.map((a) => a.id)).execute()
      : Promise.resolve([]),
    db.selectFrom('plans').select(['id', 'year_from']).where('rolled_from_plan_id', '=', id).orderBy('year_from').executeTakeFirst(),
    plan.rolledFromPlanId !== null ? db.selectFrom('plans').select(['id', 'year_from']).where('id', '=', plan.rolledFromPlanId).executeTakeFirst() : Promise.resolve(undefined),
    db.selectFrom('plans').select('id').where('action_line_id', '=', plan.actionLineId).where('kind', '=', 'annual').where('year_from', '=', plan.yearFrom + 1).executeTakeFirst(),
  ]);
  const decisions = await decisionRefs(db, [
    ...(plan.adoptedByDecisionId !== null ? [plan.adoptedByDecisionId] : []),
    ...baselineRows.map((b) => b.decision_id).filter((x): x is number => x !== null),
  ]);
  const latest = baselineRows[baselineRows.length - 1];
  const comparison = latest
    ? compareWithBaseline(latest.content as PlanContent, planContent(plan, actions, await actorCodes(db)), latest.version)
    : null;
  return {
    plan: { ...plan, figures: planFigures(actions, today) },
    line: line!,
    actions: actions.map((a) => {
      const next = carried.find((c) => c.carried_from_action_id === a.id);
      return { ...a, progress: actionProgress(a), atRisk: isAtRisk(a, today), carriedTo: next ? { actionId: next.id, planId: next.plan_id, year: next.year_from } : null };
    }),
    adoptedBy: plan.adoptedByDecisionId !== null ? decisions.get(plan.adoptedByDecisionId) ?? null : null,
    baselines: baselineRows.map((b) => ({
      version: b.version, frozenAt: iso(b.frozen_at), decision: b.decision_id !== null ? decisions.get(b.decision_id) ?? null : null,
      reason: b.reason, frozenBy: b.display_name,
    })),
    comparison,
    rolledFrom: rolledFrom ? { id: rolledFrom.id, year: rolledFrom.year_from } : null,
    rolledTo: rolledTo ? { id: rolledTo.id, year: rolledTo.year_from } : null,
    nextAnnualExists: nextAnnual !== undefined,
    today,
  };
}

/** One frozen baseline's content, or undefined. */
export async function baselineContent(db: Q, planId: number, version: number): Promise<PlanContent | undefined> {
  const row = await db.selectFrom('plan_baselines').select('content').where('plan_id', '=', planId).where('version', '=', version).executeTakeFirst();
  return row ? (row.content as PlanContent) : undefined;
}

// --- actions ------------------------------------------------------------------------------------

export interface ActionDetail {
  action: ActionRecord & { progress: number; atRisk: boolean };
  plan: PlanRecord;
  line: ActionLineRecord;
  decisions: DecisionRef[];
  carriedFrom: { actionId: number; planId: number; year: number } | null;
  carriedTo: { actionId: number; planId: number; year: number } | null;
  overdue: number[];
  today: string;
}

export async function findActionRecord(db: Q, id: number): Promise<ActionRecord | undefined> {
  const [action] = await actionRecords(db, { ids: [id] });
  return action;
}

export async function getAction(db: Q, id: number, today = todayInBrussels()): Promise<ActionDetail> {
  const action = await findActionRecord(db, id);
  if (!action) throw notFound('action', id);
  const plan = (await findPlanRecord(db, action.planId))!;
  const [line] = await actionLineRecords(db, { id: plan.actionLineId });
  const [links, next, previous] = await Promise.all([
    db.selectFrom('action_decisions').select('decision_id').where('action_id', '=', id).execute(),
    db.selectFrom('actions').innerJoin('plans', 'plans.id', 'actions.plan_id').select(['actions.id', 'actions.plan_id', 'plans.year_from'])
      .where('actions.carried_from_action_id', '=', id).orderBy('plans.year_from').executeTakeFirst(),
    action.carriedFromActionId !== null
      ? db.selectFrom('actions').innerJoin('plans', 'plans.id', 'actions.plan_id').select(['actions.id', 'actions.plan_id', 'plans.year_from'])
        .where('actions.id', '=', action.carriedFromActionId).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  const decisions = await decisionRefs(db, links.map((l) => l.decision_id));
  return {
    action: { ...action, progress: actionProgress(action), atRisk: isAtRisk(action, today) },
    plan,
    line: line!,
    decisions: [...decisions.values()].sort((a, b) => (a.decidedOn ?? '').localeCompare(b.decidedOn ?? '') || a.code.localeCompare(b.code)),
    carriedFrom: previous ? { actionId: previous.id, planId: previous.plan_id, year: previous.year_from } : null,
    carriedTo: next ? { actionId: next.id, planId: next.plan_id, year: next.year_from } : null,
    overdue: action.milestones.filter((m) => action.status !== 'stopped' && isOverdue(m, today)).map((m) => m.id),
    today,
  };
}

export async function findActionByExternalId(db: Q, externalId: string): Promise<number | undefined> {
  return (await db.selectFrom('actions').select('id').where('external_id', '=', externalId).executeTakeFirst())?.id;
}

export async function findMilestone(db: Q, id: number): Promise<MilestoneRecord | undefined> {
  const m = await db.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirst();
  return m ? {
    id: m.id, actionId: m.action_id, title: { nl: m.title_nl, en: m.title_en }, dueOn: m.due_on, doneOn: m.done_on, weight: num(m.weight),
    version: m.version, createdAt: iso(m.created_at), updatedAt: iso(m.updated_at),
  } : undefined;
}

/** Decisions to choose from in the forms (newest first); the governance module owns them. */
export async function decisionChoices(db: Q, limit = 200): Promise<DecisionRef[]> {
  const rows = await db.selectFrom('decisions').select(['id', 'code', 'title_nl', 'title_en', 'decided_on', 'status'])
    .orderBy('decided_on', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, code: r.code, title: { nl: r.title_nl, en: r.title_en }, decidedOn: r.decided_on, status: r.status }));
}

// --- conformity clauses --------------------------------------------------------------------------

export interface ConformityRecord {
  id: number; actorId: number; agreement: Text; status: 'absent' | 'planned' | 'included'; since: string | null;
  note: Text; source: string | null; version: number; createdAt: string; updatedAt: string;
}

export async function listConformity(db: Q, id?: number): Promise<ConformityRecord[]> {
  let q = db.selectFrom('conformity_clauses').selectAll().orderBy('actor_id').orderBy('id');
  if (id !== undefined) q = q.where('id', '=', id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id, actorId: r.actor_id, agreement: { nl: r.agreement_nl, en: r.agreement_en }, status: r.status, since: r.since,
    note: { nl: r.note_nl, en: r.note_en }, source: r.source, version: r.version, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
  }));
}

export async function getConformity(db: Q, id: number): Promise<ConformityRecord> {
  const [row] = await listConformity(db, id);
  if (!row) throw notFound('conformity clause', id);
  return row;
}

// --- history ----------------------------------------------------------------------------------------

export interface HistoryEntry { at: string; action: string; user: string | null; entityType: string; entityId: string }

/** The audit trail of records of this module, newest first. */
export async function loadHistory(db: Q, entries: Array<[string, string | number]>, limit = 50): Promise<HistoryEntry[]> {
  if (!entries.length) return [];
  const rows = await db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.at', 'audit_log.action', 'users.display_name', 'audit_log.entity_type', 'audit_log.entity_id'])
    .where((eb) => eb.or(entries.map(([type, id]) => eb.and([eb('entity_type', '=', type), eb('entity_id', '=', String(id))]))))
    .orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ at: iso(r.at), action: r.action, user: r.display_name, entityType: r.entity_type, entityId: r.entity_id }));
}

/** Decisions that are not yet published are shown only to those who may see drafts. */
export function withVisibleDecisions<T extends { decisions: DecisionRef[] }>(detail: T, seesDrafts: boolean): T {
  return seesDrafts ? detail : { ...detail, decisions: detail.decisions.filter((d) => d.status === 'published') };
}
