import { seedSets as cycleSeeds } from '../modules/cycle/index.js';
import { seedSets as governanceSeeds } from '../modules/governance/index.js';
import { seedSets as monitoringSeeds } from '../modules/monitoring/index.js';
import { seedSets as maturitySeeds } from '../modules/maturity/seed.js';
import { seedSets as organisationSeeds } from '../modules/organisations/seed.js';
import { seedSets as benchmarkSeeds } from '../modules/benchmarks/seed.js';
import { seedSets as improvementSeeds } from '../modules/improvement/seed.js';
import { seedSets as visionSeeds } from '../modules/vision/seed.js';
import { seedSets as knowledgeSeeds } from '../modules/knowledge/seed.js';
import { seedSets as callSeeds } from '../modules/calls/seed.js';
import { seedSets as reviewSeeds } from '../modules/review/seed.js';
import { seedSets as projectSeeds } from '../modules/projects/seed.js';
import { seedSets as guideSeeds } from '../modules/guide/seed.js';
import { seedSets as searchSeeds } from '../modules/search/seed.js';
import { studySeedSet } from './load-study.js';
import type { SeedSet } from './seed-sets.js';

/**
 * Every seed set, in load order: the study first, then what builds on it. The maturity model
 * comes before the demo organisations, whose demo assessments the benchmarks need.
 */
export const allSeedSets: SeedSet[] = [
  studySeedSet, ...governanceSeeds, ...cycleSeeds, ...monitoringSeeds,
  ...maturitySeeds, ...organisationSeeds, ...benchmarkSeeds, ...improvementSeeds, ...visionSeeds,
  ...knowledgeSeeds, ...callSeeds, ...reviewSeeds, ...projectSeeds, ...guideSeeds, ...searchSeeds,
];
