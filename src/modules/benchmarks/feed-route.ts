import type { FastifyInstance } from 'fastify';
import { feedBaselineToKpis, type FeedResult } from './commands/feed-kpis.js';
import { kpiCode } from './constants.js';
import { noYearData } from './errors.js';
import type { BenchmarkService } from './service.js';

/**
 * Runs the KPI feed in one transaction, then renews what shows KPIs: their cached responses
 * (tagged per KPI) and the monitoring area, so the KPI pages show the new figures on the next read.
 */
export async function feedAndRenew(app: FastifyInstance, service: BenchmarkService, userId: number, year: number): Promise<FeedResult> {
  const index = await service.readModel.current();
  if (!index.years().includes(year)) throw noYearData(year);
  const result = await app.db.transaction().execute((tx) => feedBaselineToKpis(tx, userId, index, year));
  app.readModels.responses.invalidateTags(['kpi:*', ...index.dimensions.map((d) => `kpi:${kpiCode(d)}`)]);
  app.readModels.catalog.touch('monitoring');
  return result;
}
