import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { AppError } from '../../../plugins/errors.js';
import { audit } from '../../../plugins/audit.js';
import { confidenceFor, KPI_SOURCE, kpiCode } from '../constants.js';
import type { MaturityIndex } from '../read-model.js';
import { sectorAggregate, type SectorCell } from '../sector.js';

export interface FeedResult { year: number; kpis: string[]; written: number; removed: number }

interface Row { kpi_id: number; subsector: string; province: string; value: number; n: number }

/**
 * Feeds one year's sector baseline to the six maturity KPIs: the median level per dimension for
 * the whole sector, per subsector and per province, only for groups the baseline shows, from
 * real organisations only (demo data never reaches a KPI). Running it again for the same year
 * gives the same measurements: rows are upserted, and a group that is no longer shown loses its
 * earlier measurement.
 */
export async function feedBaselineToKpis(tx: Transaction<Database>, userId: number, index: MaturityIndex, year: number): Promise<FeedResult> {
  const codes = index.dimensions.map(kpiCode);
  const kpis = await tx.selectFrom('kpis').select(['id', 'code']).where('code', 'in', codes).where('retired_at', 'is', null).execute();
  const byCode = new Map(kpis.map((k) => [k.code, k.id]));
  if (!kpis.length) throw new AppError('BENCHMARKS_KPIS_MISSING', 409, `The maturity KPIs (${codes.join(', ')}) do not exist; load the seed set maturity-kpis first`);

  const bySubsector = sectorAggregate(index, year, 'subsector', false);
  const byProvince = sectorAggregate(index, year, 'province', false);
  const rows: Row[] = [];
  const collect = (cell: SectorCell, subsector: string, province: string) => {
    if (!cell.visibility.shown) return;
    cell.dimensions.forEach((d) => {
      const kpi = byCode.get(kpiCode(d.code));
      if (kpi !== undefined && d.median !== null) rows.push({ kpi_id: kpi, subsector, province, value: d.median, n: d.n });
    });
  };
  collect(bySubsector.total, '', '');
  for (const cell of bySubsector.cells) collect(cell, cell.code!, '');
  for (const cell of byProvince.cells) collect(cell, '', cell.code!);

  const period = String(year);
  const now = new Date();
  if (rows.length) {
    await tx.insertInto('measurements').values(rows.map((r) => ({
      kpi_id: r.kpi_id, period, period_start: `${year}-01-01`, value: r.value, unit: 'level', subsector: r.subsector, province: r.province,
      source: KPI_SOURCE, confidence: confidenceFor(r.n), note: `n = ${r.n}`, import_id: null,
    }))).onConflict((oc) => oc.columns(['kpi_id', 'period', 'subsector', 'province']).doUpdateSet((eb) => ({
      value: eb.ref('excluded.value'), unit: eb.ref('excluded.unit'), source: eb.ref('excluded.source'),
      confidence: eb.ref('excluded.confidence'), note: eb.ref('excluded.note'), updated_at: now,
    }))).execute();
  }
  // Groups shown earlier but withheld now (or gone) must not keep an old figure.
  const keep = new Set(rows.map((r) => `${r.kpi_id}|${r.subsector}|${r.province}`));
  const existing = await tx.selectFrom('measurements').select(['id', 'kpi_id', 'subsector', 'province'])
    .where('kpi_id', 'in', kpis.map((k) => k.id)).where('period', '=', period).execute();
  const stale = existing.filter((m) => !keep.has(`${m.kpi_id}|${m.subsector}|${m.province}`)).map((m) => m.id);
  if (stale.length) await tx.deleteFrom('measurements').where('id', 'in', stale).execute();

  const result: FeedResult = { year, kpis: kpis.map((k) => k.code).sort(), written: rows.length, removed: stale.length };
  await audit(tx, { userId, entityType: 'maturity_baseline_kpis', entityId: year, action: 'update', after: result });
  return result;
}
