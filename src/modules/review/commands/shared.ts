import type { Transaction } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { Database } from '../../../db/schema.js';
import { runTransaction, translateConstraintError } from '../../../db/transaction.js';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { duplicate, notInWorkflow, stale } from '../errors.js';
import { callRecord, type CallRecord } from '../queries.js';
import { OPEN_STATUSES } from '../workflow.js';

export type Tx = Transaction<Database>;
export interface Actor { id: number; role: import('../../../plugins/permissions.js').Role }

/** The application locked for the rest of the transaction (two actions on it queue up), with its call. */
export async function lockApplication(tx: Tx, id: number) {
  const app = await tx.selectFrom('applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!app || app.status === 'draft') throw notFound('application', id);
  const call = await callRecord(tx, { id: app.call_id });
  return { app, call };
}
export type Locked = Awaited<ReturnType<typeof lockApplication>>;

export function requireOpen(app: Locked['app']): void {
  if (!OPEN_STATUSES.has(app.status)) throw notInWorkflow(app.id, app.status);
}

export function checkVersion(app: Locked['app'], sent: number | undefined): void {
  if (sent !== undefined && app.version !== sent) throw stale(app.id, app.version, sent);
}

/** Appends the step's outcome to the history and moves the application on, audited. */
export async function recordStep(tx: Tx, actorId: number, app: Locked['app'], entry: {
  stepCode: string; outcome: 'passed' | 'failed' | 'noted'; note: string;
  status: Locked['app']['status']; nextStep: string | null;
}): Promise<number> {
  await tx.insertInto('application_steps').values({
    application_id: app.id, step_code: entry.stepCode, outcome: entry.outcome, note: entry.note, acted_by: actorId,
  }).execute();
  const after = { status: entry.status, current_step: entry.nextStep, version: app.version + 1 };
  await tx.updateTable('applications').set({ ...after, updated_at: new Date() }).where('id', '=', app.id).execute();
  await audit(tx, {
    userId: actorId, entityType: 'application', entityId: app.id, action: 'update',
    before: { status: app.status, current_step: app.current_step, version: app.version },
    after: { ...after, step: entry.stepCode, outcome: entry.outcome, note: entry.note },
  });
  return after.version;
}

export async function callFor(tx: Tx, code: string): Promise<CallRecord> { return callRecord(tx, { code }); }

/** Constraint errors a race could still cause are the client's 409 or 400 (db/transaction.ts). */
export function translateDbError(err: unknown): unknown {
  return translateConstraintError(err, duplicate);
}

/** The route's one transaction around one command. */
export function inTransaction<T>(db: Db, command: (tx: Tx) => Promise<T>): Promise<T> {
  return runTransaction(db, command, duplicate);
}
