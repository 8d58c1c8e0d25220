import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { addMember, createModel, createOrganisation, inviteCoach, userIdOf, type FixtureModel } from './testing/fixtures.js';

type Headers = Record<string, string>;

describe.each(engines)('assessments API on %s', (engine) => {
  let t: TestApp;
  let model: FixtureModel;
  let org: number;
  let owner: Headers;
  let member: Headers;
  let respondent: Headers;
  let outsider: Headers;
  let coach: Headers;
  let team: Headers;

  const post = (url: string, headers: Headers, payload?: object) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
  const put = (url: string, headers: Headers, payload: object) => t.app.inject({ method: 'PUT', url, headers, payload });
  const get = (url: string, headers: Headers = {}) => t.app.inject({ method: 'GET', url, headers });
  const fields = (res: Parameters<typeof json>[0]) => (json(res).errors ?? []).map((e: { field: string }) => e.field);
  const answer = (id: number, q: number, headers: Headers, body: object) => put(`/api/assessments/${id}/answers/${q}`, headers, { version: 0, ...body });
  const start = async (kind: 'quick' | 'full', headers = owner) => {
    const res = await post(`/api/organisations/${org}/assessments`, headers, { kind });
    expect(res.statusCode, res.body).toBe(201);
    return json(res).id as number;
  };
  const auditCount = async (entityType: string) =>
    Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('entity_type', '=', entityType).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const db = t.database.db;
    model = await createModel(db);
    org = await createOrganisation(db, 'Testmuseum');
    [owner, member, respondent, outsider, coach, team] = await Promise.all([
      t.as('org_member'), t.as('org_member'), t.as('org_member'), t.as('org_member'), t.as('org_member'), t.as('transition_team'),
    ]);
    await addMember(db, org, await userIdOf(db, owner), 'owner', 'directeur');
    await addMember(db, org, await userIdOf(db, member), 'member', 'collectiebeheerder');
    await addMember(db, org, await userIdOf(db, respondent), 'respondent', 'educatie');
    await inviteCoach(db, org, await userIdOf(db, coach), await userIdOf(db, owner));
  });
  afterAll(async () => { await t?.close(); });

  it('starts assessments on the current model; respondents and outsiders cannot', async () => {
    const res = await post(`/api/organisations/${org}/assessments`, owner, { kind: 'quick' });
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({ kind: 'quick', status: 'open', model: { id: model.id, version: 90 }, questions: 4, respondentCount: 0 });
    expect(res.headers.location).toBe(`/api/assessments/${json(res).id}`);
    expect((await post(`/api/organisations/${org}/assessments`, member, { kind: 'full' })).statusCode).toBe(201);
    const refused = await post(`/api/organisations/${org}/assessments`, respondent, { kind: 'full' });
    expect(refused.statusCode).toBe(403);
    expect(json(refused).code).toBe('ASSESSMENT_MANAGERS_ONLY');
    expect((await post(`/api/organisations/${org}/assessments`, outsider, { kind: 'full' })).statusCode).toBe(403);
    expect((await post(`/api/organisations/${org}/assessments`, {}, { kind: 'full' })).statusCode).toBe(401);
    const bad = await post(`/api/organisations/${org}/assessments`, owner, { kind: 'medium' });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toContain('body.kind');
    expect((await post('/api/organisations/999999/assessments', owner, { kind: 'full' })).statusCode).toBe(404);
  });

  it('lists the assessments with respondent names for members, counts only for coaches', async () => {
    const id = await start('quick');
    await answer(id, model.q.A1!, respondent, { currentLevel: 2 });
    const mine = json(await get(`/api/organisations/${org}/assessments`, member));
    expect(mine.canStart).toBe(true);
    const item = mine.items.find((i: any) => i.id === id);
    expect(item.respondents).toEqual([expect.objectContaining({ position: 'educatie', answered: 1, finished: false })]);
    const asCoach = json(await get(`/api/organisations/${org}/assessments`, coach));
    expect(asCoach.canStart).toBe(false);
    expect(asCoach.items.find((i: any) => i.id === id)).toMatchObject({ respondents: null, respondentCount: 1, finishedCount: 0 });
    expect((await get(`/api/organisations/${org}/assessments`, outsider)).statusCode).toBe(403);
    expect((await get(`/api/organisations/${org}/assessments`, team)).statusCode).toBe(403);
  });

  it('refuses bad answers with the field named and writes nothing', async () => {
    const quick = await start('quick');
    const before = await auditCount('assessment_answer');
    const cases: Array<[object, number, string[], string?]> = [
      [{ currentLevel: 6 }, 400, ['body.currentLevel']],
      [{ currentLevel: -1 }, 400, ['body.currentLevel']],
      [{ currentLevel: 2, targetLevel: 9 }, 400, ['body.targetLevel']],
      [{ currentLevel: 2, evidenceUrl: 'ftp://example.org/x' }, 400, ['evidenceUrl']],
      [{ currentLevel: 2, evidenceUrl: 'niet een link' }, 400, ['evidenceUrl']],
      [{ currentLevel: 2, evidenceUrl: 'javascript:alert(1)' }, 400, ['evidenceUrl']],
      [{ notApplicable: true, currentLevel: 2 }, 400, ['currentLevel']],
      [{ notApplicable: true, targetLevel: 2 }, 400, ['targetLevel']],
      [{ targetLevel: 3 }, 400, ['currentLevel']],
      [{ currentLevel: 2, note: 'x'.repeat(4001) }, 400, ['body.note']],
    ];
    for (const [body, status, named] of cases) {
      const res = await answer(quick, model.q.A1!, member, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(fields(res), JSON.stringify(body)).toEqual(expect.arrayContaining(named));
    }
    // D2 does not allow "not applicable".
    const full = await start('full');
    const na = await answer(full, model.q.D2!, member, { notApplicable: true });
    expect(na.statusCode).toBe(400);
    expect(fields(na)).toEqual(['notApplicable']);
    // A3 is not in the quick scan; 999999 does not exist; a question of another model version.
    const notQuick = await answer(quick, model.q.A3!, member, { currentLevel: 1 });
    expect(notQuick.statusCode).toBe(400);
    expect(json(notQuick)).toMatchObject({ code: 'ASSESSMENT_QUESTION_NOT_IN_ASSESSMENT', errors: [{ field: 'questionId' }] });
    expect(json(notQuick).detail).toContain('quick scan');
    const unknown = await answer(quick, 999999, member, { currentLevel: 1 });
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown).detail).toContain('does not exist');
    const db = t.database.db;
    const { id: oldModel } = await db.insertInto('maturity_models').values({ version: 7, status: 'retired', based_on: null }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('maturity_dimensions').values({ model_id: oldModel, code: 'audience', position: 1, name_nl: 'x', name_en: 'x', description_nl: '', description_en: '' }).execute();
    const { id: oldQuestion } = await db.insertInto('maturity_questions').values({ model_id: oldModel, dimension_code: 'audience', code: 'OLD', position: 1, text_nl: 'x', text_en: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    const other = await answer(full, oldQuestion, member, { currentLevel: 1 });
    expect(other.statusCode).toBe(400);
    expect(json(other).detail).toContain('version 7');
    expect(await auditCount('assessment_answer')).toBe(before);
    const stored = await db.selectFrom('assessment_answers').select('question_id').where('assessment_id', 'in', [quick, full]).execute();
    expect(stored).toEqual([]);
  });

  it('autosaves idempotently and refuses a stale version with the stored answer', async () => {
    const id = await start('full');
    const q = model.q.A2!;
    const first = await answer(id, q, member, { currentLevel: 2, targetLevel: 3, note: ' eerste ', evidenceUrl: 'https://example.org/plan.pdf' });
    expect(first.statusCode, first.body).toBe(200);
    expect(json(first)).toMatchObject({ changed: true, answer: { currentLevel: 2, targetLevel: 3, note: 'eerste', version: 1 }, progress: { answered: 1, total: 8 } });
    const audits = await auditCount('assessment_answer');
    // The same content again (a retried autosave, even from version 0) changes nothing.
    for (const version of [0, 1]) {
      const again = await answer(id, q, member, { version, currentLevel: 2, targetLevel: 3, note: 'eerste', evidenceUrl: 'https://example.org/plan.pdf' });
      expect(again.statusCode).toBe(200);
      expect(json(again)).toMatchObject({ changed: false, answer: { version: 1 } });
    }
    expect(await auditCount('assessment_answer')).toBe(audits);
    const second = await answer(id, q, member, { version: 1, currentLevel: 3, targetLevel: 4 });
    expect(json(second)).toMatchObject({ changed: true, answer: { currentLevel: 3, note: '', evidenceUrl: null, version: 2 } });
    const stale = await answer(id, q, member, { version: 1, currentLevel: 1 });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'ASSESSMENT_ANSWER_STALE', field: 'version', currentVersion: 2, current: { currentLevel: 3, version: 2 } });
    const overwrite = await answer(id, q, member, { version: 2, currentLevel: 1 });
    expect(json(overwrite).answer).toMatchObject({ currentLevel: 1, version: 3 });
    // Each respondent answers separately: another member's answer to the same question is their own.
    const other = await answer(id, q, owner, { currentLevel: 5 });
    expect(json(other).answer).toMatchObject({ currentLevel: 5, version: 1 });
    const detail = json(await get(`/api/assessments/${id}`, member));
    expect(detail.answers).toEqual([expect.objectContaining({ questionId: q, currentLevel: 1, version: 3 })]);
    expect(detail.me.progress.dimensions.find((d: any) => d.code === 'audience')).toEqual({ code: 'audience', answered: 1, total: 3 });
    expect(detail.dimensions.map((d: any) => d.code)).toEqual(['audience', 'data', 'infrastructure']);
    const log = await t.database.db.selectFrom('audit_log').select(['action', 'before', 'after']).where('entity_type', '=', 'assessment_answer')
      .where('entity_id', '=', `${id}:${await userIdOf(t.database.db, member)}:${q}`).orderBy('id').execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'update', 'update']);
  });

  it('lets a respondent finish and reopen their part; finished parts refuse changes', async () => {
    const id = await start('quick');
    const empty = await post(`/api/assessments/${id}/finish`, respondent);
    expect(empty.statusCode).toBe(409);
    expect(json(empty).code).toBe('ASSESSMENT_NOTHING_ANSWERED');
    expect((await answer(id, model.q.A1!, respondent, { currentLevel: 1 })).statusCode).toBe(200);
    const done = await post(`/api/assessments/${id}/finish`, respondent);
    expect(json(done)).toMatchObject({ finished: true });
    expect(json(await post(`/api/assessments/${id}/finish`, respondent)).finishedAt).toBe(json(done).finishedAt);
    const locked = await answer(id, model.q.A1!, respondent, { version: 1, currentLevel: 2 });
    expect(locked.statusCode).toBe(409);
    expect(json(locked).code).toBe('ASSESSMENT_PART_FINISHED');
    expect(json(await post(`/api/assessments/${id}/reopen`, respondent))).toEqual({ finished: false, finishedAt: null });
    expect((await answer(id, model.q.A1!, respondent, { version: 1, currentLevel: 2 })).statusCode).toBe(200);
  });

  it('submits: counts finished respondents only, stores the result, then freezes everything', async () => {
    const id = await start('full');
    const nobody = await post(`/api/assessments/${id}/submit`, owner);
    expect(nobody.statusCode).toBe(409);
    expect(json(nobody).code).toBe('ASSESSMENT_NOBODY_FINISHED');
    // Member: audience 1,3,4 -> 3; data 2 (+ N/A... D2 must be answered: 2) -> 2; infrastructure I1 = 1 caps at 2 (I2 4, I3 4 -> median 4).
    const m = (q: string, body: object) => answer(id, model.q[q]!, member, body);
    await m('A1', { currentLevel: 1, targetLevel: 2 }); await m('A2', { currentLevel: 3, targetLevel: 4 }); await m('A3', { currentLevel: 4, targetLevel: 4 });
    await m('D1', { notApplicable: true }); await m('D2', { currentLevel: 2 });
    await m('I1', { currentLevel: 1 }); await m('I2', { currentLevel: 4 }); await m('I3', { currentLevel: 4 });
    // Respondent: audience 1 (A1 only); infrastructure: I1 unanswered in a full assessment caps at 2; I2 5 -> 2.
    await answer(id, model.q.A1!, respondent, { currentLevel: 1, targetLevel: 3 });
    await answer(id, model.q.I2!, respondent, { currentLevel: 5 });
    // Owner answers but does not finish: not counted.
    await answer(id, model.q.A1!, owner, { currentLevel: 5 });
    await post(`/api/assessments/${id}/finish`, member);
    await post(`/api/assessments/${id}/finish`, respondent);
    expect((await post(`/api/assessments/${id}/submit`, respondent)).statusCode).toBe(403);
    const res = await post(`/api/assessments/${id}/submit`, member);
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body.countedRespondents).toBe(2);
    const dim = (code: string) => body.dimensions.find((d: any) => d.code === code);
    // Targets: member 2,4,4 -> 4; respondent 3; combined lower median of [3, 4] -> 3.
    expect(dim('audience')).toMatchObject({ level: 1, targetLevel: 3, minLevel: 1, maxLevel: 3, respondents: 2, disagreement: true, levelName: { nl: 'Verkennend', en: 'Exploring' } });
    expect(dim('data')).toMatchObject({ level: 2, targetLevel: null, minLevel: 2, maxLevel: 2, respondents: 1, disagreement: false });
    expect(dim('infrastructure')).toMatchObject({ level: 2, minLevel: 2, maxLevel: 2, respondents: 2, cappedBy: [{ code: 'I1', criticalFrom: 3 }] });
    expect(dim('audience').next).toMatchObject({ level: 2, meaning: { nl: 'audience niveau 2 betekent' }, steps: [{ nl: 'Stap 1 naar audience 2' }, { nl: 'Stap 2 naar audience 2' }] });
    expect(dim('audience').respondentLevels.map((r: any) => r.level).sort()).toEqual([1, 3]);
    expect(body.rules.map((r: any) => r.id)).toContain('critical');
    const rows = await t.database.db.selectFrom('assessment_results').selectAll().where('assessment_id', '=', id).orderBy('dimension_code').execute();
    expect(rows.map((r) => [r.dimension_code, r.level, r.target_level, r.min_level, r.max_level, r.respondents, r.disagreement])).toEqual([
      ['audience', 1, 3, 1, 3, 2, true], ['data', 2, null, 2, 2, 1, false], ['infrastructure', 2, null, 2, 2, 2, false],
    ]);
    const a = await t.database.db.selectFrom('assessments').select(['status', 'submitted_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(a.status).toBe('submitted');
    expect(a.submitted_at).not.toBeNull();
    // Frozen: answers, finishing, reopening and a second submit are refused.
    const late = await answer(id, model.q.A3!, owner, { currentLevel: 2 });
    expect(late.statusCode).toBe(409);
    expect(json(late).code).toBe('ASSESSMENT_SUBMITTED');
    expect(json(late).detail).toContain('submitted');
    expect((await post(`/api/assessments/${id}/reopen`, member)).statusCode).toBe(409);
    expect((await post(`/api/assessments/${id}/finish`, owner)).statusCode).toBe(409);
    const twice = await post(`/api/assessments/${id}/submit`, owner);
    expect(twice.statusCode).toBe(409);
    expect(json(twice).code).toBe('ASSESSMENT_SUBMITTED');
    expect(await t.database.db.selectFrom('assessment_results').select('dimension_code').where('assessment_id', '=', id).execute()).toHaveLength(3);
    const audit = await t.database.db.selectFrom('audit_log').select('after').where('entity_type', '=', 'assessment').where('entity_id', '=', String(id))
      .orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain('submitted');
  });

  it('shows results to members and invited coaches, to the team only with consent, per-respondent levels to members only', async () => {
    const id = await start('quick');
    await answer(id, model.q.A1!, member, { currentLevel: 0 });
    await answer(id, model.q.A1!, respondent, { currentLevel: 4 });
    await post(`/api/assessments/${id}/finish`, member);
    await post(`/api/assessments/${id}/finish`, respondent);
    const early = await get(`/api/assessments/${id}/results`, member);
    expect(early.statusCode).toBe(409);
    expect(json(early).code).toBe('ASSESSMENT_NOT_SUBMITTED');
    await post(`/api/assessments/${id}/submit`, owner);
    const asMember = json(await get(`/api/assessments/${id}/results`, respondent));
    const audience = asMember.dimensions.find((d: any) => d.code === 'audience');
    expect(audience).toMatchObject({ level: 0, disagreement: true });
    expect(audience.respondentLevels).toHaveLength(2);
    expect(asMember.dimensions.find((d: any) => d.code === 'data')).toMatchObject({ answered: false, level: null });
    const asCoach = await get(`/api/assessments/${id}/results`, coach);
    expect(asCoach.statusCode).toBe(200);
    expect(json(asCoach).dimensions.find((d: any) => d.code === 'audience').respondentLevels).toBeNull();
    // A coach sees results, not answers.
    expect((await get(`/api/assessments/${id}`, coach)).statusCode).toBe(403);
    expect((await answer(id, model.q.A1!, coach, { currentLevel: 1 })).statusCode).toBe(403);
    // The team: nothing without consent (the assessment does not exist for them), the combined result with it.
    expect((await get(`/api/assessments/${id}/results`, team)).statusCode).toBe(404);
    expect((await get(`/api/assessments/${id}/results`, outsider)).statusCode).toBe(404);
    expect((await get(`/api/assessments/${id}/results`)).statusCode).toBe(401);
    await t.database.db.updateTable('organisations').set({ share_with_team: true }).where('id', '=', org).execute();
    // Consent changes through a write under /organisations, which renews the access area; here it is set directly.
    t.app.readModels.catalog.touch('access');
    const asTeam = await get(`/api/assessments/${id}/results`, team);
    expect(asTeam.statusCode).toBe(200);
    expect(json(asTeam).dimensions.find((d: any) => d.code === 'audience').respondentLevels).toBeNull();
    expect((await get(`/api/assessments/${id}`, team)).statusCode).toBe(403);
    await t.database.db.updateTable('organisations').set({ share_with_team: false }).where('id', '=', org).execute();
    t.app.readModels.catalog.touch('access');
  });

  it('applies a change of access on the very next read, though access is remembered', async () => {
    const newcomer = await t.as('org_member');
    const list = () => get(`/api/organisations/${org}/assessments`, newcomer);
    expect((await list()).statusCode).toBe(403);
    expect((await list()).statusCode).toBe(403);
    const me = json(await get('/api/me', newcomer)).user;
    const added = await post(`/api/organisations/${org}/members`, owner, { email: me.email, role: 'respondent' });
    expect(added.statusCode, added.body).toBe(201);
    expect((await list()).statusCode).toBe(200);
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/organisations/${org}/members/${me.id}`, headers: owner });
    expect(removed.statusCode, removed.body).toBeLessThan(300);
    expect((await list()).statusCode).toBe(403);
  });

  it('lets a respondent answer but neither start nor submit, and keeps outsiders out', async () => {
    const id = await start('quick');
    expect((await answer(id, model.q.D1!, respondent, { currentLevel: 3 })).statusCode).toBe(200);
    expect((await post(`/api/assessments/${id}/finish`, respondent)).statusCode).toBe(200);
    expect((await post(`/api/assessments/${id}/submit`, respondent)).statusCode).toBe(403);
    expect((await get(`/api/assessments/${id}`, outsider)).statusCode).toBe(404);
    expect((await answer(id, model.q.D1!, outsider, { currentLevel: 3 })).statusCode).toBe(404);
    expect((await post(`/api/assessments/${id}/submit`, outsider)).statusCode).toBe(404);
    expect((await get('/api/assessments/999999', member)).statusCode).toBe(404);
  });

  it('documents the API under the assessments tag with response schemas', async () => {
    const doc = json(await get('/api/v1/openapi.json'));
    const ops = [
      ['/api/v1/organisations/{id}/assessments', 'get'], ['/api/v1/organisations/{id}/assessments', 'post'], ['/api/v1/assessments/{id}', 'get'],
      ['/api/v1/assessments/{id}/answers/{questionId}', 'put'], ['/api/v1/assessments/{id}/finish', 'post'], ['/api/v1/assessments/{id}/reopen', 'post'],
      ['/api/v1/assessments/{id}/submit', 'post'], ['/api/v1/assessments/{id}/results', 'get'],
    ] as const;
    for (const [path, method] of ops) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.tags).toEqual(['assessments']);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining([method === 'post' && path.endsWith('assessments') ? '201' : '200', '404']));
    }
  });
});
