import type { SeedSet } from '../../seed/seed-sets.js';
import { demoMaturitySeed } from './seed/demo.js';
import { maturityKpisSeed } from './seed/kpis.js';

/** The six maturity KPIs (maturity-kpis), then the demo sector (demo-maturity, demo: true). */
export const seedSets: SeedSet[] = [maturityKpisSeed, demoMaturitySeed];
