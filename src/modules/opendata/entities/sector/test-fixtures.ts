import type { TestApp } from '../../../../../test/helpers/app.js';
import { makeOrganisation, makeProject } from '../../../projects/test-fixtures.js';

/** Values that must never reach the public descriptions; the privacy tests search the output for them. */
export const SECRET = {
  website: 'https://geheim-intern.example.org/',
  mission: 'Interne missie die niemand buiten de organisatie mag lezen',
  lessonDetails: 'Interne kostenraming van leverancier Geheim BV',
  refusedTitle: 'Geweigerde aanvraag over een geheim plan',
  draftCallTitle: 'Ontwerp van een oproep die nog niet open is',
  memberName: 'Verborgen Lid Van Organisatie',
} as const;

export interface SectorFixtures {
  project: { code: string; lead: number; partners: number[] };
  /** A lead with website, mission and a member: only its public profile may appear. */
  privateFields: number;
  /** An unincorporated association in the consortium. */
  association: number;
  /** Only in a refused application: not public at all. */
  refusedOnly: number;
  /** Only uses the self-assessment: not public at all. */
  assessmentOnly: number;
  draftCall: string;
  lessons: { withConsent: string; withoutConsent: string; unpublished: string };
  learningWithPage: number;
  retiredCase: string;
  retiredInstrument: string;
}

/** Public and non-public records next to the seeded demo data, by direct inserts. */
export async function sectorFixtures(t: TestApp): Promise<SectorFixtures> {
  const db = t.database.db;
  const privateFields = await makeOrganisation(db, { name: 'Stadsbibliotheek Voorbeeldstad', subsector: 'libraries_cultural_centres' });
  await db.updateTable('organisations').set({ website: SECRET.website, mission: SECRET.mission, share_with_team: true, contactable: true, legal_form: 'public' })
    .where('id', '=', privateFields).execute();
  const user = await db.insertInto('users').values({
    email: 'verborgen@example.org', display_name: SECRET.memberName, password_hash: 'x', role: 'org_member', created_at: new Date(), updated_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('organisation_members').values({ organisation_id: privateFields, user_id: user.id, role: 'owner' }).execute();

  const association = await makeOrganisation(db, { name: 'Vrienden van het Volkstheater', subsector: 'amateur_arts' });
  await db.updateTable('organisations').set({ legal_form: 'association' }).where('id', '=', association).execute();
  const project = await makeProject(t, { lead: privateFields, partners: [association], granted: 42500, startsOn: '2026-02-01', endsOn: '2027-01-31' });

  const refusedOnly = await makeOrganisation(db, { name: 'Organisatie met een geweigerde aanvraag' });
  const assessmentOnly = await makeOrganisation(db, { name: 'Organisatie die alleen zelfevaluaties doet' });
  const call = await db.selectFrom('calls').selectAll().where('code', '=', project.callCode).executeTakeFirstOrThrow();
  const refused = await db.insertInto('applications').values({
    call_id: call.id, lead_organisation_id: refusedOnly, title: SECRET.refusedTitle, form_id: call.application_form_id, annex_form_id: call.annex_form_id,
    status: 'refused', submitted_at: new Date('2025-02-02T00:00:00Z'), submitted_by: user.id, created_by: user.id,
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('application_partners').values({ application_id: refused.id, organisation_id: refusedOnly, role: 'lead' }).execute();
  await db.insertInto('grant_decisions').values({ application_id: refused.id, outcome: 'refused', amount_eur: null, letter_nl: 'Geweigerd.', decided_by: user.id }).execute();

  const draftCall = `${project.callCode}-draft`;
  await db.insertInto('calls').values({
    code: draftCall, instrument_id: call.instrument_id, title_nl: SECRET.draftCallTitle, title_en: 'Draft call', budget_eur: 5000,
    opens_at: new Date('2027-01-01T00:00:00Z'), closes_at: new Date('2027-02-01T00:00:00Z'), application_form_id: call.application_form_id,
    annex_form_id: call.annex_form_id, status: 'draft',
  }).execute();

  const lesson = (code: string, publishDetails: boolean, published: boolean) => db.insertInto('lessons').values({
    code, project_id: project.id, organisation_id: privateFields, title: `Les ${code}`, summary: 'Samenvatting van de les.',
    what_worked: 'Een gedeelde thesaurus werkte.', what_failed: 'De automatische omzetting faalde.', details: SECRET.lessonDetails,
    publish_details: publishDetails, language: 'nl', pillars: [2], challenges: [5], subsectors: ['libraries_cultural_centres'], technologies: ['linked data'],
    published_at: published ? new Date('2026-03-01T10:00:00Z') : null,
  }).execute();
  const lessons = { withConsent: 'T-LES-CONSENT', withoutConsent: 'T-LES-PRIVATE', unpublished: 'T-LES-DRAFT' };
  await lesson(lessons.withConsent, true, true);
  await lesson(lessons.withoutConsent, false, true);
  await lesson(lessons.unpublished, true, false);

  const provider = await db.selectFrom('actors').select('id').where('code', '=', 'meemoo').executeTakeFirstOrThrow();
  const learning = await db.insertInto('learning_opportunities').values({
    title_nl: 'Werkplaats linked data', title_en: 'Linked data workshop', kind: 'workshop', provider_actor_id: provider.id, provider_name: 'meemoo',
    starts_on: '2026-06-01', place: 'Gent', url: 'https://example.org/werkplaats', subsectors: ['heritage'], pillars: [3], language: 'nl-en',
  }).returning('id').executeTakeFirstOrThrow();

  const retiredCase = (await db.selectFrom('cases').select('code').orderBy('id').limit(1).executeTakeFirstOrThrow()).code;
  await db.updateTable('cases').set({ retired_at: new Date() }).where('code', '=', retiredCase).execute();
  const retiredInstrument = (await db.insertInto('instruments').values({
    code: 'retired-test-instrument', name_nl: 'Afgeschaft instrument', name_en: 'Retired instrument', description_nl: 'Weg.', description_en: 'Gone.',
    type: 'tool', retired_at: new Date(),
  }).returning('code').executeTakeFirstOrThrow()).code;

  return {
    project: { code: project.code, lead: privateFields, partners: [association] }, privateFields, association, refusedOnly, assessmentOnly,
    draftCall, lessons, learningWithPage: learning.id, retiredCase, retiredInstrument,
  };
}
