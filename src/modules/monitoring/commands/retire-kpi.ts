import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { kpiActive, kpiRetired, kpiStale } from '../errors.js';
import { kpiSnapshot } from './shared.js';

/** Retiring keeps the KPI and its measurements; it only stops new measurements and leaves the summary. */
export async function setKpiRetired(tx: Transaction<Database>, userId: number, code: string, version: number, retired: boolean): Promise<number> {
  const row = await tx.selectFrom('kpis').select(['id', 'version', 'retired_at']).where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw notFound('kpi', code);
  if (row.version !== version) throw kpiStale(code, row.version, version);
  if ((row.retired_at !== null) === retired) throw retired ? kpiRetired(code) : kpiActive(code);
  const before = await kpiSnapshot(tx, row.id);
  await tx.updateTable('kpis').set({ retired_at: retired ? new Date() : null, updated_at: new Date(), version: sql`version + 1` }).where('id', '=', row.id).execute();
  await audit(tx, { userId, entityType: 'kpi', entityId: code, action: retired ? 'retire' : 'restore', before, after: await kpiSnapshot(tx, row.id) });
  return row.id;
}
