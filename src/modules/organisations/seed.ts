import type { SeedSet } from '../../seed/seed-sets.js';

/**
 * No seed sets of its own: organisations register themselves. The demo sector (demo
 * organisations, labelled "Demo: ..." and is_demo, with their demo assessments) is one set in the
 * benchmarks module, so that every demo organisation has results to compare and none is listed twice.
 */
export const seedSets: SeedSet[] = [];
