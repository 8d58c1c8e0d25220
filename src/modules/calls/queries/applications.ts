import type { ApplicationStatus, PathwayStage } from '../../../db/schema-calls.js';
import { notFound } from '../../../plugins/errors.js';
import type { Reader } from '../commands/shared.js';
import { PATHWAY_STAGES } from '../constants.js';
import type { FormAnswers } from '../form-fields.js';

export interface PartnerRecord {
  organisationId: number; name: string; subsector: string; role: 'lead' | 'partner'; contribution: string;
  confirmedAt: Date | null; isDemo: boolean;
}
export interface PathwayRecord { stage: PathwayStage; description: string; indicators: Array<{ name: string; target: string }> }
export interface DocumentRecord { annexCode: string; title: string; url: string; addedAt: Date }

export async function applicationRow(db: Reader, id: number) {
  const row = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('application', id);
  return row;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
export const answersOf = (v: unknown): FormAnswers => json<FormAnswers>(v) ?? {};

export async function partnersOf(db: Reader, applicationId: number): Promise<PartnerRecord[]> {
  const rows = await db.selectFrom('application_partners as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.organisation_id', 'o.name', 'o.subsector', 'o.is_demo', 'p.role', 'p.contribution', 'p.confirmed_at'])
    .where('p.application_id', '=', applicationId)
    .orderBy((eb) => eb.case().when('p.role', '=', 'lead').then(0).else(1).end()).orderBy('o.name').execute();
  return rows.map((r) => ({ organisationId: r.organisation_id, name: r.name, subsector: r.subsector, role: r.role, contribution: r.contribution, confirmedAt: r.confirmed_at, isDemo: r.is_demo }));
}

/** The five stages in order, empty ones included. */
export async function pathwayOf(db: Reader, applicationId: number): Promise<PathwayRecord[]> {
  const rows = await db.selectFrom('application_pathway').selectAll().where('application_id', '=', applicationId).execute();
  return PATHWAY_STAGES.map((stage) => {
    const r = rows.find((x) => x.stage === stage);
    return { stage, description: r?.description ?? '', indicators: r ? json<Array<{ name: string; target: string }>>(r.indicators) : [] };
  });
}

export async function documentsOf(db: Reader, applicationId: number): Promise<DocumentRecord[]> {
  const rows = await db.selectFrom('application_documents').selectAll().where('application_id', '=', applicationId).orderBy('annex_code').execute();
  return rows.map((r) => ({ annexCode: r.annex_code, title: r.title, url: r.url, addedAt: r.added_at }));
}

/** A consortium is cross-sector when its organisations come from more than one subsector. */
export function isCrossSector(partners: ReadonlyArray<{ subsector: string }>): boolean {
  return new Set(partners.map((p) => p.subsector)).size > 1;
}

export interface ApplicationListItem {
  id: number; title: string; status: ApplicationStatus; currentStep: string | null; submittedAt: Date | null; updatedAt: Date; isDemo: boolean;
  /** The current step as the call's workflow names it, for people. */
  currentStepLabel: { nl: string; en: string } | null;
  call: { code: string; title_nl: string; title_en: string; closesAt: Date };
  lead: { id: number; name: string; subsector: string };
  partners: number; crossSector: boolean;
}

function listQuery(db: Reader) {
  return db.selectFrom('applications as a').innerJoin('calls as c', 'c.id', 'a.call_id').innerJoin('organisations as o', 'o.id', 'a.lead_organisation_id')
    .leftJoin('call_workflow_steps as w', (j) => j.onRef('w.call_id', '=', 'a.call_id').onRef('w.code', '=', 'a.current_step'))
    .select((eb) => [
      'a.id', 'a.title', 'a.status', 'a.current_step', 'w.label_nl as step_nl', 'w.label_en as step_en', 'a.submitted_at', 'a.updated_at', 'a.is_demo',
      'c.code as call_code', 'c.title_nl', 'c.title_en', 'c.closes_at', 'o.id as lead_id', 'o.name as lead_name', 'o.subsector as lead_subsector',
      eb.selectFrom('application_partners as p').select((x) => x.fn.countAll<number>().as('n')).whereRef('p.application_id', '=', 'a.id').as('partners'),
      eb.selectFrom('application_partners as p').innerJoin('organisations as po', 'po.id', 'p.organisation_id')
        .select((x) => x.fn.count<number>('po.subsector').distinct().as('n')).whereRef('p.application_id', '=', 'a.id').as('subsectors'),
    ]);
}
type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['execute']>>[number];
const item = (r: ListRow): ApplicationListItem => ({
  id: r.id, title: r.title, status: r.status, currentStep: r.current_step,
  currentStepLabel: r.step_nl !== null && r.step_en !== null ? { nl: r.step_nl, en: r.step_en } : null, submittedAt: r.submitted_at, updatedAt: r.updated_at, isDemo: r.is_demo,
  call: { code: r.call_code, title_nl: r.title_nl, title_en: r.title_en, closesAt: r.closes_at },
  lead: { id: r.lead_id, name: r.lead_name, subsector: r.lead_subsector },
  partners: Number(r.partners ?? 0), crossSector: Number(r.subsectors ?? 0) > 1,
});

/** Applications of every organisation the account is owner or member of (lead or partner). */
export async function myApplications(db: Reader, userId: number): Promise<ApplicationListItem[]> {
  const rows = await listQuery(db).where('a.id', 'in', (eb) => eb.selectFrom('application_partners as p')
    .innerJoin('organisation_members as m', 'm.organisation_id', 'p.organisation_id')
    .select('p.application_id').where('m.user_id', '=', userId).where('m.role', 'in', ['owner', 'member']))
    .orderBy('a.updated_at', 'desc').execute();
  return rows.map(item);
}

/** Every application of a call (the transition team's view), drafts included. */
export async function callApplications(db: Reader, callId: number, status?: ApplicationStatus): Promise<ApplicationListItem[]> {
  let q = listQuery(db).where('a.call_id', '=', callId);
  if (status) q = q.where('a.status', '=', status);
  return (await q.orderBy('a.submitted_at').orderBy('a.id').execute()).map(item);
}

/** Whether the account reviews for any call: its way to the review workspace starts from the call pages. */
export async function reviewsAnyCall(db: Reader, userId: number): Promise<boolean> {
  return Boolean(await db.selectFrom('call_reviewers').select('call_id').where('user_id', '=', userId).limit(1).executeTakeFirst());
}

/** After a decision: the project a grant became, for the applicant's way on from the application. */
export async function projectCodeOf(db: Reader, applicationId: number): Promise<string | null> {
  return (await db.selectFrom('projects').select('code').where('application_id', '=', applicationId).executeTakeFirst())?.code ?? null;
}
