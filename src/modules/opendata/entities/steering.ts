import type { PublicEntityType } from '../entity-type.js';

/** Framework, governance, follow-up cycle, KPIs and reports. */
export const steeringEntityTypes: PublicEntityType[] = [];
