import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { insertKnowledgeBenchData } from './bench-dataset.js';

describe('synthetic knowledge for the benchmark', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: false }); });
  afterAll(async () => { await t?.close(); });

  it('inserts labelled, tagged cases (some failures), learning and lessons, deterministically', async () => {
    const db = t.database.db;
    const result = await insertKnowledgeBenchData(db, { cases: 300, learning: 120, lessons: 40, seed: 7, today: '2026-03-01' });
    expect(result).toEqual({ cases: 300, failures: 50, learning: 120, lessons: 40 });
    const cases = await db.selectFrom('cases').selectAll().where('code', 'like', 'synthetic-case-%').execute();
    expect(cases).toHaveLength(300);
    expect(cases.every((c) => c.is_demo && c.title_nl.startsWith('[synthetic] '))).toBe(true);
    expect(cases.filter((c) => c.outcome === 'failure')).toHaveLength(50);
    expect(cases.filter((c) => c.outcome === 'mixed')).toHaveLength(20);
    const text = cases.map((c) => `${c.title_nl} ${c.summary_nl}`).join(' ').toLowerCase();
    for (const word of ['digitalisering', 'digitaliseren', 'archief', 'archieven', 'publiekswerking']) expect(text, word).toContain(word);
    const tags = await db.selectFrom('case_dimensions').select('case_id').where('case_id', 'in', cases.map((c) => c.id)).execute();
    expect(new Set(tags.map((x) => x.case_id)).size).toBe(300);
    const learning = await db.selectFrom('learning_opportunities').selectAll().where('title_nl', 'like', '[synthetic]%').execute();
    expect(learning).toHaveLength(120);
    expect(learning.every((l) => l.is_demo && (l.online || l.place) && (!l.ends_on || l.ends_on >= l.starts_on!))).toBe(true);
    expect((await db.selectFrom('lessons').select('id').where('code', 'like', 'synthetic-lesson-%').execute())).toHaveLength(40);
    // A second run adds more without clashing codes; the library sees them after a reload.
    await insertKnowledgeBenchData(db, { cases: 10, learning: 0, seed: 8 });
    await t.app.readModels.catalog.reloadAll();
    expect([...t.app.readModels.catalog.cases.values()].filter((c) => c.code.startsWith('synthetic-case-'))).toHaveLength(310);
  });
});
