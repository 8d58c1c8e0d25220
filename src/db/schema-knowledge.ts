import type { ColumnType, Generated } from 'kysely';

/** Table types of the knowledge space and the guide (migration 0017); merged into Database. */
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type IntArray = ColumnType<number[], number[] | undefined, number[]>;

export type FundingKind = 'funding' | 'network';
export type FundingProgramme = 'creative_europe' | 'europeana' | 'eu_structural' | 'horizon_europe' | 'digital_europe' | 'flemish' | 'other';
export type GuideDirection = 'to_actor' | 'to_peer' | 'to_organisation';

export interface ActorEditorsTable { actor_id: number; user_id: number; granted_by: number; granted_at: Generated<Date> }

export interface FundingOpportunitiesTable {
  id: Generated<number>;
  code: string;
  kind: FundingKind;
  programme: FundingProgramme;
  title_nl: string; title_en: string;
  summary_nl: Generated<string>; summary_en: Generated<string>;
  provider_name: string;
  provider_actor_id: number | null;
  url: string | null;
  opens_on: NullableDate; deadline_on: NullableDate;
  budget_note: Generated<string>;
  subsectors: TextArray; dimension_codes: TextArray; pillars: IntArray;
  created_by: number | null;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>;
  retired_at: NullableTimestamp;
  version: Generated<number>;
}

export interface FundingOpportunityActionLinesTable { funding_opportunity_id: number; action_line_id: number }

export interface GuideQuestionsTable {
  id: Generated<number>;
  organisation_id: number;
  asked_by: number;
  question: string;
  dimension_code: string | null;
  pillar: number | null;
  level: number | null;
  visible_to_providers: Generated<boolean>;
  status: Generated<'open' | 'closed'>;
  created_at: Generated<Date>; updated_at: Generated<Date>;
  closed_at: NullableTimestamp;
  version: Generated<number>;
}

export interface GuideOffersTable {
  id: Generated<number>;
  actor_id: number;
  title_nl: string; title_en: Generated<string>;
  description_nl: string; description_en: Generated<string>;
  dimension_codes: TextArray; subsectors: TextArray; pillars: IntArray;
  level_from: number | null; level_to: number | null;
  created_by: number;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>;
  retired_at: NullableTimestamp;
  version: Generated<number>;
}

export interface GuideContactsTable {
  id: Generated<number>;
  question_id: number | null;
  offer_id: number | null;
  direction: GuideDirection;
  from_organisation_id: number | null;
  from_actor_id: number | null;
  to_actor_id: number | null;
  to_organisation_id: number | null;
  message: string;
  sent_by: number; sent_at: Generated<Date>;
  answered_at: NullableTimestamp;
  answer: 'accepted' | 'declined' | null;
}

export interface KnowledgeTables {
  actor_editors: ActorEditorsTable;
  funding_opportunities: FundingOpportunitiesTable;
  funding_opportunity_action_lines: FundingOpportunityActionLinesTable;
  guide_questions: GuideQuestionsTable;
  guide_offers: GuideOffersTable;
  guide_contacts: GuideContactsTable;
}
