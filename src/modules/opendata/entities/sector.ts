import type { PublicEntityType } from '../entity-type.js';

/** Instruments, actors, organisations, calls, projects, lessons, cases and learning. */
export const sectorEntityTypes: PublicEntityType[] = [];
