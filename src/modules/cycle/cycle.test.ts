import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { actionLineProgress } from './index.js';

type Headers = Record<string, string>;

describe.each(engines)('follow-up cycle API on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let steering: Headers;
  let decisionId: number;

  const post = (url: string, headers: Headers, payload?: object) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
  const put = (url: string, headers: Headers, payload: object) => t.app.inject({ method: 'PUT', url, headers, payload });
  const get = (url: string) => t.app.inject(url);
  const fields = (res: Parameters<typeof json>[0]) => (json(res).errors ?? []).map((e: { field: string }) => e.field);

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    steering = await t.as('steering_committee');
    // Decisions belong to the governance module; a minimal body and decision are enough here.
    const body = await t.database.db.insertInto('bodies').values({ code: 'test-stuurgroep', kind: 'steering_committee', name_nl: 'Stuurgroep (test)', name_en: 'Steering committee (test)' })
      .returning('id').executeTakeFirstOrThrow();
    decisionId = (await t.database.db.insertInto('decisions').values({ code: 'TEST-2030-01', body_id: body.id, title_nl: 'Herplanning 2030', title_en: 'Replanning 2030', decided_on: '2030-03-01' })
      .returning('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await t?.close(); });

  // --- seeds ---------------------------------------------------------------------------------------
  it('loads the demo lines, marked as demo, with at-risk actions and an adopted plan with a baseline', async () => {
    const res = await get('/api/action-lines');
    expect(res.statusCode).toBe(200);
    const lines = json(res).items as any[];
    const infra = lines.find((l) => l.code === 'demo-basisinfrastructuur');
    expect(infra).toBeDefined();
    expect(infra.isDemo).toBe(true);
    expect(infra.title.nl).toMatch(/^\[demo\]/);
    expect(infra.recommendations).toContain('R2.2');
    expect(lines.find((l) => l.code === 'demo-digitale-competenties').recommendations).toContain('R4.1');
    const detail = json(await get('/api/action-lines/demo-basisinfrastructuur'));
    const annual = detail.plans.filter((p: any) => p.kind === 'annual').map((p: any) => p.yearFrom);
    expect(annual).toEqual([2025, 2026]);
    expect(detail.plans.find((p: any) => p.kind === 'multi_year')).toMatchObject({ yearFrom: 2025, yearTo: 2027 });
    const p2025 = json(await get(`/api/plans/${detail.plans.find((p: any) => p.kind === 'annual' && p.yearFrom === 2025).id}`));
    expect(p2025.status).toBe('adopted');
    expect(p2025.baselines).toHaveLength(1);
    expect(p2025.atRisk).toBeGreaterThan(0);
    expect(p2025.comparison.counts.changed).toBeGreaterThan(0);
    expect(p2025.comparison.counts.added).toBe(1);
    expect(p2025.actions.every((a: any) => a.isDemo && a.title.nl.startsWith('[demo]'))).toBe(true);
  });

  it("seeds the study's R2.1 conformity clauses per actor, with their source", async () => {
    const res = json(await get('/api/conformity'));
    const actors = res.items.map((c: any) => c.actor.code);
    expect(actors).toEqual(expect.arrayContaining(['meemoo', 'cultuurconnect', 'publiq', 'faro', 'kunstenpunt']));
    for (const c of res.items) expect(c.source).toContain('Aanbeveling 2.1');
    expect(res.byActor.length).toBe(new Set(actors).size);
  });

  // --- derived progress, roll-up and at risk ------------------------------------------------------------
  let planId: number;
  const ids = {} as Record<'x1' | 'x2' | 'x3' | 'x4' | 'm1' | 'm2' | 'm4a', number>;

  it('derives action, plan and line progress and counts actions at risk', async () => {
    const line = await post('/api/action-lines', team, {
      code: 'test-rollup', title: { nl: 'Roll-up', en: 'Roll-up' }, owner: 'dcjm', recommendations: ['R2.2'], challenges: [13, 7],
    });
    expect(line.statusCode).toBe(201);
    expect(json(line).pillars).toEqual([3, 5]);
    expect(json(line).progress).toBeNull();
    const plan = await post('/api/action-lines/test-rollup/plans', team, { kind: 'annual', yearFrom: 2030 });
    expect(plan.statusCode).toBe(201);
    planId = json(plan).id;
    const addAction = async (body: object) => {
      const res = await post(`/api/plans/${planId}/actions`, team, body);
      expect(res.statusCode, res.body).toBe(201);
      return json(res).id as number;
    };
    const addMilestone = async (actionId: number, body: object) => {
      const res = await post(`/api/actions/${actionId}/milestones`, team, body);
      expect(res.statusCode, res.body).toBe(201);
      return json(res).id as number;
    };
    ids.x1 = await addAction({ code: 'X1', title: { nl: 'Een', en: 'One' }, status: 'running', budgetPlanned: 300, externalId: 'partner-x1' });
    ids.m1 = await addMilestone(ids.x1, { title: { nl: 'm1', en: 'm1' }, dueOn: '2030-02-01', doneOn: '2026-01-15', weight: 1 });
    ids.m2 = await addMilestone(ids.x1, { title: { nl: 'm2', en: 'm2' }, dueOn: '2099-02-01', weight: 3 });
    ids.x2 = await addAction({ code: 'X2', title: { nl: 'Twee', en: 'Two' }, status: 'done' });
    ids.x3 = await addAction({ code: 'X3', title: { nl: 'Drie', en: 'Three' }, status: 'stopped', budgetPlanned: 100 });
    await addMilestone(ids.x3, { title: { nl: 'oud', en: 'old' }, dueOn: '2000-01-01' });
    ids.x4 = await addAction({ code: 'X4', title: { nl: 'Vier', en: 'Four' }, status: 'running', budgetPlanned: 300, budgetCommitted: 450, contributors: ['meemoo', 'faro'] });
    ids.m4a = await addMilestone(ids.x4, { title: { nl: 'te laat', en: 'late' }, dueOn: '2000-01-02' });
    await addMilestone(ids.x4, { title: { nl: 'klaar', en: 'done' }, dueOn: '2000-01-01', doneOn: '2000-01-01' });

    const x1 = json(await get(`/api/actions/${ids.x1}`));
    expect(x1.progress).toBe(0.25);
    expect(x1.milestones.map((m: any) => m.effectiveWeight)).toEqual([1, 3]);
    expect(x1.atRisk).toBe(false);
    const x2 = json(await get(`/api/actions/${ids.x2}`));
    expect(x2.progress).toBe(1);
    const x3 = json(await get(`/api/actions/${ids.x3}`));
    expect(x3).toMatchObject({ progress: 0, atRisk: false });
    const x4 = json(await get(`/api/actions/${ids.x4}`));
    expect(x4).toMatchObject({ progress: 0.5, atRisk: true, budget: { planned: 300, committed: 450, overCommitted: true, overSpent: false } });
    expect(x4.contributors.map((c: any) => c.code).sort()).toEqual(['faro', 'meemoo']);
    expect(x4.milestones.find((m: any) => m.id === ids.m4a).overdue).toBe(true);

    // X2 has no budget: it weighs the mean planned budget of the unstopped actions (300); X3 is stopped and left out.
    const p = json(await get(`/api/plans/${planId}`));
    expect(p.progress).toBeCloseTo((0.25 * 300 + 1 * 300 + 0.5 * 300) / 900, 4);
    expect(p).toMatchObject({ actionCount: 4, atRisk: 1, stopped: 1, done: 1, budget: { planned: 700, committed: 450, spent: 0 } });
    const l = json(await get('/api/action-lines/test-rollup'));
    expect(l.currentPlan.id).toBe(planId);
    expect(l.progress).toBeCloseTo(p.progress, 4);
    expect(l.atRisk).toBe(1);
    const fromIndex = await actionLineProgress(t.app.db, 'test-rollup');
    expect(fromIndex).toMatchObject({ code: 'test-rollup', atRisk: 1, actions: 4, plan: { id: planId, year: 2030 } });
    expect(fromIndex!.progress).toBeCloseTo(p.progress, 4);
    expect(await actionLineProgress(t.app.db, 'no-such-line')).toBeNull();
  });

  it('follows a milestone marked done in the derived progress', async () => {
    const m2 = json(await get(`/api/milestones/${ids.m2}`));
    const res = await post(`/api/milestones/${ids.m2}/done`, team, { version: m2.version, doneOn: '2026-01-20' });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res).doneOn).toBe('2026-01-20');
    expect(json(await get(`/api/actions/${ids.x1}`)).progress).toBe(1);
    expect(json(await get(`/api/plans/${planId}`)).progress).toBeCloseTo((300 + 300 + 150) / 900, 4);
    const again = await post(`/api/milestones/${ids.m2}/done`, team, { version: json(res).version });
    expect(again.statusCode).toBe(409);
    expect(json(again).code).toBe('CYCLE_MILESTONE_DONE');
  });

  // --- rolling plans ---------------------------------------------------------------------------------
  it("starts next year's plan from this year's open actions only, with their open milestones", async () => {
    const res = await post(`/api/plans/${planId}/roll-over`, team);
    expect(res.statusCode, res.body).toBe(201);
    const next = json(res);
    expect(next).toMatchObject({ kind: 'annual', yearFrom: 2031, yearTo: 2031, status: 'draft', rolledFromPlanId: planId });
    expect(next.actions.map((a: any) => a.code)).toEqual(['X1', 'X4']);
    const byCode = Object.fromEntries(next.actions.map((a: any) => [a.code, a]));
    expect(byCode.X1.carriedFromActionId).toBe(ids.x1);
    expect(byCode.X4.carriedFromActionId).toBe(ids.x4);
    expect(byCode.X1.externalId).toBeNull();
    const x4next = json(await get(`/api/actions/${byCode.X4.id}`));
    expect(x4next.milestones.map((m: any) => m.title.nl)).toEqual(['te laat']);
    expect(x4next.contributors.map((c: any) => c.code).sort()).toEqual(['faro', 'meemoo']);
    expect(x4next.carriedFrom).toMatchObject({ actionId: ids.x4, planId, year: 2030 });
    expect(x4next.atRisk).toBe(true);
    // X1 has no open milestones left: it moves on with none.
    expect(json(await get(`/api/actions/${byCode.X1.id}`)).milestones).toEqual([]);
    // The original plan is untouched and points forward.
    const old = json(await get(`/api/plans/${planId}`));
    expect(old.actions).toHaveLength(4);
    expect(old.rolledTo).toMatchObject({ id: next.id, year: 2031 });
    expect(old.actions.find((a: any) => a.code === 'X4').carriedTo).toMatchObject({ year: 2031 });
    // The line now follows its latest annual plan.
    expect(json(await get('/api/action-lines/test-rollup')).currentPlan.id).toBe(next.id);
    // A partner's id still finds the original, which says where the work went on.
    const found = json(await get('/api/actions?externalId=partner-x1'));
    expect(found.id).toBe(ids.x1);
    expect(found.carriedTo).toMatchObject({ actionId: byCode.X1.id, year: 2031 });
  });

  it('refuses a second roll-over and rolling a multi-year plan', async () => {
    const again = await post(`/api/plans/${planId}/roll-over`, team);
    expect(again.statusCode).toBe(409);
    expect(json(again).code).toBe('CYCLE_PLAN_EXISTS');
    const multi = json(await post('/api/action-lines/test-rollup/plans', team, { kind: 'multi_year', yearFrom: 2030, yearTo: 2032 }));
    const res = await post(`/api/plans/${multi.id}/roll-over`, team);
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('CYCLE_ROLL_OVER_ANNUAL_ONLY');
  });

  // --- adoption, baseline and plan-versus-actual ----------------------------------------------------------
  it('lets only the steering committee (and admin) adopt, and checks the decision exists', async () => {
    const plan = json(await get(`/api/plans/${planId}`));
    expect((await post(`/api/plans/${planId}/adopt`, team, { version: plan.version })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/adopt`, payload: { version: plan.version } })).statusCode).toBe(401);
    const bad = await post(`/api/plans/${planId}/adopt`, steering, { version: plan.version, decisionId: 987654 });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['decisionId']);
    expect(json(await get(`/api/plans/${planId}`)).status).toBe('draft');
  });

  it('freezes the content as baseline 1 on adoption and shows plan-versus-actual after changes', async () => {
    const plan = json(await get(`/api/plans/${planId}`));
    const res = await post(`/api/plans/${planId}/adopt`, steering, { version: plan.version, decisionId });
    expect(res.statusCode, res.body).toBe(200);
    const adopted = json(res);
    expect(adopted).toMatchObject({ status: 'adopted', adoptedByDecisionId: decisionId, adoptedBy: { code: 'TEST-2030-01' } });
    expect(adopted.baselines).toHaveLength(1);
    expect(adopted.baselines[0]).toMatchObject({ version: 1, decision: { id: decisionId } });
    expect(adopted.comparison.counts).toEqual({ added: 0, removed: 0, changed: 0, slipped: 0 });

    const x4 = json(await get(`/api/actions/${ids.x4}`));
    const update = await put(`/api/actions/${ids.x4}`, team, {
      version: x4.version, code: 'X4', title: x4.title, status: 'running', budgetPlanned: 350, budgetCommitted: 450, contributors: ['meemoo'],
    });
    expect(update.statusCode, update.body).toBe(200);
    const m4a = json(await get(`/api/milestones/${ids.m4a}`));
    expect((await put(`/api/milestones/${ids.m4a}`, team, { version: m4a.version, title: m4a.title, dueOn: '2000-03-02' })).statusCode).toBe(200);

    const after = json(await get(`/api/plans/${planId}`));
    const row = after.comparison.actions.find((a: any) => a.id === ids.x4);
    expect(row).toMatchObject({ change: 'changed', baselineBudgetPlanned: 300, budgetPlanned: 350 });
    expect(row.milestones.find((m: any) => m.id === ids.m4a)).toMatchObject({ baselineDueOn: '2000-01-02', dueOn: '2000-03-02', slipDays: 60 });
    expect(after.comparison.totals).toMatchObject({ baselinePlanned: 700, planned: 750 });
    const frozen = json(await get(`/api/plans/${planId}/baselines/1`));
    expect(frozen.actions.find((a: any) => a.id === ids.x4).budgetPlanned).toBe(300);
    expect((await get(`/api/plans/${planId}/baselines/9`)).statusCode).toBe(404);

    const twice = await post(`/api/plans/${planId}/adopt`, steering, { version: after.version });
    expect(twice.statusCode).toBe(409);
    expect(json(twice).code).toBe('CYCLE_PLAN_ALREADY_ADOPTED');
    const period = await put(`/api/plans/${planId}`, team, { version: after.version, yearFrom: 2029 });
    expect(period.statusCode).toBe(409);
    expect(json(period).code).toBe('CYCLE_PLAN_ADOPTED');
  });

  it('re-baselines only under an existing decision and with a reason', async () => {
    const plan = json(await get(`/api/plans/${planId}`));
    const missing = await post(`/api/plans/${planId}/rebaseline`, steering, { version: plan.version, reason: 'Budget herzien' });
    expect(missing.statusCode).toBe(400);
    expect(fields(missing)).toContain('body.decisionId');
    const unknown = await post(`/api/plans/${planId}/rebaseline`, steering, { version: plan.version, decisionId: 987654, reason: '  ' });
    expect(unknown.statusCode).toBe(400);
    expect(fields(unknown).sort()).toEqual(['decisionId', 'reason']);
    expect((await post(`/api/plans/${planId}/rebaseline`, team, { version: plan.version, decisionId, reason: 'x' })).statusCode).toBe(403);
    expect(json(await get(`/api/plans/${planId}`)).baselines).toHaveLength(1);

    const ok = await post(`/api/plans/${planId}/rebaseline`, steering, { version: plan.version, decisionId, reason: 'Budget herzien door de stuurgroep' });
    expect(ok.statusCode, ok.body).toBe(200);
    const now = json(ok);
    expect(now.baselines.map((b: any) => b.version)).toEqual([1, 2]);
    expect(now.baselines[1]).toMatchObject({ reason: 'Budget herzien door de stuurgroep', decision: { id: decisionId } });
    expect(now.comparison).toMatchObject({ baselineVersion: 2, counts: { changed: 0, added: 0, removed: 0, slipped: 0 } });
    expect(json(await get(`/api/plans/${planId}/baselines/2`)).actions.find((a: any) => a.id === ids.x4).budgetPlanned).toBe(350);

    const draft = json(await post('/api/action-lines/test-rollup/plans', team, { kind: 'annual', yearFrom: 2040 }));
    const notAdopted = await post(`/api/plans/${draft.id}/rebaseline`, steering, { version: draft.version, decisionId, reason: 'x' });
    expect(notAdopted.statusCode).toBe(409);
    expect(json(notAdopted).code).toBe('CYCLE_PLAN_NOT_ADOPTED');
  });

  // --- decisions behind an action ------------------------------------------------------------------------
  it('links decisions that exist to an action and lists them', async () => {
    const unknown = await post(`/api/actions/${ids.x1}/decisions`, team, { decisionId: 987654 });
    expect(unknown.statusCode).toBe(400);
    expect(fields(unknown)).toEqual(['decisionId']);
    const ok = await post(`/api/actions/${ids.x1}/decisions`, team, { decisionId });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).decisions).toEqual([expect.objectContaining({ id: decisionId, code: 'TEST-2030-01', title: { nl: 'Herplanning 2030', en: 'Replanning 2030' } })]);
    expect((await post(`/api/actions/${ids.x1}/decisions`, team, { decisionId })).statusCode).toBe(409);
    expect((await post(`/api/actions/${ids.x1}/decisions`, steering, { decisionId })).statusCode).toBe(403);
    // A draft decision is shown to those who may see drafts only.
    expect((await get(`/actions/${ids.x1}`)).body).not.toContain('TEST-2030-01');
    expect(json(await get(`/api/actions/${ids.x1}`)).decisions).toEqual([]);
    expect((await t.app.inject({ url: `/actions/${ids.x1}`, headers: team })).body).toContain('TEST-2030-01');
    await t.database.db.updateTable('decisions').set({ status: 'published' }).where('id', '=', decisionId).execute();
    expect((await get(`/actions/${ids.x1}`)).body).toContain('TEST-2030-01');
  });

  // --- permissions per role over HTTP ----------------------------------------------------------------------
  it.each([
    ['public', 401], ['org_member', 403], ['steering_committee', 403], ['transition_team', 201], ['admin', 201],
  ] as const)('lets %s create an action line: %i', async (role, status) => {
    const headers = role === 'public' ? {} : await t.as(role);
    const res = await post('/api/action-lines', headers, { code: `perm-${role.replace(/_/g, '-')}`, title: { nl: 'P', en: 'P' } });
    expect(res.statusCode).toBe(status);
  });

  it('answers 401/403 before looking at an invalid body', async () => {
    const member = await t.as('org_member');
    expect((await post('/api/action-lines', member, { nonsense: true })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/action-lines', payload: { nonsense: true } })).statusCode).toBe(401);
  });

  // --- 400 / 404 / 409 ---------------------------------------------------------------------------------------
  it('names every invalid field and every unknown reference', async () => {
    const bad = await post('/api/action-lines', team, { code: 'Bad Code', title: { nl: '' }, challenges: ['x'], extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(expect.arrayContaining(['body.code', 'body.title.nl', 'body.title.en', 'body.challenges.0', 'body.extra']));
    const refs = await post('/api/action-lines', team, { code: 'ghost-refs', title: { nl: 'G', en: 'G' }, owner: 'nobody', recommendations: ['R9.9'], challenges: [99] });
    expect(refs.statusCode).toBe(400);
    expect(fields(refs).sort()).toEqual(['challenges.0', 'owner', 'recommendations.0']);
    expect((await get('/api/action-lines/ghost-refs')).statusCode).toBe(404);
    const reserved = await post('/api/action-lines', team, { code: 'new', title: { nl: 'N', en: 'N' } });
    expect(fields(reserved)).toEqual(['code']);

    const action = await post(`/api/plans/${planId}/actions`, team, {
      code: 'bad code', title: { nl: 'x', en: 'x' }, status: 'paused', budgetPlanned: -5, budgetSpent: 'veel', startsOn: '2026-13-01', endsOn: '0000-01-01',
    });
    expect(action.statusCode).toBe(400);
    expect(fields(action)).toEqual(expect.arrayContaining(['body.code', 'body.status', 'body.budgetPlanned', 'body.budgetSpent', 'body.startsOn', 'body.endsOn']));
    const order = await post(`/api/plans/${planId}/actions`, team, {
      code: 'Z1', title: { nl: 'x', en: 'x' }, startsOn: '2030-05-01', endsOn: '2030-04-01', responsibleActor: 'nobody', contributors: ['meemoo', 'ghost'],
    });
    expect(order.statusCode).toBe(400);
    expect(fields(order).sort()).toEqual(['contributors.1', 'endsOn', 'responsibleActor']);
    const nul = await post(`/api/plans/${planId}/actions`, team, { code: 'Z2', title: { nl: 'a\u0000b', en: 'x' } });
    expect(nul.statusCode).toBe(400);
    expect(fields(nul)).toEqual(['body.title.nl']);
    const weight = await post(`/api/actions/${ids.x1}/milestones`, team, { title: { nl: 'w', en: 'w' }, dueOn: '2030-01-01', weight: 0, doneOn: '2999-01-01' });
    expect(weight.statusCode).toBe(400);
    expect(fields(weight)).toEqual(expect.arrayContaining(['body.weight', 'body.doneOn']));
    const future = await post(`/api/actions/${ids.x1}/milestones`, team, { title: { nl: 'w', en: 'w' }, dueOn: '2030-01-01', doneOn: '2099-01-01' });
    expect(future.statusCode).toBe(400);
    expect(fields(future)).toEqual(['doneOn']);
    const annual = await post('/api/action-lines/test-rollup/plans', team, { kind: 'annual', yearFrom: 2035, yearTo: 2036 });
    expect(fields(annual)).toEqual(['yearTo']);
    const multi = await post('/api/action-lines/test-rollup/plans', team, { kind: 'multi_year', yearFrom: 2035 });
    expect(fields(multi)).toEqual(['yearTo']);
    const clause = await post('/api/conformity', team, { actor: 'nobody', agreement: { nl: 'a', en: 'a' }, status: 'absent', since: '2026-01-01' });
    expect(fields(clause).sort()).toEqual(['actor', 'since']);
  });

  it('answers 409 for duplicates', async () => {
    const dup = await post('/api/action-lines', team, { code: 'test-rollup', title: { nl: 'D', en: 'D' } });
    expect(dup.statusCode).toBe(409);
    expect(json(dup)).toMatchObject({ code: 'CYCLE_CODE_TAKEN', field: 'code' });
    const code = await post(`/api/plans/${planId}/actions`, team, { code: 'X1', title: { nl: 'x', en: 'x' } });
    expect(json(code)).toMatchObject({ code: 'CYCLE_ACTION_CODE_TAKEN', field: 'code' });
    const ext = await post(`/api/plans/${planId}/actions`, team, { code: 'X9', title: { nl: 'x', en: 'x' }, externalId: 'partner-x1' });
    expect(json(ext)).toMatchObject({ code: 'CYCLE_EXTERNAL_ID_TAKEN', field: 'externalId' });
    const plan = await post('/api/action-lines/test-rollup/plans', team, { kind: 'annual', yearFrom: 2030 });
    expect(json(plan)).toMatchObject({ code: 'CYCLE_PLAN_EXISTS' });
  });

  it('answers 404 for unknown ids and 400 for ids that are not ids', async () => {
    for (const url of ['/api/action-lines/nope', '/api/plans/999999', '/api/actions/999999', '/api/milestones/999999', '/api/conformity/999999', '/api/actions?externalId=nope']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    for (const url of ['/plans/999999', '/actions/999999', '/action-lines/nope', '/milestones/999999/edit', '/conformity/999999/edit']) {
      const res = await t.app.inject({ url, headers: team });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
    }
    for (const url of ['/api/plans/abc', '/api/plans/99999999999', '/plans/0', '/actions/1.5']) expect((await get(url)).statusCode, url).toBe(400);
    expect((await put('/api/actions/999999', team, { version: 1, code: 'A', title: { nl: 'a', en: 'a' }, status: 'planned' })).statusCode).toBe(404);
    expect((await post('/api/plans/999999/roll-over', team)).statusCode).toBe(404);
  });

  it('detects a stale edit with 409 and keeps the newer version', async () => {
    const line = json(await get('/api/action-lines/test-rollup'));
    const first = await put('/api/action-lines/test-rollup', team, { version: line.version, title: { nl: 'Eerste', en: 'First' } });
    expect(first.statusCode).toBe(200);
    const second = await put('/api/action-lines/test-rollup', team, { version: line.version, title: { nl: 'Tweede', en: 'Second' } });
    expect(second.statusCode).toBe(409);
    expect(json(second)).toMatchObject({ code: 'CYCLE_STALE', currentVersion: line.version + 1 });
    expect(json(await get('/api/action-lines/test-rollup')).title.nl).toBe('Eerste');
    const x2 = json(await get(`/api/actions/${ids.x2}`));
    expect((await put(`/api/actions/${ids.x2}`, team, { version: x2.version + 5, code: 'X2', title: x2.title, status: 'done' })).statusCode).toBe(409);
    const m1 = json(await get(`/api/milestones/${ids.m1}`));
    expect((await put(`/api/milestones/${ids.m1}`, team, { version: m1.version + 1, title: m1.title, dueOn: m1.dueOn })).statusCode).toBe(409);
  });

  it('writes an audit record for every change, in the same transaction', async () => {
    const rows = await t.database.db.selectFrom('audit_log').select(['entity_type', 'entity_id', 'action', 'after']).orderBy('id').execute();
    const of = (type: string, id: string | number) => rows.filter((r) => r.entity_type === type && r.entity_id === String(id)).map((r) => r.action);
    expect(of('action_line', 'test-rollup')).toEqual(['create', 'update']);
    expect(of('plan', planId)).toEqual(['create', 'update', 'update']);
    expect(of('action', ids.x4)).toEqual(['create', 'update']);
    expect(of('action', ids.x1)).toEqual(['create', 'update']);
    expect(of('milestone', ids.m2)).toEqual(['create', 'update']);
    // Nothing of the refused writes above landed.
    expect(rows.filter((r) => r.entity_type === 'action_line' && r.entity_id === 'ghost-refs')).toEqual([]);
  });

  it('documents the rules and the routes in the OpenAPI document', async () => {
    const rules = json(await get('/api/cycle/rules')).rules;
    expect(rules.map((r: any) => r.id)).toContain('weights');
    expect(rules.find((r: any) => r.id === 'weights').text.en).toContain('mean of the given weights');
    const doc = json(await get('/api/v1/openapi.json'));
    for (const [path, method] of [['/api/v1/action-lines', 'get'], ['/api/v1/action-lines/{code}', 'get'], ['/api/v1/plans/{id}', 'get'], ['/api/v1/actions/{id}', 'get'],
      ['/api/v1/conformity', 'get'], ['/api/v1/plans/{id}/adopt', 'post'], ['/api/v1/plans/{id}/rebaseline', 'post'], ['/api/v1/plans/{id}/roll-over', 'post']] as const) {
      expect(doc.paths[path]?.[method]?.tags, path).toEqual(['cycle']);
      expect(doc.paths[path][method].summary, path).toBeTruthy();
    }
  });
});
