import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { brusselsDate } from '../../web/dates.js';
import { addMonths } from './reassess.js';
import { answer, makeOrganisation, person, seedModel, submitAssessment } from './test-fixtures.js';

type Headers = Record<string, string>;
type Person = Awaited<ReturnType<typeof person>>;

describe.each(engines)('improvement trajectory on %s', (engine) => {
  let t: TestApp;
  let model: Awaited<ReturnType<typeof seedModel>>;
  let org: number;
  let owner: Person; let member: Person; let respondent: Person; let outsider: Person; let team: Person; let coach: Person;
  let latest: number;
  const peers = {} as Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5', number>;
  const learning = {} as Record<'l1' | 'l2' | 'l3' | 'l4', number>;

  const get = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const fields = (res: Parameters<typeof json>[0]) => (json(res).errors ?? []).map((e: { field: string }) => e.field);
  const plan = async (headers: Headers = owner.headers) => json(await get(`/api/organisations/${org}/plan`, headers));

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const db = t.database.db;
    model = await seedModel(db, 91);
    org = await makeOrganisation(db, { name: 'Erfgoedhuis Test', subsector: 'heritage' });
    owner = await person(t, org, 'owner');
    member = await person(t, org, 'member');
    respondent = await person(t, org, 'respondent');
    outsider = await person(t, null, null);
    team = await person(t, null, null, 'transition_team');
    coach = await person(t, null, null);
    await submitAssessment(db, org, model.id, '2025-01-15T10:00:00Z', {
      audience: [3, 3], value: [1, 3], operations: [2, 3], data: [1, 3], leadership: [2, 2], infrastructure: [3, 3],
    });
    // The lowest level (audience 0) comes with no ambition; data jumped from 1 to 4; infrastructure is capped by the backup item.
    latest = await submitAssessment(db, org, model.id, '2026-01-15T10:00:00Z', {
      audience: [0, 0], value: [1, 3], operations: [2, 3], data: [4, 5], leadership: [2, 2, 1, 3, true], infrastructure: [2, 3],
    });
    await answer(db, latest, owner.id, model.critical, 1);
    await answer(db, latest, owner.id, model.questions.data![0]!, 4);

    // Peers for "value" (level 1): only the contactable ones at least two levels higher on their latest result.
    peers.p1 = await makeOrganisation(db, { name: 'Peer erfgoed', subsector: 'heritage', contactable: true });
    await submitAssessment(db, peers.p1, model.id, '2024-05-01T10:00:00Z', { value: [1, 2] });
    await submitAssessment(db, peers.p1, model.id, '2025-05-01T10:00:00Z', { value: [3, 4] });
    peers.p2 = await makeOrganisation(db, { name: 'Peer kunsten', subsector: 'arts', contactable: true });
    await submitAssessment(db, peers.p2, model.id, '2025-06-01T10:00:00Z', { value: [5, 5] });
    peers.p3 = await makeOrganisation(db, { name: 'Peer gesloten', subsector: 'heritage', contactable: false });
    await submitAssessment(db, peers.p3, model.id, '2025-06-01T10:00:00Z', { value: [5, 5] });
    peers.p4 = await makeOrganisation(db, { name: 'Peer te dichtbij', subsector: 'heritage', contactable: true });
    await submitAssessment(db, peers.p4, model.id, '2025-06-01T10:00:00Z', { value: [2, 3] });
    peers.p5 = await makeOrganisation(db, { name: 'Peer gezakt', subsector: 'heritage', contactable: true });
    await submitAssessment(db, peers.p5, model.id, '2024-06-01T10:00:00Z', { value: [5, 5] });
    await submitAssessment(db, peers.p5, model.id, '2025-06-01T10:00:00Z', { value: [1, 5] });

    const opportunity = async (title: string, dimension: string | null, from: number, to: number, starts: string) =>
      (await db.insertInto('learning_opportunities').values({ title_nl: title, title_en: title, kind: 'workshop', provider_name: 'Kunstenpunt', dimension_code: dimension, level_from: from, level_to: to, starts_on: starts, online: true })
        .returning('id').executeTakeFirstOrThrow()).id;
    learning.l1 = await opportunity('Verdienmodellen', 'value', 1, 3, '2099-03-01');
    learning.l2 = await opportunity('Te gevorderd', 'value', 2, 4, '2099-03-01');
    learning.l3 = await opportunity('Algemene coaching', null, 0, 3, '2099-04-01');
    learning.l4 = await opportunity('Voorbij', 'value', 0, 2, '2020-01-01');
  });
  afterAll(async () => { await t?.close(); });

  it('ranks by critical caps, then the gap to the own target weighed by relevance, not by the lowest score', async () => {
    const res = await get(`/api/organisations/${org}/priorities?relevance.value=high`, owner.headers);
    expect(res.statusCode, res.body).toBe(200);
    const ranking = json(res).ranking as any[];
    expect(ranking.map((r) => r.dimension)).toEqual(['infrastructure', 'value', 'operations', 'data', 'audience', 'leadership']);
    expect(ranking[0]).toMatchObject({ criticalItems: [expect.stringMatching(/^infrastructure-1/)], suggested: true });
    expect(ranking[1]).toMatchObject({ gap: 2, relevance: 'high', score: 4, suggested: true });
    expect(ranking[1].reason.en).toBe('Gap of 2 levels to your own target, high relevance to your mission.');
    expect(ranking[1].reason.nl).toBe('Kloof van 2 niveaus tot jullie eigen doel, hoge relevantie voor jullie missie.');
    expect(ranking.find((r) => r.dimension === 'audience')).toMatchObject({ level: 0, gap: 0, suggested: false });
    expect((await get(`/api/organisations/${org}/priorities?relevance.value=urgent`, owner.headers)).statusCode).toBe(400);
    const before = await plan();
    expect(before.plan).toBeNull();
    expect(before.suggestions.basedOn.assessmentId).toBe(latest);
  });

  let planVersion: number;
  it('makes a plan from the latest result with the steps toward each priority\'s next level', async () => {
    // Relevance for dimensions not chosen (audience, data) is kept with the plan as well.
    const body = { priorities: [{ dimension: 'infrastructure' }, { dimension: 'value', relevance: 'high' }], relevance: { audience: 'high', data: 'low' } };
    const res = await send('POST', `/api/organisations/${org}/plans`, member.headers, body);
    expect(res.statusCode, res.body).toBe(201);
    const p = json(res).plan;
    expect(p.relevance).toEqual({ audience: 'high', value: 'high', operations: 'normal', data: 'low', leadership: 'normal', infrastructure: 'normal' });
    // The written reason is the one sentence of the ranking, in the language of the save.
    expect(p.priorities.find((x: any) => x.dimension === 'value')).toEqual({
      dimension: 'value', relevance: 'high', reason: 'Kloof van 2 niveaus tot jullie eigen doel, hoge relevantie voor jullie missie.',
    });
    const rows = await t.database.db.selectFrom('improvement_relevance').select(['dimension_code', 'relevance']).where('plan_id', '=', p.id).execute();
    expect(rows).toHaveLength(6);
    expect(p.basedOn.assessmentId).toBe(latest);
    expect(p.reassessOn).toBe('2027-01-15');
    expect(p.items.map((i: any) => i.text).sort()).toEqual(['Stap 1 naar infrastructure 3', 'Stap 1 naar value 2', 'Stap 2 naar infrastructure 3', 'Stap 2 naar value 2']);
    expect(p.items.every((i: any) => i.status === 'todo' && i.stepId !== null)).toBe(true);
    expect(p.ranking.find((r: any) => r.dimension === 'value')).toMatchObject({ chosen: true, relevance: 'high' });
    planVersion = p.version;
    const again = await send('POST', `/api/organisations/${org}/plans`, owner.headers, body);
    expect(again.statusCode).toBe(409);
    expect(json(again).code).toBe('IMPROVEMENT_PLAN_EXISTS');
  });

  it('refuses bad plan input naming the field', async () => {
    const other = await makeOrganisation(t.database.db);
    const o = await person(t, other, 'owner');
    const none = await send('POST', `/api/organisations/${other}/plans`, o.headers, { priorities: [{ dimension: 'value', relevance: 'high' }] });
    expect(none.statusCode).toBe(409);
    expect(json(none).code).toBe('IMPROVEMENT_NO_RESULT');
    await submitAssessment(t.database.db, other, model.id, '2026-02-01T10:00:00Z', { value: [1, 2] });
    expect(fields(await send('POST', `/api/organisations/${other}/plans`, o.headers, { priorities: [] }))).toContain('body.priorities');
    expect(fields(await send('POST', `/api/organisations/${other}/plans`, o.headers, { priorities: [{ dimension: 'data', relevance: 'high' }] }))).toContain('priorities.0.dimension');
    expect(fields(await send('POST', `/api/organisations/${other}/plans`, o.headers, { priorities: [{ dimension: 'value', relevance: 'high' }], reassessOn: '2025-12-01' }))).toContain('reassessOn');
    expect(fields(await send('POST', `/api/organisations/${other}/plans`, o.headers, { priorities: [{ dimension: 'value', relevance: 'very' }] }))).toContain('body.priorities.0.relevance');
    expect(fields(await send('POST', `/api/organisations/${other}/plans`, o.headers, { priorities: [{ dimension: 'value' }], relevance: { data: 'urgent' } }))).toContain('body.relevance.data');
    expect(fields(await send('POST', `/api/organisations/${other}/plans`, o.headers, { priorities: [{ dimension: 'value' }], relevance: { nope: 'high' } }))).toEqual(['relevance.nope']);
    const conflicting = await send('POST', `/api/organisations/${other}/plans`, o.headers, { priorities: [{ dimension: 'value', relevance: 'high' }], relevance: { value: 'low' } });
    expect(conflicting.statusCode).toBe(400);
    expect(fields(conflicting)).toEqual(['priorities.0.relevance']);
  });

  it('keeps the relevance of dimensions not chosen: it survives a reload and ranks the latest result while the plan exists', async () => {
    const reloaded = (await plan(member.headers)).plan;
    expect(reloaded.ranking.find((r: any) => r.dimension === 'audience')).toMatchObject({ chosen: false, relevance: 'high' });
    expect(reloaded.ranking.find((r: any) => r.dimension === 'data')).toMatchObject({ chosen: false, relevance: 'low' });
    // The page's priority form starts from the stored choices, chosen or not.
    const page = (await get(`/organisations/${org}/plan`, owner.headers)).body;
    const selected = (code: string) => page.match(new RegExp(`name="relevance_${code}">[\\s\\S]*?<option value="(\\w+)" selected`))?.[1];
    expect(selected('audience')).toBe('high');
    expect(selected('data')).toBe('low');
    expect(selected('value')).toBe('high');
    expect(selected('operations')).toBe('normal');
    // Without relevance in the query, ranking the latest result uses the plan's; the query still overrides.
    const ranking = json(await get(`/api/organisations/${org}/priorities`, owner.headers)).ranking as any[];
    expect(ranking.find((r) => r.dimension === 'data')).toMatchObject({ relevance: 'low', score: 0.5 });
    expect(ranking.find((r) => r.dimension === 'value')).toMatchObject({ relevance: 'high', score: 4 });
    const asked = json(await get(`/api/organisations/${org}/priorities?relevance.data=high`, owner.headers)).ranking as any[];
    expect(asked.find((r) => r.dimension === 'data')).toMatchObject({ relevance: 'high', score: 2 });
  });

  it('matches learning, actors and cases for the level, and only contactable peers at least two levels ahead, same subsector first', async () => {
    const p = (await plan()).plan;
    const value = p.matches.find((m: any) => m.dimension === 'value');
    expect(value.learning.map((l: any) => l.id)).toEqual([learning.l1, learning.l3]);
    expect(value.peers.map((x: any) => x.id)).toEqual([peers.p1, peers.p2]);
    expect(value.peers[0]).toMatchObject({ sameSubsector: true, level: 3 });
    // Sector-wide support first; Kunstenpunt (arts) and VAF (film) serve other subsectors.
    expect(value.actors[0]).toMatchObject({ code: 'cultuurloket', servesSubsector: false });
    expect(value.actors.map((a: any) => a.code)).not.toContain('kunstenpunt');
    const tagged = (await t.database.db.selectFrom('case_dimensions').select('case_id').where('dimension_code', '=', 'value').execute()).length;
    expect(value.cases.length).toBe(Math.min(3, tagged));
    expect(tagged).toBeGreaterThan(0);
    const infra = p.matches.find((m: any) => m.dimension === 'infrastructure');
    expect(infra.actors[0]).toMatchObject({ code: 'meemoo', servesSubsector: true });
  });

  it('records a contact request once per 30 days per peer and dimension, and shows it to the peer\'s owners only', async () => {
    const res = await send('POST', `/api/organisations/${org}/contact-requests`, owner.headers, { peerId: peers.p1, dimension: 'value', message: 'Hoe pakten jullie dat aan?' });
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toMatchObject({ peer: { id: peers.p1, name: 'Peer erfgoed' }, dimension: 'value', state: 'waiting', answeredAt: null, contact: null });
    const again = await send('POST', `/api/organisations/${org}/contact-requests`, member.headers, { peerId: peers.p1, dimension: 'value' });
    expect(again.statusCode).toBe(409);
    expect(json(again).code).toBe('IMPROVEMENT_CONTACT_REQUESTED');
    expect(fields(await send('POST', `/api/organisations/${org}/contact-requests`, owner.headers, { peerId: peers.p3, dimension: 'value' }))).toEqual(['peerId']);
    expect((await send('POST', `/api/organisations/${org}/contact-requests`, respondent.headers, { peerId: peers.p2, dimension: 'value' })).statusCode).toBe(403);
    const stored = await t.database.db.selectFrom('improvement_contact_requests').selectAll().where('from_organisation_id', '=', org).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ to_organisation_id: peers.p1, dimension_code: 'value', requested_by: owner.id, answer: null, answered_at: null });
    const peerOwner = await person(t, peers.p1, 'owner');
    const peerMember = await person(t, peers.p1, 'member');
    const peerPlan = await get(`/api/organisations/${peers.p1}/plan`, peerOwner.headers);
    expect(peerPlan.statusCode, peerPlan.body).toBe(200);
    const seen = json(peerPlan).contactRequests;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      id: stored[0]!.id, fromOrganisation: { id: org, name: 'Erfgoedhuis Test' }, dimension: 'value', message: 'Hoe pakten jullie dat aan?', requester: { email: owner.email }, state: 'waiting',
    });
    expect(json(await get(`/api/organisations/${peers.p1}/plan`, peerMember.headers)).contactRequests).toEqual([]);
    const page = await get(`/organisations/${peers.p1}/plan`, peerOwner.headers);
    expect(page.body).toContain('Erfgoedhuis Test');
    expect(page.body).toContain(`mailto:${owner.email}`);
    expect(page.body).toContain(`action="/organisations/${peers.p1}/contact-requests/${stored[0]!.id}/answer"`);
    expect((await get(`/organisations/${org}/plan`, owner.headers)).body).toContain('contact gevraagd');
  });

  it('lets only the peer\'s owners answer; the requester then sees the state and, once accepted, the contact', async () => {
    const request = (await t.database.db.selectFrom('improvement_contact_requests').select('id').where('from_organisation_id', '=', org).executeTakeFirstOrThrow()).id;
    const answerUrl = (peer: number) => `/api/organisations/${peer}/contact-requests/${request}/answer`;
    const peerOwner = await person(t, peers.p1, 'owner');
    const peerMember = await person(t, peers.p1, 'member');
    const sentBefore = json(await get(`/api/organisations/${org}/contact-requests`, owner.headers)).sent;
    expect(sentBefore).toEqual([expect.objectContaining({ id: request, state: 'waiting', contact: null })]);
    expect((await send('POST', answerUrl(peers.p1), peerMember.headers, { answer: 'accepted' })).statusCode).toBe(403);
    expect((await send('POST', answerUrl(peers.p1), outsider.headers, { answer: 'accepted' })).statusCode).toBe(404);
    // The requester's own owners cannot answer, nor can another peer's owner: the request is not theirs.
    expect((await send('POST', answerUrl(org), owner.headers, { answer: 'accepted' })).statusCode).toBe(404);
    const otherPeerOwner = await person(t, peers.p2, 'owner');
    expect((await send('POST', answerUrl(peers.p2), otherPeerOwner.headers, { answer: 'accepted' })).statusCode).toBe(404);
    expect(fields(await send('POST', answerUrl(peers.p1), peerOwner.headers, { answer: 'maybe' }))).toEqual(['body.answer']);

    const accepted = await send('POST', answerUrl(peers.p1), peerOwner.headers, { answer: 'accepted' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(json(accepted)).toMatchObject({ id: request, state: 'accepted', answeredAt: expect.any(String), answeredBy: expect.any(String) });
    const twice = await send('POST', answerUrl(peers.p1), peerOwner.headers, { answer: 'declined' });
    expect(twice.statusCode).toBe(409);
    expect(json(twice).code).toBe('IMPROVEMENT_CONTACT_ANSWERED');

    const sent = json(await get(`/api/organisations/${org}/contact-requests`, member.headers)).sent;
    expect(sent[0]).toMatchObject({ state: 'accepted', contact: { email: peerOwner.email } });
    expect((await plan()).sentRequests[0]).toMatchObject({ peer: { id: peers.p1 }, state: 'accepted', contact: { email: peerOwner.email } });
    expect((await get(`/organisations/${org}/plan`, owner.headers)).body).toContain(`mailto:${peerOwner.email}`);
    // Those who only read the requester's plan do not see the contact.
    expect(json(await get(`/api/organisations/${org}/plan`, respondent.headers)).sentRequests).toEqual([]);
    expect((await get(`/api/organisations/${org}/contact-requests`, respondent.headers)).statusCode).toBe(403);
    // Answered or not, asking again about the same dimension within 30 days is refused; after that it is a new request.
    expect((await send('POST', `/api/organisations/${org}/contact-requests`, owner.headers, { peerId: peers.p1, dimension: 'value' })).statusCode).toBe(409);
    await t.database.db.updateTable('improvement_contact_requests').set({ requested_at: new Date(Date.now() - 31 * 86_400_000) }).where('id', '=', request).execute();
    const later = await send('POST', `/api/organisations/${org}/contact-requests`, owner.headers, { peerId: peers.p1, dimension: 'value' });
    expect(later.statusCode, later.body).toBe(201);
    const audits = await t.database.db.selectFrom('audit_log').select(['action', 'user_id']).where('entity_type', '=', 'improvement_contact_request')
      .where('entity_id', '=', String(request)).orderBy('id').execute();
    expect(audits).toEqual([{ action: 'create', user_id: owner.id }, { action: 'update', user_id: peerOwner.id }]);

    // The page form carries the CSRF token; without it the answer is refused, with it the decline is saved.
    const pageHtml = (await get(`/organisations/${peers.p1}/plan`, peerOwner.headers)).body;
    const token = pageHtml.match(/name="_csrf" value="([^"]+)"/)?.[1];
    expect(token).toBeTruthy();
    const laterId = json(later).id;
    const form = (payload: Record<string, string>, headers: Headers) => t.app.inject({
      method: 'POST', url: `/organisations/${peers.p1}/contact-requests/${laterId}/answer`,
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(payload).toString(),
    });
    const cookieOnly = { cookie: peerOwner.headers.cookie! };
    expect((await form({ answer: 'declined' }, cookieOnly)).statusCode).toBe(403);
    const declined = await form({ _csrf: token!, answer: 'declined' }, cookieOnly);
    expect(declined.statusCode, declined.body).toBe(303);
    expect(declined.headers.location).toBe(`/organisations/${peers.p1}/plan?saved=contactDeclined#contact-title`);
    const refused = await form({ _csrf: token!, answer: 'accepted' }, cookieOnly);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('werd intussen al beantwoord');
    const requesterPage = (await get(`/organisations/${org}/plan`, owner.headers)).body;
    expect(requesterPage).toContain('Jullie vragen om contact');
    expect(requesterPage).toContain('afgewezen');
    expect(json(await get(`/api/organisations/${org}/contact-requests`, owner.headers)).sent.map((r: any) => r.state)).toEqual(['declined', 'accepted']);
  });

  let itemId: number;
  it('adds own items, edits them with optimistic locking (409 on a stale version) and names bad fields', async () => {
    const created = await send('POST', `/api/organisations/${org}/plan/items`, member.headers, { dimension: 'data', text: 'Dashboard voor de raad van bestuur', owner: 'Directie', dueOn: '2026-06-30' });
    expect(created.statusCode, created.body).toBe(201);
    expect(json(created)).toMatchObject({ dimension: 'data', stepId: null, status: 'todo', version: 1 });
    itemId = json(created).id;
    expect(fields(await send('POST', `/api/organisations/${org}/plan/items`, member.headers, { dimension: 'data', text: 'x', status: 'later' }))).toContain('body.status');
    expect(fields(await send('POST', `/api/organisations/${org}/plan/items`, member.headers, { dimension: 'data', text: '   ' }))).toContain('text');
    expect(fields(await send('POST', `/api/organisations/${org}/plan/items`, member.headers, { dimension: 'nope', text: 'x' }))).toContain('dimension');
    expect(fields(await send('POST', `/api/organisations/${org}/plan/items`, member.headers, { dimension: 'data', text: 'x', dueOn: '2026-02-31x' }))).toContain('body.dueOn');
    const ok = await send('PUT', `/api/organisations/${org}/plan/items/${itemId}`, owner.headers, { version: 1, text: 'Dashboard', status: 'doing', owner: 'Ann' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok)).toMatchObject({ status: 'doing', owner: 'Ann', version: 2 });
    const stale = await send('PUT', `/api/organisations/${org}/plan/items/${itemId}`, member.headers, { version: 1, text: 'Mijn versie', status: 'done' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'IMPROVEMENT_STALE', currentVersion: 2 });
    // The form keeps the input and continues from the current version.
    const form = await t.app.inject({
      method: 'POST', url: `/organisations/${org}/plan/items/${itemId}`, headers: { ...member.headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ version: '1', text: 'Mijn versie van de stap', status: 'done', owner: '', dueOn: '' }).toString(),
    });
    expect(form.statusCode).toBe(409);
    expect(form.body).toContain('id="stale-notice"');
    expect(form.body).toContain('Mijn versie van de stap');
    expect(form.body).toContain('name="version" value="2"');
    const audits = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'improvement_item').where('entity_id', '=', String(itemId)).execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('changes priorities with the plan version: a new priority brings its next-level steps', async () => {
    const res = await send('PUT', `/api/organisations/${org}/plan/priorities`, owner.headers, {
      version: planVersion, priorities: [{ dimension: 'value', relevance: 'high' }, { dimension: 'operations', relevance: 'normal' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = json(res).plan;
    expect(p.priorities.map((x: any) => x.dimension).sort()).toEqual(['operations', 'value']);
    expect(p.items.filter((i: any) => i.dimension === 'operations').map((i: any) => i.text)).toEqual(['Stap 1 naar operations 3', 'Stap 2 naar operations 3']);
    // Dropping infrastructure keeps its items: work may have started.
    expect(p.items.filter((i: any) => i.dimension === 'infrastructure')).toHaveLength(2);
    expect(p.version).toBe(planVersion + 1);
    // Relevance not sent again stays as it was, also for dimensions not chosen.
    expect(p.relevance).toMatchObject({ audience: 'high', data: 'low', value: 'high', infrastructure: 'normal' });
    const stale = await send('PUT', `/api/organisations/${org}/plan/priorities`, owner.headers, { version: planVersion, priorities: [{ dimension: 'value', relevance: 'low' }] });
    expect(stale.statusCode).toBe(409);
    planVersion = p.version;
  });

  it('reminds of the re-assessment when due or past due, and offers it as an iCalendar event', async () => {
    const today = brusselsDate();
    const soon = addMonths(today, 0).slice(0, 8) + today.slice(8);
    const inTen = new Date(Date.parse(`${soon}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    let res = await send('PUT', `/api/organisations/${org}/plan`, owner.headers, { version: planVersion, reassessOn: inTen, scenarioNote: 'We bouwen eerst de basis.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res).plan.reassessment).toEqual({ state: 'due', days: 10 });
    planVersion = json(res).plan.version;
    let page = await get(`/organisations/${org}/plan`, respondent.headers);
    expect(page.body).toContain('id="reassess-notice"');
    expect(page.body).toContain('over 10 dagen');
    res = await send('PUT', `/api/organisations/${org}/plan`, owner.headers, { version: planVersion, reassessOn: '2026-01-16' });
    expect(json(res).plan.reassessment.state).toBe('overdue');
    planVersion = json(res).plan.version;
    page = await get(`/organisations/${org}/plan?lang=en`, owner.headers);
    expect(page.body).toMatch(/was planned for 16 January 2026, \d+ days ago/);
    expect(fields(await send('PUT', `/api/organisations/${org}/plan`, owner.headers, { version: planVersion, reassessOn: '2026-01-10' }))).toEqual(['reassessOn']);
    const ics = await get(`/organisations/${org}/plan/reassess.ics`, member.headers);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20260116');
    expect(ics.body).toContain('SUMMARY:Herevaluatie digitale maturiteit: Erfgoedhuis Test');
    expect((await get(`/organisations/${org}/plan/reassess.ics`, outsider.headers)).statusCode).toBe(404);
  });

  it('shows progress over time per dimension against the own targets, with each out-of-line flag', async () => {
    const res = await get(`/api/organisations/${org}/progress`, owner.headers);
    expect(res.statusCode, res.body).toBe(200);
    const p = json(res);
    const data = p.dimensions.find((d: any) => d.code === 'data');
    expect(data.points.map((x: any) => [x.date, x.level, x.target])).toEqual([['2025-01-15', 1, 3], ['2026-01-15', 4, 5]]);
    expect(p.flags).toEqual(expect.arrayContaining([
      { kind: 'jump', dimension: 'data', from: 1, to: 4 },
      { kind: 'jump', dimension: 'audience', from: 3, to: 0 },
      { kind: 'noEvidence', dimension: 'data', level: 4 },
      { kind: 'disagreement', dimension: 'leadership', min: 1, max: 3 },
    ]));
    expect(p.flags.some((f: any) => f.kind === 'allTop')).toBe(false);
    const page = await get(`/organisations/${org}/progress`, owner.headers);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<svg');
    expect(page.body).not.toMatch(/ style=/);
    expect(page.body).toContain('Niveau en eigen doel voor Dim data per zelfevaluatie');

    const top = await makeOrganisation(t.database.db);
    const topOwner = await person(t, top, 'owner');
    const a = await submitAssessment(t.database.db, top, model.id, '2026-03-01T10:00:00Z', { audience: [5, 5], value: [5, 5], operations: [5, 5], data: [5, 5], leadership: [5, 5], infrastructure: [5, 5] });
    await answer(t.database.db, a, topOwner.id, model.questions.data![0]!, 5, 'https://example.org/bewijs');
    const flags = json(await get(`/api/organisations/${top}/progress`, topOwner.headers)).flags;
    expect(flags).toContainEqual({ kind: 'allTop', basis: 'levels' });
    expect(flags.filter((f: any) => f.kind === 'noEvidence').map((f: any) => f.dimension)).not.toContain('data');
    expect(flags.filter((f: any) => f.kind === 'noEvidence')).toHaveLength(5);
  });

  it('lets owners invite a coach who reads and comments until the invitation is withdrawn', async () => {
    expect((await send('POST', `/api/organisations/${org}/coaches`, member.headers, { email: coach.email })).statusCode).toBe(403);
    expect(fields(await send('POST', `/api/organisations/${org}/coaches`, owner.headers, { email: 'nobody@example.org' }))).toEqual(['email']);
    expect(fields(await send('POST', `/api/organisations/${org}/coaches`, owner.headers, { email: coach.email, actor: 'kabinet-cultuur' }))).toEqual(['actor']);
    expect(json(await send('POST', `/api/organisations/${org}/coaches`, owner.headers, { email: member.email })).code).toBe('IMPROVEMENT_COACH_IS_MEMBER');
    const invited = await send('POST', `/api/organisations/${org}/coaches`, owner.headers, { email: coach.email.toUpperCase(), actor: 'faro' });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(json(invited)).toMatchObject({ name: expect.any(String), actor: { code: 'faro' }, withdrawnAt: null });
    expect(json(await send('POST', `/api/organisations/${org}/coaches`, owner.headers, { email: coach.email })).code).toBe('IMPROVEMENT_COACH_ACTIVE');
    const invitation = json(invited).id;

    expect((await get(`/api/organisations/${org}/plan`, coach.headers)).statusCode).toBe(200);
    expect((await get(`/api/organisations/${org}/progress`, coach.headers)).statusCode).toBe(200);
    expect((await get(`/organisations/${org}/plan/paragraph`, coach.headers)).statusCode).toBe(200);
    const comment = await send('POST', `/api/organisations/${org}/plan/comments`, coach.headers, { body: 'Begin met de back-ups.' });
    expect(comment.statusCode, comment.body).toBe(201);
    expect((await plan()).plan.comments.map((c: any) => c.body)).toContain('Begin met de back-ups.');
    expect((await send('PUT', `/api/organisations/${org}/plan/items/${itemId}`, coach.headers, { version: 2, text: 'x', status: 'done' })).statusCode).toBe(403);
    expect((await get(`/api/organisations/${org}/coaches`, coach.headers)).statusCode).toBe(403);
    expect(json(await get('/api/coaching', coach.headers)).items.map((i: any) => i.organisation.id)).toEqual([org]);
    expect((await get('/coaching', coach.headers)).body).toContain('Erfgoedhuis Test');

    // The page form shows a refusal with the input kept and the field named.
    const refused = await t.app.inject({
      method: 'POST', url: `/organisations/${org}/coaches`, headers: { ...owner.headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email: 'niemand@example.org', actor: '' }).toString(),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#f-email"');
    expect(refused.body).toContain('value="niemand@example.org"');
    const withdrawn = await send('DELETE', `/api/organisations/${org}/coaches/${invitation}`, owner.headers);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(json(withdrawn).withdrawnAt).not.toBeNull();
    expect((await get(`/api/organisations/${org}/plan`, coach.headers)).statusCode).toBe(404);
    expect((await send('POST', `/api/organisations/${org}/plan/comments`, coach.headers, { body: 'Nog iets' })).statusCode).toBe(404);
    expect((await get(`/organisations/${org}/progress`, coach.headers)).statusCode).toBe(404);
    expect(json(await get('/api/coaching', coach.headers)).items).toEqual([]);
    const audits = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'coach_invitation').where('entity_id', '=', String(invitation)).execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'retire']);
  });

  it('lets respondents and the consenting team read but not edit, and hides the organisation from everyone else', async () => {
    expect((await get(`/api/organisations/${org}/plan`, respondent.headers)).statusCode).toBe(200);
    expect((await send('PUT', `/api/organisations/${org}/plan/items/${itemId}`, respondent.headers, { version: 2, text: 'x', status: 'done' })).statusCode).toBe(403);
    expect((await send('POST', `/api/organisations/${org}/plan/comments`, respondent.headers, { body: 'x' })).statusCode).toBe(403);
    expect((await get(`/api/organisations/${org}/coaches`, respondent.headers)).statusCode).toBe(200);
    const page = (await get(`/organisations/${org}/plan`, respondent.headers)).body;
    expect(page).not.toContain('/plan/items/new');
    expect(page).not.toContain('action="/organisations/' + org + '/plan/comments"');
    expect(page).not.toContain('name="priority"');
    expect((await get(`/api/organisations/${org}/plan`, outsider.headers)).statusCode).toBe(404);
    expect((await get(`/organisations/${org}/plan`, outsider.headers)).statusCode).toBe(404);
    expect((await get(`/api/organisations/${org}/plan`)).statusCode).toBe(401);
    expect((await get(`/api/organisations/${org}/plan`, team.headers)).statusCode).toBe(404);
    await t.database.db.updateTable('organisations').set({ share_with_team: true }).where('id', '=', org).execute();
    expect((await get(`/api/organisations/${org}/plan`, team.headers)).statusCode).toBe(200);
    expect((await send('POST', `/api/organisations/${org}/plan/items`, team.headers, { dimension: 'data', text: 'x' })).statusCode).toBe(403);
    expect((await get(`/api/organisations/${org}/coaches`, team.headers)).statusCode).toBe(403);
    await t.database.db.updateTable('organisations').set({ share_with_team: false }).where('id', '=', org).execute();
    expect((await get('/api/organisations/999999/plan', owner.headers)).statusCode).toBe(404);
    expect((await get('/api/organisations/abc/plan', owner.headers)).statusCode).toBe(400);
  });

  it('exports the plan as a digital paragraph: page, Markdown and PDF in the page\'s language', async () => {
    const page = await get(`/organisations/${org}/plan/paragraph`, owner.headers);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Digitale paragraaf: Erfgoedhuis Test');
    expect(page.body).toContain('We bouwen eerst de basis.');
    const md = await get(`/organisations/${org}/plan/paragraph.md`, owner.headers);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toContain('## Vertrekpunt');
    expect(md.body).toContain('**Dim value**: Kloof van 2 niveaus tot jullie eigen doel, hoge relevantie voor jullie missie.');
    expect(md.body).toContain('Dim data: Dashboard (trekker: Ann; zonder datum; bezig)');
    const en = await get(`/organisations/${org}/plan/paragraph.md?lang=en`, owner.headers);
    expect(en.body).toContain('## Starting position');
    expect(en.body).toContain('We take the self-assessment again on 16 January 2026');
    const pdf = await get(`/organisations/${org}/plan/paragraph.pdf?lang=en`, owner.headers);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(`/api/organisations/${org}/plan/paragraph?lang=en`, owner.headers)).statusCode).toBe(200);
  });

  it('makes a plan through the page form: rank again keeps the choice, no priority is a named error', async () => {
    const other = await makeOrganisation(t.database.db);
    const o = await person(t, other, 'owner');
    await submitAssessment(t.database.db, other, model.id, '2026-02-01T10:00:00Z', { value: [1, 3], data: [2, 3] });
    const post = (data: Record<string, string | string[]>) => {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(data)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
      return t.app.inject({ method: 'POST', url: `/organisations/${other}/plan`, headers: { ...o.headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: p.toString() });
    };
    const ranked = await post({ intent: 'rank', touched: '1', relevance_data: 'high', relevance_value: 'low', priority: 'value' });
    expect(ranked.statusCode).toBe(200);
    expect(ranked.body.indexOf('<th scope="row">Dim data</th>')).toBeLessThan(ranked.body.indexOf('<th scope="row">Dim value</th>'));
    expect(ranked.body).toMatch(/id="f-priority-value" name="priority" value="value" checked/);
    const empty = await post({ intent: 'save', touched: '1', reassessOn: '2027-02-01' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('id="error-summary"');
    expect(empty.body).toContain('kies minstens één dimensie');
    const made = await post({ intent: 'save', touched: '1', priority: ['value', 'data'], relevance_value: 'high', reassessOn: '2027-02-01', scenarioNote: '' });
    expect(made.statusCode).toBe(303);
    expect(made.headers.location).toBe(`/organisations/${other}/plan?saved=planCreated`);
    const view = await get(made.headers.location as string, o.headers);
    expect(view.body).toContain('Het verbeterplan is gemaakt');
    expect(view.body).toContain('Stap 1 naar value 2');
  });

  it('renders every page in Dutch and English without missing messages', async () => {
    const urls = [`/organisations/${org}/plan`, `/organisations/${org}/progress`, `/organisations/${org}/coaches`, `/organisations/${org}/plan/paragraph`,
      `/organisations/${org}/plan/items/new`, `/organisations/${org}/plan/items/${itemId}/edit`, '/coaching'];
    for (const url of urls) {
      for (const lang of ['nl', 'en']) {
        const res = await get(`${url}?lang=${lang}`, owner.headers);
        expect(res.statusCode, `${url} ${res.body.slice(0, 300)}`).toBe(200);
        expect(res.body).toContain(`<html lang="${lang}">`);
        expect(res.body.match(/<h1[ >]/g), url).toHaveLength(1);
        expect(res.body).not.toMatch(/ style=|<script>/);
        expect(res.body, url).not.toMatch(/>[^<]*\bimprovement\.[a-zA-Z_.]+[^<]*</);
      }
    }
  });

  it('places results of an older model version under the dimension their code maps to', async () => {
    const db = t.database.db;
    const mapped = await makeOrganisation(db);
    const o = await person(t, mapped, 'owner');
    await submitAssessment(db, mapped, model.id, '2025-03-01T10:00:00Z', { audience: [1, 2], data: [2, 3] });
    const next = await seedModel(db, 92);
    await db.updateTable('maturity_models').set({ status: 'retired' }).where('id', '=', model.id).execute();
    await db.updateTable('maturity_dimensions').set({ code: 'publiek' }).where('model_id', '=', next.id).where('code', '=', 'audience').execute()
      .catch(async () => undefined);
    // Renaming a referenced code is not possible in place: add the new dimension and map the old one onto it.
    await db.insertInto('maturity_dimensions').values({ model_id: next.id, code: 'publiek', position: 7, name_nl: 'Publiek', name_en: 'Audience', description_nl: '', description_en: '' })
      .onConflict((oc) => oc.doNothing()).execute();
    await db.insertInto('maturity_dimension_map').values({ from_model_id: model.id, from_code: 'audience', to_model_id: next.id, to_code: 'publiek' }).execute();
    await submitAssessment(db, mapped, next.id, '2026-03-01T10:00:00Z', { publiek: [3, 4], data: [3, 4] });
    const p = json(await get(`/api/organisations/${mapped}/progress`, o.headers));
    expect(p.dimensions.find((d: any) => d.code === 'publiek').points.map((x: any) => x.level)).toEqual([1, 3]);
    expect(p.dimensions.find((d: any) => d.code === 'data').points.map((x: any) => x.level)).toEqual([2, 3]);
  });
});
