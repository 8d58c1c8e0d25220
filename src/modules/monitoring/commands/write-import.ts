import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { AppError } from '../../../plugins/errors.js';
import { LIMITS } from '../constants.js';
import type { KpiRef, MeasurementRow } from '../rows.js';

export interface WriteImportInput {
  importId: number;
  rows: MeasurementRow[];
  /** The KPIs as the check saw them: if one changed since, the file is checked against stale rules. */
  kpis: KpiRef[];
  onBatch?: (rowsDone: number, rowsChanged: number) => void;
}

/**
 * The write phase of an import, all in the caller's one transaction: multi-row upserts of
 * LIMITS.importBatch rows on the key (KPI, period, subsector, province). A row whose values equal
 * the stored ones is left alone, so importing the same file again changes nothing.
 */
export async function writeImport(tx: Transaction<Database>, userId: number | null, input: WriteImportInput): Promise<{ rowsDone: number; rowsChanged: number }> {
  if (input.kpis.length) {
    const now = await tx.selectFrom('kpis').select(['id', 'version', 'unit', 'frequency', 'retired_at'])
      .where('id', 'in', input.kpis.map((k) => k.id)).forShare().execute();
    const current = new Map(now.map((k) => [k.id, k]));
    const changed = input.kpis.filter((k) => {
      const c = current.get(k.id);
      return !c || c.unit !== k.unit || c.frequency !== k.frequency || (c.retired_at !== null) !== k.retired;
    });
    if (changed.length) {
      throw new AppError('IMPORT_KPIS_CHANGED', 409, `KPI ${changed.map((k) => k.code).join(', ')} changed while the file was being checked; import it again`);
    }
  }
  let rowsDone = 0;
  let rowsChanged = 0;
  for (let from = 0; from < input.rows.length; from += LIMITS.importBatch) {
    const batch = input.rows.slice(from, from + LIMITS.importBatch);
    const written = await tx.insertInto('measurements')
      .values(batch.map((r) => ({
        kpi_id: r.kpiId, period: r.period, period_start: r.periodStart, value: r.value, unit: r.unit, subsector: r.subsector, province: r.province,
        source: r.source, confidence: r.confidence, note: r.note, import_id: input.importId,
      })))
      .onConflict((oc) => oc.columns(['kpi_id', 'period', 'subsector', 'province'])
        .doUpdateSet((eb) => ({
          period_start: eb.ref('excluded.period_start'), value: eb.ref('excluded.value'), unit: eb.ref('excluded.unit'),
          source: eb.ref('excluded.source'), confidence: eb.ref('excluded.confidence'), note: eb.ref('excluded.note'),
          import_id: eb.ref('excluded.import_id'), updated_at: sql`now()`,
        }))
        .where(sql<boolean>`(measurements.value, measurements.unit, measurements.source, measurements.confidence, measurements.note)
          is distinct from (excluded.value, excluded.unit, excluded.source, excluded.confidence, excluded.note)`))
      .returning('id')
      .execute();
    rowsDone += batch.length;
    rowsChanged += written.length;
    input.onBatch?.(rowsDone, rowsChanged);
    // A turn of the event loop between batches: PGlite runs each statement on this thread and
    // resolves it without one, so progress polls and pages would otherwise wait for the whole write.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await tx.updateTable('measurement_imports').set({
    status: 'done', rows_total: input.rows.length, rows_done: rowsDone, rows_changed: rowsChanged, errors: '[]', finished_at: new Date(),
  }).where('id', '=', input.importId).execute();
  await audit(tx, {
    userId, entityType: 'measurement_import', entityId: input.importId, action: 'create',
    after: { rows: rowsDone, changed: rowsChanged, kpis: input.kpis.map((k) => k.code) },
  });
  return { rowsDone, rowsChanged };
}
