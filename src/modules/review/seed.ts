import type { SeedSet } from '../../seed/seed-sets.js';
import { seedDemoReview } from './seed/demo-review.js';

/**
 * A closed demo call in review: demo applications, reviewers, scores, a ranking, a grant with its
 * project and a refusal. Loads after the calls module's demo calls; without them it does nothing.
 */
const demoReviewSeed: SeedSet = { name: 'demo-review', demo: true, load: seedDemoReview };

export const seedSets: SeedSet[] = [demoReviewSeed];
