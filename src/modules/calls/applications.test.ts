import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { COMPLETE, organisationFor } from './test-fixtures.js';

type Headers = Record<string, string>;
const CALL = 'demo-proeftuinen-2027';

describe.each(engines)('applications on %s', (engine) => {
  let t: TestApp;
  let team: Headers; let lead: Headers; let partner: Headers; let outsider: Headers;
  let leadOrg: number; let partnerOrg: number; let otherOrg: number;
  let id: number;
  const inject = (method: string, url: string, headers: Headers = {}, payload?: object) => t.app.inject({ method: method as 'GET', url, headers, ...(payload ? { payload } : {}) });
  const current = async () => json(await inject('GET', `/api/applications/${id}`, lead));

  beforeAll(async () => {
    t = await testApp({ engine });
    [team, lead, partner, outsider] = await Promise.all([t.as('transition_team'), t.as('org_member'), t.as('org_member'), t.as('org_member')]);
    leadOrg = await organisationFor(t, lead, 'Theater Proef', 'arts');
    partnerOrg = await organisationFor(t, partner, 'Erfgoedhuis Proef', 'heritage', 'member');
    otherOrg = await organisationFor(t, outsider, 'Bibliotheek Elders', 'libraries_cultural_centres');
  });
  afterAll(async () => { await t?.close(); });

  it('starts an application for an open call with the lead organisation, recording the form versions', async () => {
    const res = await inject('POST', `/api/calls/${CALL}/applications`, lead, { organisationId: leadOrg, title: 'Samen digitaal' });
    expect(res.statusCode, res.body).toBe(201);
    const body = json(res);
    id = body.id;
    const call = json(await inject('GET', `/api/calls/${CALL}`));
    expect(body).toMatchObject({ status: 'draft', version: 1, form: { id: call.applicationFormId, version: 1 }, annexForm: { id: call.annexFormId, code: 'conformity-annex' } });
    expect(body.partners).toEqual([expect.objectContaining({ organisationId: leadOrg, role: 'lead', confirmed: true, subsector: 'arts' })]);
    expect(body.crossSector).toBe(false);
  });

  it('refuses to start for an organisation one is not owner or member of, and outside the call window', async () => {
    expect(json(await inject('POST', `/api/calls/${CALL}/applications`, outsider, { organisationId: leadOrg, title: 'x' }))).toMatchObject({ status: 403, code: 'CALLS_NOT_MEMBER' });
    const upcoming = await inject('POST', '/api/calls/demo-fieldlabs-data/applications', lead, { organisationId: leadOrg, title: 'x' });
    expect(upcoming.statusCode).toBe(409);
    expect(json(upcoming).code).toBe('CALL_NOT_OPEN');
    const closed = await inject('POST', '/api/calls/demo-digitale-residenties/applications', lead, { organisationId: leadOrg, title: 'x' });
    expect(closed.statusCode).toBe(409);
    expect(json(closed)).toMatchObject({ code: 'CALL_CLOSED', deadline: json(await inject('GET', '/api/calls/demo-digitale-residenties')).closesAt });
    expect(json(closed).deadlineBrussels).toMatch(/om 17:00 \(Brussel\)$/);
    expect((await inject('POST', `/api/calls/${CALL}/applications`, {}, { organisationId: leadOrg, title: 'x' })).statusCode).toBe(401);
  });

  it("hides an application from other organisations' people and visitors (404); the team sees it", async () => {
    expect((await inject('GET', `/api/applications/${id}`, outsider)).statusCode).toBe(404);
    expect((await inject('GET', `/api/applications/${id}`)).statusCode).toBe(404);
    expect((await inject('GET', `/applications/${id}`, outsider)).statusCode).toBe(404);
    expect((await inject('PUT', `/api/applications/${id}`, outsider, { version: 1, title: 'Gekaapt' })).statusCode).toBe(404);
    expect((await inject('GET', `/api/applications/${id}`, team)).statusCode).toBe(200);
    expect(json(await inject('GET', '/api/applications', outsider)).total).toBe(0);
    expect(json(await inject('GET', `/api/calls/${CALL}/applications`, team)).items.map((a: any) => a.id)).toContain(id);
    expect((await inject('GET', `/api/calls/${CALL}/applications`, lead)).statusCode).toBe(403);
  });

  it('saves a draft as you go: incomplete is fine, a wrong type is a 400 naming the field', async () => {
    const ok = await inject('PUT', `/api/applications/${id}`, lead, { version: 1, answers: { problem: 'Collecties blijven onvindbaar.' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok)).toMatchObject({ version: 2, answers: { problem: 'Collecties blijven onvindbaar.' } });
    const bad = await inject('PUT', `/api/applications/${id}`, lead, { version: 2, answers: { budget_requested: 'veel', nonsense: 1 }, annexAnswers: { licence: 'gpl' }, documents: [{ annexCode: 'letters2', title: 'B', url: '' }] });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors.map((e: any) => e.field).sort()).toEqual(['annexAnswers.licence', 'answers.budget_requested', 'answers.nonsense', 'documents.0.annexCode']);
    const shape = await inject('PUT', `/api/applications/${id}`, lead, { version: 2, documents: [{ annexCode: 'budget', title: 'B', url: 'ftp://x' }], pathway: { inputs: { description: { x: 1 } } } });
    expect(shape.statusCode).toBe(400);
    expect(json(shape).errors.map((e: any) => e.field).sort()).toEqual(['body.documents.0.url', 'body.pathway.inputs.description']);
    expect((await current()).version).toBe(2);
  });

  it('refuses a conflicting edit with 409 and keeps the newer save', async () => {
    expect((await inject('PUT', `/api/applications/${id}`, lead, { version: 2, summary: 'Eerste' })).statusCode).toBe(200);
    const stale = await inject('PUT', `/api/applications/${id}`, lead, { version: 2, summary: 'Tweede' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'CALLS_STALE', currentVersion: 3 });
    expect((await current()).summary).toBe('Eerste');
  });

  it('adds a partner that confirms its own participation; the consortium becomes cross-sector', async () => {
    expect((await inject('POST', `/api/applications/${id}/partners`, partner, { organisationId: partnerOrg })).statusCode).toBe(404);
    const added = await inject('POST', `/api/applications/${id}/partners`, lead, { organisationId: partnerOrg, contribution: 'Collectiedata' });
    expect(added.statusCode, added.body).toBe(201);
    expect(json(added).partners.find((p: any) => p.organisationId === partnerOrg)).toMatchObject({ role: 'partner', confirmed: false, subsector: 'heritage' });
    expect(json(added).crossSector).toBe(true);
    // Before confirming, the partner sees the application but cannot edit it.
    expect(json(await inject('GET', '/api/applications', partner)).items.map((a: any) => a.id)).toEqual([id]);
    expect(json(await inject('PUT', `/api/applications/${id}`, partner, { version: 3, summary: 'x' }))).toMatchObject({ status: 403, code: 'CALLS_NOT_CONSORTIUM' });
    expect((await inject('POST', `/api/applications/${id}/partners/${partnerOrg}/confirm`, lead, {})).statusCode).toBe(403);
    const confirmed = await inject('POST', `/api/applications/${id}/partners/${partnerOrg}/confirm`, partner, { contribution: 'Collectiedata en expertise' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(json(confirmed).partners.find((p: any) => p.organisationId === partnerOrg)).toMatchObject({ confirmed: true, contribution: 'Collectiedata en expertise' });
    expect((await inject('PUT', `/api/applications/${id}`, partner, { version: 3, summary: 'Samen geschreven' })).statusCode).toBe(200);
    expect((await inject('POST', `/api/applications/${id}/partners`, lead, { organisationId: partnerOrg })).statusCode).toBe(409);
  });

  it('submits all or nothing: every missing part listed, nothing changed', async () => {
    await inject('POST', `/api/applications/${id}/partners`, lead, { organisationId: otherOrg });
    const before = await current();
    const res = await inject('POST', `/api/applications/${id}/submit`, lead, { version: before.version });
    expect(res.statusCode).toBe(422);
    const fields = json(res).errors.map((e: any) => e.field);
    expect(fields).toEqual(expect.arrayContaining([
      'answers.approach', 'answers.budget_requested', 'annexAnswers.licence', 'annexAnswers.oslo_models',
      'pathway.inputs.description', 'pathway.impact.indicators', 'documents.budget', 'partners',
    ]));
    expect(fields).not.toContain('answers.problem');
    const after = await current();
    expect(after).toMatchObject({ status: 'draft', version: before.version, submittedAt: null });
    expect(await t.database.db.selectFrom('conformity_answers').selectAll().where('application_id', '=', id).execute()).toEqual([]);
  });

  it('refuses a request above the maximum grant and an unconfirmed partner, then submits', async () => {
    let version = (await current()).version;
    const saved = await inject('PUT', `/api/applications/${id}`, lead, { version, ...COMPLETE, answers: { ...COMPLETE.answers, budget_requested: 75000 } });
    expect(saved.statusCode, saved.body).toBe(200);
    version = json(saved).version;
    const refused = json(await inject('POST', `/api/applications/${id}/submit`, lead, { version }));
    expect(refused.errors.map((e: any) => e.field).sort()).toEqual(['answers.budget_requested', 'partners']);
    expect((await inject('DELETE', `/api/applications/${id}/partners/${otherOrg}`, lead)).statusCode).toBe(200);
    version = json(await inject('PUT', `/api/applications/${id}`, lead, { version, answers: COMPLETE.answers })).version;
    expect((await inject('POST', `/api/applications/${id}/submit`, partner, { version })).statusCode).toBe(403);
    const ok = await inject('POST', `/api/applications/${id}/submit`, lead, { version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok)).toMatchObject({ status: 'submitted', currentStep: 'eligibility', requestedEur: 45000 });
    const rows = await t.database.db.selectFrom('conformity_answers').select(['field_key', 'value']).where('application_id', '=', id).orderBy('field_key').orderBy('value').execute();
    expect(rows).toEqual(expect.arrayContaining([{ field_key: 'licence', value: 'cc_by' }, { field_key: 'aggregation', value: 'europeana' }, { field_key: 'aggregation', value: 'meemoo' }, { field_key: 'open_access', value: 'true' }]));
    expect(rows.find((r) => r.field_key === 'explanation')).toBeUndefined();
  });

  it('is read-only after submission and counts in the conformity report', async () => {
    const { version } = await current();
    expect(json(await inject('PUT', `/api/applications/${id}`, lead, { version, summary: 'Later' }))).toMatchObject({ status: 409, code: 'APPLICATION_NOT_DRAFT' });
    const report = json(await inject('GET', `/api/calls/conformity?call=${CALL}`, team));
    expect(report.totals).toEqual({ submitted: 1, granted: 0 });
    const licence = report.fields.find((f: any) => f.key === 'licence');
    expect(licence.values).toEqual([{ value: 'cc_by', label: { nl: 'CC BY', en: 'CC BY' }, submitted: 1, granted: 0 }]);
    expect((await inject('GET', '/api/calls/conformity', lead)).statusCode).toBe(403);
    const csv = await inject('GET', '/calls/conformity.csv', team);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`innovative-partnership-grants,${CALL},licence,cc_by,CC BY,1,0`);
  });

  it('keeps the form version an application started with after a new version is published', async () => {
    const call = json(await inject('GET', `/api/calls/${CALL}`));
    const draft = json(await inject('POST', `/api/forms/${call.applicationFormId}/versions`, team));
    expect(draft).toMatchObject({ version: 2, published: false });
    const fields = [...draft.fields, { key: 'risks', type: 'textarea', required: true, label_nl: 'Risico’s', label_en: 'Risks' }];
    expect((await inject('PUT', `/api/forms/${draft.id}`, team, { revision: draft.revision, title: draft.title, fields })).statusCode).toBe(200);
    expect((await inject('POST', `/api/forms/${draft.id}/publish`, team)).statusCode).toBe(200);
    const put = await inject('PUT', `/api/calls/${CALL}`, team, {
      version: call.version, instrument: call.instrument.code, title: call.title, budgetEur: call.budgetEur, opensAt: call.opensAt, closesAt: call.closesAt,
      applicationFormId: draft.id, annexFormId: call.annexFormId, minPartners: call.minPartners, requiresCrossSector: call.requiresCrossSector,
      criteria: call.criteria, annexes: call.annexes, workflow: call.workflow,
    });
    expect(put.statusCode, put.body).toBe(200);
    const second = json(await inject('POST', `/api/calls/${CALL}/applications`, lead, { organisationId: leadOrg, title: 'Tweede' }));
    expect(second.form).toEqual({ id: draft.id, code: 'demo-experiment-form', version: 2 });
    expect((await current()).form).toEqual({ id: call.applicationFormId, code: 'demo-experiment-form', version: 1 });
    // The old version's answers stay valid for the old application; the new one asks for the new field.
    const refused = json(await inject('POST', `/api/applications/${second.id}/submit`, lead, { version: second.version }));
    expect(refused.errors.map((e: any) => e.field)).toContain('answers.risks');
  });

  it('withdraws before a decision (lead only)', async () => {
    const { version } = await current();
    expect((await inject('POST', `/api/applications/${id}/withdraw`, partner, { version })).statusCode).toBe(403);
    const res = await inject('POST', `/api/applications/${id}/withdraw`, lead, { version });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res).status).toBe('withdrawn');
    expect(json(await inject('POST', `/api/applications/${id}/withdraw`, lead, { version: version + 1 }))).toMatchObject({ status: 409, code: 'APPLICATION_NOT_WITHDRAWABLE' });
  });

  it('audits every change of the application and its consortium', async () => {
    const rows = await t.database.db.selectFrom('audit_log').select(['entity_type', 'action']).where('entity_type', 'in', ['application', 'application_partner']).execute();
    const kinds = new Set(rows.map((r) => `${r.entity_type}:${r.action}`));
    expect([...kinds].sort()).toEqual(['application:create', 'application:update', 'application_partner:create', 'application_partner:delete', 'application_partner:update']);
  });
});
