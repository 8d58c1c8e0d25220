import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { brusselsDate } from '../../web/dates.js';
import { makeOrganisation, makeProject, person, type ProjectFixture } from './test-fixtures.js';

type Headers = Record<string, string>;

describe.each(engines)('project milestones and reports on %s', (engine) => {
  let t: TestApp;
  let project: ProjectFixture;
  let leadMember: Headers;
  let partnerMember: Headers;
  let outsider: Headers;
  let respondent: Headers;
  let team: Headers;
  const post = (url: string, headers: Headers, payload?: object) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
  const put = (url: string, headers: Headers, payload: object) => t.app.inject({ method: 'PUT', url, headers, payload });
  const url = (rest = '') => `/api/projects/${project.code}${rest}`;

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const lead = await makeOrganisation(t.database.db, { subsector: 'libraries_cultural_centres' });
    const partner = await makeOrganisation(t.database.db, { subsector: 'heritage' });
    const other = await makeOrganisation(t.database.db);
    leadMember = (await person(t, lead, 'member')).headers;
    respondent = (await person(t, lead, 'respondent')).headers;
    partnerMember = (await person(t, partner, 'owner')).headers;
    outsider = (await person(t, other, 'owner')).headers;
    team = (await person(t, null, null, 'transition_team')).headers;
    project = await makeProject(t, { lead, partners: [partner], title: 'Digitale collectie Kempen' });
  });
  afterAll(async () => { await t?.close(); });

  it('lets the lead\'s members and the team add milestones; partners, respondents, outsiders and visitors may not', async () => {
    const ok = await post(url('/milestones'), leadMember, { title: 'Datamodel vastgelegd', dueOn: '2025-06-30' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(json(ok)).toMatchObject({ title: 'Datamodel vastgelegd', position: 1, status: 'open', overdue: true, version: 1 });
    const byTeam = await post(url('/milestones'), team, { title: 'Publieke lancering', dueOn: '2099-01-31' });
    expect(byTeam.statusCode).toBe(201);
    expect(json(byTeam)).toMatchObject({ position: 2, overdue: false });
    for (const headers of [partnerMember, respondent, outsider]) {
      const res = await post(url('/milestones'), headers, { title: 'Niet van mij', dueOn: '2025-06-30' });
      expect(res.statusCode).toBe(403);
    }
    expect((await post(url('/milestones'), {}, { title: 'Anoniem', dueOn: '2025-06-30' })).statusCode).toBe(401);
    const count = await t.database.db.selectFrom('project_milestones').select('id').where('project_id', '=', project.id).execute();
    expect(count).toHaveLength(2);
  });

  it('answers 400 naming every bad field, before anything is written', async () => {
    const res = await post(url('/milestones'), leadMember, { title: '   ', dueOn: '30/06/2025', extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(json(res).errors.map((e: any) => e.field)).toEqual(expect.arrayContaining(['body.title', 'body.dueOn', 'body.extra']));
    const report = await post(url('/reports'), partnerMember, { kind: 'yearly', text: '' });
    expect(report.statusCode).toBe(400);
    expect(json(report).errors.map((e: any) => e.field)).toEqual(expect.arrayContaining(['body.kind', 'body.text']));
    const progress = await post(url('/reports'), partnerMember, { kind: 'progress', text: 'Stand van zaken' });
    expect(progress.statusCode).toBe(400);
    expect(json(progress).errors).toEqual([expect.objectContaining({ field: 'body.periodLabel' })]);
  });

  it('marks done and detects a conflicting edit with 409, keeping the first save', async () => {
    const [m] = json(await t.app.inject({ url: url(), headers: leadMember })).milestones;
    const done = await post(url(`/milestones/${m.id}/done`), leadMember, { version: 1, doneOn: '2025-06-28' });
    expect(done.statusCode, done.body).toBe(200);
    expect(json(done)).toMatchObject({ status: 'done', doneOn: '2025-06-28', overdue: false, version: 2 });
    const stale = await put(url(`/milestones/${m.id}`), team, { version: 1, title: 'Oude titel', dueOn: '2025-07-31' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'PROJECT_STALE', currentVersion: 2 });
    const row = await t.database.db.selectFrom('project_milestones').selectAll().where('id', '=', m.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ title: 'Datamodel vastgelegd', done_on: '2025-06-28', version: 2 });
    const reopened = await put(url(`/milestones/${m.id}`), team, { version: 2, title: 'Datamodel vastgelegd', dueOn: '2025-06-30', doneOn: null });
    expect(json(reopened)).toMatchObject({ status: 'open', overdue: true, version: 3 });
    const audits = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'project_milestone').where('entity_id', '=', String(m.id)).orderBy('id').execute();
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('flags overdue milestones by today in Brussels', async () => {
    const today = brusselsDate();
    const m = json(await post(url('/milestones'), leadMember, { title: 'Vandaag', dueOn: today }));
    expect(m.overdue).toBe(false);
    const detail = json(await t.app.inject(url()));
    expect(detail.overdueMilestones).toBe(1);
    expect(detail.milestones.filter((x: any) => x.overdue).map((x: any) => x.title)).toEqual(['Datamodel vastgelegd']);
  });

  it('takes progress reports from any consortium member and shows reports only to the consortium and the team', async () => {
    const res = await post(url('/reports'), partnerMember, { kind: 'progress', periodLabel: 'Q3 2025', text: 'De inventaris is klaar.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toMatchObject({ kind: 'progress', periodLabel: 'Q3 2025', text: 'De inventaris is klaar.' });
    expect((await post(url('/reports'), team, { kind: 'progress', periodLabel: 'Q4 2025', text: 'Tweede verslag.' })).statusCode).toBe(201);
    expect((await post(url('/reports'), outsider, { kind: 'progress', periodLabel: 'Q4 2025', text: 'Niet van mij.' })).statusCode).toBe(403);
    expect(json(await t.app.inject(url())).reports).toBeNull();
    expect(json(await t.app.inject({ url: url(), headers: outsider })).reports).toBeNull();
    expect(json(await t.app.inject({ url: url(), headers: leadMember })).reports).toHaveLength(2);
    expect(json(await t.app.inject({ url: url(), headers: team })).reports).toHaveLength(2);
  });

  it('lists the project publicly with its filters', async () => {
    const list = json(await t.app.inject('/api/projects'));
    expect(list.items.map((p: any) => p.code)).toContain(project.code);
    const item = list.items.find((p: any) => p.code === project.code);
    expect(item).toMatchObject({ title: 'Digitale collectie Kempen', status: 'active', grantedEur: 40000, call: { code: project.callCode } });
    expect(json(await t.app.inject(`/api/projects?call=${project.callCode}`)).total).toBe(1);
    expect(json(await t.app.inject('/api/projects?status=closed')).items.map((p: any) => p.code)).not.toContain(project.code);
    expect(json(await t.app.inject('/api/projects?year=2025')).items.map((p: any) => p.code)).toContain(project.code);
    expect(json(await t.app.inject('/api/projects?year=2024')).total).toBe(0);
    expect((await t.app.inject('/api/projects?status=nope')).statusCode).toBe(400);
    const detail = json(await t.app.inject(url()));
    expect(detail.crossSector).toBe(true);
    expect(detail.consortium.map((c: any) => c.role)).toEqual(['lead', 'partner']);
    expect((await t.app.inject('/api/projects/P-0000-0')).statusCode).toBe(404);
  });
});
