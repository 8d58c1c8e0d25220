import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { brusselsDate } from '../../web/dates.js';
import type { MaturityModel } from '../maturity/model.js';
import type { AnswerFact } from './flags.js';
import { isRelevance, type Relevance } from './ranking.js';
import type { ItemStatus } from './schemas.js';

export type Reader = Kysely<Database> | Transaction<Database>;

export interface OrganisationRecord {
  id: number; name: string; subsector: string; mission: string; contactable: boolean; shareWithTeam: boolean; isDemo: boolean;
}

export async function findOrganisation(db: Reader, id: number): Promise<OrganisationRecord | undefined> {
  const o = await db.selectFrom('organisations').select(['id', 'name', 'subsector', 'mission', 'contactable', 'share_with_team', 'is_demo'])
    .where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst();
  return o && { id: o.id, name: o.name, subsector: o.subsector, mission: o.mission, contactable: o.contactable, shareWithTeam: o.share_with_team, isDemo: o.is_demo };
}

// --- results ---------------------------------------------------------------------------------
export interface AssessmentRef { id: number; modelId: number; kind: 'quick' | 'full'; submittedAt: string; submittedOn: string; isDemo: boolean }
export interface ResultRow { dimension: string; level: number; target: number | null; min: number; max: number; respondents: number; disagreement: boolean }

/** Every submitted assessment of the organisation, oldest first. */
export async function submittedAssessments(db: Reader, organisationId: number): Promise<AssessmentRef[]> {
  const rows = await db.selectFrom('assessments').select(['id', 'model_id', 'kind', 'submitted_at', 'is_demo'])
    .where('organisation_id', '=', organisationId).where('status', '=', 'submitted').where('submitted_at', 'is not', null)
    .orderBy('submitted_at').orderBy('id').execute();
  return rows.map((a) => ({
    id: a.id, modelId: a.model_id, kind: a.kind, submittedAt: a.submitted_at!.toISOString(), submittedOn: brusselsDate(a.submitted_at!), isDemo: a.is_demo,
  }));
}

export async function resultsFor(db: Reader, assessmentIds: readonly number[]): Promise<Map<number, ResultRow[]>> {
  const out = new Map<number, ResultRow[]>(assessmentIds.map((id) => [id, []]));
  if (!assessmentIds.length) return out;
  const rows = await db.selectFrom('assessment_results').selectAll().where('assessment_id', 'in', [...assessmentIds]).execute();
  for (const r of rows) {
    out.get(r.assessment_id)!.push({
      dimension: r.dimension_code, level: r.level, target: r.target_level, min: r.min_level, max: r.max_level, respondents: r.respondents, disagreement: r.disagreement,
    });
  }
  return out;
}

/**
 * The critical items that held a dimension's level back, following the assessments module's
 * scoring rule: a critical question (critical_from = L) answered below L, or left unanswered by a
 * finished respondent of a full assessment, caps the dimension below L.
 */
export async function criticalCaps(db: Reader, assessment: AssessmentRef, model: MaturityModel, results: readonly ResultRow[]): Promise<Map<string, number[]>> {
  const caps = new Map<string, number[]>();
  const critical = [...model.questions.values()].filter((q) => q.criticalFrom !== null && (assessment.kind === 'full' || q.quickScan));
  if (!critical.length) return caps;
  const [answers, finished] = await Promise.all([
    db.selectFrom('assessment_answers').select(['user_id', 'question_id', 'current_level', 'not_applicable'])
      .where('assessment_id', '=', assessment.id).where('question_id', 'in', critical.map((q) => q.id)).execute(),
    db.selectFrom('assessment_respondents').select('user_id').where('assessment_id', '=', assessment.id).where('finished_at', 'is not', null).execute(),
  ]);
  for (const q of critical) {
    const result = results.find((r) => r.dimension === q.dimension);
    const from = q.criticalFrom!;
    if (!result || result.level >= from) continue;
    const mine = answers.filter((a) => a.question_id === q.id);
    const below = mine.some((a) => !a.not_applicable && a.current_level !== null && a.current_level < from);
    const missing = assessment.kind === 'full' && finished.some((f) => !mine.some((a) => a.user_id === f.user_id));
    if (below || missing) caps.set(q.dimension, [...(caps.get(q.dimension) ?? []), q.id]);
  }
  return caps;
}

