import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { etagOf } from '../../plugins/etag.js';
import { account, application, call, member, organisation, type Account } from './test-fixtures.js';

describe.each(engines)('conflicts of interest and scoring (%s)', (engine) => {
  let t: TestApp;
  let team: Account, clean: Account, declared: Account, insider: Account, outsider: Account, applicant: Account;
  let code: string, app: number, other: number;
  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const db = t.database.db;
    [team, clean, declared, insider, outsider, applicant] = await Promise.all([
      account(db, 'transition_team'), account(db, 'org_member', 'Clean Reviewer'), account(db, 'org_member', 'Declared Reviewer'),
      account(db, 'org_member', 'Insider Reviewer'), account(db, 'org_member', 'Outsider'), account(db, 'org_member'),
    ]);
    const c = await call(db, { steps: [{ code: 'review', kind: 'review', actor: 'reviewer' }, { code: 'decision', kind: 'decision', actor: 'transition_team' }] });
    code = c.code;
    const lead = await organisation(db, 'Erfgoedhuis');
    const partner = await organisation(db, 'Filmhuis', 'film');
    // The insider is a member of the partner organisation: conflicted automatically.
    await member(db, partner, insider.id);
    app = await application(db, c.id, { organisations: [lead, partner], by: applicant.id, title: 'Open collecties' });
    other = await application(db, c.id, { organisations: [lead], by: applicant.id, title: 'Tweede aanvraag' });
    for (const r of [clean, declared, insider]) {
      const res = await t.app.inject({ method: 'POST', url: `/api/calls/${code}/reviewers`, headers: team.headers, payload: { userId: r.id } });
      expect(res.statusCode).toBe(201);
    }
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  const req = (method: 'GET' | 'POST' | 'PUT', url: string, who: Account, payload?: object) => t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const full = (a: number, b: number) => ({ innovation: { score: a, motivation: `innovatie ${a}` }, impact: { score: b, motivation: `impact ${b}` } });

  it('shows nothing beyond title and consortium before the declaration', async () => {
    let res = await req('GET', `/api/review/applications/${app}`, clean);
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('REVIEW_UNDECLARED');
    res = await req('GET', `/review/applications/${app}`, clean);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Open collecties');
    expect(res.body).toContain('Filmhuis');
    expect(res.body).not.toContain('Een open dataplatform bouwen'); // an answer
    expect(res.body).toContain('name="conflicted"');
  });

  it('refuses "no conflict" from a member of a consortium organisation, and lists it as conflicted', async () => {
    const list = json(await req('GET', '/api/review', insider));
    const item = list.calls[0].applications.find((a: { id: number }) => a.id === app);
    expect(item).toMatchObject({ declaration: 'conflicted', automaticConflict: true, title: '', partners: [] });
    const res = await req('POST', `/api/review/applications/${app}/declaration`, insider, { conflicted: false });
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('REVIEW_AUTOMATIC_CONFLICT');
    // The page offers only "yes".
    const page = await req('GET', `/review/applications/${app}`, insider);
    expect(page.body).toContain('id="conflicted-yes"');
    expect(page.body).not.toContain('id="conflicted-no"');
    // Without a declaration it still cannot read the application.
    expect((await req('GET', `/api/review/applications/${app}`, insider)).statusCode).toBe(409);
    expect((await req('POST', `/api/review/applications/${app}/declaration`, insider, { conflicted: true })).statusCode).toBe(201);
    expect((await req('GET', `/api/review/applications/${app}`, insider)).statusCode).toBe(403);
  });

  it('a declared conflict closes the application to the reviewer: 403 on page and API, absent from the list', async () => {
    expect((await req('POST', `/api/review/applications/${app}/declaration`, declared, { conflicted: true, note: 'Oud-werkgever' })).statusCode).toBe(201);
    expect((await req('GET', `/api/review/applications/${app}`, declared)).statusCode).toBe(403);
    expect((await req('GET', `/review/applications/${app}`, declared)).statusCode).toBe(403);
    const res = await req('PUT', `/api/review/applications/${app}/scores`, declared, { scores: full(10, 10), submit: true });
    expect(res.statusCode).toBe(403);
    // It cannot take the declaration back.
    expect(json(await req('POST', `/api/review/applications/${app}/declaration`, declared, { conflicted: false })).code).toBe('REVIEW_ALREADY_DECLARED');
    const list = json(await req('GET', '/api/review', declared));
    const item = list.calls[0].applications.find((a: { id: number }) => a.id === app);
    expect(item).toMatchObject({ declaration: 'conflicted', title: '', partners: [] });
    const page = await req('GET', '/review', declared);
    expect(page.body).not.toContain('Open collecties');
    expect(page.body).toContain('Tweede aanvraag');
  });

  it('an outsider (not assigned) gets 404 and an empty workspace', async () => {
    expect((await req('GET', `/api/review/applications/${app}`, outsider)).statusCode).toBe(404);
    expect((await req('GET', `/review/applications/${app}`, outsider)).statusCode).toBe(404);
    expect((await req('POST', `/api/review/applications/${app}/declaration`, outsider, { conflicted: false })).statusCode).toBe(404);
    expect(json(await req('GET', '/api/review', outsider)).calls).toEqual([]);
  });

  it('scores are saved as a draft, submitted all or nothing, then read-only; only counted scores rank', async () => {
    expect((await req('POST', `/api/review/applications/${app}/declaration`, clean, { conflicted: false })).statusCode).toBe(201);
    // A draft with one complete criterion.
    let res = await req('PUT', `/api/review/applications/${app}/scores`, clean, { scores: { innovation: { score: 7, motivation: 'sterk idee' }, impact: { score: 4 } } });
    expect(res.statusCode).toBe(200);
    expect(json(res).scores).toEqual([{ criterion: 'innovation', score: 7, motivation: 'sterk idee' }]);
    // Submitting with a criterion missing saves nothing of that request and names the field.
    res = await req('PUT', `/api/review/applications/${app}/scores`, clean, { scores: { innovation: { score: 9, motivation: 'toch beter' } }, submit: true });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors.map((e: { field: string }) => e.field)).toEqual(['scores.impact']);
    let mine = json(await req('GET', `/api/review/applications/${app}`, clean)).scores;
    expect(mine).toEqual([{ criterion: 'innovation', score: 7, motivation: 'sterk idee' }]);
    // Out of range and unknown criteria are 400 naming the field.
    res = await req('PUT', `/api/review/applications/${app}/scores`, clean, { scores: { innovation: { score: 11, motivation: 'x' } } });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors[0].field).toBe('body.scores.innovation.score');
    res = await req('PUT', `/api/review/applications/${app}/scores`, clean, { scores: { beauty: { score: 5, motivation: 'x' } } });
    expect(json(res).errors[0].field).toBe('scores.beauty');
    // Nothing counts before submission.
    const before = await req('GET', `/api/calls/${code}/ranking`, team);
    let ranking = json(before);
    expect(ranking.rows.find((r: { id: number }) => r.id === app).score).toBeNull();
    // The ranking carries the tag of its body, and a reader holding it is told nothing changed.
    expect(before.headers.etag).toBe(etagOf(before.body));
    const unchanged = await t.app.inject({ url: `/api/calls/${code}/ranking`, headers: { ...team.headers, 'if-none-match': String(before.headers.etag) } });
    expect(unchanged.statusCode).toBe(304);

    res = await req('PUT', `/api/review/applications/${app}/scores`, clean, { scores: { impact: { score: 5, motivation: 'beperkt bereik' } }, submit: true });
    expect(json(res)).toMatchObject({ submitted: true });
    // (3 x 7 + 1 x 5) / 4 = 6.5, visible in the very next ranking read.
    const after = await req('GET', `/api/calls/${code}/ranking`, team);
    ranking = json(after);
    const row = ranking.rows.find((r: { id: number }) => r.id === app);
    expect(row).toMatchObject({ score: 6.5, reviews: 1 });
    // A new ranking, a new tag: the old one no longer answers 304.
    expect(after.headers.etag).toBe(etagOf(after.body));
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const changed = await t.app.inject({ url: `/api/calls/${code}/ranking`, headers: { ...team.headers, 'if-none-match': String(before.headers.etag) } });
    expect(changed.statusCode).toBe(200);
    res = await req('PUT', `/api/review/applications/${app}/scores`, clean, { scores: full(1, 1) });
    expect(json(res).code).toBe('REVIEW_ALREADY_SUBMITTED');
    mine = json(await req('GET', `/api/review/applications/${app}`, clean)).scores;
    expect([...mine].sort((a: { criterion: string }, b: { criterion: string }) => a.criterion.localeCompare(b.criterion)))
      .toEqual([{ criterion: 'impact', score: 5, motivation: 'beperkt bereik' }, { criterion: 'innovation', score: 7, motivation: 'sterk idee' }]);
  });

  it('a conflicted reviewer\'s scores never count, even written straight into the database', async () => {
    // A score row for the conflicted reviewer (it could only come from outside the application).
    await t.database.db.insertInto('review_scores').values([
      { application_id: app, reviewer_id: declared.id, criterion_code: 'innovation', score: 0, motivation: 'x' },
      { application_id: app, reviewer_id: declared.id, criterion_code: 'impact', score: 0, motivation: 'x' },
    ]).execute();
    await t.database.db.updateTable('reviews').set({ submitted_at: new Date() }).where('reviewer_id', '=', declared.id).execute();
    await t.database.db.updateTable('applications').set({ updated_at: new Date(), version: 99 }).where('id', '=', app).execute();
    t.app.readModels.catalog.touch('calls');
    const ranking = json(await req('GET', `/api/calls/${code}/ranking`, team));
    expect(ranking.rows.find((r: { id: number }) => r.id === app)).toMatchObject({ score: 6.5, reviews: 1 });
    void other;
  });
});
