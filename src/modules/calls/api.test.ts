import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;

describe.each(engines)('calls and forms API on %s', (engine) => {
  let t: TestApp;
  let team: Headers; let member: Headers;
  let annexId: number; let formId: number;
  const inject = (method: string, url: string, headers: Headers = {}, payload?: object) => t.app.inject({ method: method as 'GET', url, headers, ...(payload ? { payload } : {}) });
  const callBody = (extra: Record<string, unknown> = {}) => ({
    code: 'test-oproep', instrument: 'innovative-partnership-grants', title: { nl: 'Testoproep', en: 'Test call' }, budgetEur: 100000, maxGrantEur: 20000,
    opensAt: '2027-01-10T09:00', closesAt: '2027-03-15T17:00', applicationFormId: formId, annexFormId: annexId, ...extra,
  });

  beforeAll(async () => {
    t = await testApp({ engine });
    [team, member] = await Promise.all([t.as('transition_team'), t.as('org_member')]);
    const demo = json(await inject('GET', '/api/calls/demo-proeftuinen-2027'));
    annexId = demo.annexFormId;
    formId = demo.applicationFormId;
  });
  afterAll(async () => { await t?.close(); });

  it('lists the demo calls by phase, each with its exact closing time', async () => {
    const items = json(await inject('GET', '/api/calls')).items;
    expect(items.map((c: any) => [c.code, c.phase, c.isDemo])).toEqual(expect.arrayContaining([
      ['demo-proeftuinen-2027', 'open', true], ['demo-fieldlabs-data', 'upcoming', true], ['demo-digitale-residenties', 'closed', true],
    ]));
    expect(json(await inject('GET', '/api/calls?phase=open')).items.map((c: any) => c.code)).toEqual(['demo-proeftuinen-2027']);
    const open = items.find((c: any) => c.code === 'demo-proeftuinen-2027');
    expect(open.closesAtBrussels).toMatch(/T17:00$/);
    expect((await inject('GET', '/api/calls?phase=sometime')).statusCode).toBe(400);
  });

  it('shows a call with its default criteria, annexes and workflow', async () => {
    const call = json(await inject('GET', '/api/calls/demo-proeftuinen-2027'));
    expect(call.criteria.map((c: any) => c.code)).toEqual(['innovation', 'user_centred', 'cross_sector', 'impact_pathway', 'conformity']);
    expect(call.workflow.map((s: any) => [s.code, s.actorRole])).toEqual([['eligibility', 'transition_team'], ['review', 'reviewer'], ['panel', 'transition_team'], ['decision', 'steering_committee']]);
    expect(call).toMatchObject({ minPartners: 2, requiresCrossSector: true, isDemo: true });
    expect((await inject('GET', '/api/calls/nope')).statusCode).toBe(404);
  });

  it('seeds the standard conformity annex as a real, published form', async () => {
    const annex = json(await inject('GET', `/api/forms/${annexId}`));
    expect(annex).toMatchObject({ code: 'conformity-annex', kind: 'conformity_annex', version: 1, published: true, isDemo: false });
    expect(annex.fields.map((f: any) => f.key)).toEqual(expect.arrayContaining(['oslo_models', 'metadata_standards', 'persistent_identifiers', 'aggregation', 'licence', 'open_access', 'preservation', 'rights_clearance', 'shared_infrastructure']));
  });

  it('creates a call with Brussels times; a time the clocks skip is refused, a repeated time is the first', async () => {
    const gap = await inject('POST', '/api/calls', team, callBody({ opensAt: '2027-03-28T02:30' }));
    expect(gap.statusCode).toBe(400);
    expect(json(gap).errors).toEqual([expect.objectContaining({ field: 'opensAt', code: 'callsDstGap' })]);
    const order = await inject('POST', '/api/calls', team, callBody({ closesAt: '2027-01-01T09:00', maxGrantEur: 200000 }));
    expect(json(order).errors.map((e: any) => e.field).sort()).toEqual(['closesAt', 'maxGrantEur']);
    const res = await inject('POST', '/api/calls', team, callBody({ closesAt: '2026-10-25T02:30', opensAt: '2026-10-01T09:00' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toMatchObject({ status: 'draft', phase: 'draft', closesAt: '2026-10-25T00:30:00.000Z', opensAt: '2026-10-01T07:00:00.000Z', closesAtBrussels: '2026-10-25T02:30' });
    expect(json(res).criteria).toHaveLength(5);
  });

  it('names the field of bad input with a 400, and checks permission first', async () => {
    const res = await inject('POST', '/api/calls', team, callBody({ code: 'Bad Code', budgetEur: 'veel', title: { nl: '' } }));
    expect(res.statusCode).toBe(400);
    expect(json(res).errors.map((e: any) => e.field)).toEqual(expect.arrayContaining(['body.code', 'body.budgetEur', 'body.title.nl', 'body.title.en']));
    expect((await inject('POST', '/api/calls', member, { nonsense: true })).statusCode).toBe(403);
    expect((await inject('POST', '/api/calls', {}, { nonsense: true })).statusCode).toBe(401);
    const dup = await inject('POST', '/api/calls', team, callBody());
    expect(json(dup)).toMatchObject({ status: 409, code: 'CALLS_CODE_TAKEN', field: 'code' });
    const reserved = await inject('POST', '/api/calls', team, callBody({ code: 'conformity' }));
    expect(json(reserved).errors[0]).toMatchObject({ field: 'code', code: 'callsReserved' });
  });

  it('keeps a draft call from the public until it is published; edits need the current version', async () => {
    expect((await inject('GET', '/api/calls/test-oproep')).statusCode).toBe(404);
    const current = json(await inject('GET', '/api/calls/test-oproep', team));
    const body = { ...callBody(), code: undefined, version: current.version, criteria: [{ code: 'innovation', weight: 60, label: { nl: 'Vernieuwing', en: 'Innovation' } }, { code: 'impact', weight: 40, label: { nl: 'Impact', en: 'Impact' } }] };
    const ok = await inject('PUT', '/api/calls/test-oproep', team, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok).criteria.map((c: any) => [c.code, c.weight])).toEqual([['innovation', 60], ['impact', 40]]);
    expect(json(await inject('PUT', '/api/calls/test-oproep', team, body))).toMatchObject({ status: 409, code: 'CALLS_STALE' });
    const twice = await inject('PUT', '/api/calls/test-oproep', team, { ...body, version: current.version + 1, workflow: [{ code: 'a', kind: 'review', actorRole: 'reviewer', label: { nl: 'a', en: 'a' } }, { code: 'a', kind: 'decision', actorRole: 'transition_team', label: { nl: 'b', en: 'b' } }] });
    expect(json(twice).errors).toEqual([expect.objectContaining({ field: 'workflow.1.code', code: 'duplicate' })]);
    expect((await inject('POST', '/api/calls/test-oproep/publish', team)).statusCode).toBe(200);
    expect(json(await inject('GET', '/api/calls/test-oproep')).status).toBe('published');
    expect((await inject('POST', '/api/calls/test-oproep/publish', team)).statusCode).toBe(409);
  });

  it('versions forms: a draft is edited with its revision, a published version never changes', async () => {
    const fields = [{ key: 'idea', type: 'textarea', required: true, label_nl: 'Idee', label_en: 'Idea' }];
    const created = await inject('POST', '/api/forms', team, { code: 'test-form', kind: 'application', title: { nl: 'Test', en: 'Test' }, fields });
    expect(created.statusCode, created.body).toBe(201);
    const form = json(created);
    expect(form).toMatchObject({ version: 1, published: false });
    expect((await inject('GET', `/api/forms/${form.id}`)).statusCode).toBe(404);
    const bad = await inject('PUT', `/api/forms/${form.id}`, team, { revision: form.revision, title: form.title, fields: [{ ...fields[0], type: 'choice' }] });
    expect(json(bad).errors).toEqual([expect.objectContaining({ field: 'fields.0.options' })]);
    const edited = await inject('PUT', `/api/forms/${form.id}`, team, { revision: form.revision, title: { nl: 'Test 2', en: 'Test 2' }, fields });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(json(await inject('PUT', `/api/forms/${form.id}`, team, { revision: form.revision, title: form.title, fields }))).toMatchObject({ status: 409, code: 'CALLS_STALE' });
    const unpublished = await inject('POST', '/api/calls', team, callBody({ code: 'uses-draft', applicationFormId: form.id }));
    expect(json(unpublished)).toMatchObject({ status: 409, code: 'FORM_NOT_PUBLISHED', field: 'applicationFormId' });
    const wrongKind = await inject('POST', '/api/calls', team, callBody({ code: 'uses-wrong', annexFormId: formId }));
    expect(json(wrongKind).errors[0]).toMatchObject({ field: 'annexFormId' });
    expect((await inject('POST', `/api/forms/${form.id}/versions`, team)).statusCode).toBe(409);
    expect((await inject('POST', `/api/forms/${form.id}/publish`, team)).statusCode).toBe(200);
    const published = json(await inject('GET', `/api/forms/${form.id}`));
    expect(json(await inject('PUT', `/api/forms/${form.id}`, team, { revision: published.revision, title: form.title, fields }))).toMatchObject({ status: 409, code: 'FORM_PUBLISHED' });
    const next = json(await inject('POST', `/api/forms/${form.id}/versions`, team));
    expect(next).toMatchObject({ code: 'test-form', version: 2, published: false, title: { nl: 'Test 2' }, fields });
    expect((await inject('POST', '/api/forms', member, { code: 'x' })).statusCode).toBe(403);
  });

  it('documents the API under the calls tag with response schemas', async () => {
    const doc = json(await inject('GET', '/api/v1/openapi.json'));
    const ops = [
      ['/api/v1/calls', 'get', '200'], ['/api/v1/calls', 'post', '201'], ['/api/v1/calls/{code}', 'get', '200'], ['/api/v1/calls/{code}', 'put', '200'],
      ['/api/v1/calls/{code}/publish', 'post', '200'], ['/api/v1/calls/{code}/applications', 'get', '200'], ['/api/v1/calls/{code}/applications', 'post', '201'],
      ['/api/v1/calls/conformity', 'get', '200'], ['/api/v1/forms', 'get', '200'], ['/api/v1/forms', 'post', '201'], ['/api/v1/forms/{id}', 'put', '200'],
      ['/api/v1/forms/{id}/versions', 'post', '201'], ['/api/v1/forms/{id}/publish', 'post', '200'], ['/api/v1/applications', 'get', '200'],
      ['/api/v1/applications/{id}', 'get', '200'], ['/api/v1/applications/{id}', 'put', '200'], ['/api/v1/applications/{id}/partners', 'post', '201'],
      ['/api/v1/applications/{id}/partners/{organisationId}', 'delete', '200'], ['/api/v1/applications/{id}/partners/{organisationId}/confirm', 'post', '200'],
      ['/api/v1/applications/{id}/submit', 'post', '200'], ['/api/v1/applications/{id}/withdraw', 'post', '200'],
    ] as const;
    for (const [path, method, ok] of ops) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.tags).toEqual(['calls']);
      expect(Object.keys(op.responses)).toContain(ok);
    }
    expect(Object.keys(doc.paths['/api/v1/applications/{id}/submit'].post.responses)).toEqual(expect.arrayContaining(['409', '422']));
  });
});
