import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import type { SeedSet } from '../../seed/seed-sets.js';
import { cycleApiRoutes } from './api-routes.js';
import { cycleFormRoutes } from './form-routes.js';
import { cyclePermissions } from './permissions.js';
import { cycleRoutes } from './routes.js';
import { conformitySeed } from './seed/conformity.js';
import { demoCycleSeed } from './seed/demo.js';

export {
  ACTION_STATUSES, actionProgress, actionWeights, budgetFlags, currentAnnualPlan, effectiveWeights, isAtRisk, isOverdue, planFigures, planProgress,
  todayInBrussels, type ActionFacts, type ActionStatus, type MilestoneFacts, type PlanFigures,
} from './progress.js';
export { compareWithBaseline, type PlanComparison, type PlanContent } from './baseline.js';
export { actionLineProgress, findActionLine, listActionLines, type ActionLineProgress, type ActionLineWithFigures } from './queries.js';
export { cycleManifest } from './manifest.js';

registerPermissions(cyclePermissions);

/** The study's R2.1 conformity clauses (study-2021-conformity), then the demo plans (demo-cycle, demo: true). */
export const seedSets: SeedSet[] = [conformitySeed, demoCycleSeed];

/** R2, the strategic follow-up cycle: study recommendations become action lines, plans, actions and milestones, and their progress is derived. */
export default async function cycle(app: FastifyInstance) {
  await app.register(cycleRoutes);
  await app.register(cycleFormRoutes);
  await app.register(cycleApiRoutes);
}
