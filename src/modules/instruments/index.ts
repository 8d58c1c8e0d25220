import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { instrumentApiRoutes } from './api-routes.js';
import { instrumentPermissions } from './permissions.js';
import { instrumentRoutes } from './routes.js';

export { computeCoverage, coverageStatus } from './coverage.js';

registerPermissions(instrumentPermissions);

/** The registry of policy instruments and the coverage matrix (the study's Fig. 8, live). */
export default async function instruments(app: FastifyInstance) {
  await app.register(instrumentRoutes);
  await app.register(instrumentApiRoutes);
}
