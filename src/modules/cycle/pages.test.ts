import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;
const form = (data: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(data)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p.toString();
};

describe.each(engines)('follow-up cycle pages on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let steering: Headers;
  let ids: { line: string; plan2025: number; plan2026: number; multi: number; action: number; milestone: number; clause: number };

  const page = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
  const submit = (url: string, headers: Headers, data: Record<string, string | string[]>) =>
    t.app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: form(data) });

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    steering = await t.as('steering_committee');
    const line = json(await t.app.inject('/api/action-lines/demo-basisinfrastructuur'));
    const annual = (y: number) => line.plans.find((p: any) => p.kind === 'annual' && p.yearFrom === y).id;
    const plan = json(await t.app.inject(`/api/plans/${annual(2026)}`));
    const action = json(await t.app.inject(`/api/actions/${plan.actions[0].id}`));
    const clauses = json(await t.app.inject('/api/conformity')).items;
    ids = {
      line: line.code, plan2025: annual(2025), plan2026: annual(2026), multi: line.plans.find((p: any) => p.kind === 'multi_year').id,
      action: action.id, milestone: action.milestones[0].id, clause: clauses[0].id,
    };
  });
  afterAll(async () => { await t?.close(); });

  const readPages = () => ['/action-lines', `/action-lines/${ids.line}`, `/plans/${ids.plan2025}`, `/plans/${ids.plan2026}`, `/plans/${ids.multi}`,
    `/actions/${ids.action}`, '/conformity'];
  const formPages = () => ['/action-lines/new', `/action-lines/${ids.line}/edit`, `/action-lines/${ids.line}/plans/new`, `/plans/${ids.plan2026}/edit`,
    `/plans/${ids.plan2026}/actions/new`, `/actions/${ids.action}/edit`, `/actions/${ids.action}/milestones/new`, `/milestones/${ids.milestone}/edit`,
    '/conformity/new', `/conformity/${ids.clause}/edit`];

  it('renders every read page in Dutch and English, for visitors and the transition team', async () => {
    for (const url of readPages()) {
      for (const headers of [{}, team]) {
        for (const lang of ['nl', 'en']) {
          const res = await page(`${url}?lang=${lang}`, headers);
          expect(res.statusCode, url).toBe(200);
          expect(res.body).toContain(`<html lang="${lang}">`);
          expect(res.body.match(/<h1[ >]/g), url).toHaveLength(1);
          expect(res.body).not.toMatch(/ style=|<script>/);
          // A key that shows itself is a message missing from the files.
          expect(res.body, url).not.toMatch(/>[^<]*\b(cycle|validation|error|history)\.[a-zA-Z_.]+[^<]*</);
        }
      }
    }
  });

  it('renders every form for the transition team, and refuses visitors and organisation members', async () => {
    const member = await t.as('org_member');
    for (const url of formPages()) {
      for (const lang of ['nl', 'en']) {
        const res = await page(`${url}?lang=${lang}`, team);
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('data-draft=');
        expect(res.body).toContain('name="_csrf"');
        expect(res.body, url).not.toMatch(/>[^<]*\bcycle\.[a-zA-Z_.]+[^<]*</);
      }
      expect((await page(url)).statusCode, url).toBe(401);
      expect((await page(url, member)).statusCode, url).toBe(403);
    }
  });

  it('shows editing controls by role: the team edits, the steering committee adopts', async () => {
    const asTeam = (await page(`/plans/${ids.plan2026}`, team)).body;
    expect(asTeam).toContain(`/plans/${ids.plan2026}/actions/new`);
    expect(asTeam).not.toContain(`/plans/${ids.plan2026}/adopt`);
    const asSteering = (await page(`/plans/${ids.plan2026}`, steering)).body;
    expect(asSteering).toContain(`/plans/${ids.plan2026}/adopt`);
    expect(asSteering).not.toContain(`/plans/${ids.plan2026}/actions/new`);
    expect((await page(`/plans/${ids.plan2025}`, steering)).body).toContain(`/plans/${ids.plan2025}/rebaseline`);
    const asPublic = (await page(`/plans/${ids.plan2026}`)).body;
    expect(asPublic).not.toMatch(/\/adopt"|\/actions\/new"|roll-over/);
    for (const url of [`/plans/${ids.plan2026}/adopt`, `/plans/${ids.plan2025}/rebaseline`]) {
      expect((await page(url, steering)).statusCode, url).toBe(200);
      expect((await page(url, team)).statusCode, url).toBe(403);
    }
  });

  it('shows plan-versus-actual, at-risk actions and the progress rules on the adopted plan', async () => {
    const body = (await page(`/plans/${ids.plan2025}?lang=en`)).body;
    expect(body).toContain('Planned versus actual (baseline 1)');
    expect(body).toContain('92 days later');
    expect(body).toContain('at risk');
    expect(body).toContain('above planned');
    expect(body).toContain('mean of the given weights');
  });

  it('refuses an invalid form with 400, names the fields and shows the input back', async () => {
    const res = await submit('/action-lines', team, { code: 'Not Valid', title_nl: 'Mijn actielijn', title_en: '', owner: 'nobody', challenges: ['7', '13'] });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="error-summary"');
    expect(res.body).toContain('href="#f-code"');
    expect(res.body).toContain('href="#f-title_en"');
    expect(res.body).toContain('value="Mijn actielijn"');
    expect(res.body).toContain('value="Not Valid"');
    expect(res.body).toMatch(/id="f-challenges-7"[^>]*checked/);
    const refs = await submit('/action-lines', team, { code: 'form-line', title_nl: 'A', title_en: 'A', owner: 'nobody' });
    expect(refs.statusCode).toBe(400);
    expect(refs.body).toContain('href="#f-owner"');
  });

  it('creates through the forms and redirects to the new record', async () => {
    const line = await submit('/action-lines', team, { code: 'form-line', title_nl: 'Via formulier', title_en: 'Via form', owner: 'meemoo', recommendations: 'R2.2', challenges: ['13'] });
    expect(line.statusCode, line.body).toBe(303);
    expect(line.headers.location).toBe('/action-lines/form-line?saved=lineCreated');
    expect((await page('/action-lines/form-line?saved=lineCreated')).body).toContain('data-draft-saved="action-line:new"');
    const plan = await submit('/action-lines/form-line/plans', team, { kind: 'annual', yearFrom: '2031', yearTo: '' });
    expect(plan.statusCode, plan.body).toBe(303);
    const planId = Number(/\/plans\/(\d+)/.exec(plan.headers.location as string)![1]);
    const action = await submit(`/plans/${planId}/actions`, team, {
      code: 'F1', title_nl: 'Actie', title_en: 'Action', status: 'running', budgetPlanned: '1.250,50', budgetCommitted: '2000', contributors: ['faro', 'socius'],
      startsOn: '2031-01-01', endsOn: '2031-12-31',
    });
    expect(action.statusCode, action.body).toBe(303);
    const actionId = Number(/\/actions\/(\d+)/.exec(action.headers.location as string)![1]);
    const created = json(await t.app.inject(`/api/actions/${actionId}`));
    expect(created.budget).toMatchObject({ planned: 1250.5, committed: 2000, overCommitted: true });
    expect(created.contributors.map((c: any) => c.code).sort()).toEqual(['faro', 'socius']);
    const milestone = await submit(`/actions/${actionId}/milestones`, team, { title_nl: 'Mijlpaal', title_en: 'Milestone', dueOn: '2031-03-01', weight: '2' });
    expect(milestone.statusCode, milestone.body).toBe(303);
    const m = json(await t.app.inject(`/api/actions/${actionId}`)).milestones[0];
    expect(m.weight).toBe(2);
    const done = await submit(`/milestones/${m.id}/done`, team, { version: String(m.version) });
    expect(done.statusCode).toBe(303);
    expect(json(await t.app.inject(`/api/actions/${actionId}`)).progress).toBe(1);
    const badAction = await submit(`/plans/${planId}/actions`, team, { code: 'F2', title_nl: 'x', title_en: 'x', budgetPlanned: 'veel', startsOn: '2031-05-01', endsOn: '2031-04-01' });
    expect(badAction.statusCode).toBe(400);
    expect(badAction.body).toContain('href="#f-budgetPlanned"');
    expect(badAction.body).toContain('value="veel"');
    const dup = await submit(`/plans/${planId}/actions`, team, { code: 'F1', title_nl: 'x', title_en: 'x' });
    expect(dup.statusCode).toBe(409);
    expect(dup.body).toContain('href="#f-code"');
    const clause = await submit('/conformity', team, { actor: 'vrt', agreement_nl: 'Beheersovereenkomst VRT', agreement_en: 'VRT management agreement', status: 'planned', since: '2026-01-01' });
    expect(clause.statusCode, clause.body).toBe(303);
    expect((await page('/conformity')).body).toContain('Beheersovereenkomst VRT');
  });

  it('shows a stale form with 409, the user input and the current version to continue from', async () => {
    const line = json(await t.app.inject('/api/action-lines/form-line'));
    const theirs = await submit('/action-lines/form-line', team, { version: String(line.version), title_nl: 'Hun versie', title_en: 'Theirs' });
    expect(theirs.statusCode).toBe(303);
    const mine = await submit('/action-lines/form-line', team, { version: String(line.version), title_nl: 'Mijn versie', title_en: 'Mine' });
    expect(mine.statusCode).toBe(409);
    expect(mine.body).toContain('id="stale-notice"');
    expect(mine.body).toContain('value="Mijn versie"');
    expect(mine.body).toContain(`name="version" value="${line.version + 1}"`);
    expect(json(await t.app.inject('/api/action-lines/form-line')).title.nl).toBe('Hun versie');
  });

  it('adopts and re-baselines through the forms, naming a missing decision', async () => {
    const plan = json(await t.app.inject(`/api/plans/${ids.plan2026}`));
    const adopt = await submit(`/plans/${ids.plan2026}/adopt`, steering, { version: String(plan.version), decisionId: '' });
    expect(adopt.statusCode, adopt.body).toBe(303);
    const adopted = json(await t.app.inject(`/api/plans/${ids.plan2026}`));
    expect(adopted.status).toBe('adopted');
    const rebaseline = await submit(`/plans/${ids.plan2026}/rebaseline`, steering, { version: String(adopted.version), decisionId: '', reason: '' });
    expect(rebaseline.statusCode).toBe(400);
    expect(rebaseline.body).toContain('href="#f-decisionId"');
    expect(rebaseline.body).toContain('href="#f-reason"');
    const unknown = await submit(`/plans/${ids.plan2026}/rebaseline`, steering, { version: String(adopted.version), decisionId: '999999', reason: 'Nieuwe raming' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('href="#f-decisionId"');
    expect(unknown.body).toContain('Nieuwe raming');
  });

  it('rolls a plan over from its page and links a decision from the action page', async () => {
    const line = json(await t.app.inject('/api/action-lines/form-line'));
    const plan = line.plans[0];
    const res = await submit(`/plans/${plan.id}/roll-over`, team, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/\/plans\/\d+\?saved=planRolledOver/);
    const again = await submit(`/plans/${plan.id}/roll-over`, team, {});
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('text/html');
    const action = json(await t.app.inject(`/api/plans/${plan.id}`)).actions[0];
    const missing = await submit(`/actions/${action.id}/decisions`, team, { decisionId: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('href="#f-decisionId"');
  });

  it('explains a refusal that belongs to no single field at the top of the form', async () => {
    const adopted = json(await t.app.inject(`/api/plans/${ids.plan2025}`));
    const res = await submit(`/plans/${ids.plan2025}`, team, { version: String(adopted.version), yearFrom: '2024' });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('href="#f-form"');
    expect(res.body).toContain('de periode ligt vast in de basislijn');
  });

  it('refuses a form post without a valid CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/action-lines', headers: { cookie: team.cookie!, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ code: 'csrf-less', title_nl: 'x', title_en: 'x' }),
    });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject('/api/action-lines/csrf-less')).statusCode).toBe(404);
  });
});
