import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database.js';

/** The prepared-statement path of the PGlite driver gives what PGlite's own query gives. */
describe('PGlite driver with prepared statements', () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => { await handle?.close(); handle = undefined; });

  async function open() {
    handle = await openDatabase({ dataDir: 'memory://' });
    await handle.execScript(`create table things (id serial primary key, name text not null unique, tags text[] not null default '{}',
      data jsonb, at timestamptz, day date, amount numeric, big bigint, flag boolean)`);
    return handle.db;
  }
  const prepared = async (db: DatabaseHandle['db']) =>
    (await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(db)).rows[0]!.n;

  it('serialises parameters and parses rows as the platform expects, the same on a first and a later run', async () => {
    const db = await open();
    const at = new Date('2026-03-29T00:30:00.000Z');
    for (const name of ['a', 'b']) {
      await sql`insert into things (name, tags, data, at, day, amount, big, flag) values (${name}, ${['x', 'y']}, ${JSON.stringify({ k: [1, 'é'] })}, ${at}, ${'2026-03-29'}, ${'12.50'}, ${'9007199254740991'}, ${true})`.execute(db);
    }
    for (let run = 0; run < 3; run++) {
      const rows = await db.selectFrom('things' as never).selectAll().where('name' as never, 'in', ['a', 'b'] as never).orderBy('id' as never).execute() as Array<Record<string, unknown>>;
      expect(rows).toHaveLength(2);
      expect(rows[0]).toEqual({ id: 1, name: 'a', tags: ['x', 'y'], data: { k: [1, 'é'] }, at, day: '2026-03-29', amount: 12.5, big: 9007199254740991, flag: true });
    }
    const none = await sql`select * from things where name = ${null}`.execute(db);
    expect(none.rows).toEqual([]);
  });

  it('counts affected rows of writes and keeps constraint errors with their codes', async () => {
    const db = await open();
    const inserted = await sql`insert into things (name) values (${'a'}), (${'b'})`.execute(db);
    expect(inserted.numAffectedRows).toBe(2n);
    const updated = await sql`update things set flag = true where name = ${'a'}`.execute(db);
    expect(updated.numAffectedRows).toBe(1n);
    await expect(sql`insert into things (name) values (${'a'})`.execute(db)).rejects.toMatchObject({ code: '23505', constraint: 'things_name_key' });
    // The session is usable after the error, and a transaction rolls back whole.
    await expect(db.transaction().execute(async (tx) => {
      await sql`insert into things (name) values (${'c'})`.execute(tx);
      await sql`insert into things (name) values (${'a'})`.execute(tx);
    })).rejects.toMatchObject({ code: '23505' });
    expect((await sql<{ n: number }>`select count(*)::int as n from things`.execute(db)).rows[0]!.n).toBe(2);
    await expect(sql`select nonsense from things`.execute(db)).rejects.toMatchObject({ code: '42703' });
  });

  it('prepares each text once and forgets them all after a script', async () => {
    const db = await open();
    for (let i = 0; i < 5; i++) await sql`select * from things where id = ${i}`.execute(db);
    expect(await prepared(db)).toBe(2); // that select and the count itself
    await handle!.execScript('alter table things add column note text');
    expect(await prepared(db)).toBe(1);
    // A statement whose result changed shape is made again rather than failing.
    const rows = await sql`select * from things where id = ${1}`.execute(db);
    expect(rows.rows).toEqual([]);
    await sql`insert into things (name, note) values (${'n'}, ${'kept'})`.execute(db);
    expect((await sql<{ note: string }>`select * from things where name = ${'n'}`.execute(db)).rows[0]!.note).toBe('kept');
  });

  it('prepares again a statement a change of table outside a script made unusable', async () => {
    const db = await open();
    await sql`insert into things (name) values (${'a'})`.execute(db);
    const read = () => sql<Record<string, unknown>>`select * from things where name = ${'a'}`.execute(db);
    expect(Object.keys((await read()).rows[0]!)).not.toContain('extra');
    await sql`alter table things add column extra int default 7`.execute(db);
    expect((await read()).rows[0]!.extra).toBe(7);
  });
});
