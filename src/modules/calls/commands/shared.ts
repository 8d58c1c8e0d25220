import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { Database } from '../../../db/schema.js';
import { AppError, invalid } from '../../../plugins/errors.js';
import { duplicate, stale } from '../errors.js';

export type Tx = Transaction<Database>;
export type Reader = Kysely<Database> | Transaction<Database>;
export type Actor = { id: number; role: string };
export type Texts = { nl: string; en: string };

export function checkVersion(what: string, id: string | number, current: number | string, sent: number | string): void {
  if (String(current) !== String(sent)) throw stale(what, id, current, sent);
}

/**
 * Rows a race could still break after our checks (two saves at once on PostgreSQL) surface as a
 * constraint error; they are the client's 409 or 400, never a 500.
 */
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

/** The route's one transaction around one command. */
export async function inTransaction<T>(db: Db, command: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(command);
  } catch (err) {
    throw translateDbError(err);
  }
}
