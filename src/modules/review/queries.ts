import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../plugins/errors.js';
import type { FormField } from '../calls/form-fields.js';
import type { RankCriterion } from './ranking.js';
import type { WorkflowStep } from './workflow.js';

/** Reads only: (db or transaction, args) => rows. */
export type Reader = Kysely<Database> | Transaction<Database>;

export interface CallRecord {
  id: number; code: string; title: { nl: string; en: string }; isDemo: boolean;
  budget: number; maxGrant: number | null; closesAt: string; status: string;
  criteria: RankCriterion[]; steps: WorkflowStep[];
}

export async function callRecord(db: Reader, by: { code: string } | { id: number }): Promise<CallRecord> {
  let q = db.selectFrom('calls').select(['id', 'code', 'title_nl', 'title_en', 'is_demo', 'budget_eur', 'max_grant_eur', 'closes_at', 'status']);
  q = 'code' in by ? q.where('code', '=', by.code) : q.where('id', '=', by.id);
  const call = await q.executeTakeFirst();
  if (!call) throw notFound('call', 'code' in by ? by.code : by.id);
  const [criteria, steps] = await Promise.all([
    db.selectFrom('call_criteria').selectAll().where('call_id', '=', call.id).orderBy('position').execute(),
    db.selectFrom('call_workflow_steps').selectAll().where('call_id', '=', call.id).orderBy('position').execute(),
  ]);
  return {
    id: call.id, code: call.code, title: { nl: call.title_nl, en: call.title_en }, isDemo: call.is_demo,
    budget: Number(call.budget_eur), maxGrant: call.max_grant_eur === null ? null : Number(call.max_grant_eur),
    closesAt: new Date(call.closes_at).toISOString(), status: call.status,
    criteria: criteria.map((c) => ({ code: c.code, position: c.position, weight: Number(c.weight), label: { nl: c.label_nl, en: c.label_en } })),
    steps: steps.map((s) => ({ position: s.position, code: s.code, kind: s.kind, actorRole: s.actor_role, label: { nl: s.label_nl, en: s.label_en } })),
  };
}

export async function applicationRow(db: Reader, id: number) {
  const row = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.status === 'draft') throw notFound('application', id);
  return row;
}
export type ApplicationRow = Awaited<ReturnType<typeof applicationRow>>;

export interface Partner { organisationId: number; name: string; subsector: string; role: 'lead' | 'partner'; isDemo: boolean; contribution: string }

export async function consortium(db: Reader, applicationId: number): Promise<Partner[]> {
  const rows = await db.selectFrom('application_partners as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.organisation_id', 'o.name', 'o.subsector', 'p.role', 'o.is_demo', 'p.contribution'])
    .where('p.application_id', '=', applicationId).orderBy('p.role').orderBy('o.name').execute();
  return rows.map((r) => ({ organisationId: r.organisation_id, name: r.name, subsector: r.subsector, role: r.role, isDemo: r.is_demo, contribution: r.contribution }));
}

/** Is the account a member (any role) of an organisation in the application's consortium? */
export async function inConsortium(db: Reader, userId: number, applicationId: number): Promise<boolean> {
  const row = await db.selectFrom('application_partners as p')
    .innerJoin('organisation_members as m', 'm.organisation_id', 'p.organisation_id')
    .select('p.organisation_id').where('p.application_id', '=', applicationId).where('m.user_id', '=', userId).executeTakeFirst();
  return Boolean(row);
}

export async function isAssigned(db: Reader, callId: number, userId: number): Promise<boolean> {
  return Boolean(await db.selectFrom('call_reviewers').select('user_id').where('call_id', '=', callId).where('user_id', '=', userId).executeTakeFirst());
}

export async function reviewOf(db: Reader, applicationId: number, reviewerId: number) {
  return db.selectFrom('reviews').selectAll().where('application_id', '=', applicationId).where('reviewer_id', '=', reviewerId).executeTakeFirst();
}

export async function scoresOf(db: Reader, applicationId: number, reviewerId: number) {
  return db.selectFrom('review_scores').select(['criterion_code', 'score', 'motivation'])
    .where('application_id', '=', applicationId).where('reviewer_id', '=', reviewerId).execute();
}

export interface StepEntry { stepCode: string; outcome: string; note: string; by: string; at: string }

export async function stepHistory(db: Reader, applicationId: number): Promise<StepEntry[]> {
  const rows = await db.selectFrom('application_steps as s').innerJoin('users as u', 'u.id', 's.acted_by')
    .select(['s.step_code', 's.outcome', 's.note', 'u.display_name', 's.acted_at'])
    .where('s.application_id', '=', applicationId).orderBy('s.acted_at').orderBy('s.id').execute();
  return rows.map((r) => ({ stepCode: r.step_code, outcome: r.outcome, note: r.note, by: r.display_name, at: new Date(r.acted_at).toISOString() }));
}

