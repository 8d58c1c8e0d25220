import type { Transaction } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { Database } from '../../../db/schema.js';
import { runTransaction, translateConstraintError } from '../../../db/transaction.js';
import { conflict } from '../../../plugins/errors.js';

export type Tx = Transaction<Database>;
export interface Actor { id: number; role: string }

const duplicate = (constraint: string) =>
  conflict('GUIDE_DUPLICATE', `Someone saved the same record at the same time (${constraint}); reload and try again`);

/** Constraint errors a race could still cause are the client's 409 or 400 (db/transaction.ts). */
export function translateDbError(err: unknown): unknown {
  return translateConstraintError(err, duplicate);
}

/** The route's one transaction around one command. */
export function inTransaction<T>(db: Db, command: (tx: Tx) => Promise<T>): Promise<T> {
  return runTransaction(db, command, duplicate);
}
