import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { account, application, call, organisation, type Account } from './test-fixtures.js';

const formPost = (who: Account, payload: Record<string, string>) => ({
  method: 'POST' as const, headers: { ...who.headers, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ ...payload, _csrf: who.headers['x-csrf-token']! }).toString(),
});

describe.each(engines)('review pages (%s)', (engine) => {
  let t: TestApp;
  let team: Account, reviewer: Account, applicant: Account, steering: Account;
  let code: string, app: number;
  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const db = t.database.db;
    [team, reviewer, applicant, steering] = await Promise.all([account(db, 'transition_team'), account(db, 'org_member', 'Rita Reviewer'), account(db, 'org_member'), account(db, 'steering_committee')]);
    const c = await call(db);
    code = c.code;
    const a = await organisation(db, 'Kunstencentrum Noord', 'arts');
    const b = await organisation(db, 'Archief Oost', 'heritage');
    app = await application(db, c.id, { organisations: [a, b], by: applicant.id, title: 'Gedeelde collectiedata', requested: 20000 });
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  it('walks a round through the pages without JavaScript, in Dutch and English', async () => {
    const email = (await t.database.db.selectFrom('users').select('email').where('id', '=', reviewer.id).executeTakeFirstOrThrow()).email;
    // Assigning: an unknown address re-renders with the typed value and a linked error.
    let res = await t.app.inject({ url: `/calls/${code}/reviewers`, ...formPost(team, { email: 'nobody@example.org' }) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('value="nobody@example.org"');
    expect(res.body).toContain('href="#f-email"');
    res = await t.app.inject({ url: `/calls/${code}/reviewers`, ...formPost(team, { email }) });
    expect(res.statusCode).toBe(303);
    res = await t.app.inject({ url: `/calls/${code}/reviewers?saved=assigned`, headers: team.headers });
    expect(res.body).toContain('Rita Reviewer');
    // The button's accessible name starts with its visible text (WCAG 2.5.3, label in name).
    expect(res.body).toContain('aria-label="Verwijderen als beoordelaar: Rita Reviewer">Verwijderen</button>');

    // Eligibility through the application page: "failed" without a reason is refused, the choice kept.
    res = await t.app.inject({ url: `/calls/${code}/review/${app}`, headers: team.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<legend>Uitkomst</legend>');
    expect(res.body).toContain('Een open dataplatform bouwen.');
    expect(res.body).toContain('Sectoroverschrijdend consortium');
    res = await t.app.inject({ url: `/applications/${app}/steps`, ...formPost(team, { step: 'screening', outcome: 'failed', note: '', version: '1' }) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#f-note"');
    expect(res.body).toMatch(/id="outcome-failed"[^>]*checked/);
    res = await t.app.inject({ url: `/applications/${app}/steps`, ...formPost(team, { step: 'screening', outcome: 'passed', note: 'Alles aanwezig', version: '1' }) });
    expect(res.statusCode).toBe(303);
    // Regression: the page of an application with a step in its history answered 500.
    res = await t.app.inject({ url: `/calls/${code}/review/${app}?saved=acted`, headers: team.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<li>Stap screening: <strong>[^<]+<\/strong> — [^,]+, <time [^>]+>[^<]+<\/time>: Alles aanwezig<\/li>/);

    // The reviewer declares (nothing chosen is a named error), then scores.
    res = await t.app.inject({ url: '/review', headers: reviewer.headers });
    expect(res.body).toContain('Gedeelde collectiedata');
    res = await t.app.inject({ url: `/review/applications/${app}/declaration`, ...formPost(reviewer, {}) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#f-conflicted"');
    res = await t.app.inject({ url: `/review/applications/${app}/declaration`, ...formPost(reviewer, { conflicted: 'no' }) });
    expect(res.statusCode).toBe(303);
    res = await t.app.inject({ url: `/review/applications/${app}`, headers: reviewer.headers });
    expect(res.body).toContain('name="score_innovation"');
    // Submitting with one criterion missing: 400, typed text kept, nothing saved.
    res = await t.app.inject({ url: `/review/applications/${app}/scores`, ...formPost(reviewer, { score_innovation: '8', motivation_innovation: 'Sterk en nieuw', score_impact: '', motivation_impact: '', action: 'submit' }) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Sterk en nieuw');
    expect(res.body).toContain('href="#f-motivation_impact"');
    expect(await t.database.db.selectFrom('review_scores').select('score').where('application_id', '=', app).execute()).toEqual([]);
    res = await t.app.inject({ url: `/review/applications/${app}/scores`, ...formPost(reviewer, { score_innovation: '12', motivation_innovation: 'x', action: 'draft' }) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#f-score_innovation"');
    res = await t.app.inject({ url: `/review/applications/${app}/scores`, ...formPost(reviewer, { score_innovation: '8', motivation_innovation: 'Sterk en nieuw', score_impact: '6', motivation_impact: 'Breed bereik', action: 'submit' }) });
    expect(res.statusCode).toBe(303);
    res = await t.app.inject({ url: `/review/applications/${app}?saved=submitted`, headers: reviewer.headers });
    expect(res.body).not.toContain('name="score_innovation"');
    expect(res.body).toContain('Breed bereik');

    // Ranking: page, English, CSV; the steering committee reads it too; a reviewer does not.
    res = await t.app.inject({ url: `/calls/${code}/ranking`, headers: team.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('7,5'); // (3 x 8 + 6) / 4
    res = await t.app.inject({ url: `/calls/${code}/ranking?lang=en`, headers: steering.headers });
    expect(res.body).toContain('7.5');
    expect(res.body).toContain('lang="en"');
    res = await t.app.inject({ url: `/calls/${code}/ranking.csv`, headers: team.headers });
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.split('\r\n')[1]).toContain('Gedeelde collectiedata;');
    expect(res.body.split('\r\n')[1]).toContain(';7,5;');
    // The header names every column in Dutch, each criterion by its own name.
    const header = res.body.split('\r\n')[0]!;
    expect(header).toMatch(/^\ufeffrang;aanvraag;titel;trekker;status;gewogen score;beoordelingen;[^;]+: gemiddelde;[^;]+: laagste;[^;]+: hoogste;/);
    expect(header).not.toMatch(/ mean| min| max/);
    expect((await t.app.inject({ url: `/calls/${code}/ranking`, headers: reviewer.headers })).statusCode).toBe(403);

    // The overview shows the step; the decision form is one link away.
    res = await t.app.inject({ url: `/calls/${code}/review?lang=en`, headers: team.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Step decision');
  });
});
