import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;
const sections = (tag: string) => ({
  why: { nl: `Waarom ${tag}`, en: `Why ${tag}` },
  desired_state: { nl: `Toestand ${tag}`, en: `State ${tag}` },
  principles: { nl: `Principes ${tag}`, en: `Principles ${tag}` },
});

describe.each(engines)('vision consultation rounds on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let member: Headers;
  const post = (url: string, headers: Headers, payload?: object) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
  const put = (url: string, headers: Headers, payload: object) => t.app.inject({ method: 'PUT', url, headers, payload });
  const get = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
  const comment = (n: number, headers: Headers, body = 'Een reactie') => post(`/api/vision/test-visie/rounds/${n}/comments`, headers, { section: 'why', text: body });

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    team = await t.as('transition_team');
    member = await t.as('org_member');
  });
  afterAll(async () => { await t?.close(); });

  it('creates a vision whose first round is a draft only the team sees', async () => {
    const res = await post('/api/vision', team, { code: 'test-visie', title: { nl: 'Testvisie', en: 'Test vision' }, sections: sections('v1') });
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res).rounds).toEqual([expect.objectContaining({ number: 1, status: 'draft', openedAt: null })]);
    expect((await get('/api/vision/test-visie')).statusCode).toBe(404);
    expect(json(await get('/api/vision')).items.map((v: any) => v.code)).not.toContain('test-visie');
    expect(json(await get('/api/vision/test-visie', team)).sections[0]).toEqual({ section: 'why', body: { nl: 'Waarom v1', en: 'Why v1' } });
  });

  it('refuses comments on a draft, with the reason', async () => {
    const res = await comment(1, member);
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('VISION_ROUND_NOT_OPEN');
  });

  it('edits the draft text; a stale version gets 409 and leaves the text alone', async () => {
    const ok = await put('/api/vision/test-visie/rounds/1', team, { version: 1, sections: sections('v1b') });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok).version).toBe(2);
    const stale = await put('/api/vision/test-visie/rounds/1', team, { version: 1, sections: sections('oud') });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'VISION_STALE', currentVersion: 2 });
    expect(json(await get('/api/vision/test-visie', team)).sections[0].body.nl).toBe('Waarom v1b');
  });

  it('opens the round: anyone with an account comments, visitors without one may not', async () => {
    const open = await post('/api/vision/test-visie/rounds/1/open', team);
    expect(open.statusCode, open.body).toBe(200);
    expect(json(open).status).toBe('open');
    expect(json(open).openedAt).toBeTruthy();
    const res = await comment(1, member, 'Het waarom is te vaag');
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toMatchObject({ section: 'why', text: 'Het waarom is te vaag', answer: null, organisation: null });
    expect((await post('/api/vision/test-visie/rounds/1/comments', {}, { section: 'why', text: 'x' })).statusCode).toBe(401);
    const steering = await t.as('steering_committee');
    expect((await comment(1, steering, 'Ook de stuurgroep')).statusCode).toBe(201);
  });

  it('names the field of bad input with a 400', async () => {
    const res = await post('/api/vision/test-visie/rounds/1/comments', member, { section: 'nonsense', text: '' });
    expect(res.statusCode).toBe(400);
    const fields = json(res).errors.map((e: any) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.section', 'body.text']));
  });

  it('does not start the next round while this one is open', async () => {
    const res = await post('/api/vision/test-visie/rounds', team);
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'VISION_ROUND_ACTIVE', round: 1, roundStatus: 'open' });
  });

  it('closes the round: new comments are refused with the reason and the closing time', async () => {
    const close = await post('/api/vision/test-visie/rounds/1/close', team);
    expect(close.statusCode).toBe(200);
    const closedAt = json(close).closedAt;
    expect(closedAt).toBeTruthy();
    const res = await comment(1, member, 'Te laat');
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'VISION_ROUND_CLOSED', closedAt });
    expect(json(res).detail).toContain('closed');
  });

  it('refuses to open the next round while comments are unanswered, naming how many', async () => {
    const next = await post('/api/vision/test-visie/rounds', team);
    expect(next.statusCode, next.body).toBe(201);
    expect(json(next)).toMatchObject({ number: 2, status: 'draft' });
    expect(json(next).sections[0].body.nl).toBe('Waarom v1b');
    const res = await post('/api/vision/test-visie/rounds/2/open', team);
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'VISION_UNANSWERED', unanswered: 2 });
    expect(json(res).detail).toContain('2 comments');
  });

  it('answers every comment (a stale answer gets 409), then opens the next round', async () => {
    const list = json(await get('/api/vision/test-visie/rounds/1/comments?status=unanswered'));
    expect(list.total).toBe(2);
    const [first, second] = list.items;
    const a1 = await put(`/api/vision/comments/${first.id}/answer`, team, { version: first.version, answer: 'adopted', reason: 'Verduidelijkt in versie 2' });
    expect(a1.statusCode, a1.body).toBe(200);
    expect(json(a1).answer).toMatchObject({ status: 'adopted', reason: 'Verduidelijkt in versie 2' });
    const stale = await put(`/api/vision/comments/${first.id}/answer`, team, { version: first.version, answer: 'not_adopted', reason: 'x' });
    expect(stale.statusCode).toBe(409);
    expect((await put(`/api/vision/comments/${second.id}/answer`, member, { version: 1, answer: 'adopted', reason: 'x' })).statusCode).toBe(403);
    expect((await put(`/api/vision/comments/${second.id}/answer`, team, { version: second.version, answer: 'maybe', reason: '' })).statusCode).toBe(400);
    expect((await post('/api/vision/test-visie/rounds/2/open', team)).statusCode).toBe(409);
    await put(`/api/vision/comments/${second.id}/answer`, team, { version: second.version, answer: 'not_adopted', reason: 'Valt buiten de visie' });
    const open = await post('/api/vision/test-visie/rounds/2/open', team);
    expect(open.statusCode, open.body).toBe(200);
    expect(json(open).status).toBe('open');
  });

  it('keeps earlier versions readable with their comments and answers', async () => {
    const v1 = json(await get('/api/vision/test-visie/rounds/1'));
    expect(v1).toMatchObject({ number: 1, status: 'closed', comments: { total: 2, unanswered: 0 } });
    const comments = json(await get('/api/vision/test-visie/rounds/1/comments'));
    expect(comments.items.map((c: any) => c.answer.status).sort()).toEqual(['adopted', 'not_adopted']);
    expect(json(await get('/api/vision/test-visie')).number).toBe(2);
    const page = await get('/vision/test-visie/rounds/1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Het waarom is te vaag');
    expect(page.body).toContain('Verduidelijkt in versie 2');
  });

  it('audits every change of the round and its comments', async () => {
    const rows = await t.database.db.selectFrom('audit_log').select(['entity_type', 'entity_id', 'action'])
      .where('entity_type', 'in', ['vision', 'vision_round', 'vision_comment']).execute();
    const types = rows.map((r) => `${r.entity_type}:${r.action}`);
    expect(types).toEqual(expect.arrayContaining(['vision:create', 'vision_round:update', 'vision_round:create', 'vision_comment:create', 'vision_comment:update']));
    expect(rows.filter((r) => r.entity_type === 'vision_round' && r.entity_id === 'test-visie/1').length).toBe(3);
  });

  it('refuses reserved codes and taken codes with the field named', async () => {
    const reserved = await post('/api/vision', team, { code: 'why', title: { nl: 'x', en: 'x' }, sections: sections('x') });
    expect(reserved.statusCode).toBe(400);
    expect(json(reserved).errors[0].field).toBe('code');
    const taken = await post('/api/vision', team, { code: 'test-visie', title: { nl: 'x', en: 'x' }, sections: sections('x') });
    expect(taken.statusCode).toBe(409);
    expect(json(taken)).toMatchObject({ code: 'VISION_CODE_TAKEN', field: 'code' });
    expect((await post('/api/vision', member, { code: 'nope', title: { nl: 'x', en: 'x' }, sections: sections('x') })).statusCode).toBe(403);
  });
});
