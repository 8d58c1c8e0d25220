import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { audit, type AuditEntry } from '../../plugins/audit.js';
import { ChangesFeed } from './feed-model.js';
import { FeedPages } from './page-cache.js';
import { readChanges } from './queries.js';
import { feedSettled } from './testing.js';

interface Feed { items: Array<{ type: string; id: string; change: string }>; next: string | null; hasMore: boolean }

describe.each(engines)('the changes feed read model on %s', (engine) => {
  let t: TestApp;
  let team: Record<string, string>;
  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
  });
  afterAll(async () => { await t?.close(); });

  /** A feed over a database handle that counts the statements it runs. */
  const countingFeed = () => {
    let statements = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => { statements++; return args.node; },
      transformResult: async (args) => args.result,
    };
    return { feed: new ChangesFeed(t.database.db.withPlugin(counter)), statements: () => statements };
  };
  /** An audited write; on a shared PostgreSQL server other tests' transactions may hold the feed back, so wait for it. */
  const write = async (entry: AuditEntry, change?: (tx: any) => Promise<unknown>) => {
    await t.database.db.transaction().execute(async (tx) => { await change?.(tx); await audit(tx, entry); });
    await feedSettled(t.database.db);
  };
  /** A page kept as the same object: only where nothing else can run (PGlite); a shared server's transactions drop every state. */
  const sameOnPglite = (a: unknown, b: unknown) => { if (engine === 'pglite') expect(a).toBe(b); else expect(JSON.stringify(a)).toBe(JSON.stringify(b)); };

  it('reads nothing from the database while nothing was written, and the tail after a write', async () => {
    await feedSettled(t.database.db);
    const { feed, statements } = countingFeed();
    const first = await readChanges(feed, null, null, 500);
    const afterFirst = statements();
    expect(afterFirst).toBeGreaterThan(0);
    expect(first.items.length).toBeGreaterThan(0);
    // Same page again: the log and every state it needs are known.
    expect(await readChanges(feed, null, null, 500)).toEqual(first);
    // On a PostgreSQL server shared with other tests their transactions can hold the feed back;
    // PGlite is one session, so nothing else can be running.
    if (engine === 'pglite') expect(statements()).toBe(afterFirst);

    const decision = await t.database.db.selectFrom('decisions').select('code').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    await write({ userId: null, entityType: 'decision', entityId: decision.code, action: 'update', after: {} });
    const before = statements();
    const tail = await readChanges(feed, null, null, 500);
    expect(statements()).toBeGreaterThan(before);
    expect(tail.items.at(-1)).toMatchObject({ type: 'decision', id: decision.code, change: 'updated' });
  });

  it("forgets a measurement's state when its KPI is retired, without any measurement being written", async () => {
    const kpi = await t.database.db.selectFrom('kpis').select(['code', 'unit', 'version']).where('retired_at', 'is', null).where('frequency', '=', 'annual')
      .orderBy('code').executeTakeFirstOrThrow();
    const added = await t.app.inject({ method: 'POST', url: `/api/v1/kpis/${kpi.code}/measurements`, headers: team, payload: { period: '2018', value: 3, unit: kpi.unit } });
    expect(added.statusCode, added.body).toBe(201);
    const measurementsOf = async () => {
      const items: Feed['items'] = [];
      let next: string | null = null;
      for (;;) {
        const page: Feed = json<Feed>(await t.app.inject({ url: `/api/v1/changes?limit=500${next ? `&since=${next}` : ''}` }));
        items.push(...page.items);
        next = page.next;
        if (!page.hasMore) return items.filter((c) => c.type === 'measurement');
      }
    };
    await feedSettled(t.database.db);
    // Read once, so the measurement's state (public) is known to the feed.
    expect((await measurementsOf()).length).toBeGreaterThan(0);
    const retired = await t.app.inject({ method: 'POST', url: `/api/v1/kpis/${kpi.code}/retire`, headers: team, payload: { version: kpi.version } });
    expect(retired.statusCode, retired.body).toBe(200);
    await feedSettled(t.database.db);
    expect(await measurementsOf()).toEqual([]);
  });

  it('forgets the states of actions when their plan changes', async () => {
    const { feed } = countingFeed();
    const db = t.database.db;
    const action = await db.selectFrom('actions as x').innerJoin('plans as p', 'p.id', 'x.plan_id').innerJoin('action_lines as l', 'l.id', 'p.action_line_id')
      .select(['x.id', 'p.id as plan']).where('p.status', '=', 'adopted').where('l.retired_at', 'is', null).orderBy('x.id').executeTakeFirstOrThrow();
    await write({ userId: null, entityType: 'action', entityId: action.id, action: 'update', after: {} });
    const shown = await readChanges(feed, null, null, 500);
    expect(shown.items.some((c) => c.type === 'action' && c.id === String(action.id))).toBe(true);
    await write({ userId: null, entityType: 'plan', entityId: action.plan, action: 'update', after: { status: 'draft' } },
      (tx) => tx.updateTable('plans').set({ status: 'draft' }).where('id', '=', action.plan).execute());
    const hidden = await readChanges(feed, null, null, 500);
    expect(hidden.items.some((c) => c.type === 'action' && c.id === String(action.id))).toBe(false);
  });

  it('keeps a page through a write elsewhere and renews it when one of its records changes', async () => {
    await feedSettled(t.database.db);
    const { feed, statements } = countingFeed();
    const pages = new FeedPages(feed);
    const present = (page: { items: unknown[] }) => JSON.stringify(page.items);
    const first = await pages.read(null, null, 2, present);
    expect(first.hasMore).toBe(true);
    expect(JSON.parse(first.body.toString())).toHaveLength(2);
    // A new row at the end of the feed, of a type the first page did not look at.
    const seen = [feed.row(0).source.auditType, feed.row(1).source.auditType];
    const elsewhere = ['learning_opportunity', 'instrument', 'case'].find((type) => !seen.includes(type))!;
    await write({ userId: null, entityType: elsewhere, entityId: '999999', action: 'update', after: {} });
    sameOnPglite(await pages.read(null, null, 2, present), first);
    const settled = statements();
    sameOnPglite(await pages.read(null, null, 2, present), first);
    if (engine === 'pglite') expect(statements()).toBe(settled);
    // A change to the record behind the first row: its state may differ, the page is made again.
    const row = feed.row(0);
    await write({ userId: null, entityType: row.source.auditType, entityId: row.entityId, action: 'update', after: {} });
    const renewed = await pages.read(null, null, 2, present);
    expect(renewed).not.toBe(first);
    expect(renewed.body.equals(first.body)).toBe(true);
    // The last page reached the end of the feed: a new row shows on the next read.
    const decision = await t.database.db.selectFrom('decisions').select('code').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    const { next } = await readChanges(feed, null, null, 500);
    const key = JSON.parse(Buffer.from(next!, 'base64url').toString()).slice(1) as [string, number];
    const end = await pages.read(key, next, 500, present);
    expect(JSON.parse(end.body.toString())).toEqual([]);
    await write({ userId: null, entityType: 'decision', entityId: decision.code, action: 'update', after: {} });
    expect(JSON.parse((await pages.read(key, next, 500, present)).body.toString())).toMatchObject([{ type: 'decision', id: decision.code }]);
  });
});
