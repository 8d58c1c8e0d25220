import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { QUERIES } from '../../bench/knowledge-suite.js';
import { insertKnowledgeBenchData } from '../knowledge/bench-dataset.js';
import { liveSearchIndex } from './live-index.js';
import { memorySearchJson } from './memory-search.js';
import { runSearch, type SearchParams, type SearchResult } from './queries.js';
import { addCase, addLearning, addLesson } from './test-fixtures.js';

/** What a reader sees of a result: the records in order, how they are marked, and the counts. */
const shape = (r: SearchResult) => ({
  total: r.total, pages: r.pages,
  items: r.items.map((i) => ({ ...i, rank: undefined })),
  ranks: r.items.map((i) => i.rank),
});

describe.each(engines)('search from memory (%s)', (engine) => {
  let t: TestApp;
  const touch = () => t.app.readModels.catalog.touch('cases', 'actors', 'instruments', 'calls', 'knowledge');
  const memory = async (p: Partial<SearchParams> & { q: string }) => JSON.parse(await memorySearchJson(t.app.db, liveSearchIndex(t.app), { page: 1, lang: 'nl', ...p })) as SearchResult;
  const inSql = (p: Partial<SearchParams> & { q: string }) => runSearch(t.app.db, { page: 1, lang: 'nl', ...p });
  const ids = async (q: string) => (await memory({ q })).items.map((i) => `${i.type}:${i.id}`);

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    await insertKnowledgeBenchData(t.database.db, { cases: 600, lessons: 200, learning: 400, seed: 7 });
    touch();
  });
  afterAll(async () => { await t.close(); });

  it('gives the same records, order, ranks, titles and snippets as the SQL search', async () => {
    const extra = ['digitaliseren -archief', 'archief or bibliotheek', '"open api"', 'de', 'digitised archives', 'open-api', 'collectie & erfgoed', 'xyznietsgevonden'];
    let compared = 0;
    for (const q of [...QUERIES, ...extra]) {
      for (const p of [{ q }, { q, lang: 'en' as const }, { q, page: 2 }, { q, type: 'learning' as const }, { q, dimension: 'data' }, { q, subsector: 'heritage' as never, pillar: 2 }, { q, upcoming: true }]) {
        const [a, b] = [await memory(p), await inSql(p)];
        expect(shape(a), JSON.stringify(p)).toEqual(shape(b));
        compared += b.items.length;
      }
    }
    // The comparison covered real results, not only empty pages.
    expect(compared).toBeGreaterThan(1000);
  });

  it('sees a new, a changed and a retired record on the next read', async () => {
    expect(await ids('glasblazerij')).toEqual([]);
    const c = await addCase(t.database.db, { title_nl: 'Een glasblazerij gaat digitaal' });
    touch();
    expect(await ids('glasblazerij')).toEqual([`case:${c.id}`]);

    await t.database.db.updateTable('cases').set({ title_nl: 'Een pottenbakkerij gaat digitaal', title_en: 'A pottery goes digital' }).where('id', '=', c.id).execute();
    touch();
    expect(await ids('glasblazerij')).toEqual([]);
    expect(await ids('pottenbakkerij')).toEqual([`case:${c.id}`]);
    expect((await memory({ q: 'pottenbakkerij' })).items[0]!.titleHtml).toContain('<mark>pottenbakkerij</mark>');

    const lesson = await addLesson(t.database.db, { title: 'Leerles pottenbakkerij' });
    const learning = await addLearning(t.database.db, { title_nl: 'Workshop pottenbakkerij' });
    touch();
    expect((await ids('pottenbakkerij')).sort()).toEqual([`case:${c.id}`, `learning:${learning.id}`, `lesson:${lesson.id}`].sort());

    await t.database.db.updateTable('cases').set({ retired_at: new Date() }).where('id', '=', c.id).execute();
    await t.database.db.updateTable('learning_opportunities').set({ retired_at: new Date() }).where('id', '=', learning.id).execute();
    touch();
    expect(await ids('pottenbakkerij')).toEqual([`lesson:${lesson.id}`]);
    expect(shape(await memory({ q: 'pottenbakkerij' }))).toEqual(shape(await inSql({ q: 'pottenbakkerij' })));
  });

  it('keeps ranked lists right across several writes (changes applied, not ranked again)', async () => {
    await memory({ q: 'digitaliseren' });
    for (let i = 0; i < 3; i++) {
      await addLearning(t.database.db, { title_nl: `Digitaliseren in stappen ${i}`, summary_nl: 'Digitalisering van het archief.' });
      touch();
      expect(shape(await memory({ q: 'digitaliseren' }))).toEqual(shape(await inSql({ q: 'digitaliseren' })));
    }
  });
});
