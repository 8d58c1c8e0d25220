import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { benchmarkApiRoutes } from './api-routes.js';
import { benchmarkPermissions } from './permissions.js';
import { benchmarkRoutes } from './routes.js';
import { benchmarkService } from './service.js';

export { MaturityIndex } from './read-model.js';
export { peerBenchmark, type PeerFilters } from './peers.js';
export { sectorAggregate } from './sector.js';
export { MIN_GROUP } from './constants.js';
export { benchmarksManifest } from './manifest.js';

registerPermissions(benchmarkPermissions);

/**
 * Peer benchmarks and the sector baseline (R4.1, R4.2): an organisation compares its latest
 * self-assessment with peers it chooses, and the sector's anonymous figures per year feed the
 * maturity KPIs. Both read only organisations and submitted results, through one in-memory
 * index, and never show a group of fewer than five organisations.
 */
export default async function benchmarks(app: FastifyInstance) {
  const service = benchmarkService(app);
  await app.register(benchmarkRoutes, { service });
  await app.register(benchmarkApiRoutes, { service });
}
