import type { SeedSet } from '../../seed/seed-sets.js';
import { demoFundingSeed } from './seed/demo-funding.js';
import { fundingProgrammesSeed } from './seed/funding-programmes.js';

/** The funding and network programmes the study names (funding-programmes), then dated demo calls linked to the demo action lines (demo-funding, demo: true). */
export const seedSets: SeedSet[] = [fundingProgrammesSeed, demoFundingSeed];
