import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { commentsPage, endorsementsOf } from './queries/vision.js';
import { roundStats } from './read-model.js';
import { RoundModel } from './round-model.js';

/**
 * The consultation page counts and slices a round in memory; these figures must be the ones the
 * SQL aggregates give, before and after writes the model did not see happen.
 */
describe.each(engines)('the in-memory round model on %s', (engine) => {
  let t: TestApp;
  let roundId: number;
  beforeAll(async () => {
    t = await testApp({ engine, demo: true });
    roundId = (await t.database.db.selectFrom('vision_rounds').select('id').where('status', '=', 'open').orderBy('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await t?.close(); });

  async function expectSameAsSql(model: RoundModel) {
    const db = t.database.db;
    expect(model.stats()).toEqual(await roundStats(db, roundId));
    expect(model.endorsements()).toEqual(await endorsementsOf(db, roundId));
    for (const section of [undefined, 'why', 'principles'] as const) {
      for (const status of ['all', 'answered', 'unanswered'] as const) {
        const fromSql = await commentsPage(db, roundId, { section, status, page: 1 });
        expect(model.page(section, status, 1).map((c) => [c.id, c.answer, c.version])).toEqual(fromSql.map((c) => [c.id, c.answer, c.version]));
      }
    }
  }

  it('counts what the SQL aggregates count, and follows writes it did not make', async () => {
    const db = t.database.db;
    const model = await new RoundModel(roundId).refresh(db, false);
    expect(model.stats().comments.total).toBeGreaterThan(0);
    expect(model.stats().endorsements.total).toBeGreaterThan(0);
    await expectSameAsSql(model);

    const generation = model.generation;
    await model.refresh(db, false);
    expect(model.generation).toBe(generation);

    // Only new comments (the common case): appended to the lists and counts held, same figures.
    const someone = await db.selectFrom('organisation_members').select(['user_id', 'organisation_id']).orderBy('user_id', 'desc').executeTakeFirstOrThrow();
    const filteredBefore = model.page('principles', 'unanswered', 1).length;
    await db.insertInto('vision_comments').values([
      { round_id: roundId, section: 'principles', user_id: someone.user_id, organisation_id: someone.organisation_id, body: 'Aangevuld namens de organisatie' },
      { round_id: roundId, section: 'why', user_id: someone.user_id, body: 'Aangevuld op eigen naam' },
    ]).execute();
    await model.refresh(db, false);
    expect(model.generation).toBeGreaterThan(generation);
    expect(model.page('principles', 'unanswered', 1).length).toBeGreaterThanOrEqual(filteredBefore);
    await expectSameAsSql(model);
    const last = model.page(undefined, 'all', Math.ceil(model.count(undefined, 'all') / 20));
    expect(last.at(-1)?.body).toBe('Aangevuld op eigen naam');

    // A new comment from a person on their own, an answer, a withdrawn endorsement.
    const user = (await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    await db.insertInto('vision_comments').values({ round_id: roundId, section: 'why', user_id: user, body: 'Nieuwe reactie' }).execute();
    const open = await db.selectFrom('vision_comments').select('id').where('round_id', '=', roundId).where('answer', 'is', null).orderBy('id').executeTakeFirstOrThrow();
    await db.updateTable('vision_comments').set((eb) => ({ answer: 'adopted', answer_reason: 'Overgenomen', answered_at: new Date(), version: eb('version', '+', 1) })).where('id', '=', open.id).execute();
    const endorsement = await db.selectFrom('vision_endorsements').select('id').where('round_id', '=', roundId).where('withdrawn_at', 'is', null).orderBy('id').executeTakeFirstOrThrow();
    await db.updateTable('vision_endorsements').set({ withdrawn_at: new Date() }).where('id', '=', endorsement.id).execute();
    await model.refresh(db, false);
    expect(model.generation).toBeGreaterThan(generation);
    expect(model.page('why', 'all', Math.ceil(model.count('why', 'all') / 20)).at(-1)?.body).toBe('Nieuwe reactie');
    await expectSameAsSql(model);

    // An organisation moves to another province: a full reload carries it into the counts.
    const org = await db.selectFrom('vision_comments').select('organisation_id').where('round_id', '=', roundId).where('organisation_id', 'is not', null).executeTakeFirstOrThrow();
    await db.updateTable('organisations').set({ province: 'limburg', subsector: 'circus' }).where('id', '=', org.organisation_id!).execute();
    await model.refresh(db, true);
    await expectSameAsSql(model);
  });

  it('shows a new comment on the next read of the consultation page and the API', async () => {
    const vision = await t.database.db.selectFrom('visions as v').innerJoin('vision_rounds as r', 'r.vision_id', 'v.id').select(['v.code', 'r.number']).where('r.id', '=', roundId).executeTakeFirstOrThrow();
    const before = await t.app.inject(`/vision/${vision.code}?section=principles&status=unanswered`);
    expect(before.statusCode).toBe(200);
    const member = await t.as('org_member');
    const posted = await t.app.inject({ method: 'POST', url: `/api/vision/${vision.code}/rounds/${vision.number}/comments`, headers: member, payload: { section: 'principles', text: 'Een reactie die meteen zichtbaar is' } });
    expect(posted.statusCode, posted.body).toBe(201);
    const api = JSON.parse((await t.app.inject(`/api/vision/${vision.code}/rounds/${vision.number}/comments?section=principles&status=unanswered&page=99`)).body);
    const last = JSON.parse((await t.app.inject(`/api/vision/${vision.code}/rounds/${vision.number}/comments?section=principles&status=unanswered&page=${api.pages}`)).body);
    expect(last.items.at(-1).text).toBe('Een reactie die meteen zichtbaar is');
    const page = await t.app.inject(`/vision/${vision.code}?section=principles&status=unanswered&page=${api.pages}`);
    expect(page.body).toContain('Een reactie die meteen zichtbaar is');
  });
});
