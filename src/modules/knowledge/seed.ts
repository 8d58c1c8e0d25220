import type { SeedSet } from '../../seed/seed-sets.js';
import { demoCasesSeed } from './seed/demo-cases.js';
import { demoFundingSeed } from './seed/demo-funding.js';
import { fundingProgrammesSeed } from './seed/funding-programmes.js';

/**
 * The funding and network programmes the study names (funding-programmes), then dated demo calls
 * linked to the demo action lines (demo-funding) and demo failures and mixed results (demo-cases).
 */
export const seedSets: SeedSet[] = [fundingProgrammesSeed, demoFundingSeed, demoCasesSeed];
