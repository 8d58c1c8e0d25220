import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../test/helpers/app.js';
import { analyzeEmbedded, keepStatistics } from './statistics.js';

const estimate = async (t: TestApp) => (await sql<{ n: number }>`select reltuples::int as n from pg_class where relname = 'learning_opportunities'`.execute(t.database.db)).rows[0]!.n;
const addLearning = (t: TestApp, n: number) => sql`insert into learning_opportunities (title_nl, title_en, summary_nl, kind, provider_name, is_demo)
  select 'Statistiekworkshop ' || g, 'Statistics workshop ' || g, '', 'workshop', 'Demo-aanbieder', true from generate_series(1, ${n}) g`.execute(t.database.db);

describe.each(engines)('planner statistics (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine, demo: false }); });
  afterAll(async () => { await t.close(); });

  it('analyses the embedded database on request and keeps doing so on its own; leaves a PostgreSQL server to autovacuum', async () => {
    const before = Number((await sql<{ n: string }>`select count(*) as n from learning_opportunities`.execute(t.database.db)).rows[0]!.n);
    await addLearning(t, 500);
    if (engine === 'postgres') {
      expect(await analyzeEmbedded(t.database)).toBe(false);
      return;
    }
    expect(await analyzeEmbedded(t.database)).toBe(true);
    expect(await estimate(t)).toBe(before + 500);

    await addLearning(t, 300);
    expect(await estimate(t)).toBe(before + 500);
    const keeper = keepStatistics(t.database, 20);
    try {
      const deadline = Date.now() + 10_000;
      while (await estimate(t) !== before + 800 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(await estimate(t)).toBe(before + 800);
    } finally {
      await keeper.stop();
    }
  });
});
