import type { ColumnType } from 'kysely';

/**
 * The search read model (migration 0022): kept in sync by triggers on the source tables, never
 * written by the application. The search module reads it with plain SQL; this type lets typed
 * queries read it too once merged into Database.
 */
type ReadOnly<T> = ColumnType<T, never, never>;

export interface SearchDocumentsTable {
  kind: ReadOnly<'case' | 'lesson' | 'learning' | 'actor' | 'instrument' | 'call'>;
  source_id: ReadOnly<number>;
  code: ReadOnly<string | null>;
  title_nl: ReadOnly<string>; title_en: ReadOnly<string>;
  body_nl: ReadOnly<string>; body_en: ReadOnly<string>;
  detail: ReadOnly<string>;
  pillars: ReadOnly<number[]>; challenges: ReadOnly<number[]>; dimensions: ReadOnly<string[]>; subsectors: ReadOnly<string[]>;
  starts_on: ReadOnly<string | null>; open_until: ReadOnly<Date | null>;
  level_from: ReadOnly<number | null>; level_to: ReadOnly<number | null>;
  is_demo: ReadOnly<boolean>;
  updated_at: ReadOnly<Date>;
  document: ReadOnly<string>;
  /** 0023: a new number from a sequence for every row the triggers write (the change marker). */
  revision: ReadOnly<string>;
}

export interface SearchTables { search_documents: SearchDocumentsTable }
