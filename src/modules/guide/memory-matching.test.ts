import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { brusselsDate } from '../../web/dates.js';
import { DIMENSION_CODES } from '../maturity/index.js';
import { insertKnowledgeBenchData } from '../knowledge/bench-dataset.js';
import { liveSearchIndex } from '../search/live-index.js';
import { addActor, addCase, addLearning } from '../search/test-fixtures.js';
import { guideCandidates } from './candidates.js';
import { proposalsFor, PROPOSAL_KINDS, type Proposal } from './matching.js';
import { proposalsFromMemory } from './memory-matching.js';
import type { QuestionRecord } from './queries.js';
import { textQuery } from './text.js';

/**
 * What the guide shows of a proposal, in a fixed order: the SQL matching leaves the order of
 * equal scores and ranks to the database, and the words of the text reason in no fixed order.
 */
const shown = (list: Proposal[]) => list
  .map((p) => ({
    ...p, rank: Math.fround(p.rank),
    reasons: p.reasons.map((r) => (r.code === 'text' ? { ...r, params: { words: String(r.params.words).split(', ').sort().join(', ') } } : r)),
  }))
  .sort((a, b) => b.score - a.score || b.rank - a.rank || a.id - b.id);

describe.each(engines)('guide proposals from memory (%s)', (engine) => {
  let t: TestApp;
  let seq = 0;
  const db = () => t.database.db;
  const organisation = async (subsector: string, contactable: boolean) => (await db().insertInto('organisations').values({
    name: `Vergelijkingsorganisatie ${String(++seq).padStart(3, '0')}`, subsector, staff_class: '5-19', budget_class: '250k-1m', province: 'antwerpen', municipality: 'Gent',
    legal_form: 'vzw', funding_framework: 'none', contactable, is_demo: true,
  }).returning('id').executeTakeFirstOrThrow()).id;

  /** A question of `organisationId` (heritage) as the guide reads it. */
  const questionOf = (fields: Pick<QuestionRecord, 'id' | 'organisationId' | 'question' | 'dimension' | 'pillar' | 'level'>): QuestionRecord => ({
    organisationName: 'Vrager', subsector: 'heritage', organisationIsDemo: true, askedBy: 1, visibleToProviders: true, status: 'open',
    createdAt: new Date().toISOString(), closedAt: null, version: 1, ...fields,
  });
  /** What the matching reads from memory, as it is now. */
  const sources = async () => {
    const candidates = guideCandidates(t.app);
    return { index: await liveSearchIndex(t.app).current(), offers: await candidates.offers(), peers: await candidates.peers() };
  };

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    await insertKnowledgeBenchData(db(), { cases: 300, lessons: 100, learning: 200, seed: 11 });
    await addActor(db(), { name: 'Archiefsteunpunt', description_nl: 'Helpt archieven digitaliseren.', subsectors: ['heritage'], dimensions: ['data'] });
    await addActor(db(), { name: 'Publieksbureau', description_nl: 'Publiekswerking en ticketing.', subsectors: [], dimensions: ['audience'] });
    await addCase(db(), { title_nl: 'Een depot digitaliseert', dimensions: ['infrastructure'], subsectors: ['heritage'] });
    await addLearning(db(), { title_nl: 'Workshop metadata', dimension: 'data', levelFrom: 1, levelTo: 3, startsOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) });
    const team = (await db().selectFrom('users').select('id').orderBy('id').executeTakeFirst())?.id
      ?? (await db().insertInto('users').values({ email: 'vergelijking@example.org', display_name: 'Team', password_hash: 'x', role: 'transition_team', created_at: new Date(), updated_at: new Date() }).returning('id').executeTakeFirstOrThrow()).id;
    const actors = await db().selectFrom('actors').select('id').orderBy('id').limit(3).execute();
    const offers = [
      { title_nl: 'Begeleiding bij het digitaliseren van archieven', description_nl: 'Wij helpen met metadata en bewaring.', dimension_codes: ['data'], subsectors: ['heritage'], level_from: 0, level_to: 2 },
      { title_nl: 'Publiekswerking online', description_nl: 'Coaching rond publiek bereiken en ticketing.', dimension_codes: ['audience'], subsectors: [], level_from: null, level_to: null },
      { title_nl: 'Cloud voor kleine organisaties', description_nl: 'Gedeelde dienst voor bewaring in de cloud.', dimension_codes: ['infrastructure'], subsectors: ['arts'], level_from: 2, level_to: 5 },
    ];
    for (const [i, o] of offers.entries()) await db().insertInto('guide_offers').values({ ...o, actor_id: actors[i % actors.length]!.id, created_by: team, is_demo: true }).execute();
    const model = await db().selectFrom('maturity_models').select('id').orderBy('id').executeTakeFirstOrThrow();
    for (let i = 0; i < 12; i++) {
      const org = await organisation(i % 2 ? 'heritage' : 'arts', i % 4 !== 3);
      const a = await db().insertInto('assessments').values({ organisation_id: org, model_id: model.id, kind: 'full', status: 'submitted', submitted_at: new Date(Date.now() - i * 1000), is_demo: true })
        .returning('id').executeTakeFirstOrThrow();
      await db().insertInto('assessment_results').values(DIMENSION_CODES.map((d, k) => ({ assessment_id: a.id, dimension_code: d, level: (i + k) % 6, min_level: 0, max_level: 5, respondents: 1 }))).execute();
    }
    t.app.readModels.catalog.touch('cases', 'actors', 'knowledge', 'maturity', 'access');
  });
  afterAll(async () => { await t.close(); });

  it('proposes the same records with the same scores and reasons as the SQL matching', async () => {
    const asker = await organisation('heritage', false);
    const questions = ['Hoe digitaliseren we ons archief en de metadata?', 'Wie helpt ons met publiekswerking en ticketing?', 'Welke cloud voor duurzame bewaring?', 'Een vraag zonder herkenbare woorden xyzzy'];
    let compared = 0;
    for (const [i, words] of questions.entries()) {
      for (const dimension of [null, ...DIMENSION_CODES]) {
        for (const level of [null, 0, 2]) {
          const question = questionOf({ id: i, organisationId: asker, question: words, dimension, pillar: i % 2 ? 3 : null, level });
          const text = await textQuery(db(), words);
          const fromSql = await proposalsFor(db(), { question, text, level });
          const fromMemory = proposalsFromMemory(await sources(), { question, text, level });
          for (const kind of PROPOSAL_KINDS) {
            expect(shown(fromMemory[kind]), `${words} ${dimension} ${level} ${kind}`).toEqual(shown(fromSql[kind]));
            compared += fromSql[kind].length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('keeps the very same proposals through a write that changes none of them, and drops a learning opportunity once it has ended', async () => {
    const asker = await organisation('heritage', false);
    const question = questionOf({ id: 9002, organisationId: asker, question: 'Welke workshop over klankbewaring bestaat er?', dimension: 'infrastructure', pillar: null, level: 1 });
    const text = await textQuery(db(), question.question);
    const before = await sources();
    const first = proposalsFromMemory(before, { question, text, level: 1 });
    const version = before.index.version;

    await addCase(db(), { title_nl: 'Een theater herschikt zijn zaalplanning', dimensions: ['audience'], subsectors: ['arts'] });
    t.app.readModels.catalog.touch('cases');
    const unrelated = await sources();
    expect(unrelated.index.version).toBeGreaterThan(version);
    expect(proposalsFromMemory(unrelated, { question, text, level: 1 })).toBe(first);

    // Dates in Brussels, as the platform reads them: a UTC date is already yesterday there after 23:00 UTC.
    const today = brusselsDate();
    const workshop = await addLearning(db(), { title_nl: 'Workshop klankbewaring', dimension: 'infrastructure', levelFrom: 0, levelTo: 3, startsOn: today, endsOn: today, subsectors: ['heritage'] });
    t.app.readModels.catalog.touch('knowledge');
    const after = await sources();
    const withWorkshop = proposalsFromMemory(after, { question, text, level: 1 });
    expect(withWorkshop).not.toBe(first);
    expect(withWorkshop.learning[0]!.id).toBe(workshop.id);
    const ends = after.index.get('learning', workshop.id)!.openUntil!;
    expect(proposalsFromMemory(after, { question, text, level: 1 }, ends - 1)).toBe(withWorkshop);
    expect(proposalsFromMemory(after, { question, text, level: 1 }, ends + 1).learning.map((p) => p.id)).not.toContain(workshop.id);
  });

  it('stays equal to the SQL matching after records are added and removed (brought up to date, not matched again)', async () => {
    const asker = await organisation('heritage', false);
    const question = questionOf({ id: 9001, organisationId: asker, question: 'Hoe digitaliseren we ons archief?', dimension: 'data', pillar: null, level: 1 });
    const text = await textQuery(db(), question.question);
    const compare = async () => {
      const fromMemory = proposalsFromMemory(await sources(), { question, text, level: 1 });
      const fromSql = await proposalsFor(db(), { question, text, level: 1 });
      for (const kind of PROPOSAL_KINDS) expect(shown(fromMemory[kind]), kind).toEqual(shown(fromSql[kind]));
      return fromMemory;
    };
    await compare();
    const best = await addActor(db(), { name: 'Digitaliseringsloket archief', description_nl: 'Wij digitaliseren archieven.', subsectors: ['heritage'], dimensions: ['data'] });
    t.app.readModels.catalog.touch('actors');
    expect((await compare()).actor[0]!.id).toBe(best.id);
    await db().updateTable('actors').set({ retired_at: new Date() }).where('id', '=', best.id).execute();
    t.app.readModels.catalog.touch('actors');
    expect((await compare()).actor.map((a) => a.id)).not.toContain(best.id);
  });
});
