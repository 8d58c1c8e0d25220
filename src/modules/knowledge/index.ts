import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { caseApiRoutes } from './cases-api-routes.js';
import { caseFormRoutes } from './case-form-routes.js';
import { caseRoutes } from './cases-routes.js';
import { fundingApiRoutes } from './funding-api-routes.js';
import { fundingRoutes } from './funding-routes.js';
import { hubApiRoutes } from './hub-api-routes.js';
import { hubRoutes } from './hub-routes.js';
import { learningApiRoutes } from './learning-api-routes.js';
import { learningRoutes } from './learning-routes.js';
import { knowledgePermissions } from './permissions.js';

export { fundingForActionLine, type FundingRow } from './funding-queries.js';
export { presentFunding } from './funding-presenters.js';
export { insertKnowledgeBenchData, type KnowledgeBenchOptions } from './bench-dataset.js';
export { knowledgeManifest } from './manifest.js';

registerPermissions(knowledgePermissions);

/**
 * The knowledge space (the study's Part 2 ch. 3-4, R4.2, R5): cases (inspiring examples and
 * failures), learning opportunities, funding and network opportunities linked to the follow-up
 * cycle's action lines, and the support actors who maintain their own entries.
 */
export default async function knowledge(app: FastifyInstance) {
  await app.register(hubRoutes);
  await app.register(caseRoutes);
  await app.register(caseFormRoutes);
  await app.register(learningRoutes);
  await app.register(fundingRoutes);
  await app.register(hubApiRoutes);
  await app.register(caseApiRoutes);
  await app.register(learningApiRoutes);
  await app.register(fundingApiRoutes);
}
