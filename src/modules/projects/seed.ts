import type { SeedSet } from '../../seed/seed-sets.js';
import { seedDemoProjects } from './seed/demo-projects.js';

/**
 * Demo projects, milestones, reports and lessons; every record is_demo and every title starts with
 * [demo]. Loads after the calls and review demo sets, so it can build on the projects they grant.
 */
const demoProjectsSeed: SeedSet = {
  name: 'demo-projects',
  demo: true,
  load: seedDemoProjects,
};

export const seedSets: SeedSet[] = [demoProjectsSeed];
