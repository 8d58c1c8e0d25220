import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { decisionApiRoutes } from './api-decision-routes.js';
import { reviewerApiRoutes } from './api-reviewer-routes.js';
import { teamApiRoutes } from './api-team-routes.js';
import { decisionRoutes } from './decision-routes.js';
import { reviewerRoutes } from './reviewer-routes.js';
import { teamRoutes } from './team-routes.js';
import { reviewPermissions } from './permissions.js';
import { RankingIndex } from './read-model.js';

export { rankApplications, weightedScore, type Ranking, type RankedRow } from './ranking.js';

registerPermissions(reviewPermissions);

/**
 * The workflow after submission (issue 5, item 4): eligibility screening, review by assigned
 * reviewers who declare conflicts of interest first, the weighted ranking, the panel, and the
 * decision with its letter; a grant becomes a project.
 */
export default async function review(app: FastifyInstance) {
  const index = new RankingIndex(app);
  await app.register(teamRoutes, { index });
  await app.register(reviewerRoutes, { index });
  await app.register(decisionRoutes, { index });
  await app.register(teamApiRoutes, { index });
  await app.register(reviewerApiRoutes, { index });
  await app.register(decisionApiRoutes, { index });
}
