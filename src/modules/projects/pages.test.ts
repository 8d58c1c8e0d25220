import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { goodLesson, makeOrganisation, makeProject, person, type ProjectFixture } from './test-fixtures.js';

type Headers = Record<string, string>;

/** Forms post like a browser: urlencoded, with the CSRF token the session's cookie signs. */
function formBody(headers: Headers, fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams({ _csrf: headers['x-csrf-token']! });
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  return params.toString();
}

describe.each(engines)('project and lesson pages on %s', (engine) => {
  let t: TestApp;
  let project: ProjectFixture;
  let owner: Headers;
  let member: Headers;
  let team: Headers;
  let org: number;
  const get = (url: string, headers: Headers = {}) => t.app.inject({ url, headers: { cookie: headers.cookie ?? '' } });
  const submit = (url: string, headers: Headers, fields: Record<string, string | string[]>) => t.app.inject({
    method: 'POST', url, headers: { cookie: headers.cookie!, 'content-type': 'application/x-www-form-urlencoded' }, payload: formBody(headers, fields),
  });

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    org = await makeOrganisation(t.database.db, { subsector: 'film', name: 'Filmhuis Testlaan' });
    const partner = await makeOrganisation(t.database.db, { subsector: 'heritage' });
    owner = (await person(t, org, 'owner')).headers;
    member = (await person(t, partner, 'member')).headers;
    team = (await person(t, null, null, 'transition_team')).headers;
    project = await makeProject(t, { lead: org, partners: [partner], title: 'Streaming voor het filmhuis' });
  });
  afterAll(async () => { await t?.close(); });

  it('renders the list and the project page for visitors and members, in Dutch and English', async () => {
    for (const url of ['/projects', `/projects/${project.code}`, '/lessons', `/projects?status=active&call=${project.callCode}`]) {
      for (const headers of [{}, owner]) {
        for (const lang of ['nl', 'en']) {
          const res = await get(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`, headers);
          expect(res.statusCode, `${url} ${res.body.slice(0, 300)}`).toBe(200);
          expect(res.body).toContain(`lang="${lang}"`);
          expect(res.body).not.toMatch(/>(projects|lessons)\.[a-zA-Z]/);
        }
      }
    }
    const page = (await get(`/projects/${project.code}`)).body;
    expect(page).toContain('Streaming voor het filmhuis');
    expect(page).toContain('Filmhuis Testlaan');
    expect(page).toContain('sectoroverschrijdend');
    expect(page).not.toContain('Verslagen');
    expect((await get(`/projects/${project.code}`, member)).body).toContain('Verslagen');
  });

  it('offers the forms to the consortium and refuses them to visitors and outsiders', async () => {
    const outsider = (await person(t, await makeOrganisation(t.database.db), 'owner')).headers;
    for (const url of [`/projects/${project.code}/milestones/new`, `/projects/${project.code}/reports/new?kind=final`, `/projects/${project.code}/lessons/new`, `/projects/${project.code}/close`]) {
      const ok = await get(url, url.endsWith('/close') || url.includes('milestones') ? owner : member);
      expect(ok.statusCode, `${url} ${ok.body.slice(0, 300)}`).toBe(200);
      expect(ok.body).toContain('name="_csrf"');
      expect((await get(url)).statusCode).toBe(401);
      expect((await get(url, outsider)).statusCode).toBe(403);
    }
    expect((await get(`/projects/${project.code}/reports/new`, member)).body).toContain('data-draft="project-');
  });

  it('shows a refused report again with the typed text kept and the error linked to its field', async () => {
    const res = await submit(`/projects/${project.code}/reports`, member, { kind: 'progress', periodLabel: '', text: 'Mijn lange tekst over de voortgang' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Mijn lange tekst over de voortgang');
    expect(res.body).toContain('href="#f-periodLabel"');
    const ok = await submit(`/projects/${project.code}/reports`, member, { kind: 'progress', periodLabel: 'Q1 2026', text: 'Voortgang' });
    expect(ok.statusCode).toBe(303);
    const after = await get(ok.headers.location as string, member);
    expect(after.body).toContain('data-draft-saved="project-');
    expect(after.body).toContain('Voortgangsverslag Q1 2026');
  });

  it('refuses a lesson that only celebrates, in words, keeping the input', async () => {
    const { details: _, ...lesson } = goodLesson();
    const res = await submit(`/projects/${project.code}/lessons`, member, { ...lesson, whatFailed: 'niets', pillars: ['2'], organisationId: String(project.partners[0]) });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('‘Niets’ is geen leerles');
    expect(res.body).toContain('href="#f-whatFailed"');
    expect(res.body).toContain(lesson.whatWorked);
    const ok = await submit(`/projects/${project.code}/lessons`, member, { ...lesson, pillars: ['2'], dimensions: ['data'], technologies: 'HLS, DRM', organisationId: String(project.partners[0]) });
    expect(ok.statusCode, ok.body.slice(0, 500)).toBe(303);
  });

  it('closes through the page only when ready, naming what is missing', async () => {
    const early = await get(`/projects/${project.code}/close`, owner);
    expect(early.body).toContain('Ontbreekt: het eindverslag');
    expect(early.body).not.toContain('Project afsluiten en leerlessen publiceren');
    const refused = await submit(`/projects/${project.code}/close`, owner, { version: '1' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Er ontbreekt: het eindverslag');
    expect((await submit(`/projects/${project.code}/reports`, member, { kind: 'final', text: 'Eindverslag' })).statusCode).toBe(303);
    const ready = await get(`/projects/${project.code}/close`, owner);
    expect(ready.body).toContain('Project afsluiten en leerlessen publiceren');
    const closed = await submit(`/projects/${project.code}/close`, owner, { version: '1' });
    expect(closed.statusCode).toBe(303);
    const page = (await get(`/projects/${project.code}`)).body;
    expect(page).toContain('Afgesloten');
    expect(page).toContain('Gedeelde thesaurus');
    const lessons = (await get('/lessons?technology=hls')).body;
    expect(lessons).toContain('Gedeelde thesaurus');
  });

  it('lets an organisation write its own lesson and an owner publish it', async () => {
    const form = await get('/lessons/new', owner);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Filmhuis Testlaan');
    const res = await submit('/lessons', owner, { ...goodLesson({ title: 'Residentie ondertiteling' }), organisationId: String(org), publishDetails: 'yes' } as Record<string, string>);
    expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
    const url = res.headers.location as string;
    const code = url.split('/')[2]!.split('?')[0]!;
    expect((await get(`/lessons/${code}`)).statusCode).toBe(404);
    const own = await get(url, owner);
    expect(own.body).toContain('Publiceren');
    const version = /name="version" value="(\d+)"/.exec(own.body)![1]!;
    expect((await submit(`/lessons/${code}/publish`, owner, { version })).statusCode).toBe(303);
    expect((await get(`/lessons/${code}`)).body).toContain('Residentie ondertiteling');
    expect((await get(`/lessons/${code}/edit`, team)).statusCode).toBe(403);
    expect((await get(`/lessons/${code}/edit`, owner)).statusCode).toBe(200);
  });

  it('lists the endpoints in the OpenAPI document', async () => {
    const doc = JSON.parse((await t.app.inject('/api/v1/openapi.json')).body);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/v1/projects', '/api/v1/projects/{code}', '/api/v1/projects/{code}/milestones', '/api/v1/projects/{code}/milestones/{id}', '/api/v1/projects/{code}/milestones/{id}/done',
      '/api/v1/projects/{code}/reports', '/api/v1/projects/{code}/lessons', '/api/v1/projects/{code}/close', '/api/v1/lessons', '/api/v1/lessons/{code}', '/api/v1/lessons/{code}/publish',
    ]));
    expect(doc.paths['/api/v1/projects/{code}/close'].post.responses['422']).toBeDefined();
  });
});