/** Per answer only what the flags need: the level, N/A, and whether an evidence link was given. */
export async function answerFacts(db: Reader, assessmentId: number, model: MaturityModel): Promise<AnswerFact[]> {
  const rows = await db.selectFrom('assessment_answers').select(['question_id', 'current_level', 'not_applicable', 'evidence_url'])
    .where('assessment_id', '=', assessmentId).execute();
  return rows.flatMap((a) => {
    const q = model.questions.get(a.question_id);
    return q ? [{ dimension: q.dimension, currentLevel: a.current_level, notApplicable: a.not_applicable, hasEvidence: Boolean(a.evidence_url?.trim()) }] : [];
  });
}

// --- plans -----------------------------------------------------------------------------------
export interface PlanRecord {
  id: number; organisationId: number; assessmentId: number; reassessOn: string | null; scenarioNote: string;
  createdBy: number | null; createdAt: string; updatedAt: string; version: number;
}
/** A chosen priority: its relevance (from the plan's relevance per dimension) and the reason written when it was chosen. */
export interface PriorityRecord { dimension: string; relevance: Relevance; reason: string }
export interface ItemRecord {
  id: number; planId: number; dimension: string; stepId: number | null; text: string; owner: string; dueOn: string | null;
  status: ItemStatus; createdAt: string; updatedAt: string; version: number;
}
export interface CommentRecord { id: number; body: string; createdAt: string; authorId: number; author: string }

const planColumns = ['id', 'organisation_id', 'assessment_id', 'reassess_on', 'scenario_note', 'created_by', 'created_at', 'updated_at', 'version'] as const;
type PlanRow = { id: number; organisation_id: number; assessment_id: number; reassess_on: string | null; scenario_note: string; created_by: number | null; created_at: Date; updated_at: Date; version: number };
const toPlan = (p: PlanRow): PlanRecord => ({
  id: p.id, organisationId: p.organisation_id, assessmentId: p.assessment_id, reassessOn: p.reassess_on, scenarioNote: p.scenario_note,
  createdBy: p.created_by, createdAt: p.created_at.toISOString(), updatedAt: p.updated_at.toISOString(), version: p.version,
});

/** The organisation's current plan: the one made last. Earlier plans stay readable in the history. */
export async function currentPlan(db: Reader, organisationId: number): Promise<PlanRecord | undefined> {
  const p = await db.selectFrom('improvement_plans').select(planColumns).where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return p && toPlan(p);
}

export async function findPlan(db: Reader, planId: number): Promise<PlanRecord | undefined> {
  const p = await db.selectFrom('improvement_plans').select(planColumns).where('id', '=', planId).executeTakeFirst();
  return p && toPlan(p);
}

export async function planForAssessment(db: Reader, assessmentId: number): Promise<PlanRecord | undefined> {
  const p = await db.selectFrom('improvement_plans').select(planColumns).where('assessment_id', '=', assessmentId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return p && toPlan(p);
}

export async function plansOf(db: Reader, organisationId: number): Promise<PlanRecord[]> {
  const rows = await db.selectFrom('improvement_plans').select(planColumns).where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toPlan);
}

/**
 * The relevance to its mission the organisation gave each dimension of the plan's model, chosen
 * or not. Plans saved before improvement_relevance existed kept the relevance of their chosen
 * dimensions as the priority's reason; those are read as a fallback so such a plan keeps it.
 */
export async function relevanceOf(db: Reader, planId: number): Promise<Map<string, Relevance>> {
  const rows = await db.selectFrom('improvement_relevance').select(['dimension_code', 'relevance']).where('plan_id', '=', planId).execute();
  if (rows.length) return new Map(rows.map((r) => [r.dimension_code, r.relevance]));
  const legacy = await db.selectFrom('improvement_priorities').select(['dimension_code', 'reason']).where('plan_id', '=', planId).execute();
  return new Map(legacy.flatMap((r) => (isRelevance(r.reason) ? [[r.dimension_code, r.reason] as const] : [])));
}

