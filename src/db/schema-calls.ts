import type { ColumnType, Generated } from 'kysely';

/** Table types of calls, applications, review and projects (migration 0016); merged into Database. */
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
/** numeric columns come back as strings from both drivers. */
type Money = ColumnType<string, number | string, number | string>;
type NullableMoney = ColumnType<string | null, number | string | null | undefined, number | string | null>;
type Json<T> = ColumnType<T, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type IntArray = ColumnType<number[], number[] | undefined, number[]>;

export type FormKind = 'application' | 'conformity_annex';
export type CallStatus = 'draft' | 'published' | 'cancelled';
export type WorkflowStepKind = 'eligibility' | 'review' | 'panel' | 'decision' | 'other';
export type WorkflowActorRole = 'transition_team' | 'reviewer' | 'panel' | 'steering_committee';
export type ApplicationStatus = 'draft' | 'submitted' | 'withdrawn' | 'ineligible' | 'in_review' | 'granted' | 'refused';
export type PathwayStage = 'inputs' | 'activities' | 'outputs' | 'outcomes' | 'impact';
export type StepOutcome = 'passed' | 'failed' | 'noted';
export type GrantOutcome = 'granted' | 'refused';
export type ProjectStatus = 'active' | 'closed';
export type ReportKind = 'progress' | 'final';

export interface FormDefinitionsTable {
  id: Generated<number>;
  code: string;
  kind: FormKind;
  version: number;
  title_nl: string; title_en: string;
  /** JSON array of field definitions; the shape lives in src/modules/calls/form-fields.ts. */
  fields: Json<unknown>;
  published_at: NullableTimestamp;
  created_by: number | null;
  created_at: Generated<Date>; updated_at: Generated<Date>;
  is_demo: Generated<boolean>;
}

export interface CallsTable {
  id: Generated<number>;
  code: string;
  instrument_id: number;
  title_nl: string; title_en: string;
  summary_nl: Generated<string>; summary_en: Generated<string>;
  eligibility_nl: Generated<string>; eligibility_en: Generated<string>;
  budget_eur: Money;
  max_grant_eur: NullableMoney;
  opens_at: Timestamp;
  closes_at: Timestamp;
  application_form_id: number;
  annex_form_id: number;
  min_partners: Generated<number>;
  requires_cross_sector: Generated<boolean>;
  status: Generated<CallStatus>;
  created_by: number | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}

export interface CallCriteriaTable {
  call_id: number; code: string; position: number;
  weight: Money;
  label_nl: string; label_en: string;
  description_nl: Generated<string>; description_en: Generated<string>;
}

export interface CallAnnexesTable {
  call_id: number; code: string; position: number;
  label_nl: string; label_en: string;
  required: Generated<boolean>;
}

export interface CallWorkflowStepsTable {
  call_id: number; position: number; code: string;
  kind: WorkflowStepKind; actor_role: WorkflowActorRole;
  label_nl: string; label_en: string;
}

export interface ApplicationsTable {
  id: Generated<number>;
  call_id: number;
  lead_organisation_id: number;
  title: string;
  summary: Generated<string>;
  form_id: number;
  annex_form_id: number;
  answers: ColumnType<unknown, string | undefined, string>;
  annex_answers: ColumnType<unknown, string | undefined, string>;
  requested_eur: NullableMoney;
  status: Generated<ApplicationStatus>;
  current_step: string | null;
  submitted_at: NullableTimestamp;
  submitted_by: number | null;
  created_by: number;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}

export interface ApplicationPartnersTable {
  application_id: number; organisation_id: number;
  role: 'lead' | 'partner';
  contribution: Generated<string>;
  confirmed_at: NullableTimestamp; confirmed_by: number | null;
}

export interface ApplicationPathwayTable {
  application_id: number; stage: PathwayStage;
  description: Generated<string>;
  /** [{ name, target }] */
  indicators: ColumnType<Array<{ name: string; target: string }>, string | undefined, string>;
}

export interface ApplicationDocumentsTable {
  application_id: number; annex_code: string; title: string; url: string;
  added_by: number; added_at: Generated<Date>;
}

export interface ConformityAnswersTable { application_id: number; field_key: string; value: string }

export interface ApplicationStepsTable {
  id: Generated<number>;
  application_id: number; step_code: string; outcome: StepOutcome;
  note: Generated<string>;
  acted_by: number; acted_at: Generated<Date>;
}

export interface CallReviewersTable { call_id: number; user_id: number; assigned_by: number; assigned_at: Generated<Date> }

export interface ReviewsTable {
  application_id: number; reviewer_id: number;
  conflicted: boolean;
  conflict_note: Generated<string>;
  declared_at: Generated<Date>;
  submitted_at: NullableTimestamp;
}

export interface ReviewScoresTable {
  application_id: number; reviewer_id: number; criterion_code: string;
  score: number; motivation: string; scored_at: Generated<Date>;
}

export interface GrantDecisionsTable {
  application_id: number;
  outcome: GrantOutcome;
  amount_eur: NullableMoney;
  letter_nl: string;
  letter_en: Generated<string>;
  decided_by: number; decided_at: Generated<Date>;
}

export interface ProjectsTable {
  id: Generated<number>;
  code: string;
  application_id: number; call_id: number; lead_organisation_id: number;
  title: string;
  granted_eur: Money;
  starts_on: DateColumn; ends_on: DateColumn;
  status: Generated<ProjectStatus>;
  closed_at: NullableTimestamp; closed_by: number | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}

export interface ProjectMilestonesTable {
  id: Generated<number>;
  project_id: number; position: number; title: string;
  due_on: DateColumn; done_on: NullableDate;
  /** 0020: why a milestone that is not done will not be (needed before the final report). */
  note: Generated<string>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}

export interface ProjectReportsTable {
  id: Generated<number>;
  project_id: number; kind: ReportKind;
  period_label: Generated<string>;
  body: string;
  submitted_by: number; submitted_at: Generated<Date>;
}

export interface LessonsTable {
  id: Generated<number>;
  code: string;
  project_id: number | null;
  organisation_id: number | null;
  title: string; summary: string;
  what_worked: string; what_failed: string;
  details: Generated<string>;
  publish_details: Generated<boolean>;
  language: Generated<'nl' | 'en'>;
  pillars: IntArray; challenges: IntArray;
  dimension_codes: TextArray; subsectors: TextArray; technologies: TextArray;
  published_at: NullableTimestamp;
  created_by: number | null;
  /** 0020: in the vocabulary of the knowledge space's cases, so failures are found as failures. */
  outcome: Generated<'inspiring' | 'failure' | 'mixed'>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>;
  retired_at: NullableTimestamp;
  version: Generated<number>;
}

export interface CallsTables {
  form_definitions: FormDefinitionsTable;
  calls: CallsTable;
  call_criteria: CallCriteriaTable;
  call_annexes: CallAnnexesTable;
  call_workflow_steps: CallWorkflowStepsTable;
  applications: ApplicationsTable;
  application_partners: ApplicationPartnersTable;
  application_pathway: ApplicationPathwayTable;
  application_documents: ApplicationDocumentsTable;
  conformity_answers: ConformityAnswersTable;
  application_steps: ApplicationStepsTable;
  call_reviewers: CallReviewersTable;
  reviews: ReviewsTable;
  review_scores: ReviewScoresTable;
  grant_decisions: GrantDecisionsTable;
  projects: ProjectsTable;
  project_milestones: ProjectMilestonesTable;
  project_reports: ProjectReportsTable;
  lessons: LessonsTable;
}
