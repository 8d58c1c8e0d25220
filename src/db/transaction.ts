import type { Transaction } from 'kysely';
import { AppError, invalid } from '../plugins/errors.js';
import type { Db } from './database.js';
import type { Database } from './schema.js';

/**
 * Rows a race could still break after a command's own checks (two saves at once on PostgreSQL)
 * surface as a constraint error; they are the client's 409 or 400, never a 500. `duplicate` is
 * the module's own 409 for a unique constraint.
 */
export function translateConstraintError(err: unknown, duplicate: (constraint: string) => AppError): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; constraint?: string };
  if (e?.code === '23505') return duplicate(e.constraint ?? 'unique');
  if (e?.code === '23503') return invalid([{ field: 'body', message: 'refers to something that no longer exists', code: 'reference' }]);
  if (e?.code === '23514' || e?.code === '22003' || e?.code === '22007' || e?.code === '22008') {
    return invalid([{ field: 'body', message: 'a value is out of range', code: 'range' }]);
  }
  return err;
}

/** The route's one transaction around one command, with constraint errors translated. */
export async function runTransaction<T>(db: Db, command: (tx: Transaction<Database>) => Promise<T>, duplicate: (constraint: string) => AppError): Promise<T> {
  try {
    return await db.transaction().execute(command);
  } catch (err) {
    throw translateConstraintError(err, duplicate);
  }
}
