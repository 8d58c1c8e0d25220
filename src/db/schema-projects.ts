import type { Generated } from 'kysely';
import type { LessonsTable, ProjectMilestonesTable } from './schema-calls.js';

/** Columns migration 0020 adds to two tables of 0016; these replace their types in Database. */
export type LessonOutcome = 'inspiring' | 'failure' | 'mixed';

export interface LessonsWithOutcomeTable extends LessonsTable {
  outcome: Generated<LessonOutcome>;
}

export interface MilestonesWithNoteTable extends ProjectMilestonesTable {
  /** Why a milestone that is not done will not be (needed before the final report). */
  note: Generated<string>;
}

export interface ProjectsTables {
  lessons: LessonsWithOutcomeTable;
  project_milestones: MilestonesWithNoteTable;
}
