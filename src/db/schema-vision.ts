import type { ColumnType, Generated } from 'kysely';

/** Table types of the vision module (migration 0013); merged into Database in schema.ts. */
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateColumn = ColumnType<string, string, string>;

export type VisionSection = 'why' | 'desired_state' | 'principles';
export type RoundStatus = 'draft' | 'open' | 'closed';
export type CommentAnswer = 'adopted' | 'adapted' | 'not_adopted';
export type Horizon = 2025 | 2035 | 2050;
export type Pole = 'low' | 'high';

export interface VisionsTable {
  id: Generated<number>;
  code: string;
  title_nl: string; title_en: string;
  is_demo: Generated<boolean>;
  created_by: number | null;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}

export interface VisionRoundsTable {
  id: Generated<number>;
  vision_id: number;
  number: number;
  status: RoundStatus;
  intro_nl: Generated<string>; intro_en: Generated<string>;
  opened_at: NullableTimestamp; opened_by: number | null;
  closed_at: NullableTimestamp; closed_by: number | null;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}

export interface VisionSectionsTable { round_id: number; section: VisionSection; body_nl: string; body_en: string }

export interface VisionCommentsTable {
  id: Generated<number>;
  round_id: number;
  section: VisionSection;
  user_id: number;
  organisation_id: number | null;
  body: string;
  proposed_text: Generated<string>;
  answer: CommentAnswer | null;
  answer_reason: Generated<string>;
  answered_by: number | null;
  answered_at: NullableTimestamp;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  version: Generated<number>;
}

export interface VisionEndorsementsTable {
  id: Generated<number>;
  round_id: number;
  organisation_id: number;
  user_id: number;
  endorsed_at: Generated<Date>;
  withdrawn_at: NullableTimestamp;
  withdrawn_by: number | null;
  is_demo: Generated<boolean>;
}

export interface TransitionPathsTable {
  id: Generated<number>;
  code: string;
  title_nl: string; title_en: string;
  summary_nl: Generated<string>; summary_en: Generated<string>;
  position: Generated<number>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface PathHorizonsTable { path_id: number; year: Horizon; goal_nl: string; goal_en: string }
export interface PathPillarsTable { path_id: number; pillar: number }
export interface PathChallengesTable { path_id: number; challenge: number }
export interface PathActionLinesTable { path_id: number; action_line_id: number; horizon: Horizon; linked_at: Generated<Date> }

export interface ScenarioSetsTable {
  id: Generated<number>;
  code: string;
  title_nl: string; title_en: string;
  question_nl: Generated<string>; question_en: Generated<string>;
  horizon_year: number;
  axis1_nl: string; axis1_en: string; axis1_low_nl: string; axis1_low_en: string; axis1_high_nl: string; axis1_high_en: string;
  axis2_nl: string; axis2_en: string; axis2_low_nl: string; axis2_low_en: string; axis2_high_nl: string; axis2_high_en: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface ScenariosTable {
  id: Generated<number>;
  set_id: number;
  code: string;
  pole1: Pole; pole2: Pole;
  title_nl: string; title_en: string;
  narrative_nl: Generated<string>; narrative_en: Generated<string>;
  watch_nl: Generated<string>; watch_en: Generated<string>;
  implications_nl: Generated<string>; implications_en: Generated<string>;
  updated_at: Generated<Date>; version: Generated<number>;
}
export interface ScenarioSignalsTable {
  id: Generated<number>;
  scenario_id: number;
  observed_on: DateColumn;
  source: string;
  description: string;
  logged_by: number | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface VisionTables {
  visions: VisionsTable;
  vision_rounds: VisionRoundsTable;
  vision_sections: VisionSectionsTable;
  vision_comments: VisionCommentsTable;
  vision_endorsements: VisionEndorsementsTable;
  transition_paths: TransitionPathsTable;
  path_horizons: PathHorizonsTable;
  path_pillars: PathPillarsTable;
  path_challenges: PathChallengesTable;
  path_action_lines: PathActionLinesTable;
  scenario_sets: ScenarioSetsTable;
  scenarios: ScenariosTable;
  scenario_signals: ScenarioSignalsTable;
}
