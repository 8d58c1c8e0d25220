import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { dimensionIn, loadModel } from './model.js';

type Headers = Record<string, string>;

describe.each(engines)('drafting, editing and publishing a model version on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let member: Headers;
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: unknown) =>
    t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const get = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
  const questionOf = (model: any, code: string) => model.dimensions.flatMap((d: any) => d.questions).find((q: any) => q.code === code);
  const asInput = (q: any, rowVersion: number) => ({
    rowVersion, code: q.code, dimension: q.dimension, text: q.text, help: q.help, quickScan: q.quickScan, criticalFrom: q.criticalFrom, allowsNotApplicable: q.allowsNotApplicable,
  });

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    team = await t.as('transition_team');
    member = await t.as('org_member');
  });
  afterAll(async () => { await t?.close(); });

  it('documents every endpoint in the OpenAPI document under the maturity tag', async () => {
    const doc = json(await get('/api/v1/openapi.json'));
    const ops = Object.entries(doc.paths as Record<string, Record<string, any>>)
      .filter(([path]) => path.startsWith('/api/v1/maturity/model')).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(ops.length).toBeGreaterThanOrEqual(18);
    for (const { path, method, op } of ops) {
      expect(op.tags, `${method} ${path}`).toEqual(['maturity']);
      expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining([expect.stringMatching(/^20[014]$/)]));
    }
    expect(doc.paths['/api/v1/maturity/models/{version}/import'].post.requestBody.content['text/csv']).toBeDefined();
  });

  it('lets neither visitors nor organisation members start or edit a draft', async () => {
    expect((await send('POST', '/api/maturity/models', {})).statusCode).toBe(401);
    expect((await send('POST', '/api/maturity/models', member)).statusCode).toBe(403);
    const steering = await t.as('steering_committee');
    expect((await send('POST', '/api/maturity/models', steering)).statusCode).toBe(403);
    expect((await send('PUT', '/api/maturity/models/1/levels', member, { rowVersion: 1, levels: [] })).statusCode).toBe(403);
    const q = questionOf(json(await get('/api/maturity/models/1')), 'infrastructure-backup');
    expect((await send('PUT', '/api/maturity/models/1/questions/infrastructure-backup', member, asInput(q, 1))).statusCode).toBe(403);
    expect((await send('POST', '/api/maturity/models/1/publish', member, { rowVersion: 1 })).statusCode).toBe(403);
  });

  it('starts a draft as a full copy of the published version, and only one at a time', async () => {
    const res = await send('POST', '/api/maturity/models', team);
    expect(res.statusCode).toBe(201);
    const draft = json(res);
    expect(draft).toMatchObject({ version: 2, status: 'draft', basedOn: 1, rowVersion: 1, publishedAt: null });
    const v1 = json(await get('/api/maturity/models/1'));
    const codes = (m: any) => m.dimensions.map((d: any) => [d.code, d.questions.map((q: any) => q.code), d.steps.length, d.meanings.length]);
    expect(codes(draft)).toEqual(codes(v1));
    const again = await send('POST', '/api/maturity/models', team);
    expect(again.statusCode).toBe(409);
    expect(json(again)).toMatchObject({ code: 'MATURITY_DRAFT_EXISTS', draftVersion: 2 });
  });

  it('shows the draft only to the team', async () => {
    expect((await get('/api/maturity/models/2')).statusCode).toBe(404);
    expect((await get('/api/maturity/models/2', member)).statusCode).toBe(404);
    expect((await get('/api/maturity/models/2', team)).statusCode).toBe(200);
    expect(json(await get('/api/maturity/models')).map((v: any) => v.version)).toEqual([1]);
    expect(json(await get('/api/maturity/models', team)).map((v: any) => v.version)).toEqual([2, 1]);
  });

  it('answers a stale edit with 409 and keeps the edit that came first', async () => {
    const q = questionOf(json(await get('/api/maturity/models/2', team)), 'data-targets');
    const first = await send('PUT', '/api/maturity/models/2/questions/data-targets', team, { ...asInput(q, 1), text: { nl: 'Eerste tekst', en: 'First text' } });
    expect(first.statusCode).toBe(200);
    expect(json(first).rowVersion).toBe(2);
    const second = await send('PUT', '/api/maturity/models/2/questions/data-targets', team, { ...asInput(q, 1), text: { nl: 'Tweede tekst', en: 'Second text' } });
    expect(second.statusCode).toBe(409);
    expect(json(second)).toMatchObject({ code: 'MATURITY_STALE', currentRowVersion: 2 });
    expect(questionOf(json(await get('/api/maturity/models/2', team)), 'data-targets').text.nl).toBe('Eerste tekst');
  });

  it('names every invalid field of a question and writes nothing', async () => {
    const res = await send('PUT', '/api/maturity/models/2/questions/data-targets', team, {
      rowVersion: 2, code: 'Not A Code', dimension: 'data', text: { nl: '', en: 'x' }, criticalFrom: 9,
    });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors.map((e: any) => e.field)).toEqual(expect.arrayContaining(['body.code', 'body.text.nl', 'body.criticalFrom']));
    const unknown = await send('POST', '/api/maturity/models/2/questions', team, { rowVersion: 2, code: 'x-new', dimension: 'nowhere', text: { nl: 'a', en: 'b' } });
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown).errors[0]).toMatchObject({ field: 'dimension', code: 'reference' });
    expect(json(await get('/api/maturity/models/2', team)).rowVersion).toBe(2);
  });

  it('moves a question to another dimension and keeps both lists in order', async () => {
    const before = json(await get('/api/maturity/models/2', team));
    const q = questionOf(before, 'value-experiment');
    const res = await send('PUT', '/api/maturity/models/2/questions/value-experiment', team, { ...asInput(q, before.rowVersion), dimension: 'leadership' });
    expect(res.statusCode).toBe(200);
    const after = json(res);
    const dim = (code: string) => after.dimensions.find((d: any) => d.code === code);
    expect(dim('leadership').questions.at(-1).code).toBe('value-experiment');
    for (const code of ['value', 'leadership']) expect(dim(code).questions.map((x: any) => x.position)).toEqual(dim(code).questions.map((_: any, i: number) => i + 1));
    expect(dim('value').questions.map((x: any) => x.code)).not.toContain('value-experiment');
  });

  it('adds, reorders and removes questions and dimensions', async () => {
    let m = json(await get('/api/maturity/models/2', team));
    let res = await send('POST', '/api/maturity/models/2/questions', team, {
      rowVersion: m.rowVersion, code: 'data-ethics', dimension: 'data', position: 1,
      text: { nl: 'We spreken af hoe we eerlijk met data omgaan.', en: 'We agree how we handle data fairly.' }, help: { nl: '', en: '' }, quickScan: false,
    });
    expect(res.statusCode).toBe(201);
    m = json(res);
    expect(m.dimensions.find((d: any) => d.code === 'data').questions[0].code).toBe('data-ethics');
    res = await send('DELETE', '/api/maturity/models/2/questions/data-ethics', team, { rowVersion: m.rowVersion });
    expect(res.statusCode).toBe(200);
    m = json(res);
    expect(questionOf(m, 'data-ethics')).toBeUndefined();
    const order = m.dimensions.map((d: any) => d.code).reverse();
    res = await send('PUT', '/api/maturity/models/2/dimension-order', team, { rowVersion: m.rowVersion, order });
    expect(res.statusCode).toBe(200);
    m = json(res);
    expect(m.dimensions.map((d: any) => d.code)).toEqual(order);
    const bad = await send('PUT', '/api/maturity/models/2/dimension-order', team, { rowVersion: m.rowVersion, order: ['audience'] });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors[0].field).toBe('order');
  });

  it('never changes a published version, and says why', async () => {
    const v1 = json(await get('/api/maturity/models/1'));
    const q = questionOf(v1, 'infrastructure-backup');
    const attempts = [
      send('PUT', '/api/maturity/models/1/questions/infrastructure-backup', team, { ...asInput(q, v1.rowVersion), text: { nl: 'Gewijzigd', en: 'Changed' } }),
      send('DELETE', '/api/maturity/models/1/questions/infrastructure-backup', team, { rowVersion: v1.rowVersion }),
      send('PUT', '/api/maturity/models/1', team, { rowVersion: v1.rowVersion, note: { nl: 'x', en: 'y' } }),
      send('POST', '/api/maturity/models/1/publish', team, { rowVersion: v1.rowVersion }),
      t.app.inject({ method: 'POST', url: `/api/maturity/models/1/import?rowVersion=${v1.rowVersion}`, headers: { ...team, 'content-type': 'text/csv' }, payload: 'dimension;code\n' }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(409);
      expect(json(res).code).toBe('MATURITY_NOT_DRAFT');
      expect(json(res).detail).toContain('never change');
    }
    expect(json(await get('/api/maturity/models/1'))).toEqual(v1);
  });

  it('refuses to publish while a renamed dimension has no mapping, then publishes and retires the previous version', async () => {
    // An assessment taken with version 1 must keep its version and content through the publication.
    const db = t.database.db;
    const org = await db.insertInto('organisations').values({
      name: `Mapping test ${engine}`, subsector: 'heritage', staff_class: '5-19', budget_class: '250k-1m', province: 'antwerpen',
      municipality: 'Mechelen', legal_form: 'vzw', funding_framework: 'erfgoeddecreet',
    }).returning('id').executeTakeFirstOrThrow();
    const v1id = (await db.selectFrom('maturity_models').select('id').where('version', '=', 1).executeTakeFirstOrThrow()).id;
    const assessment = await db.insertInto('assessments').values({ organisation_id: org.id, model_id: v1id, kind: 'quick', status: 'submitted', submitted_at: new Date() })
      .returning('id').executeTakeFirstOrThrow();

    let m = json(await get('/api/maturity/models/2', team));
    const value = m.dimensions.find((d: any) => d.code === 'value');
    let res = await send('PUT', '/api/maturity/models/2/dimensions/value', team, {
      rowVersion: m.rowVersion, code: 'value-creation', name: value.name, description: value.description,
    });
    expect(res.statusCode).toBe(200);
    m = json(res);
    expect(m.dimensions.find((d: any) => d.code === 'value-creation').questions.length).toBe(value.questions.length);

    const check = json(await get('/api/maturity/models/2/publish-check', team));
    expect(check.publishable).toBe(false);
    expect(check.problems.map((p: any) => p.field)).toEqual(['mappings.value']);
    res = await send('POST', '/api/maturity/models/2/publish', team, { rowVersion: m.rowVersion });
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('MATURITY_NOT_PUBLISHABLE');
    expect(json(res).detail).toContain('dimension value of version 1');

    const wrong = await send('PUT', '/api/maturity/models/2/mappings', team, { rowVersion: m.rowVersion, mappings: [{ from: 'valeur', to: 'nowhere' }] });
    expect(wrong.statusCode).toBe(400);
    expect(json(wrong).errors.map((e: any) => e.field)).toEqual(['mappings.0.from', 'mappings.0.to']);
    res = await send('PUT', '/api/maturity/models/2/mappings', team, { rowVersion: m.rowVersion, mappings: [{ from: 'value', to: 'value-creation' }] });
    expect(res.statusCode).toBe(200);
    m = json(res);
    expect(m.mappings).toEqual([{ fromVersion: 1, from: 'value', to: 'value-creation' }]);

    res = await send('POST', '/api/maturity/models/2/publish', team, { rowVersion: m.rowVersion });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ version: 2, status: 'published' });
    expect(json(res).publishedAt).not.toBeNull();
    expect(json(await get('/api/maturity/model')).version).toBe(2);
    expect(json(await get('/api/maturity/models')).map((v: any) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'retired']]);

    const v2id = (await db.selectFrom('maturity_models').select('id').where('version', '=', 2).executeTakeFirstOrThrow()).id;
    expect(await dimensionIn(db, v1id, 'value', v2id)).toBe('value-creation');
    expect(await dimensionIn(db, v1id, 'data', v2id)).toBe('data');
    const kept = await db.selectFrom('assessments').select('model_id').where('id', '=', assessment.id).executeTakeFirstOrThrow();
    expect(kept.model_id).toBe(v1id);
    expect((await loadModel(db, v1id))!.dimensions.map((d) => d.code)).toContain('value');
    expect((await loadModel(db, v2id))!.status).toBe('published');
  });

  it('keeps the published and the retired version frozen', async () => {
    for (const version of [1, 2]) {
      const m = json(await get(`/api/maturity/models/${version}`));
      const res = await send('PUT', `/api/maturity/models/${version}`, team, { rowVersion: m.rowVersion, note: { nl: 'Nog iets', en: 'Something else' } });
      expect(res.statusCode).toBe(409);
      expect(json(res).code).toBe('MATURITY_NOT_DRAFT');
    }
  });

  it('records every change in the history, for the team only', async () => {
    const history = json(await get('/api/maturity/models/2/history', team));
    const summaries = history.map((h: any) => h.summary.split(' ')[0]);
    expect(summaries).toEqual(expect.arrayContaining(['draft.create', 'question.update', 'question.move', 'question.create', 'question.remove', 'dimensions.order', 'dimension.rename', 'mappings.update', 'version.publish']));
    expect(history[0].summary).toBe('version.publish');
    expect(history.every((h: any) => h.user !== null)).toBe(true);
    expect(json(await get('/api/maturity/models/1/history', team)).map((h: any) => h.summary)).toContain('version.retire');
    expect((await get('/api/maturity/models/2/history', member)).statusCode).toBe(403);
  });

  it('asks for two questions and a quick-scan question per dimension before publishing, and discards a draft', async () => {
    let m = json(await send('POST', '/api/maturity/models', team));
    expect(m.version).toBe(3);
    const audience = m.dimensions.find((d: any) => d.code === 'audience');
    for (const q of audience.questions.slice(1)) {
      const res = await send('DELETE', `/api/maturity/models/3/questions/${q.code}`, team, { rowVersion: m.rowVersion });
      expect(res.statusCode).toBe(200);
      m = json(res);
    }
    const first = m.dimensions.find((d: any) => d.code === 'audience').questions[0];
    m = json(await send('PUT', `/api/maturity/models/3/questions/${first.code}`, team, { ...asInput(first, m.rowVersion), quickScan: false, help: { nl: 'Alleen Nederlands', en: '' } }));
    const res = await send('POST', '/api/maturity/models/3/publish', team, { rowVersion: m.rowVersion });
    expect(res.statusCode).toBe(409);
    expect(json(res).errors.map((e: any) => e.field).sort()).toEqual(['dimensions.audience.questions', 'dimensions.audience.quickScan', `questions.${first.code}.help`]);
    expect(json(await get('/api/maturity/model')).version).toBe(2);
    const discarded = await send('DELETE', '/api/maturity/models/3', team, { rowVersion: m.rowVersion });
    expect(discarded.statusCode).toBe(204);
    expect((await get('/api/maturity/models/3', team)).statusCode).toBe(404);
  });
});
