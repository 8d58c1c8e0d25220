import type { Transaction } from 'kysely';
import type { Database, OrganisationRole } from '../../../db/schema.js';
import { DEFAULT_CRITERIA, DEFAULT_WORKFLOW } from '../../calls/constants.js';

type Tx = Transaction<Database>;
const DAY = 86_400_000;

export const dayOffset = (days: number, from = new Date()) => new Date(from.getTime() + days * DAY).toISOString().slice(0, 10);
export const momentOffset = (days: number, from = new Date()) => new Date(from.getTime() + days * DAY);

/** Demo people: visibly demo in their name, and unable to log in (no valid password hash). */
const PEOPLE = [
  { key: 'team', email: 'demo-projecten-team@example.org', name: 'Demo: Transitieteam (projecten)', role: 'transition_team' as const },
  { key: 'lies', email: 'demo-projecten-lies@example.org', name: 'Demo: Lies Vermeulen', role: 'org_member' as const },
  { key: 'karim', email: 'demo-projecten-karim@example.org', name: 'Demo: Karim El Amrani', role: 'org_member' as const },
  { key: 'joke', email: 'demo-projecten-joke@example.org', name: 'Demo: Joke De Smet', role: 'org_member' as const },
] as const;
export type Person = (typeof PEOPLE)[number]['key'];

const org = (name: string, subsector: string, province: string, municipality: string, legal_form: 'vzw' | 'public' | 'autonomous_municipal', funding_framework: string, staff_class: '0-4' | '5-19' | '20-49' | '50+') =>
  ({ name, subsector, province, municipality, legal_form, funding_framework, staff_class, budget_class: staff_class === '20-49' ? '1m-5m' as const : '250k-1m' as const });

/** Fictional organisations of the demo, each labelled [demo]. */
export const ORGANISATIONS = {
  museum: org('[demo] Museum Aan de Vaart', 'heritage', 'antwerpen', 'Lier', 'autonomous_municipal', 'erfgoeddecreet', '20-49'),
  leiestreek: org('[demo] Erfgoedcel Leiestreek', 'heritage', 'west-vlaanderen', 'Kortrijk', 'public', 'erfgoeddecreet', '5-19'),
  kaai: org('[demo] Kunstencentrum De Kaai', 'arts', 'oost-vlaanderen', 'Gent', 'vzw', 'kunstendecreet', '20-49'),
  cc: org('[demo] Cultuurcentrum Ter Heide', 'libraries_cultural_centres', 'limburg', 'Genk', 'autonomous_municipal', 'lokaal_cultuurbeleid', '20-49'),
  film: org('[demo] Filmhuis Lumen', 'film', 'vlaams-brabant', 'Leuven', 'vzw', 'vaf', '5-19'),
  literature: org('[demo] Literair Huis Woordwerk', 'literature', 'brussel', 'Brussel', 'vzw', 'literatuur', '5-19'),
  vorming: org('[demo] Vormingplatform Samen Leren', 'socio_cultural', 'vlaams-brabant', 'Vilvoorde', 'vzw', 'sociaal_cultureel_volwassenenwerk', '5-19'),
};
export type OrgKey = keyof typeof ORGANISATIONS;

/** Who is owner or member where: every demo organisation has a demo owner. */
const MEMBERS: Array<[OrgKey, Person, OrganisationRole]> = [
  ['leiestreek', 'lies', 'owner'], ['museum', 'lies', 'member'], ['kaai', 'karim', 'owner'], ['cc', 'karim', 'member'],
  ['museum', 'joke', 'owner'], ['literature', 'joke', 'member'], ['cc', 'joke', 'owner'], ['film', 'karim', 'member'],
  ['film', 'lies', 'owner'], ['literature', 'karim', 'owner'], ['vorming', 'joke', 'owner'],
];

export async function demoPeople(tx: Tx): Promise<Record<Person, number>> {
  const ids = {} as Record<Person, number>;
  for (const p of PEOPLE) {
    const existing = await tx.selectFrom('users').select('id').where('email', '=', p.email).executeTakeFirst();
    ids[p.key] = existing?.id ?? (await tx.insertInto('users').values({
      email: p.email, display_name: p.name, password_hash: 'demo-account-without-login', role: p.role, created_at: new Date(), updated_at: new Date(),
    }).returning('id').executeTakeFirstOrThrow()).id;
  }
  return ids;
}

export async function demoOrganisations(tx: Tx, people: Record<Person, number>): Promise<Record<OrgKey, number>> {
  const ids = {} as Record<OrgKey, number>;
  for (const [key, o] of Object.entries(ORGANISATIONS) as Array<[OrgKey, (typeof ORGANISATIONS)[OrgKey]]>) {
    const existing = await tx.selectFrom('organisations').select('id').where('name', '=', o.name).where('retired_at', 'is', null).executeTakeFirst();
    ids[key] = existing?.id ?? (await tx.insertInto('organisations').values({
      ...o, funding_framework: o.funding_framework as never, is_demo: true, mission: 'Fictieve demo-organisatie om projecten en leerlessen uit te proberen.',
    }).returning('id').executeTakeFirstOrThrow()).id;
  }
  for (const [key, person, role] of MEMBERS) {
    await tx.insertInto('organisation_members').values({ organisation_id: ids[key], user_id: people[person], role, position: 'Demo' })
      .onConflict((oc) => oc.columns(['organisation_id', 'user_id']).doNothing()).execute();
  }
  return ids;
}

