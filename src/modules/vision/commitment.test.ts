import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { ENDORSEMENT_KPI } from './constants.js';

type Headers = Record<string, string>;
const sections = { why: { nl: 'w', en: 'w' }, desired_state: { nl: 'd', en: 'd' }, principles: { nl: 'p', en: 'p' } };

describe.each(engines)('endorsements, participation and the KPI feed on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  const orgs: Record<string, number> = {};
  const people: Record<string, Headers> = {};
  const post = (url: string, headers: Headers, payload?: object) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
  const round = async () => json(await t.app.inject('/api/vision/test-draagvlak'));
  const userId = async (headers: Headers) => json(await t.app.inject({ url: '/api/me', headers })).user.id as number;

  async function organisation(name: string, subsector: string, province: string, isDemo = false) {
    const { id } = await t.database.db.insertInto('organisations').values({
      name, subsector, province, staff_class: '5-19', budget_class: '250k-1m', municipality: 'Gent', legal_form: 'vzw', funding_framework: 'kunstendecreet', is_demo: isDemo,
    }).returning('id').executeTakeFirstOrThrow();
    return id;
  }
  async function member(headers: Headers, organisationId: number, role: 'owner' | 'member' | 'respondent') {
    await t.database.db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: await userId(headers), role }).execute();
  }

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    team = await t.as('transition_team');
    for (const p of ['owner', 'member', 'respondent', 'other', 'loner']) people[p] = await t.as('org_member');
    orgs.theatre = await organisation('Testtheater', 'arts', 'oost-vlaanderen');
    orgs.archive = await organisation('Testarchief', 'heritage', 'limburg');
    orgs.demo = await organisation('[demo] Testbib', 'libraries_cultural_centres', 'antwerpen', true);
    await member(people.owner!, orgs.theatre, 'owner');
    await member(people.owner!, orgs.archive, 'owner');
    await member(people.owner!, orgs.demo, 'owner');
    await member(people.member!, orgs.theatre, 'member');
    await member(people.respondent!, orgs.theatre, 'respondent');
    await member(people.other!, orgs.archive, 'owner');
    expect((await post('/api/vision', team, { code: 'test-draagvlak', title: { nl: 'Draagvlak', en: 'Support' }, sections })).statusCode).toBe(201);
    expect((await post('/api/vision/test-draagvlak/rounds/1/open', team)).statusCode).toBe(200);
  });
  afterAll(async () => { await t?.close(); });

  const endorse = (who: Headers, organisationId: number) => post('/api/vision/test-draagvlak/rounds/1/endorsements', who, { organisationId });

  it('lets only an owner endorse for the organisation', async () => {
    const byMember = await endorse(people.member!, orgs.theatre!);
    expect(byMember.statusCode).toBe(403);
    expect(json(byMember)).toMatchObject({ code: 'VISION_NOT_OWNER', field: 'organisationId' });
    expect((await endorse(people.respondent!, orgs.theatre!)).statusCode).toBe(403);
    expect((await endorse(team, orgs.theatre!)).statusCode).toBe(403);
    expect((await post('/api/vision/test-draagvlak/rounds/1/endorsements', {}, { organisationId: orgs.theatre })).statusCode).toBe(401);
    expect((await endorse(people.owner!, 999999)).statusCode).toBe(404);
    const ok = await endorse(people.owner!, orgs.theatre!);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(json(ok).endorsements.organisations.map((o: any) => o.name)).toEqual(['Testtheater']);
  });

  it('allows one endorsement per organisation and version', async () => {
    const again = await endorse(people.owner!, orgs.theatre!);
    expect(again.statusCode).toBe(409);
    expect(json(again).code).toBe('VISION_ALREADY_ENDORSED');
    expect((await endorse(people.other!, orgs.archive!)).statusCode).toBe(201);
    expect((await endorse(people.owner!, orgs.archive!)).statusCode).toBe(409);
    expect((await endorse(people.owner!, orgs.demo!)).statusCode).toBe(201);
    expect((await round()).endorsements.total).toBe(3);
  });

  it('lets an owner withdraw while the round is open, and endorse again', async () => {
    const url = `/api/vision/test-draagvlak/rounds/1/endorsements/${orgs.archive}`;
    expect((await t.app.inject({ method: 'DELETE', url, headers: people.member! })).statusCode).toBe(403);
    const withdrawn = await t.app.inject({ method: 'DELETE', url, headers: people.owner! });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(json(withdrawn).endorsements.organisations.map((o: any) => o.name)).not.toContain('Testarchief');
    expect((await t.app.inject({ method: 'DELETE', url, headers: people.owner! })).statusCode).toBe(409);
    expect((await endorse(people.other!, orgs.archive!)).statusCode).toBe(201);
    const rows = await t.database.db.selectFrom('vision_endorsements').select(['withdrawn_at']).where('organisation_id', '=', orgs.archive!).execute();
    expect(rows.filter((r) => r.withdrawn_at !== null)).toHaveLength(1);
    expect(rows.filter((r) => r.withdrawn_at === null)).toHaveLength(1);
  });

  it('comments on behalf of an organisation only as its owner or member', async () => {
    const comment = (who: Headers, organisationId?: number) =>
      post('/api/vision/test-draagvlak/rounds/1/comments', who, { section: 'principles', text: 'Namens ons', ...(organisationId ? { organisationId } : {}) });
    expect((await comment(people.member!, orgs.theatre)).statusCode).toBe(201);
    const res = await comment(people.respondent!, orgs.theatre);
    expect(res.statusCode).toBe(403);
    expect(json(res).code).toBe('VISION_NOT_MEMBER');
    expect((await comment(people.member!, orgs.archive)).statusCode).toBe(403);
    expect(json(await comment(people.loner!)).organisation).toBeNull();
  });

  it('counts who took part by subsector and province, organisations and individuals apart', async () => {
    const r = await round();
    const row = (list: any[], key: string) => list.find((x) => x.key === key);
    // Endorsing: owner (theatre, demo library), other (archive). Commenting: member (theatre), loner (own behalf).
    expect(r.participation).toMatchObject({ organisations: 3, individuals: 4 });
    expect(row(r.participation.bySubsector, 'arts')).toEqual({ key: 'arts', organisations: 1, individuals: 2 });
    expect(row(r.participation.bySubsector, 'heritage')).toEqual({ key: 'heritage', organisations: 1, individuals: 1 });
    expect(row(r.participation.bySubsector, '')).toEqual({ key: '', organisations: 0, individuals: 1 });
    expect(row(r.participation.bySubsector, 'film')).toEqual({ key: 'film', organisations: 0, individuals: 0 });
    expect(row(r.participation.byProvince, 'limburg')).toEqual({ key: 'limburg', organisations: 1, individuals: 1 });
    expect(r.participation.byProvince.map((x: any) => x.key)).toEqual(['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel', '']);
    expect(row(r.endorsements.bySubsector, 'arts').organisations).toBe(1);
    expect(r.comments).toMatchObject({ total: 2, unanswered: 2 });
    const page = (await t.app.inject('/vision/test-draagvlak?lang=en')).body;
    expect(page).toContain('3 organisations and 4 people took part in this round');
  });

  it('writes the KPI of endorsing organisations per subsector, without demo data, idempotently, and renews the KPI caches', async () => {
    const year = new Date().getFullYear();
    expect((await post('/api/vision/kpi-measurements', people.owner!, { year })).statusCode).toBe(403);
    expect((await post('/api/vision/kpi-measurements', team, { year: 'dit jaar' })).statusCode).toBe(400);
    const before = await t.app.inject(`/api/kpis/${ENDORSEMENT_KPI}/series`);
    expect(before.statusCode).toBe(200);
    const res = await post('/api/vision/kpi-measurements', team, { year });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toMatchObject({ kpi: ENDORSEMENT_KPI, year, total: 2, bySubsector: { arts: 1, heritage: 1, libraries_cultural_centres: 0 } });
    const again = await post('/api/vision/kpi-measurements', team, { year });
    expect(json(again).total).toBe(2);
    const rows = await t.database.db.selectFrom('measurements').innerJoin('kpis', 'kpis.id', 'measurements.kpi_id')
      .select(['subsector', 'province', 'value', 'period']).where('kpis.code', '=', ENDORSEMENT_KPI).execute();
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.subsector === '')).toMatchObject({ value: 2, period: String(year), province: '' });
    const series = json(await t.app.inject(`/api/kpis/${ENDORSEMENT_KPI}/series`));
    expect(series.points.map((p: any) => p.value)).toEqual([2]);
    // A year before anyone endorsed counts nobody.
    expect(json(await post('/api/vision/kpi-measurements', team, { year: year - 3 })).total).toBe(0);
    const audit = await t.database.db.selectFrom('audit_log').select('entity_id').where('entity_type', '=', 'measurement').execute();
    expect(audit.map((a) => a.entity_id)).toContain(`${ENDORSEMENT_KPI}/${year}`);
  });

  it('refuses comments and endorsements once the round is closed, and the page says when it closed', async () => {
    expect((await post('/api/vision/test-draagvlak/rounds/1/close', team)).statusCode).toBe(200);
    const late = await endorse(people.other!, orgs.archive!);
    expect(late.statusCode).toBe(409);
    expect(json(late).code).toBe('VISION_ROUND_CLOSED');
    const withdraw = await t.app.inject({ method: 'DELETE', url: `/api/vision/test-draagvlak/rounds/1/endorsements/${orgs.theatre}`, headers: people.owner! });
    expect(withdraw.statusCode).toBe(409);
    const page = (await t.app.inject({ url: '/vision/test-draagvlak?lang=en', headers: people.member! })).body;
    expect(page).toContain('Round 1 closed on');
    expect(page).not.toContain('id="comment-form"');
  });
});