export interface OverviewRow {
  id: number; title: string; leadName: string; status: string; currentStep: string | null; requested: number | null;
  submittedAt: string | null; isDemo: boolean; version: number; submittedReviews: number; conflicts: number;
}

/** The call's applications after submission, for the team's overview. */
export async function callApplications(db: Reader, callId: number): Promise<OverviewRow[]> {
  const rows = await db.selectFrom('applications as a').innerJoin('organisations as o', 'o.id', 'a.lead_organisation_id')
    .select((eb) => [
      'a.id', 'a.title', 'o.name', 'a.status', 'a.current_step', 'a.requested_eur', 'a.submitted_at', 'a.is_demo', 'a.version',
      eb.selectFrom('reviews as r').select((e) => e.fn.countAll<number>().as('n')).whereRef('r.application_id', '=', 'a.id')
        .where('r.conflicted', '=', false).where('r.submitted_at', 'is not', null).as('submitted'),
      eb.selectFrom('reviews as r').select((e) => e.fn.countAll<number>().as('n')).whereRef('r.application_id', '=', 'a.id')
        .where('r.conflicted', '=', true).as('conflicts'),
    ])
    .where('a.call_id', '=', callId).where('a.status', 'not in', ['draft', 'withdrawn']).orderBy('a.submitted_at').orderBy('a.id').execute();
  return rows.map((r) => ({
    id: r.id, title: r.title, leadName: r.name, status: r.status, currentStep: r.current_step,
    requested: r.requested_eur === null ? null : Number(r.requested_eur), submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    isDemo: r.is_demo, version: r.version, submittedReviews: Number(r.submitted ?? 0), conflicts: Number(r.conflicts ?? 0),
  }));
}

export interface ReviewerRow { userId: number; name: string; email: string; assignedAt: string; declared: number; submitted: number; conflicts: number }

export async function reviewersOf(db: Reader, callId: number): Promise<ReviewerRow[]> {
  const rows = await db.selectFrom('call_reviewers as cr').innerJoin('users as u', 'u.id', 'cr.user_id')
    .leftJoin('reviews as r', (j) => j.onRef('r.reviewer_id', '=', 'cr.user_id')
      .on('r.application_id', 'in', (eb) => eb.selectFrom('applications').select('id').where('call_id', '=', callId)))
    .select((eb) => [
      'cr.user_id', 'u.display_name', 'u.email', 'cr.assigned_at',
      eb.fn.count<number>('r.application_id').as('declared'),
      eb.fn.count<number>('r.submitted_at').as('submitted'),
      eb.fn.sum<number>(eb.case().when('r.conflicted', '=', true).then(1).else(0).end()).as('conflicts'),
    ])
    .where('cr.call_id', '=', callId).groupBy(['cr.user_id', 'u.display_name', 'u.email', 'cr.assigned_at']).orderBy('u.display_name').execute();
  return rows.map((r) => ({
    userId: r.user_id, name: r.display_name, email: r.email, assignedAt: new Date(r.assigned_at).toISOString(),
    declared: Number(r.declared), submitted: Number(r.submitted), conflicts: Number(r.conflicts ?? 0),
  }));
}

export interface ReviewerCall { id: number; code: string; title: { nl: string; en: string }; isDemo: boolean; closesAt: string }

export async function reviewerCalls(db: Reader, userId: number): Promise<ReviewerCall[]> {
  const rows = await db.selectFrom('call_reviewers as cr').innerJoin('calls as c', 'c.id', 'cr.call_id')
    .select(['c.id', 'c.code', 'c.title_nl', 'c.title_en', 'c.is_demo', 'c.closes_at'])
    .where('cr.user_id', '=', userId).orderBy('c.closes_at', 'desc').execute();
  return rows.map((c) => ({ id: c.id, code: c.code, title: { nl: c.title_nl, en: c.title_en }, isDemo: c.is_demo, closesAt: new Date(c.closes_at).toISOString() }));
}

export interface ReviewerItem {
  id: number; callId: number; title: string; partners: string[]; isDemo: boolean; status: string;
  /** null: not declared yet. */
  conflicted: boolean | null; submitted: boolean; automaticConflict: boolean;
}

/**
 * What a reviewer sees of the applications of its calls before declaring: title and consortium
 * names only. A conflicted application shows as "conflict declared" and nothing more.
 */
