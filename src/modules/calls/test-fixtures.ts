import { json, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;

/** An organisation with the account behind `headers` as owner (or member). */
export async function organisationFor(t: TestApp, headers: Headers, name: string, subsector: string, role: 'owner' | 'member' | 'respondent' = 'owner'): Promise<number> {
  const me = json(await t.app.inject({ url: '/api/me', headers })).user.id as number;
  const { id } = await t.database.db.insertInto('organisations').values({
    name, subsector, province: 'antwerpen', staff_class: '0-4', budget_class: 'lt-250k', municipality: 'Mechelen', legal_form: 'vzw', funding_framework: 'none',
  }).returning('id').executeTakeFirstOrThrow();
  await t.database.db.insertInto('organisation_members').values({ organisation_id: id, user_id: me, role }).execute();
  return id;
}

/** A complete draft for the demo form and the standard annex. */
export const COMPLETE = {
  title: 'Samen digitaal',
  summary: 'Een proeftuin rond linked data.',
  answers: {
    problem: 'Collecties blijven onvindbaar.', approach: 'We koppelen data.', target_audience: 'Bezoekers en onderzoekers.',
    experiment: 'We testen automatische verrijking; die kan mislukken.', budget_requested: 45000, duration_months: 18, technology: ['linked_data'],
  },
  annexAnswers: {
    oslo_models: ['organisatie', 'cultuurparticipatie'], metadata_standards: ['dublin_core', 'edm'], persistent_identifiers: 'uri_strategy',
    aggregation: ['meemoo', 'europeana'], licence: 'cc_by', open_access: true, rights_clearance: 'partly', preservation: 'meemoo_archive',
  },
  pathway: Object.fromEntries(['inputs', 'activities', 'outputs', 'outcomes', 'impact'].map((s) => [s, { description: `Beschrijving ${s}`, indicators: [{ name: `Indicator ${s}`, target: '10' }] }])),
  documents: [{ annexCode: 'budget', title: 'Begroting', url: 'https://example.org/begroting.pdf' }],
};
