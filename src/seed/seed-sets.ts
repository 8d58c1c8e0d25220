import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';

/**
 * A named set of seed data, loaded once in one transaction; `seed_log` remembers it, so a
 * restart loads nothing twice and a set added in a later release loads on the next start.
 * Demo sets are labelled as such in their records and can be switched off (DEMO_DATA=false).
 */
export interface SeedSet {
  name: string;
  demo?: boolean;
  load(tx: Transaction<Database>): Promise<void>;
}

export async function runSeedSets(db: Db, sets: SeedSet[], options: { demo: boolean }): Promise<string[]> {
  const loaded: string[] = [];
  for (const set of sets) {
    if (set.demo && !options.demo) continue;
    const done = await db.transaction().execute(async (tx) => {
      // Serialises concurrent starters on a shared PostgreSQL server.
      await sql`lock table seed_log in exclusive mode`.execute(tx);
      const seen = await tx.selectFrom('seed_log').select('name').where('name', '=', set.name).executeTakeFirst();
      if (seen) return false;
      await set.load(tx);
      await tx.insertInto('seed_log').values({ name: set.name, checksum: '' }).execute();
      return true;
    });
    if (done) loaded.push(set.name);
  }
  return loaded;
}
