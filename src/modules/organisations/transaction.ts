import type { Db } from '../../db/database.js';
import { translateDbError, type Tx } from './commands/shared.js';

/** The route's one transaction around one command; a constraint race answers 409/400, not 500. */
export async function inTransaction<T>(db: Db, command: (tx: Tx) => Promise<T>, input: { name?: string; email?: string } = {}): Promise<T> {
  try {
    return await db.transaction().execute(command);
  } catch (err) {
    throw translateDbError(err, input);
  }
}
