import { sql } from 'kysely';
import { SUBSECTORS } from '../../../catalog/types.js';
import { audit } from '../../../plugins/audit.js';
import { AppError } from '../../../plugins/errors.js';
import { ENDORSEMENT_KPI } from '../constants.js';
import type { Tx } from './shared.js';

export interface KpiWrite { year: number; total: number; bySubsector: Record<string, number> }

/**
 * Writes the year's measurement of the endorsement KPI: the organisations that endorse a version
 * of a vision at the end of that year (endorsed before it ended, not withdrawn by then), in total
 * and per subsector. Demo organisations and demo endorsements are never counted in a real KPI.
 * Upserts on the measurement's key, so running it again for the same year replaces the figures.
 */
export async function writeEndorsementKpi(tx: Tx, userId: number, year: number): Promise<KpiWrite> {
  const kpi = await tx.selectFrom('kpis').select(['id', 'unit', 'retired_at']).where('code', '=', ENDORSEMENT_KPI).executeTakeFirst();
  if (!kpi || kpi.retired_at) throw new AppError('VISION_KPI_MISSING', 409, `The KPI ${ENDORSEMENT_KPI} does not exist or is retired`);
  const end = `${year + 1}-01-01T00:00:00+01:00`;
  const rows = await tx.selectFrom('vision_endorsements as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['o.subsector', (eb) => eb.fn.count<number>('e.organisation_id').distinct().as('n')])
    .where('e.is_demo', '=', false).where('o.is_demo', '=', false)
    .where('e.endorsed_at', '<', sql<Date>`${end}::timestamptz`)
    .where((eb) => eb.or([eb('e.withdrawn_at', 'is', null), eb('e.withdrawn_at', '>=', sql<Date>`${end}::timestamptz`)]))
    .groupBy('o.subsector').execute();
  const totalRow = await tx.selectFrom('vision_endorsements as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select((eb) => eb.fn.count<number>('e.organisation_id').distinct().as('n'))
    .where('e.is_demo', '=', false).where('o.is_demo', '=', false)
    .where('e.endorsed_at', '<', sql<Date>`${end}::timestamptz`)
    .where((eb) => eb.or([eb('e.withdrawn_at', 'is', null), eb('e.withdrawn_at', '>=', sql<Date>`${end}::timestamptz`)]))
    .executeTakeFirstOrThrow();
  const bySubsector = Object.fromEntries(SUBSECTORS.map((s) => [s, Number(rows.find((r) => r.subsector === s)?.n ?? 0)]));
  const total = Number(totalRow.n);
  const values = [['', total] as const, ...SUBSECTORS.map((s) => [s, bySubsector[s]!] as const)].map(([subsector, value]) => ({
    kpi_id: kpi.id, period: String(year), period_start: `${year}-01-01`, value, unit: kpi.unit, subsector, province: '',
    source: 'Transitieruimte: endorsements in the vision consultation', confidence: 'high' as const,
  }));
  await tx.insertInto('measurements').values(values)
    .onConflict((oc) => oc.columns(['kpi_id', 'period', 'subsector', 'province']).doUpdateSet((eb) => ({
      value: eb.ref('excluded.value'), source: eb.ref('excluded.source'), confidence: eb.ref('excluded.confidence'), import_id: null, updated_at: new Date(),
    }))).execute();
  await audit(tx, { userId, entityType: 'measurement', entityId: `${ENDORSEMENT_KPI}/${year}`, action: 'update', after: { total, bySubsector } });
  return { year, total, bySubsector };
}
