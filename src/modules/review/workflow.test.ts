import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { account, application, call, organisation, type Account } from './test-fixtures.js';

describe.each(engines)('review workflow (%s)', (engine) => {
  let t: TestApp;
  let team: Account, reviewer: Account, applicant: Account, steering: Account;
  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const db = t.database.db;
    [team, reviewer, applicant, steering] = await Promise.all([account(db, 'transition_team'), account(db, 'org_member', 'Reviewer One'), account(db, 'org_member'), account(db, 'steering_committee')]);
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  const post = (url: string, who: Account, payload: unknown) => t.app.inject({ method: 'POST', url, headers: who.headers, payload: payload as object });
  const put = (url: string, who: Account, payload: unknown) => t.app.inject({ method: 'PUT', url, headers: who.headers, payload: payload as object });
  const get = (url: string, who: Account) => t.app.inject({ method: 'GET', url, headers: who.headers });

  async function setup(options: Parameters<typeof call>[1] = {}) {
    const db = t.database.db;
    const c = await call(db, options);
    const org = await organisation(db, 'Museum Aan Zee');
    const partner = await organisation(db, 'Bibliotheek Zuid', 'libraries_cultural_centres');
    const app = await application(db, c.id, { organisations: [org, partner], by: applicant.id, requested: 30000 });
    expect((await post(`/api/calls/${c.code}/reviewers`, team, { userId: reviewer.id })).statusCode).toBe(201);
    return { c, app };
  }
  const score = (innovation: number, impact: number) => ({
    innovation: { score: innovation, motivation: `Vernieuwend: ${innovation}` }, impact: { score: impact, motivation: `Impact: ${impact}` },
  });

  it('goes eligibility -> review -> decision in order, each step only once, and a grant creates the project', async () => {
    const { c, app } = await setup();
    // The decision cannot come before the review, nor the review before eligibility.
    let res = await post(`/api/applications/${app}/decision`, team, { outcome: 'refused' });
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('REVIEW_WRONG_STEP');
    res = await post(`/api/applications/${app}/steps`, team, { step: 'review', outcome: 'passed' });
    expect(json(res).code).toBe('REVIEW_WRONG_STEP');
    // Scoring waits for the review step.
    expect((await post(`/api/review/applications/${app}/declaration`, reviewer, { conflicted: false })).statusCode).toBe(201);
    res = await put(`/api/review/applications/${app}/scores`, reviewer, { scores: score(8, 6) });
    expect(json(res).code).toBe('REVIEW_NOT_OPEN');

    res = await post(`/api/applications/${app}/steps`, team, { step: 'screening', outcome: 'passed', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ status: 'in_review', currentStep: { code: 'review', kind: 'review' }, version: 2 });
    // The same action again is refused: the step is no longer current.
    res = await post(`/api/applications/${app}/steps`, team, { step: 'screening', outcome: 'passed' });
    expect(json(res).code).toBe('REVIEW_WRONG_STEP');
    // A stale version is refused.
    res = await post(`/api/applications/${app}/steps`, team, { step: 'review', outcome: 'passed', version: 1 });
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('REVIEW_STALE');

    res = await put(`/api/review/applications/${app}/scores`, reviewer, { scores: score(8, 6), submit: true });
    expect(res.statusCode).toBe(200);
    // The only assigned reviewer submitted: the review step completes on its own.
    expect(json(res)).toMatchObject({ submitted: true, reviewClosed: true });
    const wf = json(await get(`/api/applications/${app}/workflow`, team));
    expect(wf.currentStep.code).toBe('decision');
    expect(wf.history.map((h: { step: string; outcome: string }) => `${h.step}:${h.outcome}`)).toEqual(['screening:passed', 'review:passed']);

    // The steering committee does not decide in a step that names the transition team.
    res = await post(`/api/applications/${app}/decision`, steering, { outcome: 'refused' });
    expect(res.statusCode).toBe(403);
    res = await post(`/api/applications/${app}/decision`, team, { outcome: 'granted', amount: 25000, startsOn: '2026-03-01' });
    expect(res.statusCode).toBe(201);
    const d = json(res);
    expect(d).toMatchObject({ outcome: 'granted', amount: 25000, project: { code: `P-2026-${app}`, startsOn: '2026-03-01', endsOn: '2027-02-28' } });
    expect(d.letter.nl).toContain('Museum Aan Zee');
    expect(d.letter.nl).toContain('7,5 op 10'); // (3 x 8 + 1 x 6) / 4
    expect(d.letter.nl).toContain('Vernieuwend: 8');
    expect(d.letter.en).toContain('7.5 out of 10');
    const project = await t.database.db.selectFrom('projects').selectAll().where('application_id', '=', app).executeTakeFirstOrThrow();
    expect(Number(project.granted_eur)).toBe(25000);
    const row = await t.database.db.selectFrom('applications').select(['status']).where('id', '=', app).executeTakeFirstOrThrow();
    expect(row.status).toBe('granted');
    // Deciding twice is refused.
    expect((await post(`/api/applications/${app}/decision`, team, { outcome: 'refused' })).statusCode).toBe(409);
    // Every action is audited.
    const audits = (await t.database.db.selectFrom('audit_log').select(['entity_type', 'entity_id']).execute()).map((a) => `${a.entity_type}:${a.entity_id}`);
    for (const entry of [`application:${app}`, `review:${app}:${reviewer.id}`, `grant_decision:${app}`, `project:${project.id}`]) expect(audits).toContain(entry);
    void c;
  });

  it('an ineligible application needs a reason, leaves the workflow and is absent from the ranking', async () => {
    const { c, app } = await setup();
    let res = await post(`/api/applications/${app}/steps`, team, { step: 'screening', outcome: 'failed' });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors[0].field).toBe('note');
    res = await post(`/api/applications/${app}/steps`, team, { step: 'screening', outcome: 'failed', note: 'Geen conformiteitsannex' });
    expect(json(res).status).toBe('ineligible');
    res = await post(`/api/applications/${app}/steps`, team, { step: 'review', outcome: 'passed' });
    expect(json(res).code).toBe('REVIEW_NOT_IN_WORKFLOW');
    const ranking = json(await get(`/api/calls/${c.code}/ranking`, team));
    expect(ranking.rows).toEqual([]);
    // A reviewer no longer sees it.
    const ws = json(await get('/api/review', reviewer));
    expect(ws.calls.find((x: { code: string }) => x.code === c.code).applications).toEqual([]);
  });

  it('the steering committee decides in a step that names it; the panel notes its outcome', async () => {
    const { app } = await setup({
      steps: [{ code: 'review', kind: 'review', actor: 'reviewer' }, { code: 'panel', kind: 'panel', actor: 'panel' }, { code: 'board', kind: 'decision', actor: 'steering_committee' }],
    });
    await post(`/api/review/applications/${app}/declaration`, reviewer, { conflicted: false });
    let res = await post(`/api/applications/${app}/steps`, team, { step: 'review', outcome: 'passed' });
    expect(json(res).code).toBe('REVIEW_NO_REVIEWS');
    await put(`/api/review/applications/${app}/scores`, reviewer, { scores: score(5, 5), submit: true });
    res = await post(`/api/applications/${app}/steps`, team, { step: 'panel', outcome: 'passed' });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors[0].field).toBe('outcome');
    res = await post(`/api/applications/${app}/steps`, team, { step: 'panel', outcome: 'noted', note: 'Panel: sterk consortium' });
    expect(json(res).currentStep.code).toBe('board');
    // The steering committee may not run other steps.
    expect((await post(`/api/applications/${app}/steps`, steering, { step: 'board', outcome: 'noted' })).statusCode).toBe(403);
    res = await post(`/api/applications/${app}/decision`, steering, { outcome: 'refused', letterNl: 'Beste, helaas.' });
    expect(res.statusCode).toBe(201);
    expect(json(res).letter.nl).toBe('Beste, helaas.');
    expect(json(res).project).toBeNull();
  });
});
