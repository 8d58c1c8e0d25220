import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { SearchIndex } from './search-index.js';
import { addCase } from './test-fixtures.js';

/** What the index holds of the cases, as kind:id with the revision it holds. */
const casesHeld = (index: SearchIndex) => [...index.all()].filter((d) => d.kind === 'case').map((d) => `${d.sourceId}@${d.revision}`).sort();
const casesInTable = async (t: TestApp) => (await sql<{ k: string }>`
  select source_id || '@' || revision as k from search_documents where kind = 'case'`.execute(t.database.db)).rows.map((r) => r.k).sort();

describe.each(engines)('the search index follows the table (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine, demo: false }); });
  afterAll(async () => { await t.close(); });
  afterEach(() => { vi.useRealTimers(); });

  it('reads added, rewritten and removed records, and only those', async () => {
    const index = new SearchIndex();
    expect(await index.refresh(t.database.db)).toBe(true);
    expect(casesHeld(index)).toEqual(await casesInTable(t));
    expect(await index.refresh(t.database.db)).toBe(false);

    const kept = await addCase(t.database.db, { title_nl: 'Een fotoarchief gaat online' });
    const gone = await addCase(t.database.db, { title_nl: 'Een klankarchief gaat online' });
    expect(await index.refresh(t.database.db)).toBe(true);
    expect(index.get('case', gone.id)?.titleNl).toBe('Een klankarchief gaat online');

    // A rewrite replaces the row (a new revision); a retirement removes it.
    await t.database.db.updateTable('cases').set({ title_nl: 'Een fotoarchief gaat offline' }).where('id', '=', kept.id).execute();
    await t.database.db.updateTable('cases').set({ retired_at: new Date() }).where('id', '=', gone.id).execute();
    const version = index.version;
    expect(await index.refresh(t.database.db)).toBe(true);
    expect(index.version).toBe(version + 1);
    expect(index.get('case', kept.id)?.titleNl).toBe('Een fotoarchief gaat offline');
    expect(index.get('case', gone.id)).toBeUndefined();
    expect(casesHeld(index)).toEqual(await casesInTable(t));
    const change = index.changesSince(version)!;
    expect(change.flatMap((c) => c.removed).map((d) => d.sourceId).sort()).toEqual([kept.id, gone.id].sort());
    expect(change.flatMap((c) => c.added).map((d) => d.sourceId)).toEqual([kept.id]);
  });

  it('compares everything once when its last read is older than the removal log keeps', async () => {
    const index = new SearchIndex();
    await index.refresh(t.database.db);
    const c = await addCase(t.database.db, { title_nl: 'Een glasplatenarchief verhuist' });
    await index.refresh(t.database.db);
    expect(index.get('case', c.id)).toBeDefined();
    await t.database.db.updateTable('cases').set({ retired_at: new Date() }).where('id', '=', c.id).execute();
    // As if the log had been pruned since: only the full comparison can see the removal.
    await sql`delete from search_document_removals`.execute(t.database.db);
    expect(await index.refresh(t.database.db)).toBe(false);
    expect(index.get('case', c.id)).toBeDefined();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 13 * 3600_000 });
    expect(await index.refresh(t.database.db)).toBe(true);
    expect(index.get('case', c.id)).toBeUndefined();
    expect(casesHeld(index)).toEqual(await casesInTable(t));
  });

  it('prunes the removal log of entries older than a day on the next removal', async () => {
    await sql`insert into search_document_removals (revision, kind, source_id, removed_at) values (-1, 'case', -1, now() - interval '25 hours')`.execute(t.database.db);
    const c = await addCase(t.database.db, { title_nl: 'Een affichecollectie' });
    await t.database.db.updateTable('cases').set({ retired_at: new Date() }).where('id', '=', c.id).execute();
    const { rows } = await sql<{ revision: string }>`select revision::text as revision from search_document_removals where kind = 'case' and source_id in (-1, ${c.id})`.execute(t.database.db);
    expect(rows.map((r) => r.revision)).toHaveLength(1);
    expect(rows[0]!.revision).not.toBe('-1');
  });

  it.runIf(engine === 'postgres')('reads a transaction that committed after a later one', async () => {
    const index = new SearchIndex();
    await index.refresh(t.database.db);
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => { wrote = resolve; });
    let early = 0;
    // The first transaction takes the lower revision and commits last.
    const slow = t.database.db.transaction().execute(async (trx) => {
      early = (await addCase(trx, { title_nl: 'Een traag vastgelegd beeldarchief' })).id;
      wrote();
      await held;
    });
    await written;
    const late = await addCase(t.database.db, { title_nl: 'Een snel vastgelegd beeldarchief' });
    await index.refresh(t.database.db);
    expect(index.get('case', late.id)).toBeDefined();
    expect(index.get('case', early)).toBeUndefined();
    release();
    await slow;
    expect(await index.refresh(t.database.db)).toBe(true);
    expect(index.get('case', early)?.titleNl).toBe('Een traag vastgelegd beeldarchief');
    expect(casesHeld(index)).toEqual(await casesInTable(t));
  });
});
