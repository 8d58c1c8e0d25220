import type { FastifyInstance } from 'fastify';
import { actorApiRoutes } from './api-routes.js';
import { actorRoutes } from './routes.js';

export { computeRoleCoverage, NEEDED_ROLES, type RoleCoverage } from './role-coverage.js';

/** The landscape of actors (R1.1): a directory, one page per actor, and the role coverage check (R1.2). */
export default async function actors(app: FastifyInstance) {
  await app.register(actorRoutes);
  await app.register(actorApiRoutes);
}
