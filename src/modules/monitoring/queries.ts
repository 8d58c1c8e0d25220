import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { PROVINCES, SUBSECTORS, type Frequency } from './constants.js';
import { periodEnd } from './periods.js';
import type { KpiRef } from './rows.js';
import { evaluate, targetFor, type Evaluation } from './summary.js';

export interface KpiRecord {
  id: number; code: string; name: { nl: string; en: string }; definition: { nl: string; en: string };
  unit: string; direction: 'increase' | 'decrease'; frequency: Frequency; source: string;
  ownerActorId: number | null; baseline: { value: number; date: string } | null;
  targets: Array<{ year: number; value: number }>; instrumentIds: number[]; actionLines: Array<{ id: number; code: string; title: { nl: string; en: string } }>;
  isDemo: boolean; retired: boolean; version: number; createdAt: string; updatedAt: string;
}

export interface Latest { period: string; periodStart: string; value: number }
export interface KpiSummaryItem extends Evaluation {
  kpi: KpiRecord; year: number; latest: Latest | null; target: { year: number; value: number } | null;
}

type KpiRow = Awaited<ReturnType<typeof kpiRows>>[number];
function kpiRows(db: Db) {
  return db.selectFrom('kpis').selectAll().orderBy('code').execute();
}

async function toRecords(db: Db, rows: KpiRow[]): Promise<KpiRecord[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  // One after the other: PGlite runs one query at a time anyway, and a request holds one connection.
  const targets = await db.selectFrom('kpi_targets').select(['kpi_id', 'year', 'value']).where('kpi_id', 'in', ids).orderBy('year').execute();
  const instruments = await db.selectFrom('kpi_instruments').select(['kpi_id', 'instrument_id']).where('kpi_id', 'in', ids).execute();
  const lines = await db.selectFrom('kpi_action_lines').innerJoin('action_lines', 'action_lines.id', 'kpi_action_lines.action_line_id')
    .select(['kpi_id', 'action_lines.id', 'action_lines.code', 'action_lines.title_nl', 'action_lines.title_en'])
    .where('kpi_id', 'in', ids).orderBy('action_lines.code').execute();
  return rows.map((r) => ({
    id: r.id, code: r.code, name: { nl: r.name_nl, en: r.name_en }, definition: { nl: r.definition_nl, en: r.definition_en },
    unit: r.unit, direction: r.direction, frequency: r.frequency, source: r.source, ownerActorId: r.owner_actor_id,
    baseline: r.baseline_value !== null && r.baseline_date !== null ? { value: r.baseline_value, date: r.baseline_date } : null,
    targets: targets.filter((t) => t.kpi_id === r.id).map((t) => ({ year: t.year, value: t.value })),
    instrumentIds: instruments.filter((i) => i.kpi_id === r.id).map((i) => i.instrument_id),
    actionLines: lines.filter((l) => l.kpi_id === r.id).map((l) => ({ id: l.id, code: l.code, title: { nl: l.title_nl, en: l.title_en } })),
    isDemo: r.is_demo, retired: r.retired_at !== null, version: r.version,
    createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
  }));
}

export async function listKpis(db: Db, status: 'active' | 'retired' | 'all' = 'active'): Promise<KpiRecord[]> {
  let q = db.selectFrom('kpis').selectAll().orderBy('code');
  if (status === 'active') q = q.where('retired_at', 'is', null);
  if (status === 'retired') q = q.where('retired_at', 'is not', null);
  return toRecords(db, await q.execute());
}

export async function kpiByCode(db: Db, code: string): Promise<KpiRecord | undefined> {
  return (await toRecords(db, await db.selectFrom('kpis').selectAll().where('code', '=', code).execute()))[0];
}

export async function kpiById(db: Db, id: number): Promise<KpiRecord | undefined> {
  return (await toRecords(db, await db.selectFrom('kpis').selectAll().where('id', '=', id).execute()))[0];
}

/** Every KPI by code, as the row check needs it. */
export async function loadKpiRefs(db: Db): Promise<Map<string, KpiRef>> {
  const rows = await db.selectFrom('kpis').select(['id', 'code', 'unit', 'frequency', 'retired_at', 'version']).execute();
  return new Map(rows.map((r) => [r.code, { id: r.id, code: r.code, unit: r.unit, frequency: r.frequency, retired: r.retired_at !== null, version: r.version }]));
}

export interface SeriesPoint { period: string; periodStart: string; value: number; confidence: string }

/** The measurements of one KPI for one breakdown ('' = total), in time order. */
export async function kpiSeries(db: Db, kpiId: number, options: { subsector?: string; province?: string } = {}): Promise<SeriesPoint[]> {
  const rows = await db.selectFrom('measurements').select(['period', 'period_start', 'value', 'confidence'])
    .where('kpi_id', '=', kpiId).where('subsector', '=', options.subsector ?? '').where('province', '=', options.province ?? '')
    .orderBy('period_start').execute();
  return rows.map((r) => ({ period: r.period, periodStart: r.period_start, value: r.value, confidence: r.confidence }));
}

