import type { Catalog } from '../../catalog/catalog.js';
import type { ImportState } from './imports.js';
import type { KpiRecord, KpiSummaryItem } from './queries.js';

/** The API shape of a KPI's standing in a year: explicit fields only. */
export function presentSummary(s: KpiSummaryItem) {
  return {
    year: s.year,
    latest: s.latest ? { period: s.latest.period, value: s.latest.value } : null,
    target: s.target,
    status: s.status,
    onTrack: s.onTrack,
  };
}

/** The API shape of a KPI: references by code. */
export function presentKpi(catalog: Catalog, k: KpiRecord, publicBase: string, summary: KpiSummaryItem, measurementCount?: number) {
  const owner = k.ownerActorId !== null ? catalog.actors.get(k.ownerActorId) : undefined;
  return {
    id: k.id,
    code: k.code,
    uri: `${publicBase}/kpis/${k.code}`,
    name: k.name,
    definition: k.definition,
    unit: k.unit,
    direction: k.direction,
    frequency: k.frequency,
    source: k.source,
    owner: owner ? { code: owner.code, name: owner.name } : null,
    instruments: k.instrumentIds.map((id) => catalog.instruments.get(id)).filter((i) => i !== undefined).map((i) => ({ code: i.code, name: i.name })),
    actionLines: k.actionLines.map((l) => ({ code: l.code, title: l.title })),
    baseline: k.baseline,
    targets: k.targets,
    status: k.retired ? 'retired' : 'active',
    summary: presentSummary(summary),
    ...(measurementCount !== undefined ? { measurementCount } : {}),
    isDemo: k.isDemo,
    version: k.version,
    createdAt: k.createdAt,
    updatedAt: k.updatedAt,
  };
}

/** An import's state; the file name and the row errors only for those who may import. */
export function presentImport(s: ImportState, publicBase: string, full: boolean) {
  return {
    id: s.id,
    uri: `${publicBase}/imports/${s.id}`,
    status: s.status,
    rowsTotal: s.rowsTotal,
    rowsChecked: s.rowsChecked,
    rowsDone: s.rowsDone,
    rowsChanged: s.rowsChanged,
    errorCount: s.errorCount,
    createdAt: s.createdAt,
    finishedAt: s.finishedAt,
    ...(full ? { filename: s.filename, errors: s.errors.map((e) => ({ line: e.line, column: e.column, code: e.code, message: e.message })) } : {}),
  };
}
