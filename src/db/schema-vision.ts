/** Table types of the vision module (migration 0013); merged into Database in schema.ts. */
export interface VisionTables {}
