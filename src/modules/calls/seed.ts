import type { SeedSet } from '../../seed/seed-sets.js';

export const seedSets: SeedSet[] = [];
