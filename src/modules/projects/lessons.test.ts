import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { listPublishedLessons } from './index.js';
import { goodLesson, makeOrganisation, makeProject, person, type ProjectFixture } from './test-fixtures.js';

type Headers = Record<string, string>;

describe.each(engines)('lessons learned and consent on %s', (engine) => {
  let t: TestApp;
  let project: ProjectFixture;
  let org: number;
  let owner: Headers;
  let member: Headers;
  let outsider: Headers;
  let team: Headers;
  let withConsent: string;
  let withoutConsent: string;
  let own: string;
  const post = (url: string, headers: Headers, payload?: object) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
  const get = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    org = await makeOrganisation(t.database.db, { subsector: 'arts' });
    const other = await makeOrganisation(t.database.db);
    owner = (await person(t, org, 'owner')).headers;
    member = (await person(t, org, 'member')).headers;
    outsider = (await person(t, other, 'owner')).headers;
    team = (await person(t, null, null, 'transition_team')).headers;
    project = await makeProject(t, { lead: org });
  });
  afterAll(async () => { await t?.close(); });

  it('tags a lesson with pillars, challenges, dimensions of the current model, subsectors and technologies; unknown tags are named', async () => {
    const bad = await post(`/api/projects/${project.code}/lessons`, member, goodLesson({ challenges: [3, 77], dimensions: ['data', 'astrology'], subsectors: ['opera'], pillars: [9] }));
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors.map((e: any) => e.field)).toEqual(expect.arrayContaining(['body.pillars.0']));
    const bad2 = await post(`/api/projects/${project.code}/lessons`, member, goodLesson({ challenges: [3, 77], dimensions: ['data', 'astrology'], subsectors: ['opera'] }));
    expect(bad2.statusCode).toBe(400);
    expect(json(bad2).errors.map((e: any) => e.field)).toEqual(['body.challenges.1', 'body.subsectors.0', 'body.dimensions.1']);
    const res = await post(`/api/projects/${project.code}/lessons`, member, goodLesson({
      title: '  Met toestemming  ', publishDetails: true, pillars: [2, 3], challenges: [5], dimensions: ['data'], subsectors: ['arts'], technologies: ['IIIF', ' iiif ', 'OSLO'], outcome: 'failure',
    }));
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toMatchObject({ title: 'Met toestemming', technologies: ['IIIF', 'OSLO'], outcome: 'failure', source: 'project', published: false });
    withConsent = json(res).code;
    const second = await post(`/api/projects/${project.code}/lessons`, member, goodLesson({ title: 'Zonder toestemming', publishDetails: false, pillars: [4] }));
    withoutConsent = json(second).code;
  });

  it('keeps unpublished lessons from the public, not from the consortium and the team', async () => {
    expect((await get(`/api/lessons/${withoutConsent}`)).statusCode).toBe(404);
    expect((await get(`/api/lessons/${withoutConsent}`, outsider)).statusCode).toBe(404);
    expect(json(await get(`/api/lessons/${withoutConsent}`, member)).details).toBe('Interne kostenraming en namen van leveranciers.');
    expect(json(await get(`/api/lessons/${withoutConsent}`, team)).details).toBe('Interne kostenraming en namen van leveranciers.');
    expect(json(await get(`/api/projects/${project.code}`)).lessons).toEqual([]);
  });

  it('shows the details to the public only with consent, once the project closed', async () => {
    expect((await post(`/api/projects/${project.code}/reports`, member, { kind: 'final', text: 'Eindverslag' })).statusCode).toBe(201);
    expect((await post(`/api/projects/${project.code}/close`, owner, {})).statusCode).toBe(200);
    const hidden = json(await get(`/api/lessons/${withoutConsent}`));
    expect(hidden).toMatchObject({ summary: expect.any(String), whatWorked: expect.any(String), whatFailed: expect.any(String), details: null, publishDetails: false });
    expect(json(await get(`/api/lessons/${withoutConsent}`, outsider)).details).toBeNull();
    expect(json(await get(`/api/lessons/${withoutConsent}`, member)).details).toBe('Interne kostenraming en namen van leveranciers.');
    expect(json(await get(`/api/lessons/${withoutConsent}`, team)).details).toBe('Interne kostenraming en namen van leveranciers.');
    expect(json(await get(`/api/lessons/${withConsent}`)).details).toBe('Interne kostenraming en namen van leveranciers.');
    const list = json(await get('/api/lessons', member));
    expect(list.items.find((l: any) => l.code === withoutConsent).details).toBeNull();
    const page = (await get(`/lessons/${withoutConsent}`)).body;
    expect(page).toContain('met de hand worden nagekeken');
    expect(page).not.toContain('Interne kostenraming');
    expect((await get(`/lessons/${withoutConsent}`, member)).body).toContain('Interne kostenraming');
    expect((await get(`/lessons/${withConsent}`)).body).toContain('Interne kostenraming');
    const project_ = json(await get(`/api/projects/${project.code}`));
    expect(project_.lessons.map((l: any) => [l.code, l.details])).toEqual([[withConsent, 'Interne kostenraming en namen van leveranciers.'], [withoutConsent, null]]);
  });

  it('filters published lessons and offers them to other modules without hidden details', async () => {
    const codes = async (q: string) => json(await get(`/api/lessons?${q}`)).items.map((l: any) => l.code);
    expect(await codes('pillar=3')).toEqual([withConsent]);
    expect(await codes('pillar=4')).toEqual([withoutConsent]);
    expect(await codes('challenge=5&dimension=data&subsector=arts')).toEqual([withConsent]);
    expect(await codes('technology=iiif')).toEqual([withConsent]);
    expect(await codes('outcome=failure')).toEqual([withConsent]);
    expect(await codes('source=organisation')).toEqual([]);
    expect((await get('/api/lessons?pillar=8')).statusCode).toBe(400);
    const shared = await listPublishedLessons(t.database.db, { pillar: 4 });
    expect(shared.total).toBe(1);
    expect(shared.items[0]).toMatchObject({ code: withoutConsent, details: null });
  });

  it('takes a lesson outside a project from the organisation\'s members only; an owner publishes it', async () => {
    const payload = goodLesson({ organisationId: org, title: 'Residentie AI-transcriptie', technologies: ['Whisper'] });
    expect((await post('/api/lessons', outsider, payload)).statusCode).toBe(403);
    expect((await post('/api/lessons', team, payload)).statusCode).toBe(403);
    expect((await post('/api/lessons', {}, payload)).statusCode).toBe(401);
    const res = await post('/api/lessons', member, payload);
    expect(res.statusCode, res.body).toBe(201);
    own = json(res).code;
    expect(json(res)).toMatchObject({ source: 'organisation', published: false, project: null });
    expect((await post(`/api/lessons/${own}/publish`, member, { version: 1 })).statusCode).toBe(403);
    const published = await post(`/api/lessons/${own}/publish`, owner, { version: 1 });
    expect(published.statusCode, published.body).toBe(200);
    expect(json(published).published).toBe(true);
    expect(json(await get('/api/lessons?source=organisation')).items.map((l: any) => l.code)).toEqual([own]);
    expect((await post(`/api/lessons/${withConsent}/publish`, owner, {})).statusCode).toBe(409);
  });

  it('edits with the version and refuses a stale edit or an edit by an outsider', async () => {
    const edit = (headers: Headers, version: number, title: string) => t.app.inject({ method: 'PUT', url: `/api/lessons/${own}`, headers, payload: { ...goodLesson({ title }), version } });
    expect((await edit(outsider, 2, 'Overname')).statusCode).toBe(403);
    const ok = await edit(member, 2, 'Residentie AI-transcriptie, bijgewerkt');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok)).toMatchObject({ version: 3, published: true });
    const stale = await edit(owner, 2, 'Te laat');
    expect(stale.statusCode).toBe(409);
    expect(json(stale).code).toBe('PROJECT_STALE');
  });
});
