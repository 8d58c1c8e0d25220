/** Shapes of the catalog read model; the API presents these (whitelisted) to the outside. */
export interface Bilingual { nl: string; en: string }

export const SUBSECTORS = ['arts', 'heritage', 'socio_cultural', 'circus', 'literature', 'film', 'amateur_arts', 'libraries_cultural_centres'] as const;
export type Subsector = (typeof SUBSECTORS)[number];

export const INSTRUMENT_TYPES = ['decree', 'regulation', 'subsidy', 'residency', 'training', 'shared_service', 'tool', 'fund', 'agreement', 'policy_document'] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

export const ACTOR_KINDS = ['government', 'support_organisation', 'knowledge_institution', 'broadcaster', 'fund', 'international', 'sector_organisation', 'company'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const EXPERTISE = ['strategy', 'infrastructure', 'standards', 'data', 'archiving', 'preservation', 'competences', 'platforms', 'rights', 'research', 'funding', 'international', 'audience'] as const;

export const ROLE_KINDS = ['driver', 'relief_provider'] as const;
export const ROLE_FOCI = ['strategic', 'technical'] as const;
export const ROLE_HORIZONS = ['long', 'short'] as const;
export const ROLE_ACCESS = ['sector_wide', 'subsector'] as const;
export const STRENGTHS = ['strong', 'partial'] as const;
export type Strength = (typeof STRENGTHS)[number];

export interface SubsectorView { code: string; name: Bilingual }
export interface Pillar { number: number; name: Bilingual; description: Bilingual; source: string }
export interface Challenge { number: number; pillar: number; title: Bilingual; description: Bilingual; whyItMatters: Bilingual; source: string }
export interface Recommendation {
  code: string; parentCode: string | null; title: Bilingual; description: Bilingual;
  pillars: number[]; challenges: number[]; source: string; children: string[];
}
export interface Principle { number: number; title: Bilingual; description: Bilingual; challenges: number[]; recommendations: string[]; source: string }
export interface Spearhead { number: number; title: Bilingual; description: Bilingual; source: string }
export interface TimelineEvent { id: number; date: string; title: Bilingual; description: Bilingual; source: string }

export interface ActorRole {
  role: (typeof ROLE_KINDS)[number]; focus: (typeof ROLE_FOCI)[number];
  horizon: (typeof ROLE_HORIZONS)[number]; access: (typeof ROLE_ACCESS)[number];
  note: Bilingual; source: string | null;
}
export interface Actor {
  id: number; code: string; name: string; kind: ActorKind; description: Bilingual; website: string | null;
  expertise: string[]; pillars: number[]; subsectors: string[]; roles: ActorRole[];
  source: string | null; isDemo: boolean; retired: boolean; version: number; updatedAt: string;
}

export interface InstrumentLink { challenge: number; strength: Strength; note: Bilingual }
export interface Instrument {
  id: number; code: string; name: Bilingual; description: Bilingual; type: InstrumentType;
  responsibleActorId: number | null; sinceYear: number | null;
  links: InstrumentLink[]; recommendations: string[];
  source: string | null; isDemo: boolean; retired: boolean; version: number; createdAt: string; updatedAt: string;
}

export type CaseOutcome = 'inspiring' | 'failure' | 'mixed';
export interface Case {
  id: number; code: string; title: Bilingual; summary: Bilingual; country: string; region: string | null;
  sector: string; pillar: number; challenges: number[]; url: string | null; source: string | null; isDemo: boolean;
  /** An inspiring example, a failure to learn from, or both. */
  outcome: CaseOutcome;
  subsectors: string[]; technologies: string[];
  /** Maturity dimensions (case_dimensions) the case helps with. */
  dimensions: string[];
  /** The support actor whose editors maintain the case; null: the transition team. */
  maintainedBy: number | null;
  version: number; createdAt: string;
}
