import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit, type AuditEntry } from '../../../plugins/audit.js';
import { AppError, conflict, invalid, notFound } from '../../../plugins/errors.js';
import { notDraft, stale } from '../errors.js';

export type Tx = Transaction<Database>;

export interface DraftRow { id: number; version: number; rowVersion: number }

/**
 * Every edit starts here: the version must exist, be a draft (published and retired versions
 * never change) and still be at the row version the editor started from. The row stays locked
 * until the transaction ends, so two edits of one draft run one after the other.
 */
export async function lockDraft(tx: Tx, version: number, rowVersion: number): Promise<DraftRow> {
  const row = await tx.selectFrom('maturity_models').select(['id', 'version', 'status', 'row_version'])
    .where('version', '=', version).forUpdate().executeTakeFirst();
  if (!row) throw notFound('maturity model version', version);
  if (row.status !== 'draft') throw notDraft(version, row.status);
  if (row.row_version !== rowVersion) throw stale(version, row.row_version, rowVersion);
  return { id: row.id, version: row.version, rowVersion: row.row_version };
}

/** Marks the draft as changed: the next edit must start from the new row version. */
export async function touchDraft(tx: Tx, draft: DraftRow): Promise<number> {
  const row = await tx.updateTable('maturity_models').set({ row_version: sql`row_version + 1`, updated_at: new Date() })
    .where('id', '=', draft.id).returning('row_version').executeTakeFirstOrThrow();
  return row.row_version;
}

/** Audit entries of a version are keyed by its number, parts of it by "version/code". */
export async function auditChange(tx: Tx, userId: number | null, entityType: string, entityId: string, action: AuditEntry['action'], change: string, before?: unknown, after?: unknown) {
  await audit(tx, {
    userId, entityType, entityId, action,
    before: before === undefined ? undefined : before,
    after: { change, ...(after && typeof after === 'object' ? after : after === undefined ? {} : { value: after }) },
  });
}

/** Gives the dimension's questions positions 1..n in the given order. */
export async function renumberQuestions(tx: Tx, modelId: number, codes: string[]) {
  for (const [i, code] of codes.entries()) {
    await tx.updateTable('maturity_questions').set({ position: i + 1 }).where('model_id', '=', modelId).where('code', '=', code).execute();
  }
}

export async function questionCodesIn(tx: Tx, modelId: number, dimension: string): Promise<string[]> {
  const rows = await tx.selectFrom('maturity_questions').select('code').where('model_id', '=', modelId).where('dimension_code', '=', dimension)
    .orderBy('position').orderBy('id').execute();
  return rows.map((r) => r.code);
}

export async function renumberDimensions(tx: Tx, modelId: number, codes: string[]) {
  for (const [i, code] of codes.entries()) {
    await tx.updateTable('maturity_dimensions').set({ position: i + 1 }).where('model_id', '=', modelId).where('code', '=', code).execute();
  }
}

export async function dimensionCodes(tx: Tx | Kysely<Database>, modelId: number): Promise<string[]> {
  const rows = await tx.selectFrom('maturity_dimensions').select('code').where('model_id', '=', modelId).orderBy('position').orderBy('code').execute();
  return rows.map((r) => r.code);
}

/**
 * Constraint errors a race could still cause after our checks (two drafts at once, a duplicate
 * code) are the client's 409 or 400, never a 500.
 */
export function translateDbError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; constraint?: string };
  if (e?.code === '23505') {
    if (e.constraint === 'maturity_models_one_draft' || e.constraint === 'maturity_models_version_key') {
      return conflict('MATURITY_DRAFT_EXISTS', 'Someone started a draft at the same time; open the existing draft');
    }
    return conflict('MATURITY_DUPLICATE', `Someone saved the same record at the same time (${e.constraint ?? 'unique'}); reload and try again`);
  }
  if (e?.code === '23503') return invalid([{ field: 'body', message: 'refers to something that no longer exists', code: 'reference' }]);
  if (e?.code === '23514') return invalid([{ field: 'body', message: 'a value is out of range', code: 'maximum' }]);
  return err;
}