/** The latest total (all subsectors, all provinces) of each KPI whose period starts on or before a date. */
export async function latestTotals(db: Db, kpiIds: number[], until: string): Promise<Map<number, Latest>> {
  if (!kpiIds.length) return new Map();
  const rows = await db.selectFrom('measurements')
    .select(['kpi_id', 'period', 'period_start', 'value'])
    .distinctOn('kpi_id')
    .where('kpi_id', 'in', kpiIds).where('subsector', '=', '').where('province', '=', '').where('period_start', '<=', until)
    .orderBy('kpi_id').orderBy('period_start', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.kpi_id, { period: r.period, periodStart: r.period_start, value: r.value }]));
}

export function summarise(kpi: KpiRecord, year: number, latest: Latest | null): KpiSummaryItem {
  const target = targetFor(kpi.targets, year);
  const evaluation = evaluate({
    direction: kpi.direction, baseline: kpi.baseline, target,
    latest: latest ? { value: latest.value, periodEnd: periodEnd(kpi.frequency, latest.periodStart) } : null,
  });
  return { kpi, year, latest, target, ...evaluation };
}

/** Per KPI: the latest value up to the end of `year`, the baseline, the target and whether it is on track. */
export async function summariseKpis(db: Db, kpis: KpiRecord[], year: number): Promise<KpiSummaryItem[]> {
  const latest = await latestTotals(db, kpis.map((k) => k.id), `${year}-12-31`);
  return kpis.map((k) => summarise(k, year, latest.get(k.id) ?? null));
}

