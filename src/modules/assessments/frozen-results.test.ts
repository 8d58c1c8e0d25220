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

  it('gives two people the same kept page, each with their own name and CSRF token', async () => {
    const other = await t.as('transition_team');
    const name = (h: Record<string, string>) => /class="user-name">([^<(]+)/.exec(h.body ?? '')?.[1]?.trim();
    const [a, b] = [await page(team), await page(other)];
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(name({ body: a.body })).toMatch(/^Test transition_team \d+$/);
    expect(name({ body: b.body })).not.toBe(name({ body: a.body }));
    expect(a.body).toContain(`value="${team['x-csrf-token']}"`);
    expect(b.body).toContain(`value="${other['x-csrf-token']}"`);
    expect(b.body).not.toContain(`value="${team['x-csrf-token']}"`);
    expect(a.body).not.toMatch(/\u0001/);
    // The rest of the page is the same.
    expect(a.body.replace(/class="user-name">[^<]+/, '').replace(/value="[^"]+"/g, '')).toBe(b.body.replace(/class="user-name">[^<]+/, '').replace(/value="[^"]+"/g, ''));
  });

  it('reads an organisation\'s other results along with the first, each with its own levels', async () => {
    const db = t.database.db;
    const org = await db.selectFrom('assessments').select('organisation_id').where('status', '=', 'submitted')
      .groupBy('organisation_id').having((eb) => eb.fn.countAll(), '>=', 2).orderBy('organisation_id').executeTakeFirstOrThrow();
    const ids = (await db.selectFrom('assessments').select('id').where('organisation_id', '=', org.organisation_id).where('status', '=', 'submitted').orderBy('id').execute()).map((a) => a.id);
    const owner = await t.as('org_member');
    const ownerId = (await db.selectFrom('users').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
    await db.insertInto('organisation_members').values({ organisation_id: org.organisation_id, user_id: ownerId, role: 'owner' }).execute();
    t.app.readModels.catalog.touch('access');
    for (const id of ids) {
      const res = await t.app.inject({ url: `/api/assessments/${id}/results`, headers: owner });
      expect(res.statusCode, res.body).toBe(200);
      const stored = await db.selectFrom('assessment_results').select(['dimension_code', 'level']).where('assessment_id', '=', id).execute();
      const shown = (JSON.parse(res.body).dimensions as Array<{ code: string; level: number | null }>).filter((d) => d.level !== null);
      expect(JSON.parse(res.body).assessment.id).toBe(id);
      expect(Object.fromEntries(shown.map((d) => [d.code, d.level]))).toEqual(Object.fromEntries(stored.map((r) => [r.dimension_code, r.level])));
    }
  });

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
