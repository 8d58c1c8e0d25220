import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { OrganisationRole } from '../../db/schema.js';
import type { TestApp } from '../../../test/helpers/app.js';

/**
 * Fixtures by direct inserts (the 0016 schema), independent of the modules that write calls,
 * applications and grants: an organisation, a call with its forms, a granted application with its
 * consortium, and the project it became.
 */
const tag = () => randomBytes(4).toString('hex');

export async function makeOrganisation(db: Db, options: { name?: string; subsector?: string; demo?: boolean } = {}): Promise<number> {
  const { id } = await db.insertInto('organisations').values({
    name: options.name ?? `Testorganisatie ${tag()}`, subsector: options.subsector ?? 'heritage',
    staff_class: '5-19', budget_class: '250k-1m', province: 'antwerpen', municipality: 'Mechelen', legal_form: 'vzw', funding_framework: 'erfgoeddecreet',
    is_demo: options.demo ?? false,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function lastUserId(db: Db): Promise<number> {
  return (await db.selectFrom('users').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow()).id as number;
}

/** A fresh account, member of an organisation in the given role (or of none), with its request headers. */
export async function person(t: TestApp, organisationId: number | null, role: OrganisationRole | null, platformRole: 'org_member' | 'transition_team' | 'steering_committee' = 'org_member') {
  const headers = await t.as(platformRole);
  const id = await lastUserId(t.database.db);
  if (organisationId !== null && role !== null) {
    await t.database.db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: id, role }).execute();
    t.app.readModels.catalog.touch('access');
  }
  return { headers, id };
}

export interface ProjectFixture { id: number; code: string; applicationId: number; callCode: string; lead: number; partners: number[] }

export async function makeProject(t: TestApp, options: { lead: number; partners?: number[]; title?: string; startsOn?: string; endsOn?: string; granted?: number } ): Promise<ProjectFixture> {
  const db = t.database.db;
  const k = tag();
  const owner = await lastUserId(db);
  const instrument = await db.selectFrom('instruments').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
  const form = async (kind: 'application' | 'conformity_annex') => (await db.insertInto('form_definitions').values({
    code: `test-${kind === 'application' ? 'form' : 'annex'}-${k}`, kind, version: 1, title_nl: 'Testformulier', title_en: 'Test form', fields: '[]', published_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow()).id;
  const [formId, annexId] = [await form('application'), await form('conformity_annex')];
  const callCode = `test-call-${k}`;
  const call = await db.insertInto('calls').values({
    code: callCode, instrument_id: instrument.id, title_nl: `Testoproep ${k}`, title_en: `Test call ${k}`, budget_eur: 100000,
    opens_at: new Date('2025-01-01T00:00:00Z'), closes_at: new Date('2025-03-01T00:00:00Z'), application_form_id: formId, annex_form_id: annexId, status: 'published',
  }).returning('id').executeTakeFirstOrThrow();
  const application = await db.insertInto('applications').values({
    call_id: call.id, lead_organisation_id: options.lead, title: options.title ?? `Testproject ${k}`, form_id: formId, annex_form_id: annexId,
    status: 'granted', submitted_at: new Date('2025-02-01T00:00:00Z'), submitted_by: owner, created_by: owner,
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('application_partners').values([
    { application_id: application.id, organisation_id: options.lead, role: 'lead' },
    ...(options.partners ?? []).map((organisation_id) => ({ application_id: application.id, organisation_id, role: 'partner' as const })),
  ]).execute();
  const code = `P-2025-${application.id}`;
  const project = await db.insertInto('projects').values({
    code, application_id: application.id, call_id: call.id, lead_organisation_id: options.lead, title: options.title ?? `Testproject ${k}`,
    granted_eur: options.granted ?? 40000, starts_on: options.startsOn ?? '2025-04-01', ends_on: options.endsOn ?? '2026-03-31',
  }).returning('id').executeTakeFirstOrThrow();
  t.app.readModels.catalog.touch('calls', 'knowledge');
  return { id: project.id, code, applicationId: application.id, callCode, lead: options.lead, partners: options.partners ?? [] };
}

/** A lesson that passes every rule, for tests that need one. */
export const goodLesson = (extra: Record<string, unknown> = {}) => ({
  title: 'Gedeelde thesaurus', summary: 'We koppelden drie collecties via een gedeelde thesaurus.',
  whatWorked: 'Eén gedeelde thesaurus maakte zoeken over de collecties heen mogelijk.',
  whatFailed: 'De automatische omzetting van oude trefwoorden was onbetrouwbaar en moest met de hand worden nagekeken.',
  details: 'Interne kostenraming en namen van leveranciers.', ...extra,
});
