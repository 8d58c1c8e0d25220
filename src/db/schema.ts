import type { ColumnType, Generated } from 'kysely';
import type { VisionTables } from './schema-vision.js';
import type { CallsTables } from './schema-calls.js';
import type { KnowledgeTables } from './schema-knowledge.js';
import type { SearchTables } from './schema-search.js';
import type { ApiKeysTables } from './schema-apikeys.js';
import type { AccountsTables } from './schema-accounts.js';

/** Timestamps are written as Date or ISO string and read as Date. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AppSettingsTable { key: string; value: string }
export interface SeedLogTable { name: string; checksum: string; loaded_at: Generated<Date> }

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string;
  role: 'admin' | 'transition_team' | 'steering_committee' | 'org_member';
  created_at: Timestamp;
  updated_at: Timestamp;
  disabled_at: NullableTimestamp;
  version: Generated<number>;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  entity_type: string;
  entity_id: string;
  action: 'create' | 'update' | 'retire' | 'restore' | 'delete';
  before: unknown;
  after: unknown;
  /** Transaction that wrote the row (migration 0027): the changes feed reads only finished ones. */
  tx: Generated<string>;
}

export interface SubsectorsTable { code: string; position: number; name_nl: string; name_en: string }

export interface PillarsTable {
  number: number;
  name_nl: string; name_en: string;
  description_nl: string; description_en: string;
  source: string;
}

export interface ChallengesTable {
  number: number;
  pillar: number;
  title_nl: string; title_en: string;
  description_nl: string; description_en: string;
  why_nl: string; why_en: string;
  source: string;
}

export interface RecommendationsTable {
  code: string;
  parent_code: string | null;
  position: number;
  title_nl: string; title_en: string;
  description_nl: string; description_en: string;
  source: string;
}
export interface RecommendationChallengesTable { recommendation_code: string; challenge: number }
export interface RecommendationPillarsTable { recommendation_code: string; pillar: number }

export interface PrinciplesTable {
  number: number;
  title_nl: string; title_en: string;
  description_nl: string; description_en: string;
  source: string;
}
export interface PrincipleChallengesTable { principle: number; challenge: number }
export interface PrincipleRecommendationsTable { principle: number; recommendation_code: string }

export interface SpearheadsTable {
  number: number;
  title_nl: string; title_en: string;
  description_nl: string; description_en: string;
  source: string;
}

export interface TimelineEventsTable {
  id: Generated<number>;
  date_text: string;
  sort_date: ColumnType<string, string, string>;
  title_nl: string; title_en: string;
  description_nl: string; description_en: string;
  source: string;
}

interface Lifecycle {
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  retired_at: NullableTimestamp;
  version: Generated<number>;
}

export interface ActorsTable extends Lifecycle {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  description_nl: string; description_en: string;
  website: string | null;
  expertise: string[];
  pillars: number[];
  subsectors: string[];
  source: string | null;
}

export interface ActorRolesTable {
  id: Generated<number>;
  actor_id: number;
  role: 'driver' | 'relief_provider';
  focus: 'strategic' | 'technical';
  horizon: 'long' | 'short';
  access: 'sector_wide' | 'subsector';
  note_nl: string; note_en: string;
  source: string | null;
}

export interface InstrumentsTable extends Lifecycle {
  id: Generated<number>;
  code: string;
  name_nl: string; name_en: string;
  description_nl: string; description_en: string;
  type: string;
  responsible_actor_id: number | null;
  since_year: number | null;
  source: string | null;
}
export interface InstrumentChallengesTable {
  instrument_id: number;
  challenge: number;
  strength: 'strong' | 'partial';
  note_nl: string; note_en: string;
}
export interface InstrumentRecommendationsTable { instrument_id: number; recommendation_code: string }

export interface CasesTable extends Lifecycle {
  id: Generated<number>;
  code: string;
  title_nl: string; title_en: string;
  summary_nl: string; summary_en: string;
  country: string;
  region: string | null;
  sector: string;
  pillar: number;
  url: string | null;
  source: string | null;
  /** 0017: inspiring example or failure, richer tags, the support actor that maintains it. */
  outcome: Generated<'inspiring' | 'failure' | 'mixed'>;
  subsectors: ColumnType<string[], string[] | undefined, string[]>;
  technologies: ColumnType<string[], string[] | undefined, string[]>;
  maintained_by_actor_id: number | null;
  created_by: number | null;
}
export interface CaseChallengesTable { case_id: number; challenge: number }

