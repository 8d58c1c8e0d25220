import type { SeedSet } from '../../seed/seed-sets.js';
import { learningSeed } from './seed/learning.js';
import { matchingSeed } from './seed/matching.js';

/** Matching tags for the study's actors and cases (maturity-matching), then demo learning opportunities (demo-learning, demo: true). */
export const seedSets: SeedSet[] = [matchingSeed, learningSeed];
