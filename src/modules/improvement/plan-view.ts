import type { Catalog } from '../../catalog/catalog.js';
import { brusselsDate } from '../../web/dates.js';
import { currentModelId, loadModel, type Texts } from '../maturity/model.js';
import { canManage, isOwner, type OrganisationAccess } from '../organisations/access.js';
import { mapCode } from './codes.js';
import { matchDimension, type DimensionMatches } from './matching.js';
import {
  commentsOf, contactRequestsFrom, contactRequestsTo, currentPlan, itemsOf, planForAssessment, prioritiesOf, submittedAssessments,
  type AssessmentRef, type CommentRecord, type ContactRequest, type ItemRecord, type OrganisationRecord, type PlanRecord, type PriorityRecord, type Reader,
} from './queries.js';
import type { Ranked, Relevance } from './ranking.js';
import { addMonths, reassessStatus, REASSESS_AFTER_MONTHS, type ReassessStatus } from './reassess.js';
import { rankContext, resultContext, type ResultContext } from './result-context.js';

export interface Chooser { context: ResultContext; ranking: Ranked[]; defaultReassessOn: string }
export interface CurrentPlan {
  record: PlanRecord; context: ResultContext; priorities: PriorityRecord[]; ranking: Ranked[];
  items: ItemRecord[]; comments: CommentRecord[]; matches: Map<string, DimensionMatches>; reassess: ReassessStatus;
}
export interface PlanView {
  organisation: OrganisationRecord; access: OrganisationAccess; today: string;
  latest: AssessmentRef | null;
  /** Priorities to choose from the latest result, when it has no plan yet (and the viewer may make one). */
  chooser: Chooser | null;
  plan: CurrentPlan | null;
  /** Received requests (owners only) and the peers this organisation asked recently (`peerId:dimension`). */
  contactRequests: ContactRequest[]; requested: Set<string>;
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
      const priorities = await prioritiesOf(db, record.id);
      const relevance = new Map(priorities.map((p) => [p.dimension, p.relevance]));
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
        record, context, priorities, ranking, matches,
        items: await itemsOf(db, record.id), comments: await commentsOf(db, record.id),
        reassess: reassessStatus(record.reassessOn, today, reassessed),
      };
    }
  }
  let chooser: Chooser | null = null;
  if (latest && canManage(access) && !(await planForAssessment(db, latest.id))) {
    const context = await resultContext(db, latest);
    chooser = { context, ranking: rankContext(context, options.relevance ?? new Map()), defaultReassessOn: defaultReassessOn(latest) };
  }
  const contactRequests = isOwner(access) ? await contactRequestsTo(db, organisation.id) : [];
  const requested = new Set(canManage(access) ? (await contactRequestsFrom(db, organisation.id)).map((r) => `${r.toOrganisationId}:${r.dimension}`) : []);
  const currentId = contactRequests.length ? await currentModelId(db) : undefined;
  const current = currentId ? await loadModel(db, currentId) : undefined;
  const dimensionNames = new Map((current?.dimensions ?? []).map((d) => [d.code, d.name]));
  return { organisation, access, today, latest, chooser, plan, contactRequests, requested, dimensionNames };
}
