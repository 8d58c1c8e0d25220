import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { improvementApiRoutes } from './api-routes.js';
import { improvementFormRoutes } from './form-routes.js';
import { improvementPermissions } from './permissions.js';
import { improvementRoutes } from './routes.js';

export { rankPriorities, RELEVANCES, type Relevance } from './ranking.js';
export { outOfLineFlags, type Flag } from './flags.js';

registerPermissions(improvementPermissions);

/**
 * R4.2, the follow-up trajectory after a self-assessment: priorities, an improvement plan with
 * steps toward the next level, matching learning, actors, cases and peers, re-assessment and
 * progress over time, coaches, and the plan as the digital paragraph of a policy plan.
 */
export default async function improvement(app: FastifyInstance) {
  await app.register(improvementRoutes);
  await app.register(improvementFormRoutes);
  await app.register(improvementApiRoutes);
}
