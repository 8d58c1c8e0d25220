import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { invalid, notFound } from '../../../plugins/errors.js';
import { checkRow, type KpiRef } from '../rows.js';
import type { MeasurementInput } from '../schemas.js';

export const measurementEntityId = (kpi: string, m: { period: string; subsector: string; province: string }) =>
  `${kpi}/${m.period}/${m.subsector || 'total'}/${m.province || 'total'}`;

/** The measurement an audit entity id names (the reverse of measurementEntityId), or null when it names none. */
export function parseMeasurementEntityId(id: string): { kpi: string; period: string; subsector: string; province: string } | null {
  const parts = id.split('/');
  if (parts.length < 4) return null;
  const [period, subsector, province] = parts.slice(-3) as [string, string, string];
  const total = (value: string) => (value === 'total' ? '' : value);
  return { kpi: parts.slice(0, -3).join('/'), period, subsector: total(subsector), province: total(province) };
}

/**
 * One measurement entered by hand: the same rules as a row of an import. Its key (period,
 * subsector, province) names it: entering it again replaces the value.
 */
export async function recordMeasurement(tx: Transaction<Database>, userId: number, kpiCode: string, input: MeasurementInput): Promise<{ id: number; created: boolean }> {
  const kpi = await tx.selectFrom('kpis').select(['id', 'code', 'unit', 'frequency', 'retired_at', 'version']).where('code', '=', kpiCode).forShare().executeTakeFirst();
  if (!kpi) throw notFound('kpi', kpiCode);
  const ref: KpiRef = { id: kpi.id, code: kpi.code, unit: kpi.unit, frequency: kpi.frequency, retired: kpi.retired_at !== null, version: kpi.version };
  const { row, problems } = checkRow({
    kpi: kpi.code, period: input.period, value: String(input.value), unit: input.unit,
    subsector: input.subsector ?? '', province: input.province ?? '', source: input.source ?? '', confidence: input.confidence ?? 'medium', note: input.note ?? '',
  }, new Map([[kpi.code, ref]]));
  if (!row) throw invalid(problems.map((p) => ({ field: p.column ?? 'body', message: p.message, code: p.code })));
  const existing = await tx.selectFrom('measurements').selectAll()
    .where('kpi_id', '=', kpi.id).where('period', '=', row.period).where('subsector', '=', row.subsector).where('province', '=', row.province)
    .forUpdate().executeTakeFirst();
  const values = {
    period_start: row.periodStart, value: input.value, unit: row.unit, source: row.source.trim(), confidence: row.confidence, note: row.note.trim(),
  };
  const entityId = measurementEntityId(kpi.code, row);
  const after = { kpi: kpi.code, period: row.period, subsector: row.subsector, province: row.province, ...values };
  if (existing) {
    await tx.updateTable('measurements').set({ ...values, import_id: null, updated_at: new Date() }).where('id', '=', existing.id).execute();
    const before = {
      kpi: kpi.code, period: existing.period, subsector: existing.subsector, province: existing.province, period_start: existing.period_start,
      value: existing.value, unit: existing.unit, source: existing.source, confidence: existing.confidence, note: existing.note,
    };
    await audit(tx, { userId, entityType: 'measurement', entityId, action: 'update', before, after });
    return { id: existing.id, created: false };
  }
  const { id } = await tx.insertInto('measurements').values({ kpi_id: kpi.id, period: row.period, subsector: row.subsector, province: row.province, ...values })
    .returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'measurement', entityId, action: 'create', after });
  return { id, created: true };
}
