import type { ColumnType, Generated } from 'kysely';

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
  role: 'admin' | 'transition_team' | 'org_member';
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
}
export interface CaseChallengesTable { case_id: number; challenge: number }

export interface Database {
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
}
