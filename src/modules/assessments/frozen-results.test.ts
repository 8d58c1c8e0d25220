import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';

/**
 * Submitted results are kept in memory once read; what may change around them (the
 * organisation's name, its consent, who may see it) must still show on the very next read.
 */
describe.each(engines)('kept results of submitted assessments on %s', (engine) => {
  let t: TestApp;
  let team: Record<string, string>;
  let outsider: Record<string, string>;
  let assessmentId: number;
  let organisationId: number;
  beforeAll(async () => {
    t = await testApp({ engine, demo: true });
    team = await t.as('transition_team');
    outsider = await t.as('org_member');
    const row = await t.database.db.selectFrom('assessments as a').innerJoin('organisations as o', 'o.id', 'a.organisation_id')
      .select(['a.id', 'o.id as org']).where('a.status', '=', 'submitted').where('o.share_with_team', '=', true).orderBy('a.id').executeTakeFirstOrThrow();
    assessmentId = row.id;
    organisationId = row.org;
  });
  afterAll(async () => { await t?.close(); });

  const page = (headers: Record<string, string>) => t.app.inject({ url: `/assessments/${assessmentId}/results`, headers });

  it('shows the organisation as it is now, and follows its consent', async () => {
    const first = await page(team);
    expect(first.statusCode).toBe(200);
    expect((await page(outsider)).statusCode).toBe(404);

    await t.database.db.updateTable('organisations').set({ name: 'Hernoemd Testhuis' }).where('id', '=', organisationId).execute();
    t.app.readModels.catalog.touch('access');
    expect((await page(team)).body).toContain('Hernoemd Testhuis');

    await t.database.db.updateTable('organisations').set({ share_with_team: false }).where('id', '=', organisationId).execute();
    t.app.readModels.catalog.touch('access');
    expect((await page(team)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/assessments/${assessmentId}/results`, headers: team })).statusCode).toBe(404);

    await t.database.db.updateTable('organisations').set({ share_with_team: true }).where('id', '=', organisationId).execute();
    t.app.readModels.catalog.touch('access');
    const api = await t.app.inject({ url: `/api/assessments/${assessmentId}/results`, headers: team });
    expect(api.statusCode).toBe(200);
    expect(JSON.parse(api.body).assessment.organisationId).toBe(organisationId);
  });
});
