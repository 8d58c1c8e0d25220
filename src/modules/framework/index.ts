import type { FastifyInstance } from 'fastify';
import { frameworkApiRoutes } from './api-routes.js';
import { frameworkRoutes } from './routes.js';
import { accessibilityStatement } from './statement.js';

/**
 * The study's frame made browsable: the five pillars of transition steering, the fourteen
 * challenges with their live coverage, recommendations R1-R5 and the six principles, the policy
 * timeline and the 2017 spearheads; plus the pages about the platform and its accessibility.
 */
export default async function framework(app: FastifyInstance) {
  const { statement, warning } = accessibilityStatement();
  if (warning) app.log.warn(warning);
  await app.register(frameworkRoutes, { statement });
  await app.register(frameworkApiRoutes);
}
