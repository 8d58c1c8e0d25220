import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import type { SeedSet } from '../../seed/seed-sets.js';
import { rejectNulCharacters } from './access.js';
import { governanceMeetingApiRoutes } from './api-meeting-routes.js';
import { governanceApiRoutes } from './api-routes.js';
import { governanceMeetingRoutes } from './meeting-routes.js';
import { governancePublicationRoutes } from './publication-routes.js';
import { governanceRoutes } from './routes.js';
import { governancePermissions } from './permissions.js';
import { governanceSeedSets } from './seed.js';

export { decisionsBehindAction, findDecision, type DecisionRef } from './queries.js';

registerPermissions(governancePermissions);

/** The study's bodies (R1.3) and the demo meetings; the study's proposal first. */
export const seedSets: SeedSet[] = governanceSeedSets;

/**
 * Governance of the transition space (R1.3): bodies and their members, meetings with agendas,
 * treatments and decisions, and the publication of agendas, decision lists and minutes.
 */
export default async function governance(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => rejectNulCharacters(request));
  await app.register(governanceRoutes);
  await app.register(governanceMeetingRoutes);
  await app.register(governancePublicationRoutes);
  await app.register(governanceApiRoutes);
  await app.register(governanceMeetingApiRoutes);
}
