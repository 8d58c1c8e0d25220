import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { kpiRetired, kpiStale } from '../errors.js';
import type { UpdateKpiInput } from '../schemas.js';
import { checkKpiInput, kpiColumns, kpiSnapshot, writeKpiLinks } from './shared.js';

/**
 * Optimistic concurrency: the edit names the version it started from; if someone saved in
 * between, nothing is written and the caller gets 409 with the current version.
 */
export async function updateKpi(tx: Transaction<Database>, userId: number, code: string, input: UpdateKpiInput): Promise<number> {
  const row = await tx.selectFrom('kpis').select(['id', 'version', 'retired_at', 'unit', 'frequency']).where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw notFound('kpi', code);
  if (row.version !== input.version) throw kpiStale(code, row.version, input.version);
  if (row.retired_at) throw kpiRetired(code);
  const refs = await checkKpiInput(tx, input);
  // Measurements carry the unit and are written in the frequency's periods: neither may change under them.
  if (input.unit.trim() !== row.unit || input.frequency !== row.frequency) {
    const used = await tx.selectFrom('measurements').select('id').where('kpi_id', '=', row.id).limit(1).executeTakeFirst();
    if (used) {
      const errors: FieldError[] = [];
      if (input.unit.trim() !== row.unit) errors.push({ field: 'unit', message: `KPI ${code} has measurements in ${row.unit}; the unit cannot change`, code: 'inUse' });
      if (input.frequency !== row.frequency) errors.push({ field: 'frequency', message: `KPI ${code} has ${row.frequency} measurements; the frequency cannot change`, code: 'inUse' });
      throw invalid(errors);
    }
  }
  const before = await kpiSnapshot(tx, row.id);
  await tx.updateTable('kpis').set({ ...kpiColumns(input, refs.ownerId), updated_at: new Date(), version: sql`version + 1` }).where('id', '=', row.id).execute();
  await writeKpiLinks(tx, row.id, refs, input.targets);
  await audit(tx, { userId, entityType: 'kpi', entityId: code, action: 'update', before, after: await kpiSnapshot(tx, row.id) });
  return row.id;
}