export async function prioritiesOf(db: Reader, planId: number, relevance?: ReadonlyMap<string, Relevance>): Promise<PriorityRecord[]> {
  const rows = await db.selectFrom('improvement_priorities').select(['dimension_code', 'reason']).where('plan_id', '=', planId).orderBy('dimension_code').execute();
  const given = relevance ?? await relevanceOf(db, planId);
  // A bare relevance word is the old way of storing relevance, not a written reason.
  return rows.map((r) => ({ dimension: r.dimension_code, relevance: given.get(r.dimension_code) ?? 'normal', reason: isRelevance(r.reason) ? '' : r.reason }));
}

type ItemRow = { id: number; plan_id: number; dimension_code: string; step_id: number | null; text: string; owner: string; due_on: string | null; status: ItemStatus; created_at: Date; updated_at: Date; version: number };
const toItem = (i: ItemRow): ItemRecord => ({
  id: i.id, planId: i.plan_id, dimension: i.dimension_code, stepId: i.step_id, text: i.text, owner: i.owner, dueOn: i.due_on, status: i.status,
  createdAt: i.created_at.toISOString(), updatedAt: i.updated_at.toISOString(), version: i.version,
});

export async function itemsOf(db: Reader, planId: number): Promise<ItemRecord[]> {
  const rows = await db.selectFrom('improvement_items').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
  return rows.map(toItem);
}

export async function findItem(db: Reader, itemId: number): Promise<ItemRecord | undefined> {
  const row = await db.selectFrom('improvement_items').selectAll().where('id', '=', itemId).executeTakeFirst();
  return row && toItem(row);
}

export async function commentsOf(db: Reader, planId: number): Promise<CommentRecord[]> {
  const rows = await db.selectFrom('improvement_comments as c').innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.id', 'c.body', 'c.created_at', 'c.user_id', 'u.display_name']).where('c.plan_id', '=', planId).orderBy('c.created_at').orderBy('c.id').execute();
  return rows.map((c) => ({ id: c.id, body: c.body, createdAt: c.created_at.toISOString(), authorId: c.user_id, author: c.display_name }));
}

// --- coaches ---------------------------------------------------------------------------------
export interface CoachRecord {
  id: number; userId: number; name: string; email: string; actorId: number | null; invitedAt: string; invitedBy: string; withdrawnAt: string | null;
}

export async function coachesOf(db: Reader, organisationId: number): Promise<CoachRecord[]> {
  const rows = await db.selectFrom('coach_invitations as c').innerJoin('users as u', 'u.id', 'c.coach_user_id').innerJoin('users as by', 'by.id', 'c.invited_by')
    .select(['c.id', 'c.coach_user_id', 'u.display_name', 'u.email', 'c.actor_id', 'c.invited_at', 'by.display_name as invited_by_name', 'c.withdrawn_at'])
    .where('c.organisation_id', '=', organisationId).orderBy('c.invited_at', 'desc').orderBy('c.id', 'desc').execute();
  return rows.map((c) => ({
    id: c.id, userId: c.coach_user_id, name: c.display_name, email: c.email, actorId: c.actor_id, invitedAt: c.invited_at.toISOString(),
    invitedBy: c.invited_by_name, withdrawnAt: c.withdrawn_at ? c.withdrawn_at.toISOString() : null,
  }));
}

export interface CoachingRecord { invitationId: number; organisationId: number; name: string; subsector: string; isDemo: boolean; actorId: number | null; invitedAt: string }

/** The organisations that currently invite this account as their coach. */
export async function coachingOf(db: Reader, userId: number): Promise<CoachingRecord[]> {
  const rows = await db.selectFrom('coach_invitations as c').innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.id', 'o.id as organisation_id', 'o.name', 'o.subsector', 'o.is_demo', 'c.actor_id', 'c.invited_at'])
    .where('c.coach_user_id', '=', userId).where('c.withdrawn_at', 'is', null).where('o.retired_at', 'is', null).orderBy('o.name').execute();
  return rows.map((r) => ({
    invitationId: r.id, organisationId: r.organisation_id, name: r.name, subsector: r.subsector, isDemo: r.is_demo, actorId: r.actor_id, invitedAt: r.invited_at.toISOString(),
  }));
}