// Governance (0005)
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type Num = ColumnType<number, number | string, number | string>;
type NullableNum = ColumnType<number | null, number | string | null | undefined, number | string | null>;

export interface BodiesTable extends Lifecycle {
  id: Generated<number>;
  code: string;
  kind: 'steering_committee' | 'transition_team' | 'advisory_board' | 'working_group';
  name_nl: string; name_en: string;
  description_nl: Generated<string>; description_en: Generated<string>;
  mandate_nl: Generated<string>; mandate_en: Generated<string>;
  meetings_per_year: number | null;
  starts_on: NullableDate;
  ends_on: NullableDate;
  parent_body_id: number | null;
  is_proposal: Generated<boolean>;
  source: string | null;
  established_by_decision_id: number | null;
}
export interface BodyMembersTable {
  id: Generated<number>;
  body_id: number;
  actor_id: number;
  person_name: string | null;
  role: 'chair' | 'vice_chair' | 'member' | 'secretary' | 'observer';
  starts_on: NullableDate;
  ends_on: NullableDate;
  is_proposal: Generated<boolean>;
  source: string | null;
  status: Generated<'effective' | 'acting' | 'titular' | 'impeded' | 'ended' | null>;
  appointed_by_decision_id: Generated<number | null>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface MeetingsTable {
  id: Generated<number>;
  body_id: number;
  starts_at: Timestamp;
  place: Generated<string>;
  chair_member_id: number | null;
  status: Generated<'planned' | 'held' | 'cancelled'>;
  is_demo: Generated<boolean>;
  started_at: Generated<Date | null>; ended_at: Generated<Date | null>;
  secretary_member_id: Generated<number | null>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface MeetingAttendanceTable { meeting_id: number; member_id: number; present: boolean }
export interface AgendaItemsTable {
  id: Generated<number>;
  meeting_id: number;
  position: number;
  title_nl: string; title_en: string;
  description_nl: Generated<string>; description_en: Generated<string>;
  is_public: Generated<boolean>;
  /** besluit:Agendapunt.type: planned before the meeting was held, added once held; null where not known. */
  item_type: Generated<'planned' | 'added' | null>;
}
export interface TreatmentsTable {
  id: Generated<number>;
  agenda_item_id: number;
  is_public: Generated<boolean>;
  votes_for: number | null; votes_against: number | null; abstentions: number | null;
  outcome: 'approved' | 'rejected' | 'postponed' | 'noted';
  notes_nl: Generated<string>; notes_en: Generated<string>;
}
export interface TreatmentVotesTable { treatment_id: number; member_id: number; choice: 'for' | 'against' | 'abstain' }
export interface DecisionsTable {
  id: Generated<number>;
  code: string;
  treatment_id: number | null;
  body_id: number;
  title_nl: string; title_en: string;
  text_nl: Generated<string>; text_en: Generated<string>;
  status: Generated<'draft' | 'approved' | 'published'>;
  decided_on: NullableDate;
  published_at: NullableTimestamp;
  is_demo: Generated<boolean>;
  motivation_nl: Generated<string>; motivation_en: Generated<string>;
  in_force_on: NullableDate;
  document_type: Generated<'establishment' | 'appointment' | 'policy' | 'approval' | 'other' | null>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export type DecisionSubjectType = 'action_line' | 'plan' | 'action' | 'kpi' | 'body' | 'instrument' | 'call';
export interface DecisionSubjectsTable { decision_id: number; subject_type: DecisionSubjectType; subject_id: number }
export interface PublicationsTable {
  id: Generated<number>;
  meeting_id: number;
  kind: 'agenda' | 'decision_list' | 'minutes';
  version: number;
  status: Generated<'draft' | 'approved' | 'published'>;
  content: unknown;
  correction_of: number | null;
  approved_at: NullableTimestamp;
  published_at: NullableTimestamp;
  created_by: number | null;
  created_at: Generated<Date>;
}

// Follow-up cycle (0006)
export interface ActionLinesTable extends Lifecycle {
  id: Generated<number>;
  code: string;
  title_nl: string; title_en: string;
  description_nl: Generated<string>; description_en: Generated<string>;
  owner_actor_id: number | null;
}
export interface ActionLineRecommendationsTable { action_line_id: number; recommendation_code: string }
export interface ActionLineChallengesTable { action_line_id: number; challenge: number }
export interface PlansTable {
  id: Generated<number>;
  action_line_id: number;
  kind: 'multi_year' | 'annual';
  year_from: number; year_to: number;
  status: Generated<'draft' | 'adopted'>;
  adopted_at: NullableTimestamp;
  adopted_by_decision_id: number | null;
  rolled_from_plan_id: number | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface PlanBaselinesTable {
  id: Generated<number>;
  plan_id: number;
  version: number;
  content: unknown;
  decision_id: number | null;
  reason: Generated<string>;
  frozen_at: Generated<Date>;
  frozen_by: number | null;
}
export interface ActionsTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  title_nl: string; title_en: string;
  description_nl: Generated<string>; description_en: Generated<string>;
  responsible_actor_id: number | null;
  status: Generated<'planned' | 'running' | 'done' | 'stopped'>;
  starts_on: NullableDate; ends_on: NullableDate;
  budget_planned: NullableNum; budget_committed: NullableNum; budget_spent: NullableNum;
  external_id: string | null;
  carried_from_action_id: number | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface ActionContributorsTable { action_id: number; actor_id: number }
export interface ActionDecisionsTable { action_id: number; decision_id: number }
export interface MilestonesTable {
  id: Generated<number>;
  action_id: number;
  title_nl: string; title_en: string;
  due_on: DateColumn;
  done_on: NullableDate;
  weight: NullableNum;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface ConformityClausesTable {
  id: Generated<number>;
  actor_id: number;
  agreement_nl: string; agreement_en: string;
  status: 'absent' | 'planned' | 'included';
  since: NullableDate;
  note_nl: Generated<string>; note_en: Generated<string>;
  source: string | null;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}

// Monitoring (0007)
export interface KpisTable extends Lifecycle {
  id: Generated<number>;
  code: string;
  name_nl: string; name_en: string;
  definition_nl: Generated<string>; definition_en: Generated<string>;
  unit: string;
  direction: 'increase' | 'decrease';
  frequency: 'annual' | 'quarterly' | 'monthly';
  source: Generated<string>;
  owner_actor_id: number | null;
  baseline_value: NullableNum;
  baseline_date: NullableDate;
}
export interface KpiActionLinesTable { kpi_id: number; action_line_id: number }
export interface KpiInstrumentsTable { kpi_id: number; instrument_id: number }
export interface KpiTargetsTable { kpi_id: number; year: number; value: Num }
export interface MeasurementImportsTable {
  id: Generated<number>;
  filename: string;
  checksum: string;
  status: 'validating' | 'importing' | 'done' | 'failed';
  rows_total: Generated<number>; rows_done: Generated<number>; rows_changed: Generated<number>;
  errors: Generated<unknown>;
  created_by: number | null;
  created_at: Generated<Date>;
  finished_at: NullableTimestamp;
}
export interface MeasurementsTable {
  id: Generated<number>;
  kpi_id: number;
  period: string;
  period_start: DateColumn;
  value: Num;
  unit: string;
  subsector: Generated<string>;
  province: Generated<string>;
  source: Generated<string>;
  confidence: Generated<'high' | 'medium' | 'low'>;
  note: Generated<string>;
  import_id: number | null;
  created_at: Generated<Date>; updated_at: Generated<Date>;
}

// Reports (0010)
export interface ReportTemplatesTable {
  id: Generated<number>;
  code: string;
  sections: unknown;
  intro_nl: Generated<string>; intro_en: Generated<string>;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface PublishedReportsTable {
  id: Generated<number>;
  year: number;
  version: number;
  content: unknown;
  published_at: Generated<Date>;
  published_by: number | null;
}

// Maturity (0012)
export type StaffClass = '0-4' | '5-19' | '20-49' | '50+';
export type BudgetClass = 'lt-250k' | '250k-1m' | '1m-5m' | 'gt-5m';
export type LegalForm = 'vzw' | 'public' | 'autonomous_municipal' | 'foundation' | 'company' | 'association' | 'other';
export type FundingFramework = 'kunstendecreet' | 'erfgoeddecreet' | 'sociaal_cultureel_volwassenenwerk' | 'circusdecreet'
  | 'literatuur' | 'vaf' | 'amateurkunsten' | 'lokaal_cultuurbeleid' | 'bovenlokaal_cultuurbeleid' | 'none' | 'other';
export type OrganisationRole = 'owner' | 'member' | 'respondent';
export interface OrganisationsTable extends Lifecycle {
  id: Generated<number>;
  name: string;
  subsector: string;
  staff_class: StaffClass;
  budget_class: BudgetClass;
  province: string;
  municipality: string;
  legal_form: LegalForm;
  funding_framework: FundingFramework;
  website: string | null;
  mission: Generated<string>;
  share_with_team: Generated<boolean>;
  contactable: Generated<boolean>;
}
export interface OrganisationMembersTable {
  organisation_id: number;
  user_id: number;
  role: OrganisationRole;
  position: Generated<string>;
  added_at: Generated<Date>;
}
export interface OrganisationInvitationsTable {
  id: Generated<number>;
  organisation_id: number;
  email: string;
  role: OrganisationRole;
  position: Generated<string>;
  token_hash: string;
  invited_by: number;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  withdrawn_at: NullableTimestamp;
}
export interface MaturityModelsTable {
  id: Generated<number>;
  version: number;
  status: 'draft' | 'published' | 'retired';
  note_nl: Generated<string>; note_en: Generated<string>;
  based_on: number | null;
  created_at: Generated<Date>;
  published_at: NullableTimestamp;
  updated_at: Generated<Date>;
  row_version: Generated<number>;
}
export interface MaturityLevelsTable {
  model_id: number; level: number;
  name_nl: string; name_en: string;
  description_nl: string; description_en: string;
}
export interface MaturityDimensionsTable {
  model_id: number; code: string; position: number;
  name_nl: string; name_en: string;
  description_nl: string; description_en: string;
}
export interface MaturityDimensionLevelsTable {
  model_id: number; dimension_code: string; level: number;
  meaning_nl: string; meaning_en: string;
}
export interface MaturityStepsTable {
  id: Generated<number>;
  model_id: number; dimension_code: string; level: number; position: number;
  text_nl: string; text_en: string;
}
export interface MaturityQuestionsTable {
  id: Generated<number>;
  model_id: number; dimension_code: string; code: string; position: number;
  text_nl: string; text_en: string;
  help_nl: Generated<string>; help_en: Generated<string>;
  in_quick_scan: Generated<boolean>;
  critical_from: number | null;
  allows_not_applicable: Generated<boolean>;
}
export interface MaturityDimensionMapTable { from_model_id: number; from_code: string; to_model_id: number; to_code: string }
export interface AssessmentsTable {
  id: Generated<number>;
  organisation_id: number;
  model_id: number;
  kind: 'quick' | 'full';
  status: 'open' | 'submitted';
  started_by: number | null;
  started_at: Generated<Date>;
  submitted_at: NullableTimestamp;
  is_demo: Generated<boolean>;
  version: Generated<number>;
}
export interface AssessmentRespondentsTable { assessment_id: number; user_id: number; finished_at: NullableTimestamp }
export interface AssessmentAnswersTable {
  assessment_id: number; user_id: number; question_id: number;
  current_level: number | null;
  target_level: number | null;
  not_applicable: Generated<boolean>;
  note: Generated<string>;
  evidence_url: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface AssessmentResultsTable {
  assessment_id: number; dimension_code: string;
  level: number; target_level: number | null;
  min_level: number; max_level: number; respondents: number;
  disagreement: Generated<boolean>;
}
export interface ImprovementPlansTable {
  id: Generated<number>;
  organisation_id: number;
  assessment_id: number;
  reassess_on: NullableDate;
  scenario_note: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface ImprovementPrioritiesTable { plan_id: number; dimension_code: string; reason: Generated<string> }
export interface ImprovementItemsTable {
  id: Generated<number>;
  plan_id: number; dimension_code: string; step_id: number | null;
  text: string; owner: Generated<string>; due_on: NullableDate;
  status: 'todo' | 'doing' | 'done' | 'dropped';
  created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
}
export interface CoachInvitationsTable {
  id: Generated<number>;
  organisation_id: number; coach_user_id: number; actor_id: number | null;
  invited_by: number; invited_at: Generated<Date>; withdrawn_at: NullableTimestamp;
}
export interface ImprovementCommentsTable {
  id: Generated<number>; plan_id: number; user_id: number; body: string; created_at: Generated<Date>;
}
export interface CaseDimensionsTable { case_id: number; dimension_code: string }
export interface ActorDimensionsTable { actor_id: number; dimension_code: string }
export type LearningKind = 'course' | 'workshop' | 'peer_learning' | 'residency' | 'living_lab' | 'fieldlab' | 'webinar' | 'coaching';
export interface LearningOpportunitiesTable extends Lifecycle {
  id: Generated<number>;
  title_nl: string; title_en: string;
  summary_nl: Generated<string>; summary_en: Generated<string>;
  kind: LearningKind;
  provider_actor_id: number | null;
  provider_name: string;
  starts_on: NullableDate; ends_on: NullableDate;
  place: string | null;
  online: Generated<boolean>;
  dimension_code: string | null;
  level_from: number | null; level_to: number | null;
  url: string | null;
  /** 0017 */
  subsectors: ColumnType<string[], string[] | undefined, string[]>;
  pillars: ColumnType<number[], number[] | undefined, number[]>;
  language: Generated<'nl' | 'en' | 'nl-en'>;
  created_by: number | null;
}
export interface ImprovementRelevanceTable { plan_id: number; dimension_code: string; relevance: 'high' | 'normal' | 'low' }
export interface ImprovementContactRequestsTable {
  id: Generated<number>;
  from_organisation_id: number; to_organisation_id: number; dimension_code: string;
  message: Generated<string>;
  requested_by: number; requested_at: Generated<Date>;
  answered_at: NullableTimestamp;
  answer: 'accepted' | 'declined' | null;
}

export interface Database extends VisionTables, CallsTables, KnowledgeTables, SearchTables, ApiKeysTables, AccountsTables {
  schema_migrations: { name: string; applied_at: Generated<Date> };
  app_settings: AppSettingsTable;
  seed_log: SeedLogTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  subsectors: SubsectorsTable;
  pillars: PillarsTable;
  challenges: ChallengesTable;
  recommendations: RecommendationsTable;
  recommendation_challenges: RecommendationChallengesTable;
  recommendation_pillars: RecommendationPillarsTable;
  principles: PrinciplesTable;
  principle_challenges: PrincipleChallengesTable;
  principle_recommendations: PrincipleRecommendationsTable;
  spearheads: SpearheadsTable;
  timeline_events: TimelineEventsTable;
  actors: ActorsTable;
  actor_roles: ActorRolesTable;
  instruments: InstrumentsTable;
  instrument_challenges: InstrumentChallengesTable;
  instrument_recommendations: InstrumentRecommendationsTable;
  cases: CasesTable;
  case_challenges: CaseChallengesTable;
  bodies: BodiesTable;
  body_members: BodyMembersTable;
  meetings: MeetingsTable;
  meeting_attendance: MeetingAttendanceTable;
  agenda_items: AgendaItemsTable;
  treatments: TreatmentsTable;
  treatment_votes: TreatmentVotesTable;
  decisions: DecisionsTable;
  decision_subjects: DecisionSubjectsTable;
  publications: PublicationsTable;
  action_lines: ActionLinesTable;
  action_line_recommendations: ActionLineRecommendationsTable;
  action_line_challenges: ActionLineChallengesTable;
  plans: PlansTable;
  plan_baselines: PlanBaselinesTable;
  actions: ActionsTable;
  action_contributors: ActionContributorsTable;
  action_decisions: ActionDecisionsTable;
  milestones: MilestonesTable;
  conformity_clauses: ConformityClausesTable;
  kpis: KpisTable;
  kpi_action_lines: KpiActionLinesTable;
  kpi_instruments: KpiInstrumentsTable;
  kpi_targets: KpiTargetsTable;
  measurement_imports: MeasurementImportsTable;
  measurements: MeasurementsTable;
  report_templates: ReportTemplatesTable;
  published_reports: PublishedReportsTable;
  organisations: OrganisationsTable;
  organisation_members: OrganisationMembersTable;
  organisation_invitations: OrganisationInvitationsTable;
  maturity_models: MaturityModelsTable;
  maturity_levels: MaturityLevelsTable;
  maturity_dimensions: MaturityDimensionsTable;
  maturity_dimension_levels: MaturityDimensionLevelsTable;
  maturity_steps: MaturityStepsTable;
  maturity_questions: MaturityQuestionsTable;
  maturity_dimension_map: MaturityDimensionMapTable;
  assessments: AssessmentsTable;
  assessment_respondents: AssessmentRespondentsTable;
  assessment_answers: AssessmentAnswersTable;
  assessment_results: AssessmentResultsTable;
  improvement_plans: ImprovementPlansTable;
  improvement_priorities: ImprovementPrioritiesTable;
  improvement_items: ImprovementItemsTable;
  coach_invitations: CoachInvitationsTable;
  improvement_comments: ImprovementCommentsTable;
  case_dimensions: CaseDimensionsTable;
  actor_dimensions: ActorDimensionsTable;
  learning_opportunities: LearningOpportunitiesTable;
  improvement_relevance: ImprovementRelevanceTable;
  improvement_contact_requests: ImprovementContactRequestsTable;
}
