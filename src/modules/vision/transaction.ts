import type { Db } from '../../db/database.js';
import { runTransaction } from '../../db/transaction.js';
import type { Tx } from './commands/shared.js';
import { duplicate } from './errors.js';

/** The route's one transaction around one command; constraint races answer 409/400, not 500. */
export function inTransaction<T>(db: Db, command: (tx: Tx) => Promise<T>): Promise<T> {
  return runTransaction(db, command, duplicate);
}
