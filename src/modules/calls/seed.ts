import type { SeedSet } from '../../seed/seed-sets.js';
import { conformityAnnexSeed } from './seed/conformity-annex.js';
import { seedDemoCalls } from './seed/demo-calls.js';

/** Demo calls (open, upcoming, closed) with a demo application form; every record marked as demo. */
const demoCallsSeed: SeedSet = { name: 'demo-calls', demo: true, load: seedDemoCalls };

export const seedSets: SeedSet[] = [conformityAnnexSeed, demoCallsSeed];
