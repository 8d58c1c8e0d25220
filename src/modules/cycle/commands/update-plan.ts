import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { planAdopted, planExists, stale } from '../errors.js';
import type { UpdatePlanInput } from '../schemas.js';
import { planPeriod } from './create-plan.js';
import { planSnapshot, References, type Tx } from './shared.js';

/** Only a draft plan changes its period: an adopted plan's period is part of its baseline. */
export async function updatePlan(tx: Tx, userId: number | null, id: number, input: UpdatePlanInput): Promise<number> {
  const row = await tx.selectFrom('plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('plan', id);
  if (row.version !== input.version) throw stale('Plan', id, row.version, input.version);
  if (row.status === 'adopted') throw planAdopted(id);
  const refs = new References(tx);
  const yearTo = planPeriod(refs, row.kind, input.yearFrom, input.yearTo);
  refs.check();
  const clash = await tx.selectFrom('plans').select('id').where('action_line_id', '=', row.action_line_id)
    .where('kind', '=', row.kind).where('year_from', '=', input.yearFrom).where('id', '<>', id).executeTakeFirst();
  if (clash) {
    const line = await tx.selectFrom('action_lines').select('code').where('id', '=', row.action_line_id).executeTakeFirstOrThrow();
    throw planExists(line.code, input.yearFrom);
  }
  const before = await planSnapshot(tx, id);
  await tx.updateTable('plans').set({ year_from: input.yearFrom, year_to: yearTo, updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'plan', entityId: id, action: 'update', before, after: await planSnapshot(tx, id) });
  return id;
}
