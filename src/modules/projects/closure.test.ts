import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { goodLesson, makeOrganisation, makeProject, person, type ProjectFixture } from './test-fixtures.js';

type Headers = Record<string, string>;

describe.each(engines)('closing a project on %s', (engine) => {
  let t: TestApp;
  let project: ProjectFixture;
  let leadOwner: Headers;
  let leadMember: Headers;
  let partnerMember: Headers;
  const post = (url: string, headers: Headers, payload?: object) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
  const get = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
  const close = (headers: Headers) => post(`/api/projects/${project.code}/close`, headers, {});
  const state = async () => {
    const db = t.database.db;
    const p = await db.selectFrom('projects').select(['status', 'closed_at', 'version']).where('id', '=', project.id).executeTakeFirstOrThrow();
    const lessons = await db.selectFrom('lessons').select(['code', 'published_at']).where('project_id', '=', project.id).execute();
    const audits = await db.selectFrom('audit_log').select('id').where('entity_type', '=', 'project').where('entity_id', '=', project.code).execute();
    return { ...p, lessons, audits: audits.length };
  };

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const lead = await makeOrganisation(t.database.db, { subsector: 'heritage' });
    const partner = await makeOrganisation(t.database.db, { subsector: 'arts' });
    leadOwner = (await person(t, lead, 'owner')).headers;
    leadMember = (await person(t, lead, 'member')).headers;
    partnerMember = (await person(t, partner, 'member')).headers;
    project = await makeProject(t, { lead, partners: [partner] });
  });
  afterAll(async () => { await t?.close(); });

  it('refuses to close without a final report and without a lesson, naming both, and writes nothing', async () => {
    const res = await close(leadOwner);
    expect(res.statusCode, res.body).toBe(422);
    expect(json(res)).toMatchObject({ code: 'PROJECT_NOT_READY', missing: ['finalReport', 'lesson'] });
    expect(json(res).detail).toContain('final report');
    const bare = await t.app.inject({ method: 'POST', url: `/api/projects/${project.code}/close`, headers: leadOwner });
    expect(bare.statusCode, bare.body).toBe(422);
    const s = await state();
    expect(s).toMatchObject({ status: 'active', closed_at: null, version: 1, audits: 0 });
  });

  it('lets only the team or the lead owner close: a lead member and a partner get 403', async () => {
    expect((await close(leadMember)).statusCode).toBe(403);
    expect((await close(partnerMember)).statusCode).toBe(403);
    expect((await close({})).statusCode).toBe(401);
  });

  it('refuses the final report while a milestone is neither done nor noted, naming it', async () => {
    const m = await post(`/api/projects/${project.code}/milestones`, leadMember, { title: 'Prototype klaar', dueOn: '2025-09-30' });
    expect(m.statusCode, m.body).toBe(201);
    const res = await post(`/api/projects/${project.code}/reports`, partnerMember, { kind: 'final', text: 'Eindverslag' });
    expect(res.statusCode, res.body).toBe(422);
    expect(json(res)).toMatchObject({ code: 'PROJECT_OPEN_MILESTONES', milestones: ['Prototype klaar'] });
    const noted = await t.app.inject({ method: 'PUT', url: `/api/projects/${project.code}/milestones/${json(m).id}`, headers: leadMember, payload: { version: 1, title: 'Prototype klaar', dueOn: '2025-09-30', note: 'Geschrapt na de tussentijdse evaluatie.' } });
    expect(noted.statusCode, noted.body).toBe(200);
    expect(json(noted)).toMatchObject({ status: 'noted', overdue: true, version: 2 });
  });

  it('with only the final report, still refuses and names the lesson', async () => {
    const report = await post(`/api/projects/${project.code}/reports`, partnerMember, { kind: 'final', text: 'Eindverslag van het project.' });
    expect(report.statusCode, report.body).toBe(201);
    const again = await post(`/api/projects/${project.code}/reports`, partnerMember, { kind: 'final', text: 'Tweede eindverslag' });
    expect(again.statusCode).toBe(409);
    expect(json(again).code).toBe('PROJECT_FINAL_REPORT_EXISTS');
    const res = await close(leadOwner);
    expect(res.statusCode).toBe(422);
    expect(json(res).missing).toEqual(['lesson']);
  });

  it('refuses a lesson without what failed (400 naming the field) and one that only celebrates (422)', async () => {
    const { whatFailed: _, ...noFailure } = goodLesson();
    const missing = await post(`/api/projects/${project.code}/lessons`, partnerMember, noFailure);
    expect(missing.statusCode).toBe(400);
    expect(json(missing).errors.map((e: any) => e.field)).toContain('body.whatFailed');
    const blank = await post(`/api/projects/${project.code}/lessons`, partnerMember, goodLesson({ whatFailed: '   ' }));
    expect(blank.statusCode).toBe(400);
    expect(json(blank).errors.map((e: any) => e.field)).toContain('body.whatFailed');
    const celebrating = await post(`/api/projects/${project.code}/lessons`, partnerMember, goodLesson({ whatFailed: 'Niets.' }));
    expect(celebrating.statusCode).toBe(422);
    expect(json(celebrating)).toMatchObject({ code: 'LESSON_ONLY_SUCCESS', errors: [{ field: 'body.whatFailed' }] });
    expect(await t.database.db.selectFrom('lessons').select('id').where('project_id', '=', project.id).execute()).toHaveLength(0);
  });

  it('does not count a stored lesson whose what failed is blank', async () => {
    await t.database.db.insertInto('lessons').values({
      code: `L-TEST-${project.id}`, project_id: project.id, organisation_id: project.lead, title: 'Alleen succes', summary: 'Alles lukte.',
      what_worked: 'Alles.', what_failed: ' ',
    }).execute();
    t.app.readModels.catalog.touch('calls', 'knowledge');
    const res = await close(leadOwner);
    expect(res.statusCode).toBe(422);
    expect(json(res).missing).toEqual(['lesson']);
    const s = await state();
    expect(s.status).toBe('active');
    expect(s.lessons.every((l) => l.published_at === null)).toBe(true);
    await t.database.db.deleteFrom('lessons').where('code', '=', `L-TEST-${project.id}`).execute();
  });

  it('closes with the final report and a lesson stating both, publishing the lessons', async () => {
    const lesson = await post(`/api/projects/${project.code}/lessons`, partnerMember, goodLesson());
    expect(lesson.statusCode, lesson.body).toBe(201);
    const code = json(lesson).code as string;
    expect(json(lesson)).toMatchObject({ published: false, organisation: { id: project.partners[0] } });
    expect((await get(`/api/lessons/${code}`)).statusCode).toBe(404);
    const res = await close(leadOwner);
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res).publishedLessons).toEqual([code]);
    expect(json(res).project).toMatchObject({ status: 'closed', version: 2 });
    const s = await state();
    expect(s.status).toBe('closed');
    expect(s.audits).toBe(1);
    expect(s.lessons.every((l) => l.published_at !== null)).toBe(true);
    const pub = await get(`/api/lessons/${code}`);
    expect(pub.statusCode).toBe(200);
    expect(json(pub).published).toBe(true);
    expect(json(await get('/api/lessons')).items.map((l: any) => l.code)).toContain(code);
  });

  it('keeps a closed project closed: no second close, no new milestones or lessons', async () => {
    expect(json(await close(leadOwner)).code).toBe('PROJECT_CLOSED');
    expect((await post(`/api/projects/${project.code}/milestones`, leadMember, { title: 'Nog één', dueOn: '2026-01-01' })).statusCode).toBe(409);
    expect((await post(`/api/projects/${project.code}/lessons`, partnerMember, goodLesson())).statusCode).toBe(409);
  });
});
