import type { FastifyInstance } from 'fastify';
import { caseApiRoutes } from './cases-api-routes.js';
import { caseRoutes } from './cases-routes.js';

/**
 * The knowledge library (the study's Part 2 ch. 4): for now the inspiring examples ("cases");
 * lessons learned, learning opportunities and search will join them here.
 */
export default async function knowledge(app: FastifyInstance) {
  await app.register(caseRoutes);
  await app.register(caseApiRoutes);
}
