import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { AppError, conflict, invalid, type FieldError } from '../../../plugins/errors.js';
import { actorCodes, findActionRecord, findPlanRecord, listConformity, planActions, planContent, type PlanRecord } from '../queries.js';

export type Tx = Transaction<Database>;

/**
 * Collects every broken reference of one input before refusing it, so that a single 400 names
 * every field at once.
 */
export class References {
  readonly errors: FieldError[] = [];
  constructor(private readonly tx: Tx) {}

  add(field: string, message: string, code = 'reference') { this.errors.push({ field, message, code }); }

  async actor(field: string, code: string | null | undefined): Promise<number | null> {
    if (!code) return null;
    const actor = await this.tx.selectFrom('actors').select(['id', 'retired_at']).where('code', '=', code).executeTakeFirst();
    if (!actor) { this.add(field, `actor ${code} does not exist`); return null; }
    if (actor.retired_at) { this.add(field, `actor ${code} is retired`); return null; }
    return actor.id;
  }

  async actors(field: string, codes: readonly string[] | undefined): Promise<number[]> {
    const list = codes ?? [];
    if (!list.length) return [];
    const rows = await this.tx.selectFrom('actors').select(['id', 'code', 'retired_at']).where('code', 'in', list).execute();
    const ids: number[] = [];
    list.forEach((code, i) => {
      const row = rows.find((r) => r.code === code);
      if (!row) this.add(`${field}.${i}`, `actor ${code} does not exist`);
      else if (row.retired_at) this.add(`${field}.${i}`, `actor ${code} is retired`);
      else ids.push(row.id);
    });
    return ids;
  }

  async recommendations(field: string, codes: readonly string[] | undefined): Promise<void> {
    const list = codes ?? [];
    if (!list.length) return;
    const known = new Set((await this.tx.selectFrom('recommendations').select('code').where('code', 'in', list).execute()).map((r) => r.code));
    list.forEach((code, i) => { if (!known.has(code)) this.add(`${field}.${i}`, `recommendation ${code} does not exist`); });
  }

  async challenges(field: string, numbers: readonly number[] | undefined): Promise<void> {
    const list = numbers ?? [];
    if (!list.length) return;
    const known = new Set((await this.tx.selectFrom('challenges').select('number').where('number', 'in', list).execute()).map((r) => r.number));
    list.forEach((n, i) => { if (!known.has(n)) this.add(`${field}.${i}`, `challenge ${n} does not exist`); });
  }

  /** A decision lives in the governance module's table; here it only has to exist. */
  async decision(field: string, id: number | null | undefined): Promise<number | null> {
    if (id === null || id === undefined) return null;
    const row = await this.tx.selectFrom('decisions').select('id').where('id', '=', id).executeTakeFirst();
    if (!row) { this.add(field, `decision ${id} does not exist`); return null; }
    return row.id;
  }

  dateOrder(startsOn: string | null | undefined, endsOn: string | null | undefined, field = 'endsOn') {
    if (startsOn && endsOn && endsOn < startsOn) this.add(field, `must not be before ${startsOn}`, 'cycleDateOrder');
  }

  /** Throws one 400 naming every collected field. */
  check(): void { if (this.errors.length) throw invalid(this.errors); }
}

/**
 * Rows a race could still break after our checks (two saves at once on PostgreSQL) surface as a
 * constraint error; they are the client's 409 or 400, never a 500.
 */
export function translateDbError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; constraint?: string; detail?: string };
  if (e?.code === '23505') return conflict('CYCLE_DUPLICATE', `Someone saved the same record at the same time (${e.constraint ?? 'unique'}); reload and try again`);
  if (e?.code === '23503') return invalid([{ field: 'body', message: 'refers to something that no longer exists', code: 'reference' }]);
  if (e?.code === '23514' || e?.code === '22003' || e?.code === '22007' || e?.code === '22008') {
    return invalid([{ field: 'body', message: 'a value is out of range', code: 'cycleRange' }]);
  }
  return err;
}

