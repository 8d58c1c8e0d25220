import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { can } from '../../plugins/permissions.js';
import './index.js';
import { editorOf, fieldsOf, formBody, formHeaders, whoIs, type Headers } from './test-fixtures.js';

describe('knowledge permissions', () => {
  it.each([
    ['knowledge.read', ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'], []],
    ['knowledge.contribute', ['org_member', 'steering_committee', 'transition_team', 'admin'], ['public']],
    ['knowledge.editAll', ['transition_team', 'admin'], ['public', 'org_member', 'steering_committee']],
    ['knowledge.manageEditors', ['transition_team', 'admin'], ['public', 'org_member', 'steering_committee']],
  ] as const)('%s', (action, yes, no) => {
    for (const p of yes) expect(can(p, action), p).toBe(true);
    for (const p of no) expect(can(p, action), p).toBe(false);
  });
});

describe.each(engines)('knowledge hub, editors and my entries on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  beforeAll(async () => { t = await testApp({ engine }); team = await t.as('transition_team'); });
  afterAll(async () => { await t?.close(); });

  it('shows the hub with counts, latest entries and the links to guide, search and lessons', async () => {
    const failure = { code: 'hub-mislukking', title: { nl: 'Mislukte app', en: 'Failed app' }, summary: { nl: 'x', en: 'x' }, country: 'BE', sector: 'heritage', pillar: 2, outcome: 'failure', actor: 'meemoo' };
    expect((await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: failure })).statusCode).toBe(201);
    const api = json(await t.app.inject('/api/knowledge'));
    // The study's 24 cases, two demo failures, one demo mixed result, and the failure just added;
    // the failures are those its link (outcome=failure) lists.
    expect(api.counts.cases).toBe(28);
    expect(api.counts.failures).toBe(3);
    expect(json(await t.app.inject('/api/cases?outcome=failure&pageSize=100')).total).toBe(3);
    expect(api.counts.fundingOpen).toBeGreaterThan(5);
    expect(api.counts.deadlinesSoon).toBe(1);
    expect(api.latestFailures[0].code).toBe('hub-mislukking');
    expect(api.latestCases[0].code).toBe('hub-mislukking');
    for (const lang of ['nl', 'en']) {
      const res = await t.app.inject(`/knowledge?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      for (const href of ['/guide', '/search', '/lessons', '/cases', '/learning', '/funding', '/actors', '/cases?outcome=failure']) expect(res.body).toContain(`href="${href}"`);
      expect(res.body).not.toMatch(/>knowledge\.[a-zA-Z_.]+</);
      expect(res.body.match(/<h1[\s>]/g)).toHaveLength(1);
    }
    // A new learning opportunity shows on the next read of the (cached) hub.
    const before = json(await t.app.inject('/api/knowledge')).counts.learningUpcoming;
    const created = await t.app.inject({ method: 'POST', url: '/api/learning', headers: team, payload: { title: { nl: 'Nieuw', en: 'New' }, kind: 'webinar', provider: 'faro', online: true } });
    expect(created.statusCode, created.body).toBe(201);
    expect(json(await t.app.inject('/api/knowledge')).counts.learningUpcoming).toBe(before + 1);
  });

  it('lets only the team manage editors, by e-mail of an existing account', async () => {
    const member = await t.as('org_member');
    const me = await whoIs(t, member);
    expect((await t.app.inject({ url: '/api/knowledge/editors', headers: member })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/knowledge/editors', headers: member, payload: { actor: 'faro', email: me.email } })).statusCode).toBe(403);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/knowledge/editors', headers: team, payload: { actor: 'faro', email: 'nobody@example.org' } });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(json(unknown))).toEqual(['email']);
    const added = await t.app.inject({ method: 'POST', url: '/api/knowledge/editors', headers: team, payload: { actor: 'faro', email: me.email.toUpperCase() } });
    expect(added.statusCode, added.body).toBe(201);
    expect(json(added)).toMatchObject({ actor: 'faro', userId: me.id });
    expect((await t.app.inject({ method: 'POST', url: '/api/knowledge/editors', headers: team, payload: { actor: 'faro', email: me.email } })).statusCode).toBe(409);
    const page = await t.app.inject({ url: '/knowledge/editors', headers: team });
    expect(page.body).toContain(me.email);
    const formAdd = await t.app.inject({ method: 'POST', url: '/knowledge/editors', headers: formHeaders(team), payload: formBody(team, { actor: '', email: 'nobody@example.org' }) });
    expect(formAdd.statusCode).toBe(400);
    expect(formAdd.body).toContain('href="#f-actor"');
    expect(formAdd.body).toContain('value="nobody@example.org"');
    const removed = await t.app.inject({ method: 'POST', url: `/knowledge/editors/faro/${me.id}/remove`, headers: formHeaders(team), payload: formBody(team, {}) });
    expect(removed.statusCode).toBe(303);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/knowledge/editors/faro/${me.id}`, headers: team })).statusCode).toBe(404);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'actor_editor').where('entity_id', '=', `faro/${me.id}`).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('shows an editor its own entries and offers only its own actors', async () => {
    const editor = await editorOf(t, team, 'meemoo');
    const mine = json(await t.app.inject({ url: '/api/knowledge/mine', headers: editor }));
    expect(mine.actors).toEqual([{ code: 'meemoo', name: 'meemoo' }]);
    const kinds = new Set(mine.entries.map((e: { kind: string }) => e.kind));
    expect(kinds).toEqual(new Set(['case', 'learning']));
    expect(mine.entries.map((e: { key: string }) => e.key)).toContain('hub-mislukking');
    expect(mine.entries.every((e: { actor: string }) => e.actor === 'meemoo')).toBe(true);
    const page = await t.app.inject({ url: '/knowledge/mine?lang=en', headers: editor });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="/cases/hub-mislukking/edit"');
    const form = (await t.app.inject({ url: '/cases/new', headers: editor })).body;
    expect(form).toContain('value="meemoo"');
    expect(form).not.toContain('value="publiq"');
    expect((await t.app.inject('/knowledge/mine')).statusCode).toBe(401);
    const nobody = json(await t.app.inject({ url: '/api/knowledge/mine', headers: await t.as('org_member') }));
    expect(nobody).toMatchObject({ actors: [], entries: [], allActors: false });
  });
});
