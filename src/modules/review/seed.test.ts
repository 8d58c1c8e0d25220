import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, testApp, type TestApp } from '../../../test/helpers/app.js';

describe('demo review seed', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: true }); }, 180_000);
  afterAll(async () => { await t?.close(); });

  it('puts a closed demo call through review: ranking, a grant with its project, a refusal, all marked demo', async () => {
    const db = t.database.db;
    // The calls module's demo calls include a closed one; the set reviews it with its own demo reviewers.
    const call = await db.selectFrom('calls as c').innerJoin('call_reviewers as cr', 'cr.call_id', 'c.id').innerJoin('users as u', 'u.id', 'cr.user_id')
      .select(['c.code', 'c.id', 'c.is_demo', 'c.closes_at']).where('u.email', 'like', 'demo-beoordelaar-%').groupBy(['c.code', 'c.id', 'c.is_demo', 'c.closes_at']).execute();
    expect(call).toHaveLength(1);
    expect(call[0]!.is_demo).toBe(true);
    expect(new Date(call[0]!.closes_at).getTime()).toBeLessThan(Date.now());
    const headers = await t.as('transition_team');
    const ranking = json(await t.app.inject({ url: `/api/calls/${call[0]!.code}/ranking`, headers }));
    expect(ranking.rows.length).toBe(5); // six applications, one ineligible
    expect(ranking.rows.every((r: { isDemo: boolean; title: string }) => r.isDemo && r.title.startsWith('[demo]'))).toBe(true);
    expect(ranking.rows[0].score).toBeGreaterThan(ranking.rows[4].score);
    expect(ranking.rows.map((r: { status: string }) => r.status).sort()).toEqual(['granted', 'in_review', 'in_review', 'in_review', 'refused']);
    const project = await db.selectFrom('projects as p').innerJoin('applications as a', 'a.id', 'p.application_id').select(['p.is_demo', 'a.status']).where('p.call_id', '=', call[0]!.id).execute();
    expect(project).toEqual([{ is_demo: true, status: 'granted' }]);
    // Demo reviewers cannot log in.
    const reviewers = await db.selectFrom('users').select(['email', 'display_name', 'password_hash']).where('email', 'like', 'demo-beoordelaar-%').execute();
    expect(reviewers).toHaveLength(3);
    for (const r of reviewers) {
      expect(r.display_name).toContain('[demo]');
      const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: r.email, password: r.password_hash } });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
    }
    const page = await t.app.inject({ url: `/calls/${call[0]!.code}/ranking`, headers });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('demo');
    // The demo applications count in the conformity report as submitted ones do.
    const report = json(await t.app.inject({ url: `/api/calls/conformity?call=${call[0]!.code}`, headers }));
    expect(report.totals.submitted).toBe(6);
    expect(report.fields.length).toBeGreaterThan(0);
    const counted = report.fields.flatMap((f: { values: Array<{ submitted: number }> }) => f.values).reduce((n: number, v: { submitted: number }) => n + v.submitted, 0);
    expect(counted).toBeGreaterThan(0);
  });
});
