import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { ProjectsTables } from '../../db/schema-projects.js';
import { AppError, invalid } from '../../plugins/errors.js';
import { audit, type AuditEntry } from '../../plugins/audit.js';
import { duplicate } from './errors.js';

/**
 * The database as this module sees it: Database with the columns of migration 0020 (a milestone's
 * note, a lesson's outcome). Identical to Database once those types are merged there.
 */
export type ProjectsDatabase = Omit<Database, keyof ProjectsTables> & ProjectsTables;
export type PDb = Kysely<ProjectsDatabase>;
export type Tx = Transaction<ProjectsDatabase>;
export type Reader = PDb | Tx;

export const pdb = (db: Db): PDb => db as unknown as PDb;

export function record(tx: Tx, entry: AuditEntry): Promise<void> {
  return audit(tx as unknown as Transaction<Database>, entry);
}

/**
 * The route's one transaction around one command. Races our checks cannot see (two final reports
 * at once on PostgreSQL) surface as constraint errors: answered 409/400, never 500.
 */
export async function inTransaction<T>(db: Db, command: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await pdb(db).transaction().execute(command);
  } catch (err) {
    throw translateDbError(err);
  }
}

export function translateDbError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; constraint?: string };
  if (e?.code === '23505') return duplicate(e.constraint ?? 'unique');
  if (e?.code === '23503') return invalid([{ field: 'body', message: 'refers to something that no longer exists', code: 'reference' }]);
  if (e?.code === '23514' || e?.code === '22003' || e?.code === '22007' || e?.code === '22008') {
    return invalid([{ field: 'body', message: 'a value is out of range', code: 'range' }]);
  }
  return err;
}
