import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { Database } from '../../../db/schema.js';
import { runTransaction, translateConstraintError } from '../../../db/transaction.js';
import { duplicate, stale } from '../errors.js';

export type Tx = Transaction<Database>;
export type Reader = Kysely<Database> | Transaction<Database>;
export type Actor = { id: number; role: string };
export type Texts = { nl: string; en: string };

export function checkVersion(what: string, id: string | number, current: number | string, sent: number | string): void {
  if (String(current) !== String(sent)) throw stale(what, id, current, sent);
}

/** Constraint errors a race could still cause are the client's 409 or 400 (db/transaction.ts). */
export function translateDbError(err: unknown): unknown {
  return translateConstraintError(err, duplicate);
}

/** The route's one transaction around one command. */
export function inTransaction<T>(db: Db, command: (tx: Tx) => Promise<T>): Promise<T> {
  return runTransaction(db, command, duplicate);
}
