import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { measurementEntityId } from './record-measurement.js';

/** Removes one measurement; the audit log keeps what it was. */
export async function deleteMeasurement(tx: Transaction<Database>, userId: number, kpiCode: string, id: number): Promise<void> {
  const row = await tx.selectFrom('measurements').innerJoin('kpis', 'kpis.id', 'measurements.kpi_id')
    .select(['measurements.id', 'measurements.period', 'measurements.period_start', 'measurements.value', 'measurements.unit', 'measurements.subsector',
      'measurements.province', 'measurements.source', 'measurements.confidence', 'measurements.note'])
    .where('measurements.id', '=', id).where('kpis.code', '=', kpiCode).forUpdate().executeTakeFirst();
  if (!row) throw notFound('measurement', id);
  await tx.deleteFrom('measurements').where('id', '=', id).execute();
  // The row id stays in the record: the changes feed names a deleted measurement by its URI, which carries it.
  await audit(tx, { userId, entityType: 'measurement', entityId: measurementEntityId(kpiCode, row), action: 'delete', before: { kpi: kpiCode, ...row } });
}
