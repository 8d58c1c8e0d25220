import type { CallStatus, WorkflowActorRole, WorkflowStepKind } from '../../../db/schema-calls.js';
import { notFound } from '../../../plugins/errors.js';
import type { Reader, Texts } from '../commands/shared.js';

export interface CallSummary {
  id: number; code: string; title: Texts; summary: Texts;
  instrument: { id: number; code: string; name: Texts; type: string };
  budgetEur: number; maxGrantEur: number | null; opensAt: Date; closesAt: Date;
  status: CallStatus; isDemo: boolean; version: number;
}

export interface CallRecord extends CallSummary {
  eligibility: Texts;
  applicationFormId: number; annexFormId: number;
  minPartners: number; requiresCrossSector: boolean;
  criteria: Array<{ code: string; position: number; weight: number; label: Texts; description: Texts }>;
  annexes: Array<{ code: string; position: number; label: Texts; required: boolean }>;
  workflow: Array<{ code: string; position: number; kind: WorkflowStepKind; actorRole: WorkflowActorRole; label: Texts }>;
}

const base = (db: Reader) => db.selectFrom('calls as c').innerJoin('instruments as i', 'i.id', 'c.instrument_id').select([
  'c.id', 'c.code', 'c.title_nl', 'c.title_en', 'c.summary_nl', 'c.summary_en', 'c.eligibility_nl', 'c.eligibility_en',
  'c.budget_eur', 'c.max_grant_eur', 'c.opens_at', 'c.closes_at', 'c.application_form_id', 'c.annex_form_id',
  'c.min_partners', 'c.requires_cross_sector', 'c.status', 'c.is_demo', 'c.version',
  'i.id as instrument_id', 'i.code as instrument_code', 'i.name_nl as instrument_nl', 'i.name_en as instrument_en', 'i.type as instrument_type',
]);
type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function summary(r: Row): CallSummary {
  return {
    id: r.id, code: r.code, title: { nl: r.title_nl, en: r.title_en }, summary: { nl: r.summary_nl, en: r.summary_en },
    instrument: { id: r.instrument_id, code: r.instrument_code, name: { nl: r.instrument_nl, en: r.instrument_en }, type: r.instrument_type },
    budgetEur: Number(r.budget_eur), maxGrantEur: r.max_grant_eur === null ? null : Number(r.max_grant_eur),
    opensAt: r.opens_at, closesAt: r.closes_at, status: r.status, isDemo: r.is_demo, version: r.version,
  };
}

/** Every call (drafts too: callers filter), closing soonest first. */
export async function listCalls(db: Reader): Promise<CallSummary[]> {
  return (await base(db).orderBy('c.closes_at').orderBy('c.code').execute()).map(summary);
}

export async function findCall(db: Reader, code: string): Promise<CallRecord | null> {
  const r = await base(db).where('c.code', '=', code).executeTakeFirst();
  if (!r) return null;
  const [criteria, annexes, workflow] = await Promise.all([
    db.selectFrom('call_criteria').selectAll().where('call_id', '=', r.id).orderBy('position').execute(),
    db.selectFrom('call_annexes').selectAll().where('call_id', '=', r.id).orderBy('position').execute(),
    db.selectFrom('call_workflow_steps').selectAll().where('call_id', '=', r.id).orderBy('position').execute(),
  ]);
  return {
    ...summary(r),
    eligibility: { nl: r.eligibility_nl, en: r.eligibility_en },
    applicationFormId: r.application_form_id, annexFormId: r.annex_form_id,
    minPartners: r.min_partners, requiresCrossSector: r.requires_cross_sector,
    criteria: criteria.map((c) => ({ code: c.code, position: c.position, weight: Number(c.weight), label: { nl: c.label_nl, en: c.label_en }, description: { nl: c.description_nl, en: c.description_en } })),
    annexes: annexes.map((a) => ({ code: a.code, position: a.position, label: { nl: a.label_nl, en: a.label_en }, required: a.required })),
    workflow: workflow.map((s) => ({ code: s.code, position: s.position, kind: s.kind, actorRole: s.actor_role, label: { nl: s.label_nl, en: s.label_en } })),
  };
}

/** A call by code; drafts only for those who may manage calls. */
export async function getCall(db: Reader, code: string, seesDrafts: boolean): Promise<CallRecord> {
  const call = await findCall(db, code);
  if (!call || (call.status === 'draft' && !seesDrafts)) throw notFound('call', code);
  return call;
}

/** Instruments a call can belong to (active ones), subsidies first. */
export async function instrumentOptions(db: Reader) {
  return db.selectFrom('instruments').select(['code', 'name_nl', 'name_en', 'type']).where('retired_at', 'is', null)
    .orderBy((eb) => eb.case().when('type', '=', 'subsidy').then(0).else(1).end()).orderBy('name_nl').execute();
}
