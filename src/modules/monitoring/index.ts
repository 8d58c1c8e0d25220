import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import type { SeedSet } from '../../seed/seed-sets.js';
import { kpiApiRoutes } from './api-routes.js';
import { importApiRoutes } from './import-api-routes.js';
import { importRoutes } from './import-routes.js';
import { ImportRunner } from './imports.js';
import { monitoringPermissions } from './permissions.js';
import { kpiRoutes } from './routes.js';
import { demoMonitoringSeed } from './seed.js';

export { kpiSeries, kpiSummary, kpiComparison, type KpiSummary, type SeriesPoint, type Comparison } from './queries.js';
export { evaluate, targetFor, type KpiStatus } from './summary.js';
export { PROVINCES, CSV_COLUMNS } from './constants.js';
export { measurementsCsv, measurementsXlsx } from './export.js';
export { monitoringManifest } from './manifest.js';

registerPermissions(monitoringPermissions);

export const seedSets: SeedSet[] = [demoMonitoringSeed];

/**
 * Monitoring (R2, challenge 13): generic KPIs shared by every instrument, each with a baseline
 * (nulmeting), targets per year and measurements as tidy rows, entered by hand or imported
 * from CSV or XLSX, with trend charts and comparisons across subsectors, provinces and years.
 */
export default async function monitoring(app: FastifyInstance) {
  const runner = new ImportRunner(app.db, app.log, () => app.readModels.catalog.touch('monitoring'));
  // An import cut off by a stop never committed: record it as failed instead of running forever.
  app.addHook('onReady', async () => { await runner.failInterrupted(); });
  app.addHook('onClose', async () => { await runner.settle(); });
  await app.register(kpiRoutes);
  await app.register(kpiApiRoutes);
  await app.register(importRoutes, { runner });
  await app.register(importApiRoutes, { runner });
}
