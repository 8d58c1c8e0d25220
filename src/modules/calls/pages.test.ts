import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { organisationFor } from './test-fixtures.js';

type Headers = Record<string, string>;
const CALL = 'demo-proeftuinen-2027';
const formHeaders = (headers: Headers) => ({ ...headers, 'content-type': 'application/x-www-form-urlencoded' });

/** The pages: public list and detail, the applicant's form without script, the team's editors. */
describe.each(engines)('call pages on %s', (engine) => {
  let t: TestApp;
  let team: Headers; let lead: Headers; let other: Headers;
  let leadOrg: number;
  let id: number;
  const get = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
  const post = (url: string, headers: Headers, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    return t.app.inject({ method: 'POST', url, headers: formHeaders(headers), payload: body.toString() });
  };

  beforeAll(async () => {
    t = await testApp({ engine });
    [team, lead, other] = await Promise.all([t.as('transition_team'), t.as('org_member'), t.as('org_member')]);
    leadOrg = await organisationFor(t, lead, 'Paginatheater', 'arts');
    await organisationFor(t, other, 'Paginamuseum', 'heritage');
  });
  afterAll(async () => { await t?.close(); });

  it('lists open calls with the exact closing time in Brussels, in Dutch and English', async () => {
    const nl = await get('/calls');
    expect(nl.statusCode).toBe(200);
    expect(nl.body).toMatch(/Sluit op <time datetime="[^"]+">\d{1,2} \w+ \d{4} om 17:00 \(Brussel\)<\/time>/);
    expect(nl.body).toContain('[demo] Proeftuinen digitale transformatie');
    expect(nl.body).not.toContain('[demo] Digitale residenties');
    const en = await get('/calls?phase=closed&lang=en');
    expect(en.body).toMatch(/Closed on <time datetime="[^"]+">\d{1,2} \w+ \d{4} at 17:00 \(Brussels\)<\/time>/);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('aria-current="page">Closed');
  });

  it('shows a call with criteria, weights, workflow, annexes and the way to apply', async () => {
    const page = await get(`/calls/${CALL}`);
    expect(page.statusCode).toBe(200);
    for (const text of ['Vernieuwing en ruimte voor experiment', 'Beslissing', 'stuurgroep', 'Conformiteitsannex', 'Begroting', 'Meld je aan om aan te vragen']) expect(page.body).toContain(text);
    const asLead = await get(`/calls/${CALL}`, lead);
    expect(asLead.body).toContain('name="organisationId"');
    expect(asLead.body).toContain(`<option value="${leadOrg}">Paginatheater</option>`);
  });

  it('starts an application from the call page; a missing title is shown again with the error summary', async () => {
    const bad = await post(`/calls/${CALL}/applications`, lead, { organisationId: String(leadOrg), title: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="error-summary"');
    expect(bad.body).toContain('href="#f-title"');
    const ok = await post(`/calls/${CALL}/applications`, lead, { organisationId: String(leadOrg), title: 'Via de pagina' });
    expect(ok.statusCode).toBe(303);
    id = Number(/\/applications\/(\d+)\?saved=started/.exec(ok.headers.location as string)![1]);
    const page = await get(`/applications/${id}`, lead);
    expect(page.statusCode).toBe(200);
    for (const text of ['Impactpad', 'Conformiteitsannex', 'name="x_oslo_models"', 'name="a_budget_requested"', 'name="p_impact_i0_target"', 'name="d_budget_url"', '<legend>Welke OSLO-datamodellen']) expect(page.body).toContain(text);
    expect(page.body).toContain(`data-draft="application-${id}"`);
  });

  it('keeps what was typed when a save is refused, and links every error to its field', async () => {
    const res = await post(`/applications/${id}`, lead, { version: '1', title: 'Via de pagina', a_problem: 'Mijn probleem', a_budget_requested: 'veel geld', x_oslo_models: ['organisatie', 'besluit'], intent: 'save' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#f-a_budget_requested"');
    expect(res.body).toContain('value="veel geld"');
    expect(res.body).toContain('Mijn probleem</textarea>');
    expect(res.body).toMatch(/id="f-x_oslo_models-besluit" name="x_oslo_models" value="besluit" checked/);
  });

  it('saves, then answers a stale save with 409 and the input kept', async () => {
    const ok = await post(`/applications/${id}`, lead, { version: '1', title: 'Via de pagina', a_problem: 'Eerste versie', a_budget_requested: '40000', intent: 'save' });
    expect(ok.statusCode).toBe(303);
    const stale = await post(`/applications/${id}`, lead, { version: '1', title: 'Via de pagina', a_problem: 'Oude kopie', intent: 'save' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('id="stale-notice"');
    expect(stale.body).toContain('Oude kopie</textarea>');
    expect(stale.body).toContain('name="version" value="2"');
    const saved = json(await get(`/api/applications/${id}`, lead));
    expect(saved).toMatchObject({ version: 2, answers: { problem: 'Eerste versie', budget_requested: 40000 }, requestedEur: 40000 });
  });

  it('refuses an incomplete submission from the page, listing every problem and changing nothing', async () => {
    const res = await post(`/applications/${id}`, lead, { version: '2', title: 'Nieuwe titel', a_problem: 'Eerste versie', intent: 'submit' });
    expect(res.statusCode).toBe(422);
    for (const anchor of ['#f-a_approach', '#f-x_licence', '#f-p_inputs_description', '#f-p_inputs_i0_name', '#f-d_budget_title', '#f-partners']) expect(res.body).toContain(`href="${anchor}"`);
    expect(res.body).toContain('value="Nieuwe titel"');
    expect(json(await get(`/api/applications/${id}`, lead))).toMatchObject({ version: 2, title: 'Via de pagina', status: 'draft' });
  });

  it('finds and adds a partner, which confirms on its own page; the consortium shows as cross-sector', async () => {
    const search = await get(`/applications/${id}?partner=paginamus`, lead);
    const orgId = /name="organisationId" value="(\d+)"/.exec(search.body)![1]!;
    expect(search.body).toContain('Paginamuseum');
    expect((await post(`/applications/${id}/partners`, lead, { organisationId: orgId, contribution: 'Collectie' })).statusCode).toBe(303);
    const partnerPage = await get(`/applications/${id}`, other);
    expect(partnerPage.body).toContain('Neemt Paginamuseum deel?');
    expect(partnerPage.body).toContain('Consortium over deelsectoren heen');
    // A partner reads the draft's consortium once: where it confirms, not again in the read-only view.
    expect(partnerPage.body.match(/<h[23][^>]*>Consortium<\/h[23]>/g)).toHaveLength(1);
    expect((await post(`/applications/${id}/partners/${orgId}/confirm`, other, { contribution: 'Collectie en publiek' })).statusCode).toBe(303);
    expect(json(await get(`/api/applications/${id}`, lead)).partners[1]).toMatchObject({ confirmed: true, contribution: 'Collectie en publiek' });
    const again = await post(`/applications/${id}/partners`, lead, { organisationId: orgId });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('id="action-error"');
  });

  it('lists my applications, and the team sees the call applications and the conformity report', async () => {
    expect((await get('/applications', lead)).body).toContain('Via de pagina');
    expect((await get('/applications')).statusCode).toBe(401);
    expect((await get(`/calls/${CALL}/applications`, team)).body).toContain('Via de pagina');
    expect((await get(`/calls/${CALL}/applications`, lead)).statusCode).toBe(403);
    const report = await get('/calls/conformity?lang=en', team);
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('Conformity report');
    expect((await get('/calls/conformity', lead)).statusCode).toBe(403);
  });

  it("lets the team edit a call on its page: a skipped hour is refused with the typed input kept", async () => {
    const edit = await get(`/calls/${CALL}/edit`, team);
    expect(edit.statusCode).toBe(200);
    const fields: Record<string, string> = {};
    for (const m of edit.body.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields[m[1]!] = m[2]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
    for (const m of edit.body.matchAll(/<select[^>]*name="([^"]+)"[^>]*>[\s\S]*?<option value="([^"]*)" selected>/g)) fields[m[1]!] = m[2]!;
    for (const m of edit.body.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) fields[m[1]!] = m[2]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'");
    expect(fields.closesAt).toMatch(/T17:00$/);
    const bad = await post(`/calls/${CALL}/edit`, team, { ...fields, closesAt: '2027-03-28T02:30', title_nl: 'Nieuwe titel' });
    expect(bad.statusCode, bad.body.slice(0, 3000)).toBe(400);
    expect(bad.body).toContain('href="#f-closesAt"');
    expect(bad.body).toContain('value="Nieuwe titel"');
    const ok = await post(`/calls/${CALL}/edit`, team, { ...fields, c0_weight: '30' });
    expect(ok.statusCode, ok.body.slice(0, 3000)).toBe(303);
    expect(json(await get(`/api/calls/${CALL}`)).criteria[0].weight).toBe(30);
    expect((await get('/calls/new', team)).statusCode).toBe(200);
    expect((await get('/calls/new', lead)).statusCode).toBe(403);
  });

  it('edits a form draft as JSON with a preview; a syntax error is shown beside the typed text', async () => {
    const list = await get('/forms', team);
    expect(list.body).toContain('Conformiteitsannex digitale basisinfrastructuur');
    const created = await post('/forms', team, { code: 'pagina-form', kind: 'application', title_nl: 'Paginaformulier', title_en: 'Page form', fields: '[{"key": "idee"' });
    expect(created.statusCode).toBe(400);
    expect(created.body).toContain('href="#f-fields"');
    expect(created.body).toContain('[{&quot;key&quot;: &quot;idee&quot;</textarea>');
    const ok = await post('/forms', team, { code: 'pagina-form', kind: 'application', title_nl: 'Paginaformulier', title_en: 'Page form', fields: '[{"key":"idee","type":"textarea","required":true,"label_nl":"Idee","label_en":"Idea"}]' });
    expect(ok.statusCode).toBe(303);
    const formId = /\/forms\/(\d+)/.exec(ok.headers.location as string)![1];
    const detail = await get(`/forms/${formId}`, team);
    expect(detail.body).toContain('Voorbeeld');
    expect(detail.body).toContain('id="f-preview_idee"');
    expect((await post(`/forms/${formId}/publish`, team, {})).statusCode).toBe(303);
    expect((await post(`/forms/${formId}/publish`, team, {})).statusCode).toBe(409);
  });
  it('leads the team from a call to its review, ranking and reviewers, and a reviewer to its reviews', async () => {
    const asTeam = await get(`/calls/${CALL}`, team);
    for (const path of ['review', 'ranking', 'reviewers']) expect(asTeam.body).toContain(`href="/calls/${CALL}/${path}"`);
    expect((await get(`/calls/${CALL}`, lead)).body).not.toContain(`href="/calls/${CALL}/ranking"`);
    // "My reviews" only for an account assigned to some call.
    expect((await get('/calls', other)).body).not.toContain('href="/review"');
    expect((await get('/applications', other)).body).not.toContain('href="/review"');
    const email = json(await get('/api/me', other)).user.email as string;
    expect((await post(`/calls/${CALL}/reviewers`, team, { email })).statusCode).toBe(303);
    expect((await get('/calls', other)).body).toContain('<a href="/review">Mijn beoordelingen</a>');
    expect((await get('/applications?lang=en', other)).body).toContain('<a href="/review">My reviews</a>');
  });

  it("links a decided application to its decision, and a granted one to its project", async () => {
    expect((await get(`/applications/${id}`, lead)).body).not.toContain(`/applications/${id}/decision`);
    const db = t.database.db;
    const row = await db.selectFrom('applications').select(['call_id', 'lead_organisation_id']).where('id', '=', id).executeTakeFirstOrThrow();
    await db.updateTable('applications').set({ status: 'refused' }).where('id', '=', id).execute();
    const refused = await get(`/applications/${id}`, lead);
    expect(refused.body).toContain(`<a href="/applications/${id}/decision">De beslissing en de brief lezen</a>`);
    expect(refused.body).not.toContain('href="/projects/');
    // A decided application's consortium is shown once, in its read-only view.
    expect(refused.body.match(/<h[23][^>]*>Consortium<\/h[23]>/g)).toHaveLength(1);
    await db.updateTable('applications').set({ status: 'granted' }).where('id', '=', id).execute();
    await db.insertInto('projects').values({
      code: `P-PAGINA-${id}`, application_id: id, call_id: row.call_id, lead_organisation_id: row.lead_organisation_id, title: 'Via de pagina',
      granted_eur: '30000.00', starts_on: '2027-01-01', ends_on: '2027-12-31',
    }).execute();
    const granted = await get(`/applications/${id}?lang=en`, other);
    expect(granted.body).toContain(`<a href="/applications/${id}/decision">Read the decision and the letter</a>`);
    expect(granted.body).toContain(`<a href="/projects/P-PAGINA-${id}">Go to project P-PAGINA-${id}</a>`);
  });
});
