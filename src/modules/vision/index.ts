import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { pathApiRoutes } from './api-path-routes.js';
import { visionApiRoutes } from './api-routes.js';
import { scenarioApiRoutes } from './api-scenario-routes.js';
import { pathRoutes } from './path-routes.js';
import { visionPermissions } from './permissions.js';
import { publicRoutes } from './public-routes.js';
import { VisionReads } from './reads.js';
import { visionRoutes } from './routes.js';
import { scenarioRoutes } from './scenario-routes.js';
import { visionFormRoutes } from './vision-form-routes.js';

export { ENDORSEMENT_KPI } from './constants.js';
export { visionManifest } from './manifest.js';

registerPermissions(visionPermissions);

/**
 * Direction and commitment (issue 7): a vision drawn up with the sector in consultation rounds,
 * transition paths to 2050 with the follow-up cycle's action lines tied to them, foresight
 * scenarios with the signals that point to them, and a public page that tells why.
 */
export default async function vision(app: FastifyInstance) {
  const reads = new VisionReads(app);
  await app.register(publicRoutes, { reads });
  await app.register(visionRoutes, { reads });
  await app.register(visionFormRoutes);
  await app.register(pathRoutes, { reads });
  await app.register(scenarioRoutes);
  await app.register(visionApiRoutes, { reads });
  await app.register(pathApiRoutes, { reads });
  await app.register(scenarioApiRoutes);
}
