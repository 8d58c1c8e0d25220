import type { Transaction } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { Database } from '../../../db/schema.js';
import { AppError, conflict, invalid } from '../../../plugins/errors.js';

export type Tx = Transaction<Database>;
export interface Actor { id: number; role: string }

/** Constraint errors that a race can still cause after the checks are the client's 409 or 400, never a 500. */
export function translateDbError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; constraint?: string };
  if (e?.code === '23505') return conflict('GUIDE_DUPLICATE', `Someone saved the same record at the same time (${e.constraint ?? 'unique'}); reload and try again`);
  if (e?.code === '23503') return invalid([{ field: 'body', message: 'refers to something that no longer exists', code: 'reference' }]);
  if (e?.code === '23514' || e?.code === '22003') return invalid([{ field: 'body', message: 'a value is out of range', code: 'range' }]);
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
