import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { createSession } from '../../plugins/auth.js';
import type { Role } from '../../plugins/permissions.js';

/**
 * Calls and submitted applications made straight in the database (schema 0016), so that the
 * review workflow is tested on its own. Sessions are made like test/helpers/app.ts makes them.
 */
const SECRET = 'test-secret';
let n = 0;
const uniq = () => `${Date.now().toString(36)}${++n}${randomBytes(2).toString('hex')}`;

export interface Account { id: number; headers: Record<string, string> }

export async function account(db: Db, role: Role, name = `Test ${role}`): Promise<Account> {
  const { id } = await db.insertInto('users').values({
    email: `${role}-${uniq()}@example.org`, display_name: name, password_hash: 'x', role, created_at: new Date(), updated_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow();
  const session = await createSession(db, id, 1);
  const csrf = randomBytes(18).toString('base64url');
  return { id, headers: { cookie: `tr_session=${session.token}; tr_csrf=${csrf}`, 'x-csrf-token': createHmac('sha256', SECRET).update(csrf).digest('base64url') } };
}

export async function organisation(db: Db, name: string, subsector = 'heritage'): Promise<number> {
  const { id } = await db.insertInto('organisations').values({
    name: `${name} ${uniq()}`, subsector, staff_class: '5-19', budget_class: '250k-1m', province: 'oost-vlaanderen', municipality: 'Gent', legal_form: 'vzw', funding_framework: 'none' as never,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function member(db: Db, organisationId: number, userId: number): Promise<void> {
  await db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: userId, role: 'member' }).execute();
}

export interface CallOptions {
  criteria?: Array<{ code: string; weight: number }>;
  steps?: Array<{ code: string; kind: 'eligibility' | 'review' | 'panel' | 'decision' | 'other'; actor: 'transition_team' | 'reviewer' | 'panel' | 'steering_committee' }>;
  budget?: number; maxGrant?: number | null;
}

export const FIELDS = [
  { key: 'aim', type: 'textarea', label_nl: 'Doel van het project', label_en: 'Aim of the project', required: true },
  { key: 'team', type: 'number', label_nl: 'Teamleden', label_en: 'Team members', required: false },
];
export const ANNEX_FIELDS = [
  { key: 'standards', type: 'multi_choice', label_nl: 'Standaarden', label_en: 'Standards', required: true, options: [{ value: 'oslo', label_nl: 'OSLO', label_en: 'OSLO' }] },
];

export async function call(db: Db, options: CallOptions = {}): Promise<{ id: number; code: string }> {
  const code = `t-${uniq()}`;
  const instrument = await db.selectFrom('instruments').select('id').orderBy('id').executeTakeFirstOrThrow();
  const form = await db.insertInto('form_definitions').values({ code: `f-${code}`, kind: 'application', version: 1, title_nl: 'Formulier', title_en: 'Form', fields: JSON.stringify(FIELDS), published_at: new Date() }).returning('id').executeTakeFirstOrThrow();
  const annex = await db.insertInto('form_definitions').values({ code: `a-${code}`, kind: 'conformity_annex', version: 1, title_nl: 'Annex', title_en: 'Annex', fields: JSON.stringify(ANNEX_FIELDS), published_at: new Date() }).returning('id').executeTakeFirstOrThrow();
  const { id } = await db.insertInto('calls').values({
    code, instrument_id: instrument.id, title_nl: `Oproep ${code}`, title_en: `Call ${code}`, budget_eur: options.budget ?? 100000,
    max_grant_eur: options.maxGrant === undefined ? 40000 : options.maxGrant, opens_at: new Date(Date.now() - 60 * 86400_000), closes_at: new Date(Date.now() - 86400_000),
    application_form_id: form.id, annex_form_id: annex.id, status: 'published',
  }).returning('id').executeTakeFirstOrThrow();
  const criteria = options.criteria ?? [{ code: 'innovation', weight: 3 }, { code: 'impact', weight: 1 }];
  await db.insertInto('call_criteria').values(criteria.map((c, i) => ({ call_id: id, code: c.code, position: i + 1, weight: c.weight, label_nl: `Criterium ${c.code}`, label_en: `Criterion ${c.code}` }))).execute();
  const steps = options.steps ?? [
    { code: 'screening', kind: 'eligibility', actor: 'transition_team' }, { code: 'review', kind: 'review', actor: 'reviewer' }, { code: 'decision', kind: 'decision', actor: 'transition_team' },
  ];
  await db.insertInto('call_workflow_steps').values(steps.map((s, i) => ({ call_id: id, position: i + 1, code: s.code, kind: s.kind, actor_role: s.actor, label_nl: `Stap ${s.code}`, label_en: `Step ${s.code}` }))).execute();
  return { id, code };
}

export async function application(db: Db, callId: number, options: { title?: string; requested?: number | null; organisations: number[]; by: number; submittedAt?: Date }): Promise<number> {
  const c = await db.selectFrom('calls').select(['application_form_id', 'annex_form_id']).where('id', '=', callId).executeTakeFirstOrThrow();
  const { id } = await db.insertInto('applications').values({
    call_id: callId, lead_organisation_id: options.organisations[0]!, title: options.title ?? `Aanvraag ${uniq()}`, summary: 'Een korte samenvatting.',
    form_id: c.application_form_id, annex_form_id: c.annex_form_id, answers: JSON.stringify({ aim: 'Een open dataplatform bouwen.', team: 4 }),
    annex_answers: JSON.stringify({ standards: ['oslo'] }), requested_eur: options.requested === undefined ? 30000 : options.requested,
    status: 'submitted', submitted_at: options.submittedAt ?? new Date(), submitted_by: options.by, created_by: options.by,
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('application_partners').values(options.organisations.map((o, i) => ({ application_id: id, organisation_id: o, role: i === 0 ? 'lead' as const : 'partner' as const }))).execute();
  await db.insertInto('application_pathway').values({ application_id: id, stage: 'impact', description: 'Meer open erfgoeddata.', indicators: JSON.stringify([{ name: 'datasets', target: '10' }]) }).execute();
  return id;
}