// --- audit snapshots: the state of a record as the audit log records it (before/after) --------

export async function actionLineSnapshot(tx: Tx, id: number) {
  const row = await tx.selectFrom('action_lines').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const recs = await tx.selectFrom('action_line_recommendations').select('recommendation_code').where('action_line_id', '=', id).orderBy('recommendation_code').execute();
  const challenges = await tx.selectFrom('action_line_challenges').select('challenge').where('action_line_id', '=', id).orderBy('challenge').execute();
  const code = await actorCodes(tx);
  return {
    code: row.code, title: { nl: row.title_nl, en: row.title_en }, description: { nl: row.description_nl, en: row.description_en },
    owner: code(row.owner_actor_id), recommendations: recs.map((r) => r.recommendation_code), challenges: challenges.map((c) => c.challenge),
    version: row.version,
  };
}

export async function planSnapshot(tx: Tx, id: number) {
  const plan = await findPlanRecord(tx, id);
  if (!plan) return null;
  const baselines = await tx.selectFrom('plan_baselines').select(['version', 'decision_id', 'reason']).where('plan_id', '=', id).orderBy('version').execute();
  return {
    id: plan.id, actionLineId: plan.actionLineId, kind: plan.kind, yearFrom: plan.yearFrom, yearTo: plan.yearTo, status: plan.status,
    adoptedByDecisionId: plan.adoptedByDecisionId, rolledFromPlanId: plan.rolledFromPlanId,
    baselines: baselines.map((b) => ({ version: b.version, decisionId: b.decision_id, reason: b.reason })), version: plan.version,
  };
}

export async function actionSnapshot(tx: Tx, id: number) {
  const a = await findActionRecord(tx, id);
  if (!a) return null;
  const code = await actorCodes(tx);
  const decisions = await tx.selectFrom('action_decisions').select('decision_id').where('action_id', '=', id).orderBy('decision_id').execute();
  return {
    id: a.id, planId: a.planId, code: a.code, title: a.title, description: a.description, responsibleActor: code(a.responsibleActorId),
    contributors: a.contributorIds.map((c) => code(c)), status: a.status, startsOn: a.startsOn, endsOn: a.endsOn,
    budgetPlanned: a.budgetPlanned, budgetCommitted: a.budgetCommitted, budgetSpent: a.budgetSpent, externalId: a.externalId,
    carriedFromActionId: a.carriedFromActionId, decisions: decisions.map((d) => d.decision_id),
    milestones: a.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, weight: m.weight })),
    version: a.version,
  };
}

export async function milestoneSnapshot(tx: Tx, id: number) {
  const m = await tx.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) return null;
  return {
    id: m.id, actionId: m.action_id, title: { nl: m.title_nl, en: m.title_en }, dueOn: m.due_on, doneOn: m.done_on,
    weight: m.weight === null ? null : Number(m.weight), version: m.version,
  };
}

export async function conformitySnapshot(tx: Tx, id: number) {
  const [c] = await listConformity(tx, id);
  if (!c) return null;
  const code = await actorCodes(tx);
  return { id: c.id, actor: code(c.actorId), agreement: c.agreement, status: c.status, since: c.since, note: c.note, source: c.source, version: c.version };
}

/** Freezes the plan's current content as the next baseline version; returns that version. */
export async function freezeBaseline(tx: Tx, plan: PlanRecord, userId: number | null, decisionId: number | null, reason: string): Promise<number> {
  const actions = await planActions(tx, plan.id);
  const content = planContent(plan, actions, await actorCodes(tx));
  const last = await tx.selectFrom('plan_baselines').select('version').where('plan_id', '=', plan.id).orderBy('version', 'desc').executeTakeFirst();
  const version = (last?.version ?? 0) + 1;
  await tx.insertInto('plan_baselines').values({
    plan_id: plan.id, version, content: JSON.stringify(content), decision_id: decisionId, reason, frozen_by: userId,
  }).execute();
  return version;
}
