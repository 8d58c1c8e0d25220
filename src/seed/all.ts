import { seedSets as cycleSeeds } from '../modules/cycle/index.js';
import { seedSets as governanceSeeds } from '../modules/governance/index.js';
import { seedSets as monitoringSeeds } from '../modules/monitoring/index.js';
import { studySeedSet } from './load-study.js';
import type { SeedSet } from './seed-sets.js';

/** Every seed set, in load order: the study first, then what builds on it. */
export const allSeedSets: SeedSet[] = [studySeedSet, ...governanceSeeds, ...cycleSeeds, ...monitoringSeeds];