/** A published form of each kind: the calls module's when it has one, else a small demo form. */
async function demoForm(tx: Tx, kind: 'application' | 'conformity_annex'): Promise<number> {
  const existing = await tx.selectFrom('form_definitions').select('id').where('kind', '=', kind).where('published_at', 'is not', null).orderBy('id').executeTakeFirst();
  if (existing) return existing.id;
  const code = kind === 'application' ? 'demo-projecten-aanvraag' : 'demo-projecten-conformiteit';
  const fields = [{ key: 'samenvatting', type: 'textarea', label_nl: 'Samenvatting', label_en: 'Summary', required: true }];
  return (await tx.insertInto('form_definitions').values({
    code, kind, version: 1, title_nl: '[demo] Formulier', title_en: '[demo] Form', fields: JSON.stringify(fields), published_at: new Date(), is_demo: true,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

/** The demo call the demo projects come from: closed almost a year before the load date. */
export async function demoCall(tx: Tx): Promise<{ id: number; applicationForm: number; annexForm: number }> {
  const code = 'demo-proeftuinen-digitale-samenwerking';
  const existing = await tx.selectFrom('calls').select(['id', 'application_form_id', 'annex_form_id']).where('code', '=', code).executeTakeFirst();
  if (existing) return { id: existing.id, applicationForm: existing.application_form_id, annexForm: existing.annex_form_id };
  const instrument = await tx.selectFrom('instruments').select('id')
    .orderBy((eb) => eb.case().when('code', '=', 'innovative-partnership-grants').then(0).when('type', '=', 'subsidy').then(1).else(2).end())
    .orderBy('id').executeTakeFirstOrThrow();
  const [applicationForm, annexForm] = [await demoForm(tx, 'application'), await demoForm(tx, 'conformity_annex')];
  const { id } = await tx.insertInto('calls').values({
    code, instrument_id: instrument.id,
    title_nl: '[demo] Proeftuinen digitale samenwerking', title_en: '[demo] Living labs for digital collaboration',
    summary_nl: 'Demo-oproep voor sectoroverschrijdende experimenten die bouwen op de gedeelde digitale infrastructuur.',
    summary_en: 'Demo call for cross-sector experiments built on the shared digital infrastructure.',
    budget_eur: 300000, max_grant_eur: 80000, opens_at: momentOffset(-420), closes_at: momentOffset(-360),
    application_form_id: applicationForm, annex_form_id: annexForm, min_partners: 2, requires_cross_sector: true, status: 'published', is_demo: true,
  }).returning('id').executeTakeFirstOrThrow();
  // The criteria and steps every call has (calls/constants.ts), so that the call, its review and
  // its ranking read whole.
  await tx.insertInto('call_criteria').values(DEFAULT_CRITERIA.map((c, i) => ({
    call_id: id, code: c.code, position: i + 1, weight: c.weight, label_nl: c.label.nl, label_en: c.label.en,
    description_nl: c.description?.nl ?? '', description_en: c.description?.en ?? '',
  }))).execute();
  await tx.insertInto('call_workflow_steps').values(DEFAULT_WORKFLOW.map((w, i) => ({
    call_id: id, code: w.code, position: i + 1, kind: w.kind, actor_role: w.actorRole, label_nl: w.label.nl, label_en: w.label.en,
  }))).execute();
  return { id, applicationForm, annexForm };
}

export interface DemoProjectSpec {
  title: string; summary: string; lead: OrgKey; partners: OrgKey[]; granted: number; startDays: number; endDays: number;
}

/** A granted application with its consortium and decision, and the project it became. */
export async function demoProject(tx: Tx, call: Awaited<ReturnType<typeof demoCall>>, orgs: Record<OrgKey, number>, people: Record<Person, number>, spec: DemoProjectSpec): Promise<number> {
  const decidedAt = momentOffset(spec.startDays - 20);
  const { id: applicationId } = await tx.insertInto('applications').values({
    call_id: call.id, lead_organisation_id: orgs[spec.lead], title: spec.title, summary: spec.summary, form_id: call.applicationForm, annex_form_id: call.annexForm,
    requested_eur: spec.granted, status: 'granted', submitted_at: momentOffset(-365), submitted_by: people.karim, created_by: people.karim, is_demo: true,
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('application_partners').values([
    { application_id: applicationId, organisation_id: orgs[spec.lead], role: 'lead', contribution: 'Penvoerder', confirmed_at: momentOffset(-366) },
    ...spec.partners.map((p) => ({ application_id: applicationId, organisation_id: orgs[p], role: 'partner' as const, contribution: 'Partner', confirmed_at: momentOffset(-366) })),
  ]).execute();
  await tx.insertInto('grant_decisions').values({
    application_id: applicationId, outcome: 'granted', amount_eur: spec.granted, decided_by: people.team, decided_at: decidedAt,
    letter_nl: '[demo] Uw aanvraag is goedgekeurd.', letter_en: '[demo] Your application was granted.',
  }).execute();
  const { id } = await tx.insertInto('projects').values({
    code: `P-${decidedAt.toISOString().slice(0, 4)}-${applicationId}`, application_id: applicationId, call_id: call.id, lead_organisation_id: orgs[spec.lead],
    title: spec.title, granted_eur: spec.granted, starts_on: dayOffset(spec.startDays), ends_on: dayOffset(spec.endDays), is_demo: true, created_at: decidedAt,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}
