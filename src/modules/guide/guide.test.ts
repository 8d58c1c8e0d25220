import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { addActor, addCase, addLearning } from '../search/test-fixtures.js';
import { demoGuideSeed } from './seed.js';

describe.each(engines)('guide (%s)', (engine) => {
  let t: TestApp;
  let seq = 0;
  const db = () => t.database.db;
  const touch = () => t.app.readModels.catalog.touch('cases', 'actors', 'knowledge', 'maturity', 'access');
  // The account made last by t.as().
  const userOf = async (_headers: Record<string, string>) => (await db().selectFrom('users').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  const organisation = async (fields: { subsector: string; contactable?: boolean }) => (await db().insertInto('organisations').values({
    name: `Testorganisatie ${++seq}`, subsector: fields.subsector, staff_class: '5-19', budget_class: '250k-1m', province: 'antwerpen', municipality: 'Antwerpen',
    legal_form: 'vzw', funding_framework: 'none', contactable: fields.contactable ?? false, is_demo: true,
  }).returning('id').executeTakeFirstOrThrow()).id;
  const member = async (organisationId: number, role: 'owner' | 'member' | 'respondent' = 'owner') => {
    const headers = await t.as('org_member');
    const userId = await userOf(headers);
    await db().insertInto('organisation_members').values({ organisation_id: organisationId, user_id: userId, role }).execute();
    touch();
    return { headers, userId };
  };
  const post = (url: string, headers: Record<string, string>, payload: unknown) => t.app.inject({ method: 'POST', url, headers, payload: payload as object });
  const ask = async (headers: Record<string, string>, body: Record<string, unknown>) => {
    const res = await post('/api/guide/questions', headers, body);
    expect(res.statusCode, res.body).toBe(201);
    return json(res);
  };
  const submittedLevel = async (organisationId: number, dimension: string, level: number) => {
    const model = await db().selectFrom('maturity_models').select('id').orderBy('id').executeTakeFirstOrThrow();
    const a = await db().insertInto('assessments').values({ organisation_id: organisationId, model_id: model.id, kind: 'full', status: 'submitted', submitted_at: new Date(), is_demo: true })
      .returning('id').executeTakeFirstOrThrow();
    await db().insertInto('assessment_results').values({ assessment_id: a.id, dimension_code: dimension, level, min_level: level, max_level: level, respondents: 1 }).execute();
  };

  beforeAll(async () => { t = await testApp({ engine, demo: false }); });
  afterAll(async () => { await t.close(); });

  it('ranks first the actor with the matching dimension and subsector, and says why', async () => {
    const org = await organisation({ subsector: 'circus' });
    const { headers } = await member(org);
    const best = await addActor(db(), { name: 'Circusdata-steunpunt', description_nl: 'Helpt circusgezelschappen hun archief te digitaliseren.', subsectors: ['circus'], dimensions: ['data'] });
    const wide = await addActor(db(), { name: 'Sectorbreed datacentrum', description_nl: 'Algemeen advies over het archief.', subsectors: [], dimensions: ['data'] });
    const otherDimension = await addActor(db(), { name: 'Publiekswerking circus', description_nl: 'Over het archief en publiek.', subsectors: ['circus'], dimensions: ['audience'] });
    const otherSector = await addActor(db(), { name: 'Kunstendata', description_nl: 'Data voor de kunsten en hun archief.', subsectors: ['arts'], dimensions: ['data'] });
    const learning = await addLearning(db(), { title_nl: 'Workshop archief digitaliseren', dimension: 'data', levelFrom: 0, levelTo: 3, startsOn: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10) });
    await addCase(db(), { title_nl: 'Een circusarchief kiest voor digitalisering', dimensions: ['data'], subsectors: ['circus'] });
    touch();
    const view = await ask(headers, { organisationId: org, question: 'Hoe kunnen we ons archief digitaliseren en sturen met data?', dimension: 'data', level: 1 });
    const actors = view.proposals.actor as Array<{ id: number; score: number; reasons: Array<{ code: string; text: string; params: Record<string, string> }> }>;
    expect(actors[0]!.id).toBe(best.id);
    const codes = actors[0]!.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['subsector', 'dimension', 'text']));
    expect(actors[0]!.reasons.find((r) => r.code === 'text')!.params.words).toMatch(/archief/);
    expect(actors[0]!.reasons.find((r) => r.code === 'subsector')!.text).toBe('past bij je deelsector (Circus)');
    expect(actors[0]!.reasons.find((r) => r.code === 'dimension')!.text).toBe('past bij de dimensie sturen met data');
    // 35 (dimension) + 20 (subsector) + some text relevance.
    expect(actors[0]!.score).toBeGreaterThan(55);
    const ids = actors.map((a) => a.id);
    expect(ids).not.toContain(otherSector.id);
    if (ids.includes(wide.id)) expect(ids.indexOf(wide.id)).toBeGreaterThan(0);
    if (ids.includes(otherDimension.id)) expect(ids.indexOf(otherDimension.id)).toBeGreaterThan(0);
    expect(view.proposals.learning.map((l: { id: number }) => l.id)).toContain(learning.id);
    expect(view.proposals.case.length).toBeGreaterThan(0);
    const en = await t.app.inject({ url: `/api/guide/questions/${view.question.id}?lang=en`, headers });
    expect(json(en).proposals.actor[0].reasons.find((r: { code: string }) => r.code === 'subsector').text).toBe('matches your subsector (Circus)');
    const page = await t.app.inject({ url: `/guide/questions/${view.question.id}`, headers });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('tekst komt overeen');
  });

  it('proposes contactable peers ahead in the dimension; contact requests go both ways and are answered once', async () => {
    const org = await organisation({ subsector: 'libraries_cultural_centres' });
    const { headers } = await member(org);
    const peer = await organisation({ subsector: 'libraries_cultural_centres', contactable: true });
    const shy = await organisation({ subsector: 'libraries_cultural_centres', contactable: false });
    await submittedLevel(peer, 'infrastructure', 4);
    await submittedLevel(shy, 'infrastructure', 5);
    const peerOwner = await member(peer, 'owner');
    const actor = await addActor(db(), { name: 'Bibliotheeknetwerk', description_nl: 'Netwerkinfrastructuur voor bibliotheken.', subsectors: ['libraries_cultural_centres'], dimensions: ['infrastructure'] });
    const editor = await t.as('org_member');
    const editorId = await userOf(editor);
    const admin = await db().selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow();
    await db().insertInto('actor_editors').values({ actor_id: actor.id, user_id: editorId, granted_by: admin.id }).execute();
    touch();
    const view = await ask(headers, { organisationId: org, question: 'Welke netwerkinfrastructuur hebben we nodig voor onze bibliotheek?', dimension: 'infrastructure', level: 1 });
    const peers = view.proposals.peer as Array<{ id: number; reasons: Array<{ code: string }> }>;
    expect(peers.map((p) => p.id)).toContain(peer);
    expect(peers.map((p) => p.id)).not.toContain(shy);
    expect(peers.find((p) => p.id === peer)!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['subsector', 'dimension', 'peerAhead']));
    const qid = view.question.id;

    const toShy = await post(`/api/guide/questions/${qid}/contacts`, headers, { target: 'peer', targetId: shy, message: 'Mogen we eens langskomen?' });
    expect(toShy.statusCode).toBe(400);
    expect(json(toShy).errors[0].field).toBe('targetId');
    const toPeer = await post(`/api/guide/questions/${qid}/contacts`, headers, { target: 'peer', targetId: peer, message: 'Mogen we eens langskomen?' });
    expect(toPeer.statusCode, toPeer.body).toBe(201);
    const toActor = await post(`/api/guide/questions/${qid}/contacts`, headers, { target: 'actor', targetId: actor.id, message: 'Kunnen jullie helpen?' });
    expect(toActor.statusCode).toBe(201);
    expect((await post(`/api/guide/questions/${qid}/contacts`, headers, { target: 'actor', targetId: actor.id, message: 'Nog eens' })).statusCode).toBe(409);

    // The actor's editor sees the request (without the sender's e-mail until it accepts) and answers once.
    const incoming = json(await t.app.inject({ url: '/api/guide/contacts', headers: editor })).incoming as Array<{ id: number; sender: { email: string | null }; canAnswer: boolean }>;
    const request = incoming.find((c) => c.id === json(toActor).id)!;
    expect(request.canAnswer).toBe(true);
    expect(request.sender.email).toBeNull();
    const stranger = await t.as('org_member');
    expect((await post(`/api/guide/contacts/${request.id}/answer`, stranger, { answer: 'accepted' })).statusCode).toBe(404);
    expect((await post(`/api/guide/contacts/${request.id}/answer`, headers, { answer: 'accepted' })).statusCode).toBe(403);
    const accepted = await post(`/api/guide/contacts/${request.id}/answer`, editor, { answer: 'accepted' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(json(accepted).answer).toBe('accepted');
    expect(json(accepted).sender.email).toMatch(/@example\.org$/);
    expect((await post(`/api/guide/contacts/${request.id}/answer`, editor, { answer: 'declined' })).statusCode).toBe(409);

    // The peer's owner declines on its page (no JavaScript needed).
    const peerRequest = json(toPeer).id;
    const form = await t.app.inject({ method: 'POST', url: `/guide/contacts/${peerRequest}/answer`, headers: { ...peerOwner.headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'answer=declined' });
    expect(form.statusCode).toBe(303);
    const sent = json(await t.app.inject({ url: '/api/guide/contacts', headers })).sent as Array<{ id: number; answer: string | null }>;
    expect(sent.find((c) => c.id === peerRequest)!.answer).toBe('declined');
    const audits = await db().selectFrom('audit_log').select('entity_id').where('entity_type', '=', 'guide_contact').where('action', '=', 'update').execute();
    expect(audits.map((a) => Number(a.entity_id))).toEqual(expect.arrayContaining([request.id, peerRequest]));
  });

  it('shows every change on the next read of a question: a record that now ranks first, a request sent, a member who left', async () => {
    const org = await organisation({ subsector: 'heritage' });
    const owner = await member(org, 'owner');
    const colleague = await member(org, 'member');
    const view = await ask(owner.headers, { organisationId: org, question: 'Hoe bewaren we onze klankarchieven duurzaam?', dimension: 'infrastructure' });
    const qid = view.question.id as number;
    const read = (headers: Record<string, string>) => t.app.inject({ url: `/api/guide/questions/${qid}`, headers });
    expect(json(await read(colleague.headers)).contacts).toEqual([]);

    const actor = await addActor(db(), { name: 'Klankarchiefloket', description_nl: 'Wij bewaren klankarchieven duurzaam.', subsectors: ['heritage'], dimensions: ['infrastructure'] });
    touch();
    expect(json(await read(colleague.headers)).proposals.actor[0].id).toBe(actor.id);

    const page = (headers: Record<string, string>) => t.app.inject({ url: `/guide/questions/${qid}`, headers });
    const nameOf = async (userId: number) => (await db().selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow()).display_name;
    const [ownerName, colleagueName] = [await nameOf(owner.userId), await nameOf(colleague.userId)];
    const asColleague = (await page(colleague.headers)).body;
    expect(asColleague).toContain(colleagueName);
    expect(asColleague).not.toContain(ownerName);
    expect(asColleague).toContain('Klankarchiefloket');

    const sent = await post(`/api/guide/questions/${qid}/contacts`, owner.headers, { target: 'actor', targetId: actor.id, message: 'Kunnen jullie helpen?' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((json(await read(owner.headers)).contacts as Array<{ id: number }>).map((c) => c.id)).toEqual([json(sent).id]);
    const asOwner = (await page(owner.headers)).body;
    expect(asOwner).toContain('Kunnen jullie helpen?');
    expect(asOwner).toContain(ownerName);
    expect(asOwner).not.toContain(colleagueName);

    const left = await t.app.inject({ method: 'DELETE', url: `/api/organisations/${org}/members/${colleague.userId}`, headers: owner.headers });
    expect(left.statusCode, left.body).toBeLessThan(300);
    expect((await read(colleague.headers)).statusCode).toBe(404);
    expect((await read(owner.headers)).statusCode).toBe(200);
  });

  it('shows providers only the questions whose organisations allow it', async () => {
    const org = await organisation({ subsector: 'arts' });
    const { headers } = await member(org);
    const hidden = await ask(headers, { organisationId: org, question: 'Hoe bouwen we een ticketingkoppeling met open data?', dimension: 'audience', visibleToProviders: false });
    const open = await ask(headers, { organisationId: org, question: 'Wie helpt ons met een ticketingkoppeling voor ons publiek?', dimension: 'audience', visibleToProviders: true });
    const actor = await addActor(db(), { name: 'Ticketingpartner', subsectors: [] });
    const team = await t.as('transition_team');
    const created = await post('/api/guide/offers', team, { actorId: actor.id, titleNl: 'Hulp bij ticketingkoppelingen', descriptionNl: 'Wij koppelen ticketing aan je publiekswerking.', dimensions: ['audience'], subsectors: ['arts'] });
    expect(created.statusCode, created.body).toBe(201);
    const offer = json(created);
    const ids = offer.questions.map((m: { question: { id: number } }) => m.question.id);
    expect(ids).toContain(open.question.id);
    expect(ids).not.toContain(hidden.question.id);
    const reasons = offer.questions.find((m: { question: { id: number } }) => m.question.id === open.question.id).reasons.map((r: { code: string }) => r.code);
    expect(reasons).toEqual(expect.arrayContaining(['dimension', 'subsector', 'text']));
    // Answering a question that is not visible is refused as if it did not exist.
    const refused = await post(`/api/guide/offers/${offer.offer.id}/responses`, team, { questionId: hidden.question.id, message: 'Wij kunnen helpen.' });
    expect(refused.statusCode).toBe(400);
    expect(json(refused).errors[0].field).toBe('questionId');
    const answered = await post(`/api/guide/offers/${offer.offer.id}/responses`, team, { questionId: open.question.id, message: 'Wij kunnen helpen.' });
    expect(answered.statusCode).toBe(201);
    const incoming = json(await t.app.inject({ url: '/api/guide/contacts', headers })).incoming;
    expect(incoming.map((c: { id: number }) => c.id)).toContain(json(answered).id);
    // Anonymous visitors see the offer, not the questions.
    const anonymous = json(await t.app.inject({ url: `/api/guide/offers/${offer.offer.id}` }));
    expect(anonymous.questions).toEqual([]);
    expect(anonymous.canRespond).toBe(false);
  });

  it('checks permissions first and per record', async () => {
    const org = await organisation({ subsector: 'film' });
    const { headers } = await member(org);
    const respondent = await member(org, 'respondent');
    const outsider = await t.as('org_member');
    expect((await post('/api/guide/questions', {}, { organisationId: org, question: 'Een vraag van een bezoeker' })).statusCode).toBe(401);
    expect((await post('/api/guide/questions', outsider, { organisationId: org, question: 'Een vraag van een buitenstaander' })).statusCode).toBe(403);
    expect((await post('/api/guide/questions', respondent.headers, { organisationId: org, question: 'Een vraag van een respondent' })).statusCode).toBe(403);
    const view = await ask(headers, { organisationId: org, question: 'Hoe archiveren we onze filmrechten digitaal?' });
    expect((await t.app.inject({ url: `/api/guide/questions/${view.question.id}`, headers: outsider })).statusCode).toBe(404);
    const actor = await addActor(db(), { name: 'Filmfonds-test' });
    const offer = await post('/api/guide/offers', outsider, { actorId: actor.id, titleNl: 'Aanbod', descriptionNl: 'Beschrijving' });
    expect(offer.statusCode).toBe(403);
    const close = await post(`/api/guide/questions/${view.question.id}/close`, headers, { version: view.question.version });
    expect(close.statusCode).toBe(200);
    const again = await post(`/api/guide/questions/${view.question.id}/close`, headers, { version: view.question.version });
    expect(again.statusCode).toBe(409);
  });

  it('answers 400 naming the field (API) and keeps the typed input on the page', async () => {
    const org = await organisation({ subsector: 'circus' });
    const { headers } = await member(org);
    const res = await post('/api/guide/questions', headers, { organisationId: org, question: 'kort', dimension: 'magic' });
    expect(res.statusCode).toBe(400);
    const fields = json(res).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.question', 'body.dimension']));
    const page = await t.app.inject({
      method: 'POST', url: '/guide/questions', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `organisationId=${org}&question=kort&dimension=data`,
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('error-summary');
    expect(page.body).toContain('href="#f-question"');
    expect(page.body).toMatch(/<textarea[^>]*name="question"[^>]*>kort<\/textarea>/);
    const count = await sql<{ n: number }>`select count(*)::int as n from guide_questions where question = 'kort'`.execute(db());
    expect(count.rows[0]!.n).toBe(0);
  });

  it('seeds demo offers of support actors and demo questions that providers may see, all labelled demo', async () => {
    await organisation({ subsector: 'heritage' });
    await db().transaction().execute((tx) => demoGuideSeed.load(tx));
    const offers = await db().selectFrom('guide_offers as g').innerJoin('actors as a', 'a.id', 'g.actor_id').select(['a.code', 'g.is_demo', 'g.title_nl']).where('g.title_nl', 'like', '[demo]%').execute();
    expect(offers.map((o) => o.code)).toEqual(expect.arrayContaining(['meemoo', 'cultuurconnect', 'publiq']));
    expect(offers.every((o) => o.is_demo)).toBe(true);
    const questions = await db().selectFrom('guide_questions').select(['visible_to_providers', 'question']).where('question', 'like', '[demo]%').execute();
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.every((q) => q.visible_to_providers)).toBe(true);
  });
});