export async function measurementCount(db: Db, kpiId: number): Promise<number> {
  const row = await db.selectFrom('measurements').select((eb) => eb.fn.countAll<number>().as('n')).where('kpi_id', '=', kpiId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface ComparisonRow { code: string; values: Array<number | null> }
export interface Comparison { years: number[]; bySubsector: ComparisonRow[]; byProvince: ComparisonRow[] }

/**
 * Per year, the value of the last period measured in that year: per subsector (over all
 * provinces) and per province (over all subsectors), with the total as the first row.
 */
export async function kpiComparison(db: Db, kpiId: number): Promise<Comparison> {
  const year = sql<number>`extract(year from period_start)::int`;
  const last = (dimension: 'subsector' | 'province', other: 'subsector' | 'province') => db.selectFrom('measurements')
    .select([dimension, year.as('year'), 'value'])
    .distinctOn([dimension, year])
    .where('kpi_id', '=', kpiId).where(other, '=', '')
    .orderBy(dimension).orderBy(year).orderBy('period_start', 'desc')
    .execute() as Promise<Array<{ subsector?: string; province?: string; year: number; value: number }>>;
  const bySub = await last('subsector', 'province');
  const byProv = await last('province', 'subsector');
  const years = [...new Set([...bySub, ...byProv].map((r) => Number(r.year)))].sort((a, b) => a - b);
  const table = (rows: Array<{ year: number; value: number } & Record<string, unknown>>, dimension: 'subsector' | 'province', codes: readonly string[]) => {
    const present = new Set(rows.map((r) => String(r[dimension])));
    return ['', ...codes].filter((c) => present.has(c)).map((code) => ({
      code,
      values: years.map((y) => rows.find((r) => r[dimension] === code && Number(r.year) === y)?.value ?? null),
    }));
  };
  return { years, bySubsector: table(bySub, 'subsector', SUBSECTORS), byProvince: table(byProv, 'province', PROVINCES) };
}

export interface MeasurementRecord {
  id: number; kpi: string; period: string; periodStart: string; value: number; unit: string; subsector: string; province: string;
  source: string; confidence: 'high' | 'medium' | 'low'; note: string; importId: number | null; updatedAt: string;
}

const toMeasurement = (code: string, r: {
  id: number; period: string; period_start: string; value: number; unit: string; subsector: string; province: string; source: string;
  confidence: 'high' | 'medium' | 'low'; note: string; import_id: number | null; updated_at: Date;
}): MeasurementRecord => ({
  id: r.id, kpi: code, period: r.period, periodStart: r.period_start, value: r.value, unit: r.unit, subsector: r.subsector, province: r.province,
  source: r.source, confidence: r.confidence, note: r.note, importId: r.import_id, updatedAt: r.updated_at.toISOString(),
});

export async function measurementById(db: Db, kpi: { id: number; code: string }, id: number): Promise<MeasurementRecord | undefined> {
  const row = await db.selectFrom('measurements').selectAll().where('id', '=', id).where('kpi_id', '=', kpi.id).executeTakeFirst();
  return row ? toMeasurement(kpi.code, row) : undefined;
}

export async function measurementsPage(db: Db, kpi: { id: number; code: string }, filter: { subsector?: string | undefined; province?: string | undefined; all?: boolean | undefined }, page: number, pageSize: number) {
  let q = db.selectFrom('measurements').where('kpi_id', '=', kpi.id);
  if (!filter.all || filter.subsector !== undefined) q = q.where('subsector', '=', filter.subsector ?? '');
  if (!filter.all || filter.province !== undefined) q = q.where('province', '=', filter.province ?? '');
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('period_start', 'desc').orderBy('subsector').orderBy('province')
    .limit(pageSize).offset((page - 1) * pageSize).execute();
  const total = Number(n);
  return {
    items: rows.map((r) => toMeasurement(kpi.code, r)),
    total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** Cursor pagination: measurements in id order after `after`, `limit` of them and one more to tell whether more follow. */
export async function measurementsAfter(db: Db, kpi: { id: number; code: string }, filter: { subsector?: string | undefined; province?: string | undefined; all?: boolean | undefined }, after: number | null, limit: number) {
  let q = db.selectFrom('measurements').where('kpi_id', '=', kpi.id);
  if (!filter.all || filter.subsector !== undefined) q = q.where('subsector', '=', filter.subsector ?? '');
  if (!filter.all || filter.province !== undefined) q = q.where('province', '=', filter.province ?? '');
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await (after === null ? q : q.where('id', '>', after)).selectAll().orderBy('id').limit(limit + 1).execute();
  return { rows: rows.map((r) => ({ id: r.id, measurement: toMeasurement(kpi.code, r) })), total: Number(n) };
}

/**
 * Rows for the CSV export in the file's order (KPI, period, subsector, province), read in
 * keyset pages: PGlite cannot stream a query.
 */
export async function* exportRows(db: Db, kpiId: number | null, batch = 5000) {
  let after: { code: string; start: string; period: string; subsector: string; province: string } | null = null;
  for (;;) {
    let q = db.selectFrom('measurements').innerJoin('kpis', 'kpis.id', 'measurements.kpi_id')
      .select(['kpis.code', 'measurements.period', 'measurements.period_start', 'measurements.value', 'measurements.unit', 'measurements.subsector',
        'measurements.province', 'measurements.source', 'measurements.confidence', 'measurements.note']);
    if (kpiId !== null) q = q.where('measurements.kpi_id', '=', kpiId);
    if (after) {
      const a = after;
      q = q.where(sql<boolean>`(kpis.code, measurements.period_start, measurements.period, measurements.subsector, measurements.province) > (${a.code}, ${a.start}::date, ${a.period}, ${a.subsector}, ${a.province})`);
    }
    const rows = await q.orderBy('kpis.code').orderBy('measurements.period_start').orderBy('measurements.period')
      .orderBy('measurements.subsector').orderBy('measurements.province').limit(batch).execute();
    if (!rows.length) return;
    yield rows;
    const last = rows[rows.length - 1]!;
    after = { code: last.code, start: last.period_start, period: last.period, subsector: last.subsector, province: last.province };
    if (rows.length < batch) return;
  }
}

export async function getImport(db: Db, id: number) {
  return db.selectFrom('measurement_imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function recentImports(db: Db, limit = 10) {
  return db.selectFrom('measurement_imports').select(['id', 'filename', 'status', 'rows_total', 'rows_changed', 'created_at'])
    .orderBy('id', 'desc').limit(limit).execute();
}

export async function actionLineOptions(db: Db) {
  return db.selectFrom('action_lines').select(['code', 'title_nl', 'title_en']).where('retired_at', 'is', null).orderBy('code').execute();
}

export interface KpiSummary {
  id: number; code: string; name: { nl: string; en: string }; unit: string; direction: 'increase' | 'decrease'; frequency: Frequency;
  isDemo: boolean; baseline: { value: number; date: string } | null; latest: Latest | null; target: { year: number; value: number } | null;
  status: KpiSummaryItem['status']; onTrack: boolean | null;
}

/**
 * For a dashboard or an annual report: every active KPI with its latest total up to the end of
 * `year`, its baseline, the target that year is measured against, and whether it is on track.
 */
export async function kpiSummary(db: Db, year: number): Promise<KpiSummary[]> {
  const items = await summariseKpis(db, await listKpis(db, 'active'), year);
  return items.map(({ kpi, latest, target, status, onTrack }) => ({
    id: kpi.id, code: kpi.code, name: kpi.name, unit: kpi.unit, direction: kpi.direction, frequency: kpi.frequency, isDemo: kpi.isDemo,
    baseline: kpi.baseline, latest, target, status, onTrack,
  }));
}
