import type { Db } from '../../db/database.js';
import { translateDbError, type Tx } from './commands/shared.js';

/** The route's one transaction around one command; constraint races answer 409/400, not 500. */
export async function inTransaction<T>(db: Db, command: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(command);
  } catch (err) {
    throw translateDbError(err);
  }
}
