import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { account, application, call, member, organisation, type Account } from './test-fixtures.js';

describe.each(engines)('decisions (%s)', (engine) => {
  let t: TestApp;
  let team: Account, reviewer: Account, applicant: Account, stranger: Account;
  let code: string;
  const apps: number[] = [];
  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const db = t.database.db;
    [team, reviewer, applicant, stranger] = await Promise.all([account(db, 'transition_team'), account(db, 'org_member'), account(db, 'org_member'), account(db, 'org_member')]);
    // Budget 50,000, maximum grant 30,000; the decision comes right after the review.
    const c = await call(db, { budget: 50000, maxGrant: 30000, steps: [{ code: 'review', kind: 'review', actor: 'reviewer' }, { code: 'decision', kind: 'decision', actor: 'transition_team' }] });
    code = c.code;
    const org = await organisation(db, 'Circusatelier', 'circus');
    await member(db, org, applicant.id);
    for (const requested of [25000, 40000, 30000]) apps.push(await application(db, c.id, { organisations: [org], by: applicant.id, requested }));
    await t.app.inject({ method: 'POST', url: `/api/calls/${code}/reviewers`, headers: team.headers, payload: { userId: reviewer.id } });
    for (const [i, id] of apps.entries()) {
      await t.app.inject({ method: 'POST', url: `/api/review/applications/${id}/declaration`, headers: reviewer.headers, payload: { conflicted: false } });
      const res = await t.app.inject({ method: 'PUT', url: `/api/review/applications/${id}/scores`, headers: reviewer.headers, payload: { submit: true, scores: { innovation: { score: 9 - i, motivation: 'goed' }, impact: { score: 6, motivation: 'redelijk' } } } });
      expect(json(res).reviewClosed).toBe(true);
    }
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  const decideApi = (id: number, payload: object) => t.app.inject({ method: 'POST', url: `/api/applications/${id}/decision`, headers: team.headers, payload });
  const fieldOf = (res: Parameters<typeof json>[0]) => json(res).errors?.map((e: { field: string }) => e.field);

  it('refuses an amount above the request, the maximum grant or the remaining budget, naming amount', async () => {
    let res = await decideApi(apps[0]!, { outcome: 'granted', amount: 25000.01 });
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res)).toEqual(['amount']);
    res = await decideApi(apps[1]!, { outcome: 'granted', amount: 35000 }); // asked 40,000; maximum 30,000
    expect(res.statusCode).toBe(400);
    expect(json(res).errors[0]).toMatchObject({ field: 'amount' });
    expect(json(res).errors[0].message).toContain('maximum grant');
    res = await decideApi(apps[0]!, { outcome: 'granted' });
    expect(fieldOf(res)).toEqual(['amount']);
    res = await decideApi(apps[0]!, { outcome: 'granted', amount: -1 });
    expect(fieldOf(res)).toEqual(['body.amount']);
    res = await decideApi(apps[0]!, { outcome: 'maybe' });
    expect(fieldOf(res)).toEqual(['body.outcome']);
    // Nothing was written by the refused attempts.
    expect(await t.database.db.selectFrom('grant_decisions').select('application_id').where('application_id', 'in', apps).execute()).toEqual([]);
    expect(await t.database.db.selectFrom('projects').select('id').where('application_id', 'in', apps).execute()).toEqual([]);

    expect((await decideApi(apps[0]!, { outcome: 'granted', amount: 25000 })).statusCode).toBe(201);
    expect((await decideApi(apps[1]!, { outcome: 'granted', amount: 20000 })).statusCode).toBe(201);
    // 50,000 - 45,000 = 5,000 left.
    res = await decideApi(apps[2]!, { outcome: 'granted', amount: 5000.5 });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors[0].message).toContain('remaining budget');
    expect(json(res).errors[0].message).toContain('5000.00');
    res = await decideApi(apps[2]!, { outcome: 'granted', amount: 5000 });
    expect(res.statusCode).toBe(201);
    const ranking = json(await t.app.inject({ url: `/api/calls/${code}/ranking`, headers: team.headers }));
    expect(ranking.granted).toBe(50000);
    expect(ranking.rows.map((r: { status: string }) => r.status)).toEqual(['granted', 'granted', 'granted']);
    // The budget line: 25,000 + 40,000 is already more than 50,000.
    expect(ranking.budgetRunsOutAt).toBe(2);
  });

  it('shows the letter to the consortium\'s members only, as page and PDF', async () => {
    const id = apps[0]!;
    const page = await t.app.inject({ url: `/applications/${id}/decision`, headers: applicant.headers });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Circusatelier');
    expect(page.body).toContain('25.000');
    const en = await t.app.inject({ url: `/applications/${id}/decision?lang=en`, headers: applicant.headers });
    expect(en.body).toContain('out of 10');
    const pdf = await t.app.inject({ url: `/applications/${id}/decision.pdf`, headers: applicant.headers });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.app.inject({ url: `/applications/${id}/decision`, headers: stranger.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/applications/${id}/decision`, headers: stranger.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/applications/${id}/decision` })).statusCode).toBe(401);
    expect(json(await t.app.inject({ url: `/api/applications/${id}/decision`, headers: applicant.headers })).project.code).toMatch(new RegExp(`^P-\\d{4}-${id}$`));
  });

  it('decides through the page in two steps, with the letter drafted, edited and kept on an error', async () => {
    const db = t.database.db;
    const c = await call(db, { budget: 10000, maxGrant: null, steps: [{ code: 'decision', kind: 'decision', actor: 'transition_team' }] });
    const org = await organisation(db, 'Letterhuis', 'literature');
    const id = await application(db, c.id, { organisations: [org], by: applicant.id, requested: 8000 });
    let res = await t.app.inject({ url: `/applications/${id}/decision`, headers: team.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('name="outcome"');
    res = await t.app.inject({ url: `/applications/${id}/decision?outcome=granted&amount=abc`, headers: team.headers });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('error-summary');
    res = await t.app.inject({ url: `/applications/${id}/decision?outcome=granted&amount=8000`, headers: team.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('name="letterNl"');
    expect(res.body).toContain('8.000');
    const form = new URLSearchParams({ outcome: 'granted', amount: '9000', startsOn: '2026-05-01', endsOn: '2026-12-31', letterNl: 'Onze eigen brief', letterEn: '', version: '1', _csrf: team.headers['x-csrf-token']! });
    res = await t.app.inject({ method: 'POST', url: `/applications/${id}/decision`, headers: { ...team.headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Onze eigen brief');
    expect(res.body).toContain('href="#f-amount"');
    form.set('amount', '8000');
    res = await t.app.inject({ method: 'POST', url: `/applications/${id}/decision`, headers: { ...team.headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(res.statusCode).toBe(303);
    const project = await db.selectFrom('projects').selectAll().where('application_id', '=', id).executeTakeFirstOrThrow();
    expect(project).toMatchObject({ code: `P-2026-${id}`, starts_on: '2026-05-01', ends_on: '2026-12-31' });
    const decision = await db.selectFrom('grant_decisions').selectAll().where('application_id', '=', id).executeTakeFirstOrThrow();
    expect(decision.letter_nl).toBe('Onze eigen brief');
  });
});
