import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;
const form = (headers: Headers) => ({ ...headers, 'content-type': 'application/x-www-form-urlencoded' });

/** The pages' own forms: the same rules as the API, errors shown beside the user's input. */
describe.each(engines)('vision forms on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let owner: Headers;
  let organisationId: number;
  const post = (url: string, headers: Headers, fields: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, headers: form(headers), payload: new URLSearchParams(fields).toString() });

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    owner = await t.as('org_member');
    const me = json(await t.app.inject({ url: '/api/me', headers: owner })).user.id as number;
    organisationId = (await t.database.db.insertInto('organisations').values({
      name: 'Formtheater', subsector: 'arts', province: 'antwerpen', staff_class: '0-4', budget_class: 'lt-250k', municipality: 'Mechelen', legal_form: 'vzw', funding_framework: 'none',
    }).returning('id').executeTakeFirstOrThrow()).id;
    await t.database.db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: me, role: 'owner' }).execute();
  });
  afterAll(async () => { await t?.close(); });

  it('shows a refused comment again with the input and an error summary naming the fields', async () => {
    const res = await post('/vision/demo-visie-2050/rounds/2/comments', owner, { text: 'Mijn reactie zonder onderdeel', proposedText: 'Voorstel' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="error-summary"');
    expect(res.body).toContain('href="#f-section"');
    expect(res.body).toContain('Mijn reactie zonder onderdeel</textarea>');
    expect(res.body).toContain('Voorstel</textarea>');
  });

  it('posts a comment on behalf of the organisation and shows it on its page', async () => {
    const res = await post('/vision/demo-visie-2050/rounds/2/comments', owner, { section: 'why', text: 'Vanuit het theater: sterk', organisationId: String(organisationId) });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/vision\/demo-visie-2050\/rounds\/2\?page=1&saved=commented#comment-\d+$/);
    const page = await t.app.inject({ url: res.headers.location as string, headers: owner });
    expect(page.body).toContain('Vanuit het theater: sterk');
    expect(page.body).toContain('(Formtheater)');
  });

  it('lets the team answer on the page; an answer without a reason is refused with the input kept', async () => {
    const [comment] = json(await t.app.inject('/api/vision/demo-visie-2050/rounds/2/comments?status=unanswered')).items;
    const missing = await post(`/vision/comments/${comment.id}/answer`, team, { version: String(comment.version), answer: 'adapted' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain(`href="#f-a${comment.id}-reason"`);
    const ok = await post(`/vision/comments/${comment.id}/answer`, team, { version: String(comment.version), answer: 'adapted', [`a${comment.id}-reason`]: 'Deels overgenomen' });
    expect(ok.statusCode).toBe(303);
    const after = json(await t.app.inject(`/api/vision/demo-visie-2050/rounds/2/comments`)).items.find((c: any) => c.id === comment.id);
    expect(after.answer).toMatchObject({ status: 'adapted', reason: 'Deels overgenomen' });
    const stale = await post(`/vision/comments/${comment.id}/answer`, team, { version: String(comment.version), answer: 'adopted', [`a${comment.id}-reason`]: 'Toch wel' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('id="stale-notice"');
    expect(stale.body).toContain('Toch wel</textarea>');
  });

  it('endorses and withdraws as owner from the page; the team sees why a round cannot open', async () => {
    const endorsed = await post('/vision/demo-visie-2050/rounds/2/endorsements', owner, { organisationId: String(organisationId) });
    expect(endorsed.statusCode).toBe(303);
    const page = (await t.app.inject({ url: '/vision/demo-visie-2050?lang=en', headers: owner })).body;
    expect(page).toContain('endorses this version');
    expect(page).toContain('Formtheater');
    const twice = await post('/vision/demo-visie-2050/rounds/2/endorsements', owner, { organisationId: String(organisationId) });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('id="action-error"');
    expect((await post(`/vision/demo-visie-2050/rounds/2/endorsements/${organisationId}/withdraw`, owner, {})).statusCode).toBe(303);
    expect((await post('/vision/demo-visie-2050/rounds/2/close', team, {})).statusCode).toBe(303);
    expect((await post('/vision/demo-visie-2050/rounds', team, {})).statusCode).toBe(303);
    const refused = await post('/vision/demo-visie-2050/rounds/3/open', team, { lang: 'en' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toMatch(/The next round cannot open: (1 comment from an earlier round has|\d+ comments from earlier rounds have) no answer yet\.|De volgende ronde kan niet open: (1 reactie uit een eerdere ronde heeft|\d+ reacties uit eerdere ronden hebben) nog geen antwoord\./);
  });

  it('writes the KPI from the overview page and refuses a year that is not one', async () => {
    const bad = await post('/vision/kpi-measurements', team, { year: 'vorig jaar' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('value="vorig jaar"');
    expect((await post('/vision/kpi-measurements', team, { year: String(new Date().getFullYear()) })).statusCode).toBe(303);
    expect((await post('/vision/kpi-measurements', owner, { year: '2026' })).statusCode).toBe(403);
  });
});