export async function reviewerItems(db: Reader, userId: number, callIds: number[]): Promise<ReviewerItem[]> {
  if (!callIds.length) return [];
  const apps = await db.selectFrom('applications as a')
    .leftJoin('reviews as r', (j) => j.onRef('r.application_id', '=', 'a.id').on('r.reviewer_id', '=', userId))
    .select(['a.id', 'a.call_id', 'a.title', 'a.is_demo', 'a.status', 'r.conflicted', 'r.submitted_at'])
    .where('a.call_id', 'in', callIds).where('a.status', 'not in', ['draft', 'withdrawn', 'ineligible'])
    .orderBy('a.call_id').orderBy('a.id').execute();
  if (!apps.length) return [];
  const ids = apps.map((a) => a.id);
  const [partners, mine] = await Promise.all([
    db.selectFrom('application_partners as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select(['p.application_id', 'o.name', 'p.role']).where('p.application_id', 'in', ids).orderBy('p.role').orderBy('o.name').execute(),
    db.selectFrom('application_partners as p').innerJoin('organisation_members as m', 'm.organisation_id', 'p.organisation_id')
      .select('p.application_id').where('p.application_id', 'in', ids).where('m.user_id', '=', userId).execute(),
  ]);
  const auto = new Set(mine.map((m) => m.application_id));
  return apps.map((a) => ({
    id: a.id, callId: a.call_id, title: a.title, isDemo: a.is_demo, status: a.status,
    partners: partners.filter((p) => p.application_id === a.id).map((p) => p.name),
    conflicted: a.conflicted ?? (auto.has(a.id) ? true : null), submitted: Boolean(a.submitted_at), automaticConflict: auto.has(a.id),
  }));
}

export interface ApplicationContent {
  summary: string; answers: Record<string, unknown>; annexAnswers: Record<string, unknown>;
  fields: FormField[]; annexFields: FormField[];
  pathway: Array<{ stage: string; description: string; indicators: Array<{ name: string; target: string }> }>;
  /** Each document with the name of the annex it answers, as the call names it. */
  documents: Array<{ annexCode: string; annex: { nl: string; en: string } | null; title: string; url: string }>;
}

const STAGES = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'];
const parsed = <T>(v: unknown, fallback: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : ((v ?? fallback) as T));

/** Everything a reviewer reads of an application, in the form versions it was written against. */
export async function applicationContent(db: Reader, app: ApplicationRow): Promise<ApplicationContent> {
  const [forms, pathway, documents] = await Promise.all([
    db.selectFrom('form_definitions').select(['id', 'fields']).where('id', 'in', [app.form_id, app.annex_form_id]).execute(),
    db.selectFrom('application_pathway').selectAll().where('application_id', '=', app.id).execute(),
    db.selectFrom('application_documents as d').leftJoin('call_annexes as a', (j) => j.on('a.call_id', '=', app.call_id).onRef('a.code', '=', 'd.annex_code'))
      .select(['d.annex_code', 'd.title', 'd.url', 'a.label_nl', 'a.label_en']).where('d.application_id', '=', app.id).orderBy('d.annex_code').execute(),
  ]);
  const fieldsOf = (id: number) => parsed<FormField[]>(forms.find((f) => f.id === id)?.fields, []);
  return {
    summary: app.summary,
    answers: parsed<Record<string, unknown>>(app.answers, {}), annexAnswers: parsed<Record<string, unknown>>(app.annex_answers, {}),
    fields: fieldsOf(app.form_id), annexFields: fieldsOf(app.annex_form_id),
    pathway: pathway.sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage))
      .map((p) => ({ stage: p.stage, description: p.description, indicators: parsed<Array<{ name: string; target: string }>>(p.indicators, []) })),
    documents: documents.map((d) => ({ annexCode: d.annex_code, annex: d.label_nl !== null && d.label_en !== null ? { nl: d.label_nl, en: d.label_en } : null, title: d.title, url: d.url })),
  };
}

export async function decisionOf(db: Reader, applicationId: number) {
  return db.selectFrom('grant_decisions as d').innerJoin('users as u', 'u.id', 'd.decided_by')
    .select(['d.outcome', 'd.amount_eur', 'd.letter_nl', 'd.letter_en', 'd.decided_at', 'u.display_name'])
    .where('d.application_id', '=', applicationId).executeTakeFirst();
}

/** The counted reviews' scores and motivations (submitted, not conflicted), for the letter. */
export async function countedScores(db: Reader, applicationId: number) {
  return db.selectFrom('review_scores as s')
    .innerJoin('reviews as r', (j) => j.onRef('r.application_id', '=', 's.application_id').onRef('r.reviewer_id', '=', 's.reviewer_id'))
    .select(['s.criterion_code', 's.score', 's.motivation', 's.reviewer_id'])
    .where('s.application_id', '=', applicationId).where('r.conflicted', '=', false).where('r.submitted_at', 'is not', null)
    .orderBy('s.reviewer_id').execute();
}

export async function grantedTotal(db: Reader, callId: number): Promise<number> {
  const row = await db.selectFrom('grant_decisions as d').innerJoin('applications as a', 'a.id', 'd.application_id')
    .select((eb) => eb.fn.sum<string>('d.amount_eur').as('total'))
    .where('a.call_id', '=', callId).where('d.outcome', '=', 'granted').executeTakeFirst();
  return Number(row?.total ?? 0);
}
