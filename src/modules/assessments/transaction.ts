import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { AppError, conflict, invalid } from '../../plugins/errors.js';

export type Tx = Transaction<Database>;

/**
 * The route's one transaction around one command. Two saves racing on PostgreSQL can still meet
 * a constraint after our checks: that is the client's 409 or 400, never a 500.
 */
export async function inTransaction<T>(db: Db, command: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(command);
  } catch (err) {
    if (err instanceof AppError) throw err;
    const e = err as { code?: string; constraint?: string };
    if (e?.code === '23505') throw conflict('ASSESSMENT_DUPLICATE', `Someone saved the same record at the same time (${e.constraint ?? 'unique'}); reload and try again`);
    if (e?.code === '23514' || e?.code === '22003') throw invalid([{ field: 'body', message: 'a value is out of range', code: 'maximum' }]);
    throw err;
  }
}
