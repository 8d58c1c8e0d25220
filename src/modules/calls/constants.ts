import type { ApplicationStatus, PathwayStage, WorkflowActorRole, WorkflowStepKind } from '../../db/schema-calls.js';

export const CODE_PATTERN = '^[a-z0-9][a-z0-9-]{1,62}$';
export const ROW_CODE_PATTERN = '^[a-z0-9][a-z0-9_-]{0,40}$';
/** Addresses under /calls that are pages, not call codes. */
export const RESERVED_CODES = ['new', 'conformity', 'open', 'upcoming', 'closed'];

export const LIMITS = {
  title: 300, summary: 4000, eligibility: 8000, label: 200, description: 1000, contribution: 2000,
  pathway: 4000, indicators: 10, indicator: 300, documents: 30, documentTitle: 300, url: 2000,
  rows: 20, money: 1e12, perPage: 50,
} as const;

export const PATHWAY_STAGES: readonly PathwayStage[] = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'];
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['draft', 'submitted', 'withdrawn', 'ineligible', 'in_review', 'granted', 'refused'];
export const STEP_KINDS: readonly WorkflowStepKind[] = ['eligibility', 'review', 'panel', 'decision', 'other'];
export const ACTOR_ROLES: readonly WorkflowActorRole[] = ['transition_team', 'reviewer', 'panel', 'steering_committee'];

/** Status labels of an application, for every module that shows one. */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, { nl: string; en: string }> = {
  draft: { nl: 'Ontwerp', en: 'Draft' },
  submitted: { nl: 'Ingediend', en: 'Submitted' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
  ineligible: { nl: 'Niet ontvankelijk', en: 'Ineligible' },
  in_review: { nl: 'In beoordeling', en: 'In review' },
  granted: { nl: 'Toegekend', en: 'Granted' },
  refused: { nl: 'Geweigerd', en: 'Refused' },
};

/** Withdrawing is possible until a decision or a refusal at eligibility. */
export const WITHDRAWABLE: readonly ApplicationStatus[] = ['draft', 'submitted', 'in_review'];

export interface CriterionInput { code: string; weight: number; label: { nl: string; en: string }; description?: { nl?: string; en?: string } }
export interface AnnexInput { code: string; label: { nl: string; en: string }; required: boolean }
export interface StepInput { code: string; kind: WorkflowStepKind; actorRole: WorkflowActorRole; label: { nl: string; en: string } }

/** The award criteria of the study's R3 (innovation, user-centred, cross-sector, impact, conformity). */
export const DEFAULT_CRITERIA: CriterionInput[] = [
  { code: 'innovation', weight: 25, label: { nl: 'Vernieuwing en ruimte voor experiment', en: 'Innovation and room to experiment' }, description: { nl: 'Hoe nieuw is de aanpak, en mag hij mislukken?', en: 'How new is the approach, and may it fail?' } },
  { code: 'user_centred', weight: 20, label: { nl: 'Gebruikersgericht ontwerp', en: 'User-centred design' }, description: { nl: 'Zijn gebruikers van bij het begin betrokken?', en: 'Are users involved from the start?' } },
  { code: 'cross_sector', weight: 20, label: { nl: 'Samenwerking over sectoren heen', en: 'Cross-sector collaboration' }, description: { nl: 'Brengt het consortium verschillende deelsectoren samen?', en: 'Does the consortium bring different subsectors together?' } },
  { code: 'impact_pathway', weight: 20, label: { nl: 'Impactpad', en: 'Impact pathway' }, description: { nl: 'Leiden activiteiten en resultaten aannemelijk tot de beoogde impact?', en: 'Do the activities and outputs plausibly lead to the intended impact?' } },
  { code: 'conformity', weight: 15, label: { nl: 'Conformiteit met de digitale basisinfrastructuur', en: 'Conformity with the digital basic infrastructure' }, description: { nl: 'Standaarden, open toegang, aggregatie en bewaring (conformiteitsannex).', en: 'Standards, open access, aggregation and preservation (conformity annex).' } },
];

export const DEFAULT_WORKFLOW: StepInput[] = [
  { code: 'eligibility', kind: 'eligibility', actorRole: 'transition_team', label: { nl: 'Ontvankelijkheid', en: 'Eligibility screening' } },
  { code: 'review', kind: 'review', actorRole: 'reviewer', label: { nl: 'Beoordeling door experten', en: 'Review by experts' } },
  { code: 'panel', kind: 'panel', actorRole: 'transition_team', label: { nl: 'Jury', en: 'Panel' } },
  { code: 'decision', kind: 'decision', actorRole: 'steering_committee', label: { nl: 'Beslissing', en: 'Decision' } },
];

export const DEFAULT_ANNEXES: AnnexInput[] = [
  { code: 'budget', label: { nl: 'Begroting', en: 'Budget table' }, required: true },
];

/** Where a call stands now, derived from its dates (Europe/Brussels is only how they are shown). */
export type CallPhase = 'draft' | 'cancelled' | 'upcoming' | 'open' | 'closed';
export function callPhase(call: { status: string; opensAt: Date; closesAt: Date }, now: Date = new Date()): CallPhase {
  if (call.status === 'draft') return 'draft';
  if (call.status === 'cancelled') return 'cancelled';
  if (now < call.opensAt) return 'upcoming';
  // A call accepts submissions up to, not at, its closing instant.
  return now < call.closesAt ? 'open' : 'closed';
}
