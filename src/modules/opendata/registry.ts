import type { PublicEntityType } from './entity-type.js';
import { steeringEntityTypes } from './entities/steering.js';
import { sectorEntityTypes } from './entities/sector.js';

/** Every public entity type, by its URI segment. */
export const entityTypes: readonly PublicEntityType[] = [...steeringEntityTypes, ...sectorEntityTypes];

const byType = new Map(entityTypes.map((entityType) => [entityType.type, entityType]));

export function entityType(type: string): PublicEntityType | undefined {
  return byType.get(type);
}
