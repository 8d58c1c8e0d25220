import type { Catalog } from '../../catalog/catalog.js';
import { brusselsDate } from '../../web/dates.js';
import { currentModelId, loadModel, type Texts } from '../maturity/model.js';
import { canManage, isOwner, type OrganisationAccess } from '../organisations/access.js';
import { mapCode } from './codes.js';
import { contactRequestsFrom, contactRequestsTo, recentlyAsked, type ContactRequest } from './contacts.js';
import { matchDimension, type DimensionMatches } from './matching.js';
import {
  commentsOf, currentPlan, itemsOf, planForAssessment, prioritiesOf, relevanceOf, submittedAssessments,
  type AssessmentRef, type CommentRecord, type ItemRecord, type OrganisationRecord, type PlanRecord, type PriorityRecord, type Reader,
} from './queries.js';
import type { Ranked, Relevance } from './ranking.js';
import { addMonths, reassessStatus, REASSESS_AFTER_MONTHS, type ReassessStatus } from './reassess.js';
import { rankContext, resultContext, type ResultContext } from './result-context.js';

export interface Chooser { context: ResultContext; ranking: Ranked[]; defaultReassessOn: string }
export interface CurrentPlan {
  record: PlanRecord; context: ResultContext; priorities: PriorityRecord[]; ranking: Ranked[];
  /** The relevance to the mission of every dimension of the plan's model, chosen or not. */
  relevance: Map<string, Relevance>;
  items: ItemRecord[]; comments: CommentRecord[]; matches: Map<string, DimensionMatches>; reassess: ReassessStatus;
}
export interface PlanView {
  organisation: OrganisationRecord; access: OrganisationAccess; today: string;
  latest: AssessmentRef | null;
  /** Priorities to choose from the latest result, when it has no plan yet (and the viewer may make one). */
  chooser: Chooser | null;
  plan: CurrentPlan | null;
  /** Requests received (owners only), requests sent with their answers (those who edit the plan). */
  contactRequests: ContactRequest[]; sentRequests: ContactRequest[];
  /** The peers this organisation may not ask again yet (`peerId:dimension`). */
  requested: Set<string>;
  /** Names of the current model's dimensions, for requests that name a dimension by code. */
  dimensionNames: Map<string, Texts>;
}

export function defaultReassessOn(assessment: AssessmentRef): string {
  return addMonths(assessment.submittedOn, REASSESS_AFTER_MONTHS);
}

export async function loadPlanView(db: Reader, catalog: Catalog, organisation: OrganisationRecord, access: OrganisationAccess, options: {
  relevance?: ReadonlyMap<string, Relevance>; withMatches?: boolean;
} = {}): Promise<PlanView> {
  const today = brusselsDate();
  const assessments = await submittedAssessments(db, organisation.id);
  const latest = assessments.at(-1) ?? null;
  const record = await currentPlan(db, organisation.id);
  let plan: CurrentPlan | null = null;
  if (record) {
    const basis = assessments.find((a) => a.id === record.assessmentId);
    if (basis) {
      const context = await resultContext(db, basis);
      const relevance = await relevanceOf(db, record.id);
      const priorities = await prioritiesOf(db, record.id, relevance);
      const ranking = rankContext(context, relevance);
      const reassessed = assessments.some((a) => a.submittedAt > basis.submittedAt);
      const matches = new Map<string, DimensionMatches>();
      if (options.withMatches !== false) {
        const current = (await currentModelId(db)) ?? basis.modelId;
        for (const p of priorities) {
          const level = context.dimensions.find((d) => d.code === p.dimension)?.result?.level;
          if (level === undefined) continue;
          const code = (await mapCode(db, basis.modelId, p.dimension, current)) ?? p.dimension;
          matches.set(p.dimension, await matchDimension(db, catalog, organisation, current, code, level, today));
        }
      }
      plan = {
        record, context, priorities, ranking, relevance, matches,
        items: await itemsOf(db, record.id), comments: await commentsOf(db, record.id),
        reassess: reassessStatus(record.reassessOn, today, reassessed),
      };
    }
  }
  let chooser: Chooser | null = null;
  if (latest && canManage(access) && !(await planForAssessment(db, latest.id))) {
    const context = await resultContext(db, latest);
    const relevance = options.relevance ?? (plan ? await carriedRelevance(db, plan.relevance, plan.context.assessment.modelId, latest.modelId) : new Map());
    chooser = { context, ranking: rankContext(context, relevance), defaultReassessOn: defaultReassessOn(latest) };
  }
  const contactRequests = isOwner(access) ? await contactRequestsTo(db, organisation.id) : [];
  const sentRequests = canManage(access) ? await contactRequestsFrom(db, organisation.id) : [];
  const currentId = contactRequests.length || sentRequests.length ? await currentModelId(db) : undefined;
  const current = currentId ? await loadModel(db, currentId) : undefined;
  const dimensionNames = new Map((current?.dimensions ?? []).map((d) => [d.code, d.name]));
  return { organisation, access, today, latest, chooser, plan, contactRequests, sentRequests, requested: recentlyAsked(sentRequests), dimensionNames };
}

/**
 * The relevance an organisation gave in its current plan, as the starting point for ranking a
 * newer result: what matters to its mission rarely changes with one assessment. Codes of an older
 * model version are carried over through the dimension map.
 */
export async function carriedRelevance(db: Reader, relevance: ReadonlyMap<string, Relevance>, fromModelId: number, toModelId: number): Promise<Map<string, Relevance>> {
  const out = new Map<string, Relevance>();
  for (const [code, r] of relevance) {
    const mapped = await mapCode(db, fromModelId, code, toModelId);
    if (mapped) out.set(mapped, r);
  }
  return out;
}

/** The relevance to rank a result with when no choice is sent: the current plan's, if there is one. */
export async function storedRelevance(db: Reader, organisationId: number, target: AssessmentRef): Promise<Map<string, Relevance>> {
  const plan = await currentPlan(db, organisationId);
  if (!plan) return new Map();
  const basis = await db.selectFrom('assessments').select('model_id').where('id', '=', plan.assessmentId).executeTakeFirst();
  return basis ? carriedRelevance(db, await relevanceOf(db, plan.id), basis.model_id, target.modelId) : new Map();
}
