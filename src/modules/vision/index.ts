import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { pathApiRoutes } from './api-path-routes.js';
import { visionApiRoutes } from './api-routes.js';
import { scenarioApiRoutes } from './api-scenario-routes.js';
import { visionPermissions } from './permissions.js';
import { VisionReads } from './reads.js';

export { ENDORSEMENT_KPI } from './constants.js';

registerPermissions(visionPermissions);

/**
 * Direction and commitment (issue 7): a vision drawn up with the sector in consultation rounds,
 * transition paths to 2050 with the follow-up cycle's action lines tied to them, foresight
 * scenarios with the signals that point to them, and a public page that tells why.
 */
export default async function vision(app: FastifyInstance) {
  const reads = new VisionReads(app);
  await app.register(visionApiRoutes, { reads });
  await app.register(pathApiRoutes, { reads });
  await app.register(scenarioApiRoutes);
}
